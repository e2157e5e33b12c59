import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** What the orders of one supplier placed since a time add up to (`supplierOrderFigures`). */
export interface SupplierOrderFigures {
  supplier: string;
  orders: number;
  unitsOrdered: number;
  unitsDelivered: number;
  /** Units of orders that failed for good (FAILED, or PARTIALLY_DELIVERED and no longer retried): refunded. */
  unitsFailed: number;
  ordersPending: number;
  lastFailureAt: Date | null;
  lastFailureCode: string | null;
}

/** An order that failed for good: FAILED, or PARTIALLY_DELIVERED and completed (no longer retried). Cancelled orders are the operator's, not failures. */
const failed = sql`status in ('FAILED', 'PARTIALLY_DELIVERED') and completed_at is not null`;

/**
 * The figures of the orders of `suppliers` placed at or after `since`, one row per supplier that
 * has any, in one statement. The last failure is the latest completed_at of an order that failed
 * for good, with its failure_code.
 */
export async function supplierOrderFigures(db: Executor, suppliers: string[], since: Date): Promise<SupplierOrderFigures[]> {
  if (suppliers.length === 0) return [];
  const rows = await db
    .selectFrom('orders')
    .where('supplier', 'in', suppliers)
    .where('created_at', '>=', since)
    .groupBy('supplier')
    .select((eb) => [
      'supplier',
      eb.fn.countAll<string | number | bigint>().as('orders'),
      sql<string | number | bigint>`coalesce(sum(quantity), 0)`.as('units_ordered'),
      sql<string | number | bigint>`coalesce(sum(delivered_quantity), 0)`.as('units_delivered'),
      sql<string | number | bigint>`coalesce(sum(quantity - delivered_quantity) filter (where ${failed}), 0)`.as('units_failed'),
      sql<string | number | bigint>`count(*) filter (where status = 'PENDING')`.as('orders_pending'),
      sql<Date | null>`max(completed_at) filter (where ${failed})`.as('last_failure_at'),
      sql<string | null>`(array_agg(failure_code order by completed_at desc, id desc) filter (where ${failed}))[1]`.as('last_failure_code'),
    ])
    .execute();
  return rows.map((row) => ({
    supplier: row.supplier,
    orders: Number(row.orders),
    unitsOrdered: Number(row.units_ordered),
    unitsDelivered: Number(row.units_delivered),
    unitsFailed: Number(row.units_failed),
    ordersPending: Number(row.orders_pending),
    lastFailureAt: row.last_failure_at === null ? null : new Date(row.last_failure_at),
    lastFailureCode: row.last_failure_code,
  }));
}

/** Active products per supplier (`products.active`), for the suppliers that have any. */
export async function activeProductCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('products')
    .where('active', '=', true)
    .groupBy('supplier')
    .select((eb) => ['supplier', eb.fn.countAll<string | number | bigint>().as('count')])
    .execute();
  return new Map(rows.map((row) => [row.supplier, Number(row.count)]));
}
