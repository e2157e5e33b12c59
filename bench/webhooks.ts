/**
 * Webhook delivery benchmark (npm run bench:webhooks).
 *
 * Starts the store in this process (PGlite in a temporary DATA_DIR, or PostgreSQL in a fresh
 * schema when DATABASE_URL is set) with its delivery worker, and a receiver — a plain
 * node:http server answering 200 — in a worker thread of its own, on 127.0.0.1. One client has
 * one webhook endpoint subscribed to every event. Then:
 *
 *   (a) steady: BENCH_EVENTS events (default 10,000), recorded at BENCH_RATE per second
 *       (default 500), each in a transaction of its own as the orders and ledger modules do;
 *       prints deliveries/s and the delay from an event's commit to its arrival at the
 *       receiver (p50, p90, p99, max). Target: p99 ≤ 1 s (on PostgreSQL).
 *   (b) backlog: BENCH_EVENTS more events recorded while the worker is stopped, then the worker
 *       started: deliveries/s while it drains the backlog (the worker's own throughput).
 *
 * Every event must arrive exactly once (at-least-once delivery, but no duplicates expected
 * here); the benchmark says so when one is missing or duplicated.
 *
 * Environment:
 *   BENCH_EVENTS        events per phase (default 10000)
 *   BENCH_RATE          events per second in the steady phase (default 500 on PostgreSQL; 100 on
 *                       PGlite, whose one connection recording 500 events/s leaves little else)
 *   BENCH_PRODUCERS     transactions recording events at once (default 8; 1 on PGlite)
 *   BENCH_CONCURRENCY   attempts in flight in the worker (default 64, the worker's default)
 *   DATABASE_URL        benchmark on PostgreSQL (a schema is created and dropped)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { recordEvent } from '../src/events/events.repository.ts';
import type { Container } from '../src/container.ts';
import { createClientAndLogIn, envNumber, runBenchmark, table, withBenchServer } from './harness.ts';

const TARGET_P99_MS = 1000;
// The receiver is on loopback: allowed for this run only (production mode otherwise).
process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';
const events = Math.floor(envNumber('BENCH_EVENTS', 10_000, 1));
const concurrency = Math.floor(envNumber('BENCH_CONCURRENCY', 64, 1));

// ---- the receiver (its own thread: its work does not slow the store's event loop) -------------

const RECEIVER = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const server = http.createServer((request, response) => {
  const id = request.headers['x-event-id'];
  request.resume();
  request.on('end', () => {
    response.writeHead(200).end();
    parentPort.postMessage({ id, at: Date.now() });
  });
});
server.keepAliveTimeout = 10000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

interface Receiver {
  url: string;
  arrivals: Map<string, number>;
  duplicates: number;
  /** Resolves when `count` distinct events have arrived, or after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const worker = new Worker(RECEIVER, { eval: true });
  const [{ port }] = (await once(worker, 'message')) as [{ port: number }];
  const arrivals = new Map<string, number>();
  let duplicates = 0;
  let waiter: { count: number; resolve: (ok: boolean) => void } | null = null;
  worker.on('message', (message: { id: string; at: number }) => {
    if (arrivals.has(message.id)) duplicates++;
    else arrivals.set(message.id, message.at);
    if (waiter && arrivals.size >= waiter.count) waiter.resolve(true);
  });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    arrivals,
    get duplicates() {
      return duplicates;
    },
    waitFor(count, timeoutMs) {
      if (arrivals.size >= count) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiter = {
          count,
          resolve: (ok) => {
            clearTimeout(timer);
            waiter = null;
            resolve(ok);
          },
        };
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

// ---- producing events ---------------------------------------------------------------------------

const ORDER_DATA = {
  id: 1,
  reference_code: 'BENCH',
  status: 'DELIVERED',
  product_name: 'Bench Gift Card',
  denomination: 25,
  quantity: 1,
  amount: 25,
  delivered_quantity: 1,
  delivered_on: '2025-01-15T10:31:00Z',
  created_at: '2025-01-15T10:30:00Z',
};

/** Records one event in a transaction of its own; returns its id and the time it committed. */
async function recordOne(container: Container, clientId: number, n: number): Promise<[string, number]> {
  const { id } = await container.database.db
    .transaction()
    .execute((trx) => recordEvent(trx, { clientId, type: 'order.delivered', data: { ...ORDER_DATA, id: n } }));
  return [id, Date.now()];
}

/** `count` events at `perSecond` (ticks of 10 ms), `producers` transactions at a time. */
async function produce(
  container: Container,
  clientId: number,
  count: number,
  perSecond: number,
  producers: number,
  committed: Map<string, number>,
): Promise<number> {
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= count) return;
      const due = started + (n * 1000) / perSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const [id, at] = await recordOne(container, clientId, n);
      committed.set(id, at);
    }
  };
  await Promise.all(Array.from({ length: producers }, worker));
  return (Date.now() - started) / 1000;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface PhaseFigures {
  label: string;
  produced: number;
  producedPerSecond: number;
  delivered: number;
  deliveriesPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  missing: number;
}

/** `since`: when delivery could start (default: the first commit). */
function phaseFigures(label: string, committed: Map<string, number>, receiver: Receiver, produceSeconds: number, since?: number): PhaseFigures {
  const delays: number[] = [];
  let first = since ?? Infinity;
  let last = 0;
  for (const [id, at] of committed) {
    if (since === undefined) first = Math.min(first, at);
    const arrived = receiver.arrivals.get(id);
    if (arrived === undefined) continue;
    last = Math.max(last, arrived);
    delays.push(Math.max(0, arrived - at));
  }
  delays.sort((a, b) => a - b);
  return {
    label,
    produced: committed.size,
    producedPerSecond: committed.size / produceSeconds,
    delivered: delays.length,
    deliveriesPerSecond: delays.length / Math.max(0.001, (last - first) / 1000),
    p50: percentile(delays, 50),
    p90: percentile(delays, 90),
    p99: percentile(delays, 99),
    max: delays.at(-1) ?? NaN,
    missing: committed.size - delays.length,
  };
}

async function main(): Promise<void> {
  await withBenchServer(
    () => {},
    async (server) => {
      const producers = Math.floor(envNumber('BENCH_PRODUCERS', server.engine === 'pglite' ? 1 : 8, 1));
      const rate = envNumber('BENCH_RATE', server.engine === 'pglite' ? 100 : 500, 1);
      const receiver = await startReceiver();
      const { container } = server;
      try {
        // The endpoint is created as the client creates it: over the client API, with its token.
        const client = await createClientAndLogIn(server, { name: 'Bench webhooks' });
        const created = await fetch(`${server.url}/api/v1/webhooks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: client.authorization },
          body: JSON.stringify({ url: receiver.url, events: ['*'], description: 'bench' }),
        });
        if (created.status !== 201) throw new Error(`webhook not created: ${created.status} ${await created.text()}`);
        const worker = container.createWebhookWorker({ concurrency });
        await worker.start();

        console.log(
          `webhook delivery on ${server.engine}: ${events} events per phase, steady at ${rate}/s, ${producers} producer(s), worker concurrency ${concurrency}`,
        );
        const steady = new Map<string, number>();
        const steadySeconds = await produce(container, client.clientId, events, rate, producers, steady);
        await receiver.waitFor(steady.size, 60_000);
        const a = phaseFigures(`steady ${rate}/s`, steady, receiver, steadySeconds);

        await worker.stop();
        const backlog = new Map<string, number>();
        const backlogSeconds = await produce(container, client.clientId, events, 1e9, producers, backlog);
        const drainer = container.createWebhookWorker({ concurrency });
        const drainStart = Date.now();
        await drainer.start();
        await receiver.waitFor(steady.size + backlog.size, 300_000);
        await drainer.stop();
        const b = phaseFigures('backlog', backlog, receiver, backlogSeconds, drainStart);

        console.log(
          table([
            ['phase', 'events', 'recorded/s', 'delivered', 'deliveries/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
            ...[a, { ...b, p50: NaN, p90: NaN, p99: NaN, max: NaN }].map((f) => [
              f.label,
              String(f.produced),
              f.producedPerSecond.toFixed(0),
              String(f.delivered),
              f.deliveriesPerSecond.toFixed(0),
              ...[f.p50, f.p90, f.p99, f.max].map((ms) => (Number.isNaN(ms) ? '-' : String(ms))),
            ]),
          ]),
        );
        const problems = [
          a.missing + b.missing ? `${a.missing + b.missing} events never arrived` : '',
          receiver.duplicates ? `${receiver.duplicates} duplicate deliveries` : '',
        ].filter(Boolean);
        const pass = a.p99 <= TARGET_P99_MS && problems.length === 0;
        console.log(
          `${pass ? 'PASS' : 'FAIL'}: steady p99 ${a.p99} ms (target ≤ ${TARGET_P99_MS} ms at ${rate} events/s); backlog drained at ${b.deliveriesPerSecond.toFixed(0)} deliveries/s` +
            (problems.length ? `; ${problems.join(', ')}` : ''),
        );
      } finally {
        await receiver.stop();
      }
    },
  );
}

runBenchmark(main);
