import { isDatabaseUnavailable } from './db/errors.ts';

/**
 * ioredis' errors of a Redis it could not reach: a command given up after its retries
 * (`maxRetriesPerRequest`) or sent on a closed connection. By name and message, so a store
 * without Redis never loads ioredis to check.
 */
function isRedisUnavailable(error: { name?: unknown; message?: unknown }): boolean {
  return error.name === 'MaxRetriesPerRequestError' || error.message === 'Connection is closed.';
}

/**
 * True when a dependency of the store — PostgreSQL, or Redis (REDIS_URL, the shared rate-limit
 * counters) — could not be used: the request may be repeated (503 SERVICE_UNAVAILABLE).
 */
export function isDependencyUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return isDatabaseUnavailable(error) || isRedisUnavailable(error);
}
