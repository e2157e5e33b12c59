/**
 * Which statements both drivers prepare (pg: `prepared-pool.ts`, PGlite: `pglite-dialect.ts`).
 * Server memory grows with each prepared statement on each connection, so only a bounded set
 * is: short statements with few parameters, the first MAX_PREPARED distinct ones a process
 * sees. Bulk inserts (many parameters, a new text per row count) and anything beyond the bound
 * run unprepared.
 */
export const MAX_PREPARED = 200;
const MAX_TEXT_LENGTH = 8000;
// An order's one statement (`insertDeliveredOrder`, src/orders/delivery.ts) has 75; bulk inserts have hundreds.
const MAX_PARAMETERS = 100;

export function worthPreparing(text: string, parameterCount: number): boolean {
  return parameterCount > 0 && parameterCount <= MAX_PARAMETERS && text.length <= MAX_TEXT_LENGTH;
}
