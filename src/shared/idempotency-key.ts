import { errors } from './errors.ts';

/** An `Idempotency-Key` header: 1 to 255 printable ASCII characters (orders; operators' wallet credits and debits). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export const idempotencyKeyErrors = {
  invalid: () => errors.badRequest(`Invalid Idempotency-Key: 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters`),
  mismatch: () => errors.mismatch('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with a different request body'),
};

export function checkIdempotencyKey(key: string): string {
  if (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x20-\x7e]+$/.test(key)) throw idempotencyKeyErrors.invalid();
  return key;
}
