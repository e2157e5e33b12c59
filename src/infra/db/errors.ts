/** PostgreSQL SQLSTATE of a unique-constraint violation (both engines report it). */
export const UNIQUE_VIOLATION = '23505';

/** True for a unique violation, of `constraint` when given (both drivers report its name). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}
