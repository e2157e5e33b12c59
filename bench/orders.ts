/**
 * Order benchmark (npm run bench:orders).
 *
 * Starts the store in this process (PGlite in a temporary DATA_DIR, or PostgreSQL in a fresh
 * schema when DATABASE_URL is set) and, in the same run:
 *
 *   (a) sync orders: POST /api/v1/orders of quantity 1 from the INVENTORY supplier, with
 *       BENCH_CONNECTIONS (16) connections, each ordering as its own client with its own
 *       wallet, for BENCH_DURATION (10) seconds: orders/s, p50, p99;
 *   (b) one async order of BENCH_ASYNC_QUANTITY (5,000) inventory vouchers: the time from the
 *       POST until the order is DELIVERED, with the background worker running.
 *
 *   (f) the floor, in the same run, before (a): an authenticated POST answered after a
 *       transaction of four round trips and one durable commit (BEGIN, an insert, a second
 *       statement, COMMIT; an order's shape until the one-statement order, which needs two
 *       round trips, and kept so that ratios compare across stops), same connections and
 *       duration. What the machine, HTTP, authentication, the driver and a commit allow; (a)/(f)
 *       is what the order's own work costs, and compares across machines where absolute figures
 *       do not.
 *
 * Then it checks what matters as much as speed: every code issued at most once, every 201
 * debited exactly once, and `reconcile` passes.
 *
 * Targets: ≥ 1,000 orders/s and 5,000 vouchers in ≤ 5 s on PostgreSQL; ≥ 300 orders/s on PGlite;
 * server CPU per sync order ≤ 400 µs and orders/floor ≥ 0.5 on PostgreSQL, ≥ 0.4 on PGlite (the
 * server's CPU is this process's threads, the load generator's worker thread left out; on PGlite
 * it includes the database's work). When PostgreSQL runs on this machine, the CPU its processes
 * used per request is printed too, for the floor and for the orders.
 *
 * Environment: BENCH_DURATION, BENCH_CONNECTIONS, BENCH_WARMUP, BENCH_WORKERS (see bench/catalog.ts),
 * BENCH_STOCK (codes stocked for (a), default 60,000), BENCH_ASYNC_QUANTITY, DATABASE_URL;
 * BENCH_PROFILE=DIR profiles the server during (a) (bench/profile.ts; its figures are then not
 * comparable).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type autocannon from 'autocannon';
import { sql } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Container } from '../src/container.ts';
import { parseInventoryCsv } from '../src/inventory/inventory.file.ts';
import {
  allSucceeded,
  commandCpu,
  createClientAndLogIn,
  describe,
  envNumber,
  type Figures,
  figuresTable,
  load,
  loaderDescription,
  runBenchmark,
  withBenchServer,
} from './harness.ts';
import { profiled } from './profile.ts';

const duration = envNumber('BENCH_DURATION', 10, 1);
const connections = Math.floor(envNumber('BENCH_CONNECTIONS', 16, 1));
const warmup = envNumber('BENCH_WARMUP', 1, 0);
const workers = envNumber('BENCH_WORKERS', 1, 0);
const stock = Math.floor(envNumber('BENCH_STOCK', 60_000, 1));
const asyncQuantity = Math.floor(envNumber('BENCH_ASYNC_QUANTITY', 5000, 6));
const require = createRequire(import.meta.url);
const SETUP_CLIENT = path.join(import.meta.dirname, 'orders-client-setup.cjs');
const TARGETS = {
  postgres: { rps: 1000, asyncSeconds: 5, cpuPerOrder: 400, overFloor: 0.5 },
  pglite: { rps: 300, asyncSeconds: null as number | null, cpuPerOrder: 400, overFloor: 0.4 },
};

async function createInventoryProduct(container: Container, name: string): Promise<number> {
  const category = await container.reference.createCategory({ name: `${name} category` });
  const product = await container.catalog.createProduct({
    name,
    category_id: category.id,
    country_id: 840,
    currency_id: 840,
    supplier: 'inventory',
    voucher_type: 'CODE_WITH_PIN',
    denominations: [{ min_value: 10, max_value: 10, discount: 0 }],
  });
  return product.id;
}

/** Imports `count` generated codes in files of at most 50,000 lines. */
async function stockCodes(container: Container, productId: number, count: number, prefix: string): Promise<void> {
  for (let start = 0; start < count; start += 50_000) {
    const lines = ['code,pin,serial'];
    for (let i = start; i < Math.min(count, start + 50_000); i++) lines.push(`${prefix}-${String(i).padStart(8, '0')},${1000 + (i % 9000)},S${i}`);
    const parsed = parseInventoryCsv(lines.join('\n'));
    if (parsed.errors.length) throw new Error(`bench CSV: ${JSON.stringify(parsed.errors[0])}`);
    const report = await container.inventory.importCodes({ productId, denomination: 10, records: parsed.records, source: 'bench' });
    if (!report.ok) throw new Error(`stocking failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
  }
}

/** PostgreSQL on this machine (its processes' CPU can be read), not elsewhere. */
function localPostgres(): boolean {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return false;
  const host = new URL(url).hostname;
  return host === '' || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** A run with the CPU that PostgreSQL's processes used per request meanwhile (null when it cannot be read). */
async function withDatabaseCpu(run: () => Promise<Figures>): Promise<Figures & { databaseCpuPerRequest: number | null }> {
  const read = localPostgres() ? () => commandCpu('postgres') : () => null;
  const before = read();
  const figures = await run();
  const after = read();
  const databaseCpuPerRequest = before === null || after === null || figures.total === 0 ? null : (after - before) / figures.total;
  return { ...figures, databaseCpuPerRequest };
}

async function main(): Promise<void> {
  await withBenchServer(
    (app, container) => {
      const db = container.database.db;
      app.post('/bench/floor', { onRequest: app.authenticate }, async (request) =>
        db.transaction().execute(async (trx) => {
          const row = await sql<{ id: number }>`insert into bench_floor (client_id) values (${request.client!.clientId}) returning id`.execute(trx);
          await sql`select ${row.rows[0]!.id}::bigint + 1 as next`.execute(trx);
          return { ok: true };
        }),
      );
    },
    async (server) => {
      const { container, url, engine } = server;
      const db = container.database.db;
      const setupStart = performance.now();
      const syncProduct = await createInventoryProduct(container, 'Bench Sync Card');
      const asyncProduct = await createInventoryProduct(container, 'Bench Bulk Card');
      await stockCodes(container, syncProduct, stock, 'SYNC');
      await stockCodes(container, asyncProduct, asyncQuantity, 'BULK');
      const tokens: string[] = [];
      for (let i = 0; i < connections; i++) {
        const client = await createClientAndLogIn(server, { name: `Bench orders client ${i}`, features: ['vouchers'] });
        const wallet = await container.wallets.createWallet({ client_id: client.clientId, currency: 'USD' });
        await container.wallets.creditWallet(wallet.id, { amount: '10000000.00' });
        tokens.push(client.accessToken);
      }
      await sql`create table bench_floor (id bigserial primary key, client_id int not null)`.execute(db);
      const setupSeconds = (performance.now() - setupStart) / 1000;
      process.env.BENCH_ORDER_TOKENS = JSON.stringify(tokens);
      container.startWorkers();

      console.log(`bench:orders — ${engine}, ${connections} clients, ${duration} s, ${loaderDescription(workers)}`);
      console.log(`setup: ${stock} + ${asyncQuantity} inventory codes, ${connections} funded wallets in ${setupSeconds.toFixed(1)} s`);
      const options = {
        url: `${url}/api/v1/orders`,
        method: 'POST' as const,
        connections,
        body: JSON.stringify({ product_id: syncProduct, denomination: 10, quantity: 1 }),
        // Worker threads load it from its path; on the server's event loop it is the function itself.
        setupClient: (workers > 0 ? SETUP_CLIENT : require(SETUP_CLIENT)) as (client: autocannon.Client) => void,
      };
      if (warmup > 0) await load('warm-up', { ...options, duration: warmup }, workers);
      await server.drain();
      const floor = await withDatabaseCpu(() =>
        load('floor (4-statement transaction)', { ...options, url: `${url}/bench/floor`, duration }, workers),
      );
      await server.drain();
      const sync = await withDatabaseCpu(() =>
        profiled('orders', () => load('sync orders (quantity 1, inventory)', { ...options, duration }, workers)),
      );
      await server.drain();

      const asyncToken = tokens[0]!;
      const asyncStart = performance.now();
      const created = await fetch(`${url}/api/v1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${asyncToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ product_id: asyncProduct, denomination: 10, quantity: asyncQuantity }),
      });
      const order = (await created.json()) as { id: number; status: string };
      if (created.status !== 201) throw new Error(`async order failed: ${created.status} ${JSON.stringify(order)}`);
      let status = order.status;
      while (status === 'PENDING') {
        await sleep(20);
        const row = await db.selectFrom('orders').select('status').where('id', '=', order.id).executeTakeFirstOrThrow();
        status = row.status;
      }
      const asyncSeconds = (performance.now() - asyncStart) / 1000;

      // Correctness under load: codes issued once, one debit per order, the ledger balanced.
      const issued = await db
        .selectFrom('voucher_inventory')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', '=', 'ISSUED')
        .executeTakeFirstOrThrow();
      const orders = await db
        .selectFrom('orders')
        .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.sum<string>('delivered_quantity').as('units')])
        .executeTakeFirstOrThrow();
      const vouchers = await db
        .selectFrom('order_vouchers')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      const report = await container.ledger.reconcile();

      console.log('');
      console.log(figuresTable([floor, sync]));
      console.log(describe(floor));
      console.log(describe(sync));
      const target = TARGETS[engine as 'postgres' | 'pglite'];
      const overFloor = sync.rps / floor.rps;
      console.log(
        `orders/floor ratio: ${overFloor.toFixed(3)} (target ≥ ${target.overFloor}) ${overFloor >= target.overFloor ? 'PASS' : 'FAIL'} ` +
          `(what the order's own work leaves of the machine's floor; compare this across machines)`,
      );
      if (sync.cpuPerRequest !== null) {
        const ok = sync.cpuPerRequest <= target.cpuPerOrder;
        console.log(
          `server CPU per order: ${sync.cpuPerRequest.toFixed(0)} µs (target ≤ ${target.cpuPerOrder}) ${ok ? 'PASS' : 'FAIL'}; ` +
            `floor ${floor.cpuPerRequest?.toFixed(0)} µs per request`,
        );
      }
      if (sync.databaseCpuPerRequest !== null && floor.databaseCpuPerRequest !== null) {
        console.log(
          `PostgreSQL CPU per order: ${sync.databaseCpuPerRequest.toFixed(0)} µs; floor ${floor.databaseCpuPerRequest.toFixed(0)} µs per request ` +
            `(every postgres process of this machine: other work on the same server counts too)`,
        );
      }
      console.log(`async order of ${asyncQuantity} vouchers: ${status} in ${asyncSeconds.toFixed(2)} s`);
      console.log(
        `checks: ${orders.n} orders, ${orders.units} units delivered, ${vouchers.n} vouchers stored, ${issued.n} codes issued; ` +
          `reconcile ${report.ok ? 'OK' : `BROKEN (${report.breaks.length})`}`,
      );
      const rpsOk = sync.rps >= target.rps;
      const asyncOk = target.asyncSeconds === null || asyncSeconds <= target.asyncSeconds;
      const consistent =
        report.ok && Number(orders.units) === Number(vouchers.n) && Number(vouchers.n) === Number(issued.n) && status === 'DELIVERED';
      console.log(
        `target ≥ ${target.rps} orders/s: ${rpsOk ? 'PASS' : 'FAIL'}` +
          (target.asyncSeconds === null ? '' : `; ${asyncQuantity} vouchers ≤ ${target.asyncSeconds} s: ${asyncOk ? 'PASS' : 'FAIL'}`) +
          `; consistency: ${consistent ? 'PASS' : 'FAIL'}${allSucceeded([floor, sync]) ? '' : ' (some requests failed)'}`,
      );
    },
  );
}

runBenchmark(main);
