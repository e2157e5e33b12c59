import type { FastifyRequest } from 'fastify';
import { idempotencyKeyErrors } from '../shared/idempotency-key.ts';

/**
 * The request's `Idempotency-Key`. Sent twice it is refused like any invalid key: Node joins the
 * values of a repeated header into one (`a, b`), which would be a third key, neither of the two.
 */
export function idempotencyKeyHeader(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (Array.isArray(key)) throw idempotencyKeyErrors.invalid();
  const { rawHeaders } = request.raw;
  let sent = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === 'idempotency-key') sent++;
  }
  if (sent > 1) throw idempotencyKeyErrors.invalid();
  return key;
}
