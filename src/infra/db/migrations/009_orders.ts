import { sql, type Kysely } from 'kysely';

/**
 * Orders (api.md 6, docs/orders.md).
 *
 * - `orders`: one row per order with its price frozen at creation (minor units: face value and
 *   discount in the product currency, total_payable in the wallet currency) and its progress.
 *   `(client_id, client_reference)` and `(client_id, idempotency_key)` are unique, so duplicates
 *   are refused by the database under any concurrency.
 * - `order_vouchers`: the issued vouchers, encrypted (AES-256-GCM); `(order_id, unit)` is the
 *   primary key, so no unit of an order is ever issued twice.
 * - `fulfilment_jobs`: one row per order still to deliver; a worker leases it (`locked_by`,
 *   `locked_until`) and each delivery step re-checks its lease in its own transaction.
 * - `idempotency_keys`: `Idempotency-Key` requests of `POST /api/v1/orders` (30 days).
 * - `email_outbox`: delivery notices, written in the transaction that completes the order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orders')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('voucher_type', 'text', (c) => c.notNull())
    .addColumn('product_currency_id', 'integer', (c) => c.notNull().references('currencies.id'))
    .addColumn('denomination', 'bigint', (c) => c.notNull().check(sql`denomination > 0`))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity between 1 and 5000`))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('discount_rate', 'numeric(7, 3)', (c) => c.notNull())
    .addColumn('discount_amount', 'bigint', (c) => c.notNull())
    .addColumn('wallet_id', 'integer', (c) => c.notNull().references('wallets.id'))
    .addColumn('wallet_currency_id', 'integer', (c) => c.notNull().references('currencies.id'))
    .addColumn('total_payable', 'bigint', (c) => c.notNull().check(sql`total_payable >= 0`))
    .addColumn('transaction_id', 'integer')
    .addColumn('refunded_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('client_reference', 'text')
    .addColumn('ref', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('email', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('PENDING', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CANCELLED')`))
    .addColumn('delivered_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addUniqueConstraint('orders_client_reference', ['client_id', 'client_reference'])
    .addUniqueConstraint('orders_idempotency_key', ['client_id', 'idempotency_key'])
    .addCheckConstraint('orders_delivered_range', sql`delivered_quantity between 0 and quantity`)
    .execute();
  await db.schema.createIndex('orders_client_id_idx').on('orders').columns(['client_id', 'id']).execute();
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'id']).execute();

  await db.schema
    .createTable('order_vouchers')
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('unit', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('order_vouchers_pk', ['order_id', 'unit'])
    .execute();

  await db.schema
    .createTable('fulfilment_jobs')
    .addColumn('order_id', 'integer', (c) => c.primaryKey().references('orders.id'))
    .addColumn('run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('fulfilment_jobs_run_at_idx').on('fulfilment_jobs').column('run_at').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('IN_PROGRESS', 'DONE')`))
    .addColumn('locked_until', 'timestamptz', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('order_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['client_id', 'key'])
    .execute();

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PENDING')
        .check(sql`status in ('PENDING', 'SENT', 'FAILED')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('email_outbox_pending_idx').on('email_outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['email_outbox', 'idempotency_keys', 'fulfilment_jobs', 'order_vouchers', 'orders']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
