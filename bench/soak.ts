/**
 * Soak (npm run soak -- --minutes N --engine pglite|postgres [--rate R]): does the store hold a
 * steady mixed load for N minutes without slowing down or growing?
 *
 * The store runs in a process of its own (bench/soak-server.ts): PGlite in a temporary DATA_DIR,
 * or PostgreSQL in a fresh schema of DATABASE_URL. The load, from this process over keep-alive
 * connections, is a mix of product lists (GET /api/v1/products, 50 %), orders of quantity 1
 * (POST /api/v1/orders, delivered before the answer, 20 %) and order lists (GET /api/v1/orders:
 * newest first, by status, page 5, after a cursor; 30 %), from 8 clients in turn.
 *
 * First the capacity: the mix as fast as BENCH_SOAK_CONNECTIONS (16) loops can send it for
 * BENCH_SOAK_PROBE_SECONDS (20). Then the soak offers `--rate` requests a second (default half the
 * capacity), sent on a fixed schedule whatever the answers take (open loop; at most 512 in
 * flight, the rest counted as dropped). Printed every minute: requests answered a second, p50 and
 * p99 latency, non-2xx answers, dropped requests, and the server's resident memory. At the end:
 * the last minute's throughput within 10 % of the first's, RSS of the last minute within 10 %
 * of the first's, the ledger's reconciliation (GET /admin/v1/ledger/reconciliation), and each
 * client's X-Total-Count from the counters against its lists counted by reading — each PASS or FAIL.
 *
 * Always exits 0 when the soak ran, PASS or FAIL; 1 only if something crashed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { envNumber, runBenchmark, table } from './harness.ts';
import { startServerProcess } from './server-process.ts';
import type { SoakServerInfo } from './soak-server.ts';

const CONNECTIONS = Math.floor(envNumber('BENCH_SOAK_CONNECTIONS', 16, 1));
const PROBE_SECONDS = envNumber('BENCH_SOAK_PROBE_SECONDS', 20, 1);
const MAX_IN_FLIGHT = 512;

interface Mix {
  next(): { method: 'GET' | 'POST'; path: string; authorization: string; body?: string };
  /** Takes a cursor from an order list answer, for the next cursor request of that client. */
  saw(authorization: string, cursor: string | null): void;
}

/** The request mix, deterministic: product lists, orders, order lists, in proportions 5 : 2 : 3. */
function mixOf(info: SoakServerInfo): Mix {
  let n = 0;
  const cursors = new Map<string, string>();
  const KINDS = ['products', 'order', 'orders', 'products', 'orders', 'products', 'order', 'products', 'orders', 'products'] as const;
  const LISTS = ['limit=20', 'limit=20&status=DELIVERED', 'limit=20&page=5', 'cursor'] as const;
  return {
    next() {
      const i = n++;
      const authorization = info.authorizations[i % info.authorizations.length]!;
      const kind = KINDS[i % KINDS.length]!;
      if (kind === 'products') return { method: 'GET', path: `/api/v1/products?limit=20&page=${1 + (i % 3)}`, authorization };
      if (kind === 'order') {
        const product = info.products[i % info.products.length]!;
        return {
          method: 'POST',
          path: '/api/v1/orders',
          authorization,
          body: JSON.stringify({ product_id: product, denomination: 10, quantity: 1 }),
        };
      }
      const list = LISTS[Math.floor(i / KINDS.length) % LISTS.length]!;
      const cursor = cursors.get(authorization);
      const query = list === 'cursor' ? (cursor ? `limit=20&after=${encodeURIComponent(cursor)}` : 'limit=20') : list;
      return { method: 'GET', path: `/api/v1/orders?${query}`, authorization };
    },
    saw(authorization, cursor) {
      if (cursor) cursors.set(authorization, cursor);
      else cursors.delete(authorization);
    },
  };
}

interface Outcome {
  ms: number;
  ok: boolean;
  /** What was asked: the method and the path without its query. */
  what: string;
}

async function send(pool: Pool, mix: Mix): Promise<Outcome> {
  const request = mix.next();
  const what = `${request.method} ${request.path.split('?')[0]}`;
  const started = performance.now();
  try {
    const response = await pool.request({
      method: request.method,
      path: request.path,
      headers: { authorization: request.authorization, ...(request.body ? { 'content-type': 'application/json' } : {}) },
      body: request.body,
    });
    await response.body.text();
    if (request.path.startsWith('/api/v1/orders?')) {
      const cursor = response.headers['x-next-cursor'];
      mix.saw(request.authorization, response.headers['x-has-more'] === 'true' && typeof cursor === 'string' ? cursor : null);
    }
    return { ms: performance.now() - started, ok: response.statusCode < 300, what };
  } catch {
    return { ms: performance.now() - started, ok: false, what };
  }
}

/** The mix as fast as `CONNECTIONS` loops send it, for `seconds`: requests answered a second. */
async function capacity(pool: Pool, mix: Mix, seconds: number): Promise<{ rps: number; failures: number }> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const outcome = await send(pool, mix);
        done++;
        if (!outcome.ok) failures++;
      }
    }),
  );
  return { rps: done / seconds, failures };
}

/**
 * Whether each client's X-Total-Count without a filter (the counters kept with every write)
 * equals the same list counted by reading it (a date window over all time, counted up to
 * 10,000): a word for the report.
 */
async function countsAgree(pool: Pool, info: SoakServerInfo): Promise<string> {
  const total = async (path: string, authorization: string) => {
    const response = await pool.request({ method: 'GET', path, headers: { authorization } });
    await response.body.text();
    return { n: response.headers['x-total-count'], capped: response.headers['x-total-count-capped'] === 'true' };
  };
  let compared = 0;
  for (const authorization of info.authorizations) {
    for (const list of ['orders', 'transactions']) {
      const counted = await total(`/api/v1/${list}?limit=1`, authorization);
      const read = await total(`/api/v1/${list}?limit=1&start_date=2000-01-01`, authorization);
      if (read.capped) continue;
      if (counted.n !== read.n) return `differ (${list}: ${counted.n} counted, ${read.n} read)`;
      compared++;
    }
  }
  return `equal in ${compared} lists`;
}

/** Resident memory of a process, MB (Linux /proc); null elsewhere. */
function rssMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Minute {
  minute: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  dropped: number;
  rssMb: number | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** Offers `rate` requests a second for `minutes`, on a fixed schedule; a summary of each minute once its requests are answered. */
async function soak(pool: Pool, mix: Mix, rate: number, minutes: number, pid: number): Promise<Minute[]> {
  const rows: Minute[] = [];
  const interval = 1000 / rate;
  const start = performance.now();
  let inFlight = 0;
  let reported: Promise<void> = Promise.resolve();
  for (let minute = 1; minute <= minutes; minute++) {
    const times: number[] = [];
    // p99 of each kind of request, to tell which one is slow.
    const byKind = new Map<string, number[]>();
    let failures = 0;
    let dropped = 0;
    const pending: Promise<void>[] = [];
    const end = start + minute * 60_000;
    for (let due = start + (minute - 1) * 60_000; due < end; due += interval) {
      const wait = due - performance.now();
      await new Promise((resolve) => (wait > 1 ? setTimeout(resolve, wait) : setImmediate(resolve)));
      if (inFlight >= MAX_IN_FLIGHT) {
        dropped++;
        continue;
      }
      inFlight++;
      pending.push(
        send(pool, mix).then((outcome) => {
          inFlight--;
          times.push(outcome.ms);
          byKind.set(outcome.what, [...(byKind.get(outcome.what) ?? []), outcome.ms]);
          if (!outcome.ok) failures++;
        }),
      );
    }
    const rss = rssMb(pid);
    // What was sent in a minute counts in it, answered then or a little later; the next minute's sending goes on meanwhile.
    reported = reported.then(async () => {
      await Promise.all(pending);
      times.sort((a, b) => a - b);
      const row: Minute = { minute, rps: times.length / 60, p50: percentile(times, 50), p99: percentile(times, 99), failures, dropped, rssMb: rss };
      rows.push(row);
      console.log(
        `minute ${minute}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ` +
          `${failures} non-2xx, ${dropped} dropped, server RSS ${rss === null ? '-' : `${rss.toFixed(0)} MB`}; p99 by kind: ` +
          [...byKind]
            .map(
              ([what, ms]) =>
                `${what} ${percentile(
                  ms.sort((a, b) => a - b),
                  99,
                ).toFixed(1)} ms`,
            )
            .join(', '),
      );
    });
  }
  await reported;
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, engine: { type: 'string' }, rate: { type: 'string' } } });
  const minutes = Number(values.minutes);
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error('--minutes: a whole number ≥ 1');
  const databaseUrl = process.env.DATABASE_URL?.trim() || '';
  const engine = values.engine ?? (databaseUrl ? 'postgres' : 'pglite');
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error('--engine pglite|postgres');
  if (engine === 'postgres' && !databaseUrl) throw new Error('--engine postgres needs DATABASE_URL');
  if (engine === 'pglite') delete process.env.DATABASE_URL;
  const adminToken = randomBytes(24).toString('hex');
  Object.assign(process.env, { STORE_MODE: 'sandbox', ADMIN_TOKEN: adminToken, ACCESS_TOKEN_TTL: String(86_400) });

  const server = await startServerProcess<SoakServerInfo>(path.join(import.meta.dirname, 'soak-server.ts'));
  const pool = new Pool(server.info.url, { connections: MAX_IN_FLIGHT, pipelining: 1 });
  try {
    const { info } = server;
    const mix = mixOf(info);
    console.log(
      `soak — ${info.engine}, ${minutes} min, ${info.authorizations.length} clients, ${info.products.length} products, server pid ${info.pid}`,
    );
    const probe = await capacity(pool, mix, PROBE_SECONDS);
    const rate = values.rate === undefined ? probe.rps / 2 : Number(values.rate);
    if (!(rate > 0)) throw new Error('--rate: requests a second, > 0');
    console.log(
      `capacity: ${probe.rps.toFixed(0)} req/s with ${CONNECTIONS} connections for ${PROBE_SECONDS} s (${probe.failures} non-2xx); ` +
        `offering ${rate.toFixed(0)} req/s${values.rate === undefined ? ' (half of it)' : ''}`,
    );
    const rows = await soak(pool, mix, rate, minutes, info.pid);
    const response = await pool.request({
      method: 'GET',
      path: '/admin/v1/ledger/reconciliation',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const report = (await response.body.json()) as { ok: boolean; summary: Record<string, number>; breaks: unknown[] };
    const counts = await countsAgree(pool, info);

    console.log('');
    console.log(
      table([
        ['minute', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'dropped', 'RSS MB'],
        ...rows.map((row) => [
          String(row.minute),
          row.rps.toFixed(1),
          row.p50.toFixed(1),
          row.p99.toFixed(1),
          String(row.failures),
          String(row.dropped),
          row.rssMb === null ? '-' : row.rssMb.toFixed(0),
        ]),
      ]),
    );
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const throughput = last.rps / first.rps;
    const drift = first.rssMb && last.rssMb ? last.rssMb / first.rssMb - 1 : null;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    console.log(`throughput, last minute / first: ${throughput.toFixed(3)} (within 10 %: ${verdict(Math.abs(throughput - 1) <= 0.1)})`);
    console.log(`server RSS, last minute / first: ${drift === null ? '-' : `${(1 + drift).toFixed(3)} (drift ≤ 10 %: ${verdict(drift <= 0.1)})`}`);
    console.log(`reconcile: ${report.ok ? 'OK' : `BROKEN (${report.breaks.length})`} ${JSON.stringify(report.summary)} (${verdict(report.ok)})`);
    console.log(
      `list counts (counters) = the same lists counted by reading, every client's orders and transactions: ${counts} (${verdict(counts.startsWith('equal'))})`,
    );
    const failed = rows.reduce((sum, row) => sum + row.failures, 0);
    const dropped = rows.reduce((sum, row) => sum + row.dropped, 0);
    console.log(`answers not 2xx: ${failed}; requests dropped (over ${MAX_IN_FLIGHT} in flight): ${dropped}`);
  } finally {
    await pool.close();
    await server.close();
  }
}

runBenchmark(main);
