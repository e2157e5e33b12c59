import { sql, type Kysely } from 'kysely';

/**
 * Low-balance alerts (docs/low-balance.md): a threshold per wallet, in minor units of its
 * currency (null: no alert), and the state of its alert. `low_balance_alerted` is set by the one
 * transaction that sends an alert (a conditional UPDATE that only one sender wins) and cleared
 * by the trigger below when a movement brings the balance back to the threshold or above;
 * `low_balance_alerted_at` keeps alerts at most one per 24 hours.
 *
 * The trigger runs only for wallets with a threshold (its WHEN clause), so the movements of the
 * others cost nothing more. A movement that leaves such a wallet below its threshold with the alert
 * armed NOTIFYs the alert workers on commit; their sweep also finds any wallet whose alert was
 * missed (a process that stopped between the debit and the alert).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('wallets')
    .addColumn('low_balance_threshold', 'bigint', (c) => c.check(sql`low_balance_threshold >= 0`))
    .execute();
  await db.schema
    .alterTable('wallets')
    .addColumn('low_balance_alerted', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('wallets').addColumn('low_balance_alerted_at', 'timestamptz').execute();
  await sql`create index wallets_low_balance_idx on wallets (id) where low_balance_threshold is not null`.execute(db);
  await sql`
    create or replace function wallet_low_balance() returns trigger language plpgsql as $$
    begin
      if new.balance >= new.low_balance_threshold then
        new.low_balance_alerted := false;
      elsif not new.low_balance_alerted then
        perform pg_notify('popup_store_low_balance', current_schema());
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger wallets_low_balance before update of balance on wallets
    for each row when (new.low_balance_threshold is not null)
    execute function wallet_low_balance()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists wallets_low_balance on wallets`.execute(db);
  await sql`drop function if exists wallet_low_balance()`.execute(db);
  await sql`drop index if exists wallets_low_balance_idx`.execute(db);
  await db.schema.alterTable('wallets').dropColumn('low_balance_alerted_at').execute();
  await db.schema.alterTable('wallets').dropColumn('low_balance_alerted').execute();
  await db.schema.alterTable('wallets').dropColumn('low_balance_threshold').execute();
}
