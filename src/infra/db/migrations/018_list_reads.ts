import { sql, type Kysely } from 'kysely';

/**
 * What the order and transaction lists read (docs/reference/pagination.md, "What a list costs"):
 * an index for every filter and sort they take, and counters that make X-Total-Count a read of a
 * few rows whatever the volume.
 *
 * Counters. `order_counts` holds the orders of each (client, product, status), and
 * `transaction_counts` the transactions of each (client, wallet, type, status), with the
 * wallet's currency. Triggers keep them in the transaction that writes the orders and
 * transactions: an insert statement adds its rows grouped by key (so a bulk insert costs one
 * upsert per key), a status change moves one order from its old key to its new one, a delete
 * takes its rows away. Lock order: an order's old key, then its new key; every path that changes
 * an order's status and moves money (refund, cancel, retry) holds the wallet row first, so the
 * counter rows never close a cycle of waits. A counter row changes in place (no indexed column
 * changes: a HOT update).
 *
 * Indexes. Orders: (client, status, id), (client, status, created_at, id), (client, product,
 * status, id) and (client, product, status, created_at, id). A list without a status reads the
 * five statuses' ranges merged in the sort order, so every combination of status, product and
 * date window is an index range read in order. This puts `status` in indexes again (011 dropped
 * `orders_status_idx` so that status changes stay HOT updates): a status change now writes a
 * new entry in each index of the row; most orders are inserted DELIVERED by the one-statement
 * order and never change. Transactions: (client, type, id), (client, type, created_at, id),
 * (wallet, type, id), (wallet, type, created_at, id) and (wallet, amount, id) for the amount sort;
 * the old (client, created_at desc), which had no id to break ties, goes, and (client, id desc)
 * becomes (client, id).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table order_counts (
      client_id integer not null,
      product_id integer not null,
      status text not null,
      n bigint not null,
      primary key (client_id, product_id, status)
    )`.execute(db);
  await sql`create table transaction_counts (
      client_id integer not null,
      wallet_id integer not null,
      transaction_type text not null,
      status text not null,
      currency_id integer not null,
      n bigint not null,
      primary key (client_id, wallet_id, transaction_type, status)
    )`.execute(db);

  await sql`
    create function order_counts_inserted() returns trigger language plpgsql as $$
    begin
      insert into order_counts as c (client_id, product_id, status, n)
        select client_id, product_id, status, count(*) from inserted_orders
        group by client_id, product_id, status order by client_id, product_id, status
      on conflict (client_id, product_id, status) do update set n = c.n + excluded.n;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_counts_moved() returns trigger language plpgsql as $$
    begin
      insert into order_counts as c (client_id, product_id, status, n) values (old.client_id, old.product_id, old.status, -1)
      on conflict (client_id, product_id, status) do update set n = c.n - 1;
      insert into order_counts as c (client_id, product_id, status, n) values (new.client_id, new.product_id, new.status, 1)
      on conflict (client_id, product_id, status) do update set n = c.n + 1;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_counts_deleted() returns trigger language plpgsql as $$
    begin
      update order_counts c set n = c.n - d.n
      from (select client_id, product_id, status, count(*) as n from deleted_orders group by client_id, product_id, status) d
      where c.client_id = d.client_id and c.product_id = d.product_id and c.status = d.status;
      return null;
    end $$`.execute(db);
  await sql`
    create function order_counts_truncated() returns trigger language plpgsql as $$
    begin
      delete from order_counts;
      return null;
    end $$`.execute(db);
  await sql`create trigger orders_counted_insert after insert on orders
    referencing new table as inserted_orders for each statement execute function order_counts_inserted()`.execute(db);
  await sql`create trigger orders_counted_update after update of status, client_id, product_id on orders for each row
    when (old.status is distinct from new.status or old.client_id is distinct from new.client_id or old.product_id is distinct from new.product_id)
    execute function order_counts_moved()`.execute(db);
  await sql`create trigger orders_counted_delete after delete on orders
    referencing old table as deleted_orders for each statement execute function order_counts_deleted()`.execute(db);
  await sql`create trigger orders_counted_truncate after truncate on orders for each statement execute function order_counts_truncated()`.execute(db);

  await sql`
    create function transaction_counts_inserted() returns trigger language plpgsql as $$
    begin
      insert into transaction_counts as c (client_id, wallet_id, transaction_type, status, currency_id, n)
        select client_id, wallet_id, transaction_type, status, min(currency_id), count(*) from inserted_transactions
        group by client_id, wallet_id, transaction_type, status order by client_id, wallet_id, transaction_type, status
      on conflict (client_id, wallet_id, transaction_type, status) do update set n = c.n + excluded.n;
      return null;
    end $$`.execute(db);
  await sql`create trigger ledger_transactions_counted after insert on ledger_transactions
    referencing new table as inserted_transactions for each statement execute function transaction_counts_inserted()`.execute(db);

  // What the tables hold already.
  await sql`insert into order_counts (client_id, product_id, status, n)
    select client_id, product_id, status, count(*) from orders group by client_id, product_id, status`.execute(db);
  await sql`insert into transaction_counts (client_id, wallet_id, transaction_type, status, currency_id, n)
    select client_id, wallet_id, transaction_type, status, min(currency_id), count(*) from ledger_transactions
    group by client_id, wallet_id, transaction_type, status`.execute(db);

  await sql`create index orders_client_status_id on orders (client_id, status, id)`.execute(db);
  await sql`create index orders_client_status_created on orders (client_id, status, created_at, id)`.execute(db);
  await sql`create index orders_client_product_status_id on orders (client_id, product_id, status, id)`.execute(db);
  await sql`create index orders_client_product_status_created on orders (client_id, product_id, status, created_at, id)`.execute(db);

  await sql`drop index if exists ledger_transactions_client_created`.execute(db);
  // Ascending like every other list index: a list names the client first in its ORDER BY (infra/db/list-reads.ts).
  await sql`drop index if exists ledger_transactions_client_id`.execute(db);
  await sql`create index ledger_transactions_client_id on ledger_transactions (client_id, id)`.execute(db);
  await sql`create index ledger_transactions_client_type_id on ledger_transactions (client_id, transaction_type, id)`.execute(db);
  await sql`create index ledger_transactions_client_type_created on ledger_transactions (client_id, transaction_type, created_at, id)`.execute(db);
  await sql`create index ledger_transactions_wallet_type_id on ledger_transactions (wallet_id, transaction_type, id)`.execute(db);
  await sql`create index ledger_transactions_wallet_type_created on ledger_transactions (wallet_id, transaction_type, created_at, id)`.execute(db);
  await sql`create index ledger_transactions_wallet_amount on ledger_transactions (wallet_id, amount, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'orders_client_status_id',
    'orders_client_status_created',
    'orders_client_product_status_id',
    'orders_client_product_status_created',
    'ledger_transactions_client_type_id',
    'ledger_transactions_client_type_created',
    'ledger_transactions_wallet_type_id',
    'ledger_transactions_wallet_type_created',
    'ledger_transactions_wallet_amount',
  ]) {
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  }
  await sql`create index if not exists ledger_transactions_client_created on ledger_transactions (client_id, created_at desc)`.execute(db);
  await sql`drop index if exists ledger_transactions_client_id`.execute(db);
  await sql`create index ledger_transactions_client_id on ledger_transactions (client_id, id desc)`.execute(db);
  for (const trigger of ['orders_counted_insert', 'orders_counted_update', 'orders_counted_delete', 'orders_counted_truncate']) {
    await sql`drop trigger if exists ${sql.id(trigger)} on orders`.execute(db);
  }
  await sql`drop trigger if exists ledger_transactions_counted on ledger_transactions`.execute(db);
  for (const fn of ['order_counts_inserted', 'order_counts_moved', 'order_counts_deleted', 'order_counts_truncated', 'transaction_counts_inserted']) {
    await sql`drop function if exists ${sql.id(fn)}()`.execute(db);
  }
  await sql`drop table if exists transaction_counts`.execute(db);
  await sql`drop table if exists order_counts`.execute(db);
}
