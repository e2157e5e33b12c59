/**
 * Inventory supplier benchmark (npm run bench:inventory).
 *
 * Starts the store in this process (PGlite in a temporary DATA_DIR, or PostgreSQL in a fresh
 * schema when DATABASE_URL is set), makes a product delivered by the inventory supplier, and
 * measures what the supplier costs an order, without HTTP and without the orders module:
 *
 *   (a) import         BENCH_CODES codes through the operator import (encrypt, fingerprint, insert)
 *   (b) small orders   BENCH_ORDERS single-voucher orders, BENCH_CONCURRENCY at a time, each one
 *                      transaction that reserves 1 code and one that issues it (decrypting it),
 *                      as the order flow does; target ≥ 1,000 orders/s on PostgreSQL
 *   (b0) baselines   the same number of "orders" of two transactions each doing `select 1`,
 *                      then each inserting one row: what the machine, the driver and a durable
 *                      commit (WAL flush) allow at best; b / b0-write is what the inventory
 *                      itself costs (an order commits its reservation and each delivery step
 *                      anyway)
 *   (c) a big order    one order of 5,000 vouchers: reserve 5,000 in one transaction, issue
 *                      5,000 in another; target ≤ 5 s (the supplier's share of it far less)
 *
 * Every code delivered is checked to be distinct. Absolute numbers depend on the machine and on
 * whatever else runs on it.
 *
 * Environment:
 *   BENCH_CODES        codes to import for (b) (default 20000)
 *   BENCH_ORDERS       single-voucher orders (default 5000, at most BENCH_CODES)
 *   BENCH_CONCURRENCY  orders in flight (default 50)
 *   DATABASE_URL       benchmark on PostgreSQL (a schema is created and dropped)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Container } from '../src/container.ts';
import { MAX_ORDER_QUANTITY } from '../src/suppliers/supplier.ts';
import { envNumber, runBenchmark, table, withBenchServer } from './harness.ts';

const TARGET_ORDERS_PER_SECOND = 1000;
const TARGET_BIG_ORDER_MS = 5000;

const codeCount = Math.floor(envNumber('BENCH_CODES', 20_000, 1));
const orderCount = Math.min(codeCount, Math.floor(envNumber('BENCH_ORDERS', 5000, 1)));
const concurrency = Math.floor(envNumber('BENCH_CONCURRENCY', 50, 1));

/** Runs `count` jobs, `concurrency` at a time; the elapsed milliseconds. */
async function inFlight(count: number, job: () => Promise<void>): Promise<number> {
  let started = 0;
  const begin = performance.now();
  const worker = async () => {
    while (started < count) {
      started++;
      await job();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - begin;
}

async function createProduct(container: Container): Promise<number> {
  const category = await container.reference.createCategory({ name: 'Bench' });
  const product = await container.catalog.createProduct({
    name: 'Bench stocked card',
    category_id: category.id,
    country_id: 840,
    currency_id: 840,
    voucher_type: 'CODE_WITH_PIN',
    supplier: 'inventory',
    denominations: [
      { min_value: 10, max_value: 10 },
      { min_value: 25, max_value: 25 },
    ],
  });
  return product.id;
}

async function importCodes(container: Container, productId: number, denomination: number, count: number): Promise<number> {
  const tag = randomBytes(4).toString('hex').toUpperCase();
  const started = performance.now();
  const report = await container.inventory.as('bench').importCodes({
    productId,
    denomination,
    records: Array.from({ length: count }, (_, i) => ({
      line: i + 2,
      fields: { code: `BENCH-${tag}-${i}`, pin: String(1000 + (i % 9000)), serial: `S${i}` },
    })),
  });
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return performance.now() - started;
}

runBenchmark(async () => {
  await withBenchServer(
    () => {},
    async ({ container, engine }) => {
      const db = container.database.db;
      const supplier = container.suppliers.get('inventory')!;
      const productId = await createProduct(container);
      console.log(
        `inventory benchmark on ${engine}: ${codeCount} codes, ${orderCount} single-voucher orders (${concurrency} in flight), one order of ${MAX_ORDER_QUANTITY}`,
      );

      // (a) import
      const importMs = await importCodes(container, productId, 10, codeCount);

      // (b0) baselines: two trivial transactions per order, same concurrency; read-only, then writing.
      const readOnly = await inFlight(orderCount, async () => {
        await db.transaction().execute((trx) => sql`select 1`.execute(trx));
        await db.transaction().execute((trx) => sql`select 1`.execute(trx));
      });
      let row = 0;
      const writing = await inFlight(orderCount, async () => {
        for (let i = 0; i < 2; i++) {
          const key = `bench-${row++}`;
          await db.transaction().execute((trx) => trx.insertInto('settings').values({ key, value: 'x' }).execute());
        }
      });
      const readOnlyPerSecond = orderCount / (readOnly / 1000);
      const baselinePerSecond = orderCount / (writing / 1000);

      // (b) single-voucher orders
      let nextOrder = 1;
      const delivered: string[] = [];
      const started = performance.now();
      const worker = async () => {
        while (nextOrder <= orderCount) {
          const orderId = nextOrder++;
          const request = { orderId, productId, denomination: '10.00' };
          const reserved = await db.transaction().execute((trx) => supplier.reserve(trx, { ...request, quantity: 1 }));
          if (reserved !== 1) throw new Error(`order ${orderId}: reserved ${reserved}`);
          const [voucher] = await db
            .transaction()
            .execute((trx) => supplier.issue(trx, { ...request, voucherType: 'CODE_WITH_PIN', quantity: 1, delivered: 0 }));
          delivered.push(voucher!.card_number!);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const smallMs = performance.now() - started;
      if (new Set(delivered).size !== orderCount) throw new Error('a code was delivered twice');
      const ordersPerSecond = orderCount / (smallMs / 1000);

      // (c) one order of 5,000
      await importCodes(container, productId, 25, MAX_ORDER_QUANTITY);
      const big = { orderId: nextOrder + 1, productId, denomination: '25.00' };
      const reserveStart = performance.now();
      const reserved = await db.transaction().execute((trx) => supplier.reserve(trx, { ...big, quantity: MAX_ORDER_QUANTITY }));
      const reserveMs = performance.now() - reserveStart;
      const issueStart = performance.now();
      const vouchers = await db
        .transaction()
        .execute((trx) => supplier.issue(trx, { ...big, voucherType: 'CODE_WITH_PIN', quantity: MAX_ORDER_QUANTITY, delivered: 0 }));
      const issueMs = performance.now() - issueStart;
      if (reserved !== MAX_ORDER_QUANTITY || new Set(vouchers.map((v) => v.card_number)).size !== MAX_ORDER_QUANTITY)
        throw new Error('the big order went wrong');
      const bigMs = reserveMs + issueMs;

      const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
      console.log(
        table([
          ['step', 'figure', 'target', ''],
          [`import ${codeCount} codes`, `${Math.round(codeCount / (importMs / 1000))} codes/s (${Math.round(importMs)} ms)`, '-', ''],
          [`baseline: 2 read-only transactions × ${orderCount}`, `${Math.round(readOnlyPerSecond)} orders/s`, '', ''],
          [`baseline: 2 one-row-insert transactions × ${orderCount}`, `${Math.round(baselinePerSecond)} orders/s`, '', ''],
          [
            `${orderCount} single-voucher orders`,
            `${Math.round(ordersPerSecond)} orders/s (${Math.round((100 * ordersPerSecond) / baselinePerSecond)}% of the writing baseline)`,
            `≥ ${TARGET_ORDERS_PER_SECOND} (PostgreSQL)`,
            engine === 'postgres' ? pass(ordersPerSecond >= TARGET_ORDERS_PER_SECOND) : '-',
          ],
          [`order of ${MAX_ORDER_QUANTITY}: reserve`, `${Math.round(reserveMs)} ms`, '', ''],
          [`order of ${MAX_ORDER_QUANTITY}: issue`, `${Math.round(issueMs)} ms`, '', ''],
          [`order of ${MAX_ORDER_QUANTITY}: total`, `${Math.round(bigMs)} ms`, `≤ ${TARGET_BIG_ORDER_MS} ms`, pass(bigMs <= TARGET_BIG_ORDER_MS)],
        ]),
      );
    },
  );
});
