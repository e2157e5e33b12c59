import { ApiError } from '../../shared/api.ts';
import type { components } from '../../shared/generated/portal-api.ts';
import { CLIENT_REFERENCE_MAX_LENGTH, CLIENT_REFERENCE_PATTERN } from '../../../src/orders/client-reference.ts';
import { rangeText } from '../../../src/catalog/range-words.ts';

type Product = components['schemas']['Product'];

/** A product's values and the client's discount on each: "10 USD (5 % off) · 20–500 USD (5 % off)". */
export function ranges(product: Pick<Product, 'available_denominations' | 'currency_code'>): string {
  return product.available_denominations
    .map((range) => `${rangeText(range)} ${product.currency_code}${range.discount > 0 ? ` (${range.discount} % off)` : ''}`)
    .join(' · ');
}

/** An order's reference as the store takes it (the client API's `client_reference`). */
const PRINTABLE = new RegExp(CLIENT_REFERENCE_PATTERN);

/** What is wrong with a reference typed in an order form (its spaces around trimmed), or null; an empty one is no reference. */
export function referenceProblem(reference: string): string | null {
  const text = reference.trim();
  if (text.length > CLIENT_REFERENCE_MAX_LENGTH) return `At most ${CLIENT_REFERENCE_MAX_LENGTH} characters.`;
  if (text !== '' && !PRINTABLE.test(text)) return 'Use letters without accents, digits, spaces and punctuation only (no emoji or line breaks).';
  return null;
}

/** The store refused an order because another order of the client has its reference. */
export const isDuplicateReference = (error: unknown) =>
  error instanceof ApiError && error.code === 'BAD_REQUEST' && error.message === 'Duplicate client_reference';

/** What a refused quote or order means for the person, in words (the store's own message otherwise). */
const IN_WORDS: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'The wallet does not hold enough for this order. Nothing was charged: top the wallet up or choose another one.',
  OUT_OF_STOCK: 'There are not enough vouchers of this value in stock right now. Nothing was charged: try fewer, or later.',
  INVALID_FEATURE: "Your account cannot order vouchers. Ask the store's operator to enable it.",
  PERMISSION_DENIED: 'Your role does not allow placing orders.',
  IDEMPOTENCY_IN_PROGRESS: 'This order is still being placed. Wait a moment and confirm again: it will not be placed twice.',
  RATE_LIMITED: 'Too many requests in a minute. Wait a moment and try again.',
  NETWORK_ERROR: 'The store could not be reached. Try again: the same order is never placed twice.',
  SERVICE_UNAVAILABLE: 'The store is busy or briefly unavailable. Confirm again in a moment: the same order is never placed twice.',
};

export function inWords(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Nothing was charged.';
  if (isDuplicateReference(error)) return 'Another of your orders already has this reference. Nothing was charged: choose another reference.';
  return IN_WORDS[error.code] ?? (error.status === 429 ? IN_WORDS.RATE_LIMITED! : error.message);
}
