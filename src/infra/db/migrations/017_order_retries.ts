import { sql, type Kysely } from 'kysely';

/**
 * `orders.recharged_amount`: what operator retries (`POST /admin/v1/orders/:id/retry`) charged
 * the wallet again, in minor units of the wallet currency. An order's ORDER debits are
 * `total_payable + recharged_amount` and its REFUND credits `refunded_amount` (reconcile), so
 * what it has cost its client is `total_payable + recharged_amount - refunded_amount`. A constant
 * default: no existing row is rewritten.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table orders add column if not exists recharged_amount bigint not null default 0
    constraint orders_recharged_amount_check check (recharged_amount >= 0)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table orders drop column if exists recharged_amount`.execute(db);
}
