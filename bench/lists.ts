/**
 * List benchmark (npm run bench:lists [-- --engine pglite|postgres]): what GET /api/v1/orders and
 * GET /api/v1/transactions cost at volume, against what they cost on almost no data, in one run.
 *
 * On each engine (PGlite in a temporary DATA_DIR; PostgreSQL in a fresh schema of DATABASE_URL;
 * both when DATABASE_URL is set and no --engine is given), the store in this process seeds, with
 * set-based SQL (bench/lists-seed.ts), a large client with BENCH_ORDERS (1,000,000) orders and
 * BENCH_TRANSACTIONS (2,000,000) transactions, and a small one with 200 and 400 (the baseline).
 * Then each list shape — no filter, status, product, status and product, a date window that
 * reaches today, one old day, an old month sorted by created_at; for transactions type, wallet,
 * status, windows and the amount sort — is read at `limit=20` as page 1, as page 100 (by offset)
 * and after a cursor in the middle of the list (any depth), BENCH_REQUESTS (200) times one after
 * the other (after BENCH_WARMUP, 10), for each client. Printed: p50 and p99 of the large client
 * against the target (p99 ≤ 20 ms on PostgreSQL, ≤ 50 ms on PGlite: PASS/FAIL), the small
 * client's, and large p99 / small p99 (1.0: the cost does not grow with the data), with the
 * answer's X-Total-Count.
 *
 * The seeded data is not a ledger (no entries): the database is thrown away after the run.
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import { parseArgs } from 'node:util';
import { sql, type RawBuilder } from 'kysely';
import { encodeCursor } from '../src/http/list-cursor.ts';
import { envNumber, runBenchmark, table, withBenchServer, type BenchServer } from './harness.ts';
import { seededClient, seedLists, type SeededClient } from './lists-seed.ts';

const ORDERS = Math.floor(envNumber('BENCH_ORDERS', 1_000_000, 1));
const TRANSACTIONS = Math.floor(envNumber('BENCH_TRANSACTIONS', 2_000_000, 1));
const REQUESTS = Math.floor(envNumber('BENCH_REQUESTS', 200, 1));
const WARMUP = Math.floor(envNumber('BENCH_WARMUP', 10, 0));
const TARGET_P99_MS: Record<string, number> = { postgres: 20, pglite: 50 };

const DAY = 86_400_000;
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);

interface Shape {
  list: 'orders' | 'transactions';
  name: string;
  query: (client: SeededClient) => string;
  sort: { field: string; direction: 'ASC' | 'DESC' };
  /** Where the cursor stands: the first item of the list (`where`) at or after this many days ago (null: no cursor for this sort). */
  cursorDaysAgo: number | null;
  where?: (client: SeededClient) => RawBuilder<boolean>;
}

const byId = { field: 'id', direction: 'DESC' } as const;
const byDate = { field: 'created_at', direction: 'ASC' } as const;

const SHAPES: Shape[] = [
  { list: 'orders', name: 'no filter', query: () => '', sort: byId, cursorDaysAgo: 182 },
  { list: 'orders', name: 'status=DELIVERED', query: () => 'status=DELIVERED', sort: byId, cursorDaysAgo: 182 },
  { list: 'orders', name: 'status=FAILED', query: () => 'status=FAILED', sort: byId, cursorDaysAgo: 182, where: () => sql`status = 'FAILED'` },
  {
    list: 'orders',
    name: 'product_id',
    query: (c) => `product_id=${c.products[3]}`,
    sort: byId,
    cursorDaysAgo: 182,
    where: (c) => sql`product_id = ${c.products[3]}`,
  },
  {
    list: 'orders',
    name: 'status=FAILED&product_id',
    query: (c) => `status=FAILED&product_id=${c.products[3]}`,
    sort: byId,
    cursorDaysAgo: 182,
    where: (c) => sql`status = 'FAILED' and product_id = ${c.products[3]}`,
  },
  { list: 'orders', name: 'start_date (last 30 days)', query: () => `start_date=${day(30)}`, sort: byId, cursorDaysAgo: 15 },
  { list: 'orders', name: 'one day, 100 days ago', query: () => `start_date=${day(100)}&end_date=${day(99)}`, sort: byId, cursorDaysAgo: 99.5 },
  {
    list: 'orders',
    name: 'a month, by created_at',
    query: () => `start_date=${day(200)}&end_date=${day(170)}&sort_by=created_at&sort_dir=asc`,
    sort: byDate,
    cursorDaysAgo: 185,
  },
  {
    list: 'orders',
    name: 'status+product, by created_at',
    query: (c) => `status=DELIVERED&product_id=${c.products[5]}&sort_by=created_at&sort_dir=asc`,
    sort: byDate,
    cursorDaysAgo: 182,
    where: (c) => sql`status = 'DELIVERED' and product_id = ${c.products[5]}`,
  },
  { list: 'transactions', name: 'no filter', query: () => '', sort: byId, cursorDaysAgo: 182 },
  {
    list: 'transactions',
    name: 'transaction_type=CREDIT',
    query: () => 'transaction_type=CREDIT',
    sort: byId,
    cursorDaysAgo: 182,
    where: () => sql`transaction_type = 'CREDIT'`,
  },
  {
    list: 'transactions',
    name: 'wallet_id (EUR)',
    query: (c) => `wallet_id=${c.wallets.eur}`,
    sort: byId,
    cursorDaysAgo: 182,
    where: (c) => sql`wallet_id = ${c.wallets.eur}`,
  },
  {
    list: 'transactions',
    name: 'currency=USD&status=COMPLETED',
    query: () => 'currency=USD&status=COMPLETED',
    sort: byId,
    cursorDaysAgo: 182,
    where: (c) => sql`wallet_id = ${c.wallets.usd}`,
  },
  { list: 'transactions', name: 'start_date (last 30 days)', query: () => `start_date=${day(30)}`, sort: byId, cursorDaysAgo: 15 },
  { list: 'transactions', name: 'one day, 100 days ago', query: () => `start_date=${day(100)}&end_date=${day(99)}`, sort: byId, cursorDaysAgo: 99.5 },
  {
    list: 'transactions',
    name: 'a month, by created_at',
    query: () => `start_date=${day(200)}&end_date=${day(170)}&sort_by=created_at&sort_dir=asc`,
    sort: byDate,
    cursorDaysAgo: 185,
  },
  { list: 'transactions', name: 'sort_by=amount', query: () => 'sort_by=amount&sort_dir=desc', sort: byId, cursorDaysAgo: null },
];

interface Measured {
  p50: number;
  p99: number;
  failures: number;
  total: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** GETs `url` WARMUP + REQUESTS times, one after the other; the latencies of the REQUESTS. */
async function measure(url: string, authorization: string): Promise<Measured> {
  const times: number[] = [];
  let failures = 0;
  let total = '';
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization } });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) {
      failures++;
      if (failures === 1) console.error(`GET ${url}: ${response.status} ${body.slice(0, 300)}`);
    }
    total = `${response.headers.get('x-total-count')}${response.headers.get('x-total-count-capped') ? '+' : ''}`;
    if (i >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), failures, total };
}

/** A cursor at the first item of `client`'s list at or after `daysAgo` (in the shape's sort). */
async function cursorOf(server: BenchServer, client: SeededClient, shape: Shape): Promise<string> {
  const table = shape.list === 'orders' ? 'orders' : 'ledger_transactions';
  const at = new Date(Date.now() - shape.cursorDaysAgo! * DAY);
  const { rows } = await sql<{ id: number; micros: string }>`
    select id, (extract(epoch from created_at) * 1000000)::bigint::text as micros from ${sql.table(table)}
    where client_id = ${client.clientId}::int and created_at >= ${at}::timestamptz and ${shape.where?.(client) ?? sql`true`}
    order by created_at, id limit 1`.execute(server.container.database.db);
  const row = rows[0] ?? { id: 1, micros: '0' };
  return encodeCursor({
    list: shape.list,
    owner: client.clientId,
    sort: shape.sort,
    key: shape.sort.field === 'id' ? null : row.micros,
    id: row.id,
  });
}

async function run(server: BenchServer): Promise<void> {
  const { engine, url } = server;
  const large = await seededClient(server, 'Bench lists: large client');
  const small = await seededClient(server, 'Bench lists: small client', large.products);
  const seconds = await seedLists(server, large, ORDERS, TRANSACTIONS);
  await seedLists(server, small, 200, 400);
  console.log(`\nbench:lists — ${engine}: ${ORDERS} orders and ${TRANSACTIONS} transactions of one client seeded in ${seconds.toFixed(1)} s;`);
  console.log(`baseline: a client with 200 orders and 400 transactions; ${REQUESTS} requests a measure, one at a time, after ${WARMUP}`);
  const target = TARGET_P99_MS[engine]!;
  const rows: string[][] = [['list', 'shape', 'page', 'p50 ms', 'p99 ms', 'target', '', 'small p50', 'small p99', 'p99 ratio', 'X-Total-Count']];
  let failed = 0;
  for (const shape of SHAPES) {
    const pages: [string, (client: SeededClient) => Promise<string>][] = [
      ['1', async () => ''],
      ['100', async () => 'page=100'],
      ...(shape.cursorDaysAgo === null
        ? []
        : ([['cursor', async (client: SeededClient) => `after=${await cursorOf(server, client, shape)}`]] as [
            string,
            (client: SeededClient) => Promise<string>,
          ][])),
    ];
    for (const [page, extra] of pages) {
      const path = async (client: SeededClient) =>
        `${url}/api/v1/${shape.list}?${['limit=20', shape.query(client), await extra(client)].filter(Boolean).join('&')}`;
      const big = await measure(await path(large), large.authorization);
      const base = await measure(await path(small), small.authorization);
      const pass = big.failures === 0 && base.failures === 0 && big.p99 <= target;
      if (!pass) failed++;
      rows.push([
        shape.list,
        shape.name,
        page,
        big.p50.toFixed(2),
        big.p99.toFixed(2),
        `≤ ${target}`,
        big.failures ? `FAIL (${big.failures} non-200)` : pass ? 'PASS' : 'FAIL',
        base.p50.toFixed(2),
        base.p99.toFixed(2),
        (big.p99 / base.p99).toFixed(2),
        big.total,
      ]);
    }
  }
  console.log(table(rows));
  console.log(
    `${engine}: ${rows.length - 1 - failed} of ${rows.length - 1} list shapes within p99 ≤ ${target} ms: ${failed === 0 ? 'PASS' : 'FAIL'}`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { engine: { type: 'string' } } });
  const databaseUrl = process.env.DATABASE_URL?.trim() || '';
  if (values.engine !== undefined && values.engine !== 'pglite' && values.engine !== 'postgres') throw new Error('--engine pglite|postgres');
  if (values.engine === 'postgres' && !databaseUrl) throw new Error('--engine postgres needs DATABASE_URL');
  const engines = values.engine ? [values.engine] : databaseUrl ? ['pglite', 'postgres'] : ['pglite'];
  for (const engine of engines) {
    // The harness opens PostgreSQL when DATABASE_URL is set, the embedded database otherwise.
    if (engine === 'pglite') delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = databaseUrl;
    await withBenchServer(() => {}, run);
  }
}

runBenchmark(main);
