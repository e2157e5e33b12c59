import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** The rows an order's timeline is made of, each with its time; never a voucher code. */
export async function timelineRows(db: Executor, order: { id: number; client_id: number }) {
  const [transactions, deliveries, events, audit, job] = await Promise.all([
    db
      .selectFrom('ledger_transactions as t')
      .innerJoin('currencies as c', 'c.id', 't.currency_id')
      .where('t.order_id', '=', order.id)
      .select(['t.id', 't.wallet_id', 't.created_at', 't.transaction_type', 't.reason', 't.amount', 't.actor', 'c.code as currency', 'c.minor_units'])
      .orderBy('t.id')
      .execute(),
    // One row per change that stored vouchers (a delivery step's are all stamped with its start).
    db
      .selectFrom('order_vouchers')
      .where('order_id', '=', order.id)
      .select(['created_at as at', sql<string>`count(*)`.as('count')])
      .groupBy('created_at')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('events')
      .where('client_id', '=', order.client_id)
      // Order events carry the order as `data` (its id), wallet events its `order_id`.
      .where(sql<boolean>`(type like 'order.%' and data->>'id' = ${String(order.id)}) or data->>'order_id' = ${String(order.id)}`)
      .select(['public_id', 'type', 'created_at'])
      .orderBy('id')
      .execute(),
    db.selectFrom('audit_log').where('target', '=', `order:${order.id}`).select(['actor', 'action', 'details', 'created_at']).orderBy('id').execute(),
    db.selectFrom('fulfilment_jobs').where('order_id', '=', order.id).select(['attempts', 'last_error', 'run_at']).executeTakeFirst(),
  ]);
  return { transactions, deliveries: deliveries.map((row) => ({ at: row.at, count: Number(row.count) })), events, audit, job };
}
