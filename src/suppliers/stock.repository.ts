import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/**
 * The inventory supplier's SQL: codes taken from the voucher inventory (008_inventory) for
 * orders. Taking codes is set-based: one statement moves up to N codes, whatever N is, and
 * `FOR UPDATE SKIP LOCKED` lets concurrent orders take different codes without waiting for each
 * other; a code can only move from AVAILABLE to RESERVED once, so no two orders ever hold the
 * same code, in any process.
 */

/** Codes that have not expired (an expired code is never handed out). */
export const unexpired = sql<boolean>`(expires_at is null or expires_at > now())`;

/**
 * `status = 'AVAILABLE'` written as a literal, not a parameter: only then does a prepared
 * statement's generic plan match the partial index `voucher_inventory_available`. With a
 * parameter PostgreSQL planned every execution anew (its generic plan, a table scan, was far
 * worse), which cost each order a full planning of the statement that takes its codes.
 */
const isAvailable = sql<boolean>`status = 'AVAILABLE'`;

export interface StockKey {
  productId: number;
  /** Exact decimal text ("25.00"). */
  denomination: string;
}

/** The available, unexpired codes of that product and value: what is counted and what is taken. */
function availableCodes(db: Executor, key: StockKey) {
  return db
    .selectFrom('voucher_inventory')
    .select('id')
    .where('product_id', '=', key.productId)
    .where('denomination', '=', key.denomination)
    .where(isAvailable)
    .where(unexpired);
}

/** How many codes of that product and value are in stock, counting no further than `atMost`. */
export async function countAvailable(db: Executor, key: StockKey, atMost: number): Promise<number> {
  const row = await db
    .selectFrom(availableCodes(db, key).limit(atMost).as('codes'))
    .select((eb) => eb.fn.countAll<bigint | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The ids of up to `quantity` available codes, oldest first, locked; rows another transaction holds are skipped. */
function pickAvailable(db: Executor, key: StockKey, quantity: number) {
  return availableCodes(db, key).orderBy('id').limit(quantity).forUpdate().skipLocked();
}

/**
 * Moves up to `quantity` available codes (oldest first) to RESERVED for the order; returns how
 * many moved. Rows another transaction holds are skipped, never waited for.
 */
export async function reserveCodes(db: Executor, key: StockKey, orderId: number, quantity: number): Promise<number> {
  const result = await db
    .updateTable('voucher_inventory')
    .set({ status: 'RESERVED', order_id: orderId, reserved_at: sql`now()` })
    .where('id', 'in', pickAvailable(db, key, quantity))
    .where(isAvailable)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Codes sealed with one of these keys (the process's own): what an order delivered before its
 * answer may take, since the answer opens them. A code of another key stays in stock (the
 * start-up warning names the keys); only an order delivered by the worker meets it, and waits.
 */
const readableBy = (keyIds: readonly string[]) => sql<boolean>`split_part(payload, ':', 2) = any(${keyIds}::text[])`;

/**
 * `reserveCodes` and `issueReservedCodes` in one statement, for an order delivered in the
 * transaction that creates it: up to `quantity` available codes become ISSUED to the order.
 */
export async function issueAvailableCodes(
  db: Executor,
  key: StockKey,
  orderId: number,
  quantity: number,
  readableKeyIds: readonly string[],
): Promise<ReservedCode[]> {
  return db
    .updateTable('voucher_inventory')
    .set({ status: 'ISSUED', order_id: orderId, reserved_at: sql`now()`, issued_at: sql`now()` })
    .where('id', 'in', pickAvailable(db, key, quantity).where(readableBy(readableKeyIds)))
    .where(isAvailable)
    .returning(['id', 'payload', 'expires_at'])
    .execute();
}

/**
 * `issueAvailableCodes` as the body of a CTE of the caller's larger statement (`update …
 * returning id, payload`; the caller names the CTE), run only when `when` (a condition on the
 * statement's other CTEs) holds. The payloads are the codes as sealed at import: the order
 * stores them as they are.
 */
export function takeAvailableStatement(
  db: Executor,
  key: StockKey,
  orderId: number,
  quantity: number,
  when: RawBuilder<unknown>,
  readableKeyIds: readonly string[],
) {
  return sql`update voucher_inventory set status = 'ISSUED', order_id = ${orderId}::int, reserved_at = now(), issued_at = now()
      where id in (${pickAvailable(db, key, quantity)
        .where(sql<boolean>`${when}`)
        .where(readableBy(readableKeyIds))}) and ${isAvailable}
      returning id, payload`;
}

export interface ReservedCode {
  id: number;
  payload: string;
  expires_at: Date | null;
}

/**
 * Marks the next `quantity` codes reserved for the order (oldest first) ISSUED and returns them,
 * sorted by id — all of them or, when fewer are reserved, none (nothing is changed). One
 * statement: the codes are locked, counted and updated together. Only the order id selects
 * them (its codes are all of its product and value), so the order's index is the one used. The ids go through an array
 * (one index scan, counted once): a join to the CTE could be planned as a loop that recounts it
 * for every row when the table's statistics are stale.
 */
export async function issueReservedCodes(db: Executor, orderId: number, quantity: number): Promise<ReservedCode[]> {
  const result = await sql<ReservedCode>`
    with picked as (
      select id from voucher_inventory
      where order_id = ${orderId} and status = 'RESERVED'
      order by id
      limit ${quantity}
      for update
    )
    update voucher_inventory
    set status = 'ISSUED', issued_at = now()
    where id = any(array(select id from picked)) and (select count(*) from picked) = ${quantity}
    returning id, payload, expires_at`.execute(db);
  return result.rows.sort((a, b) => a.id - b.id);
}

/** How many codes are reserved for the order (for messages). */
export async function countReserved(db: Executor, orderId: number): Promise<number> {
  const row = await db
    .selectFrom('voucher_inventory')
    .select((eb) => eb.fn.countAll<bigint | number>().as('count'))
    .where('order_id', '=', orderId)
    .where('status', '=', 'RESERVED')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Undoes `issueReservedCodes` for these codes (they could not be handed out). */
export async function unissue(db: Executor, ids: number[]): Promise<void> {
  await db
    .updateTable('voucher_inventory')
    .set({ status: 'RESERVED', issued_at: null })
    .where(sql<boolean>`id = any(${ids}::int[])`)
    .where('status', '=', 'ISSUED')
    .execute();
}

/** Every code still reserved for the order goes back to stock; issued codes stay issued. */
export async function releaseCodes(db: Executor, orderId: number): Promise<number> {
  const result = await db
    .updateTable('voucher_inventory')
    .set({ status: 'AVAILABLE', order_id: null, reserved_at: null })
    .where('order_id', '=', orderId)
    .where('status', '=', 'RESERVED')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
