import { sql, type Kysely } from 'kysely';

/**
 * The ledger (api.md 5, docs/ledger.md): double-entry accounts, client wallets, wallet
 * transactions with their entries, and FX rates.
 *
 * - Money is BIGINT minor units of the row's currency (USD cents, JPY yen, KWD fils).
 * - `ledger_accounts`: one row per client wallet, and per currency one row for each operator
 *   account (FUNDING, REVENUE, SUPPLIER_PAYABLE, FX), keyed by a unique `code`.
 * - `ledger_transactions`: the movements a client sees (api.md 5.2); `ledger_entries`: their
 *   double-entry legs, summing to zero per transaction and currency. Both are immutable:
 *   triggers refuse UPDATE and DELETE (a correction is a new transaction).
 * - `wallets.balance` caches the sum of the wallet's COMPLETED transactions; it is changed only
 *   by a conditional UPDATE in the same database transaction as the movement, and a CHECK keeps
 *   a PREPAID balance at or above zero as a last line of defence.
 * - `fx_rates`: append-only history; the rate in force is the newest row already valid.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ledger_accounts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('CLIENT_WALLET', 'FUNDING', 'REVENUE', 'SUPPLIER_PAYABLE', 'FX')`))
    .addColumn('currency_id', 'integer', (c) => c.notNull().references('currencies.id').onDelete('restrict'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Target of the entries' (account_id, currency_id) foreign key: an entry is in its account's currency.
    .addUniqueConstraint('ledger_accounts_id_currency', ['id', 'currency_id'])
    .execute();

  await db.schema
    .createTable('wallets')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('restrict'))
    .addColumn('currency_id', 'integer', (c) => c.notNull().references('currencies.id').onDelete('restrict'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('PREPAID', 'POSTPAID')`))
    .addColumn('credit_limit', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`credit_limit >= 0`),
    )
    .addColumn('balance', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('account_id', 'integer', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('wallets_client_currency', ['client_id', 'currency_id'])
    // Target of the transactions' foreign key, so a transaction's client and currency are its wallet's.
    .addUniqueConstraint('wallets_id_client_currency', ['id', 'client_id', 'currency_id'])
    .addForeignKeyConstraint('wallets_account', ['account_id', 'currency_id'], 'ledger_accounts', ['id', 'currency_id'])
    .addCheckConstraint('wallets_prepaid_not_negative', sql`type = 'POSTPAID' or balance >= 0`)
    .addCheckConstraint('wallets_credit_limit_postpaid_only', sql`type = 'POSTPAID' or credit_limit = 0`)
    .execute();

  await db.schema
    .createTable('ledger_transactions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('wallet_id', 'integer', (c) => c.notNull())
    .addColumn('client_id', 'integer', (c) => c.notNull())
    .addColumn('currency_id', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('transaction_type', 'text', (c) => c.notNull().check(sql`transaction_type in ('CREDIT', 'DEBIT')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('COMPLETED', 'PENDING', 'FAILED')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addColumn('order_id', 'integer')
    .addColumn('balance_after', 'bigint')
    .addColumn('counter_account_id', 'integer', (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('source_currency_id', 'integer', (c) => c.references('currencies.id'))
    .addColumn('destination_currency_id', 'integer', (c) => c.references('currencies.id'))
    .addColumn('source_amount', 'bigint')
    .addColumn('forex_rate', 'numeric(30, 12)')
    .addColumn('conversion_charges', 'bigint')
    .addColumn('actor', 'text', (c) => c.notNull())
    // clock_timestamp(): taken after the wallet row is locked, so it follows the id order per wallet.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addForeignKeyConstraint('ledger_transactions_wallet', ['wallet_id', 'client_id', 'currency_id'], 'wallets', ['id', 'client_id', 'currency_id'])
    .addCheckConstraint(
      'ledger_transactions_signed_amount',
      sql`(transaction_type = 'CREDIT' and amount > 0) or (transaction_type = 'DEBIT' and amount < 0)`,
    )
    .addCheckConstraint(
      'ledger_transactions_fx_all_or_none',
      sql`(source_currency_id is null) = (destination_currency_id is null)
        and (source_currency_id is null) = (forex_rate is null)
        and (source_currency_id is null) = (conversion_charges is null)
        and (source_currency_id is null) = (source_amount is null)`,
    )
    .addCheckConstraint(
      'ledger_transactions_fx_into_wallet_currency',
      sql`destination_currency_id is null or (destination_currency_id = currency_id and source_currency_id <> currency_id
        and forex_rate > 0 and conversion_charges >= 0 and source_amount > 0)`,
    )
    .execute();
  await sql`create index ledger_transactions_client_id on ledger_transactions (client_id, id desc)`.execute(db);
  await sql`create index ledger_transactions_client_created on ledger_transactions (client_id, created_at desc)`.execute(db);
  await sql`create index ledger_transactions_wallet_id on ledger_transactions (wallet_id, id)`.execute(db);
  await sql`create index ledger_transactions_order on ledger_transactions (order_id) where order_id is not null`.execute(db);

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('transaction_id', 'integer', (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('currency_id', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount <> 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addForeignKeyConstraint('ledger_entries_account', ['account_id', 'currency_id'], 'ledger_accounts', ['id', 'currency_id'])
    .execute();
  await db.schema.createIndex('ledger_entries_transaction').on('ledger_entries').column('transaction_id').execute();
  await db.schema.createIndex('ledger_entries_account').on('ledger_entries').column('account_id').execute();

  // Immutability (api.md 5.3): posted rows are never changed or removed.
  await sql`
    create function ledger_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% rows are immutable; post a correcting transaction instead', tg_table_name
        using errcode = '55000';
    end
    $$`.execute(db);
  await sql`create trigger ledger_transactions_immutable before update or delete on ledger_transactions
    for each row execute function ledger_refuse_change()`.execute(db);
  await sql`create trigger ledger_entries_immutable before update or delete on ledger_entries
    for each row execute function ledger_refuse_change()`.execute(db);

  await db.schema
    .createTable('fx_rates')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('source_currency_id', 'integer', (c) => c.notNull().references('currencies.id'))
    .addColumn('destination_currency_id', 'integer', (c) => c.notNull().references('currencies.id'))
    .addColumn('rate', 'numeric(30, 12)', (c) => c.notNull().check(sql`rate > 0`))
    .addColumn('conversion_fee', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`conversion_fee >= 0`),
    )
    .addColumn('valid_from', 'timestamptz', (c) => c.notNull())
    .addColumn('valid_to', 'timestamptz')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('fx_rates_pair', sql`source_currency_id <> destination_currency_id`)
    .addCheckConstraint('fx_rates_validity', sql`valid_to is null or valid_to > valid_from`)
    .execute();
  await sql`create index fx_rates_pair_valid on fx_rates (source_currency_id, destination_currency_id, valid_from desc, id desc)`.execute(db);
  await sql`create trigger fx_rates_immutable before update or delete on fx_rates
    for each row execute function ledger_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['fx_rates', 'ledger_entries', 'ledger_transactions', 'wallets', 'ledger_accounts']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists ledger_refuse_change()`.execute(db);
}
