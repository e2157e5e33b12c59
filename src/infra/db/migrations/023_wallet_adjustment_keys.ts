import { sql, type Kysely } from 'kysely';

/**
 * `Idempotency-Key` on an operator's wallet credit or debit (docs/ledger.md): the key, what it
 * asked (wallet, direction, amount, remarks: `request_hash`) and the ledger transaction it made,
 * written in that transaction. The primary key makes a second transaction with the key roll back,
 * so a credit repeated after a lost answer is posted once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('wallet_adjustment_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('transaction_id', 'integer', (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('wallet_adjustment_keys').execute();
}
