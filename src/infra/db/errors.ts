/** PostgreSQL SQLSTATE of a unique-constraint violation (both engines report it). */
export const UNIQUE_VIOLATION = '23505';

/** True for a unique violation, of `constraint` when given (both drivers report its name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

/** pg-pool's error when no connection became free within the pool's timeout (it has no code). */
const POOL_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect';
/** A connection that could not be made or was lost (Node's codes). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs of a server that is starting, stopping or full: too_many_connections, admin_shutdown, crash_shutdown, cannot_connect_now. */
const UNAVAILABLE_STATES = new Set(['53300', '57P01', '57P02', '57P03']);

/**
 * True when PostgreSQL could not be used rather than refused the statement: no free connection
 * within DATABASE_POOL_TIMEOUT (overload), a connection refused, lost or timed out, a server
 * starting, stopping or out of connections (SQLSTATE class 08 and the states above). The request
 * may be repeated (api.md: 503, overloaded or database unreachable).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e !== 'object' || e === null) return false;
  if (e.message === POOL_TIMEOUT_MESSAGE || (typeof e.message === 'string' && e.message.startsWith('Connection terminated'))) return true;
  if (typeof e.code !== 'string') return false;
  return NETWORK_CODES.has(e.code) || UNAVAILABLE_STATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code);
}
