/**
 * The data of bench/lists.ts: one client's orders and transactions written by set-based SQL
 * (`INSERT … SELECT generate_series`, in statements of BATCH rows), on a throw-away database. The
 * rows satisfy the tables' constraints and the counters follow them (their triggers run per
 * statement), but no ledger entries are written and balances are not moved: reconcile does not
 * pass on this data, which exists only to be listed.
 *
 * Orders: `orders` of them over the last 365 days, in id order, across the client's products;
 * statuses 96 % DELIVERED, 1.5 % FAILED, 1 % PARTIALLY_DELIVERED, 1 % CANCELLED, 0.5 % PENDING.
 * Transactions: a DEBIT per order on the USD wallet, then `transactions − orders` on the EUR
 * wallet, one in ten a CREDIT, also over the last 365 days.
 */
import { sql } from 'kysely';
import type { Container } from '../src/container.ts';
import { createClientAndLogIn, type BenchServer, type LoggedInClient } from './harness.ts';

const BATCH = 100_000;
const PRODUCTS = 20;

export interface SeededClient extends LoggedInClient {
  products: number[];
  wallets: { usd: number; eur: number };
}

/** A client with the vouchers feature, `PRODUCTS` products to order, USD and EUR wallets. */
export async function seededClient(server: BenchServer, name: string, products?: number[]): Promise<SeededClient> {
  const { container } = server;
  const client = await createClientAndLogIn(server, { name, features: ['vouchers'] });
  const usd = await container.wallets.createWallet({ client_id: client.clientId, currency: 'USD' });
  const eur = await container.wallets.createWallet({ client_id: client.clientId, currency: 'EUR' });
  return { ...client, products: products ?? (await createProducts(container)), wallets: { usd: usd.id, eur: eur.id } };
}

async function createProducts(container: Container): Promise<number[]> {
  const category = await container.reference.createCategory({ name: 'Bench lists' });
  const ids: number[] = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const product = await container.catalog.createProduct({
      name: `Bench list card ${i + 1}`,
      category_id: category.id,
      country_id: 840,
      currency_id: 840,
      supplier: 'sandbox',
      voucher_type: 'CODE',
      denominations: [{ min_value: 10, max_value: 10, discount: 0 }],
    });
    ids.push(product.id);
  }
  return ids;
}

/** The status of the n-th order (SQL of `g`). */
const STATUS = sql`case when g % 200 = 7 then 'PENDING' when g % 100 in (11, 12, 13) then 'FAILED' when g % 100 = 21 then 'PARTIALLY_DELIVERED'
  when g % 100 = 31 then 'CANCELLED' else 'DELIVERED' end`;

/** Writes `orders` orders and `transactions` transactions of `client`; returns the seconds it took. */
export async function seedLists(server: BenchServer, client: SeededClient, orders: number, transactions: number): Promise<number> {
  const db = server.container.database.db;
  const started = performance.now();
  const span = (count: number) => sql`(now() - interval '365 days' + (g::float8 / ${count}::float8) * interval '365 days')`;
  for (let from = 1; from <= orders; from += BATCH) {
    const to = Math.min(orders, from + BATCH - 1);
    await sql`insert into orders (client_id, product_id, product_name, supplier, voucher_type, product_currency_id, denomination, quantity,
        amount, discount_rate, discount_amount, wallet_id, wallet_currency_id, total_payable, status, delivered_quantity, message, created_at)
      select ${client.clientId}::int, (${client.products}::int[])[1 + g % ${client.products.length}::int], 'Bench list card', 'sandbox', 'CODE',
        840, 1000, 1, 1000, 0, 0, ${client.wallets.usd}::int, 840, 1000, s.status,
        case when s.status = 'DELIVERED' then 1 else 0 end, 'Order completed successfully', ${span(orders)}
      from generate_series(${from}::int, ${to}::int) as g, lateral (select ${STATUS} as status) as s`.execute(db);
  }
  // The DEBIT of each order, on the USD wallet.
  const { rows } = await sql<{
    min: number;
    max: number;
  }>`select min(id) as min, max(id) as max from orders where client_id = ${client.clientId}::int`.execute(db);
  const revenue = await accountId(server, 'REVENUE:840');
  for (let from = rows[0]!.min; from <= rows[0]!.max; from += BATCH) {
    await sql`insert into ledger_transactions (wallet_id, client_id, currency_id, amount, transaction_type, status, reason, remarks, order_id,
        balance_after, counter_account_id, actor, created_at)
      select o.wallet_id, o.client_id, 840, -1000, 'DEBIT', 'COMPLETED', 'ORDER', 'USD Wallet debited by amount 10.00 - Order #' || o.id, o.id,
        0, ${revenue}::int, 'bench', o.created_at
      from orders o where o.client_id = ${client.clientId}::int and o.id between ${from}::int and ${Math.min(rows[0]!.max, from + BATCH - 1)}::int`.execute(
      db,
    );
  }
  // The rest on the EUR wallet: adjustments, one in ten a top-up.
  const funding = await accountId(server, 'FUNDING:978');
  const rest = Math.max(0, transactions - orders);
  for (let from = 1; from <= rest; from += BATCH) {
    const to = Math.min(rest, from + BATCH - 1);
    await sql`insert into ledger_transactions (wallet_id, client_id, currency_id, amount, transaction_type, status, reason, remarks,
        balance_after, counter_account_id, actor, created_at)
      select ${client.wallets.eur}::int, ${client.clientId}::int, 978, case when g % 10 = 0 then 50000 else -(100 + g % 5000) end,
        case when g % 10 = 0 then 'CREDIT' else 'DEBIT' end, 'COMPLETED', case when g % 10 = 0 then 'TOP_UP' else 'ADJUSTMENT' end,
        case when g % 10 = 0 then 'EUR Wallet credited by amount 500.00' else 'EUR Wallet debited' end, 0, ${funding}::int, 'bench', ${span(rest)}
      from generate_series(${from}::int, ${to}::int) as g`.execute(db);
  }
  // PostgreSQL's autovacuum would do this after such a load; the embedded database never does (it is measured as it runs).
  if (server.engine === 'postgres') await sql`vacuum analyze orders, ledger_transactions, order_counts, transaction_counts`.execute(db);
  // The seed's pages are written out now, not by a checkpoint in the middle of the first measures.
  await sql`checkpoint`.execute(db).catch((error: unknown) => console.warn(`no checkpoint after the seed: ${(error as Error).message}`));
  return (performance.now() - started) / 1000;
}

async function accountId(server: BenchServer, code: string): Promise<number> {
  const row = await server.container.database.db.selectFrom('ledger_accounts').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
