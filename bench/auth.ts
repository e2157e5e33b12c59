/**
 * Authentication overhead benchmark (npm run bench:auth).
 *
 * Starts the store in this process (PGlite in a temporary DATA_DIR, or PostgreSQL in a
 * fresh schema when DATABASE_URL is set), adds two probe routes that differ only by the
 * `app.authenticate` hook, and loads them with autocannon:
 *
 *   (a) GET /bench/open    no authentication
 *   (b) GET /bench/authed  onRequest: app.authenticate (JWT verify + client auth cache)
 *
 * The figure that matters is the ratio b/a of requests/s (target ≥ 0.7): absolute numbers
 * depend on the machine and on whatever else runs on it. It also measures POST /auth/login
 * with 8 concurrent connections (argon2id verification + token issue).
 *
 * Environment:
 *   BENCH_DURATION        seconds per open/authed run (default 10)
 *   BENCH_CONNECTIONS     connections for open/authed (default 50)
 *   BENCH_LOGIN_DURATION  seconds of the login run (default min(5, BENCH_DURATION))
 *   BENCH_LOGIN_CONNECTIONS  concurrent logins (default 8)
 *   BENCH_WARMUP          warm-up seconds before each open/authed run (default 1, 0 = none)
 *   BENCH_WORKERS         autocannon worker threads (default 1, so the load generator has an
 *                         event loop of its own; 0 = run it on the server's event loop)
 *   DATABASE_URL          benchmark on PostgreSQL (a schema is created and dropped)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createContainer, type Container } from '../src/container.ts';
import { openStoreDatabase, type OpenedDatabase } from '../src/infra/db/open.ts';
import { loggerOptions } from '../src/infra/logger.ts';

const TARGET_RATIO = 0.7;
const BODY = { success: true, data: { message: 'ok' } };

function envNumber(name: string, fallback: number, min = 0): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  return value;
}

const duration = envNumber('BENCH_DURATION', 10, 1);
const connections = envNumber('BENCH_CONNECTIONS', 50, 1);
const loginDuration = envNumber('BENCH_LOGIN_DURATION', Math.min(5, duration), 1);
const loginConnections = envNumber('BENCH_LOGIN_CONNECTIONS', 8, 1);
const warmup = envNumber('BENCH_WARMUP', 1, 0);
const workers = envNumber('BENCH_WORKERS', 1, 0);

interface Figures {
  label: string;
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Server CPU per request in µs (Linux only), null when it cannot be measured. */
  cpuPerRequest: number | null;
}

const TASKS = '/proc/self/task';
const TICK_US = 10_000; // USER_HZ is 100 on Linux

/**
 * CPU time (µs) of each thread of this process. Threads that exist before a run and after it
 * are the server's: the main thread, libuv's pool (argon2, WebCrypto jobs) and V8's helpers;
 * autocannon's worker thread is started by the run, so it is not counted. Less sensitive to a
 * busy machine than requests/s, hence printed alongside.
 */
function threadCpu(): Map<string, number> | null {
  if (!existsSync(TASKS)) return null;
  const times = new Map<string, number>();
  for (const task of readdirSync(TASKS)) {
    try {
      const fields = readFileSync(`${TASKS}/${task}/stat`, 'utf8').split(') ')[1]!.split(' ');
      times.set(task, (Number(fields[11]) + Number(fields[12])) * TICK_US);
    } catch {
      // the thread ended in between
    }
  }
  return times;
}

async function load(
  label: string,
  options: autocannon.Options,
): Promise<Figures> {
  const before = workers > 0 ? threadCpu() : null; // on one event loop the client's CPU would count too
  const result = await autocannon({ ...(workers > 0 ? { workers } : {}), ...options });
  const after = before ? threadCpu() : null;
  let cpu = 0;
  for (const [task, time] of before ?? []) cpu += (after?.get(task) ?? time) - time;
  return {
    label,
    connections: options.connections ?? 10,
    seconds: result.duration,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuPerRequest: before && result.requests.total > 0 ? cpu / result.requests.total : null,
  };
}

function describe(figures: Figures): string {
  const problems = [
    figures.non2xx ? `${figures.non2xx} non-2xx` : '',
    figures.errors ? `${figures.errors} errors` : '',
    figures.timeouts ? `${figures.timeouts} timeouts` : '',
  ].filter(Boolean);
  return (
    `${figures.label}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms ` +
    `(${figures.total} requests in ${figures.seconds.toFixed(1)} s` +
    (figures.cpuPerRequest === null ? ')' : `, server CPU ${figures.cpuPerRequest.toFixed(0)} µs/request)`) +
    (problems.length ? `  !! ${problems.join(', ')}` : '')
  );
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'prs-bench-'));
  const databaseUrl = process.env.DATABASE_URL?.trim() || null;
  const schema = databaseUrl ? `bench_${process.pid}_${randomBytes(4).toString('hex')}` : null;
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_LOGIN: '1000000',
    RATE_LIMIT_REFRESH: '1000000',
    RATE_LIMIT_READ: '1000000',
    RATE_LIMIT_ORDERS: '1000000',
    RATE_LIMIT_QUOTES: '1000000',
    ...(schema ? { DATABASE_SCHEMA: schema } : {}),
  });

  let opened: OpenedDatabase | null = null;
  let container: Container | null = null;
  let app: App | null = null;
  try {
    const logger = pino(loggerOptions(config.logLevel));
    opened = await openStoreDatabase(config, 'bench');
    container = await createContainer(config, opened.database, logger);
    app = await buildApp(container, { logger });
    // Requests still being handled: autocannon drops its sockets when a run ends, but a login
    // already running keeps going (argon2, then the database), so wait for those before closing.
    let inFlight = 0;
    // Callback-style hooks: cheapest kind, and both probe routes pay them alike.
    app.addHook('onRequest', (_request, _reply, done) => {
      inFlight++;
      done();
    });
    app.addHook('onSend', (_request, _reply, payload, done) => {
      inFlight--;
      done(null, payload);
    });
    const drain = async (timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    app.get('/bench/open', async () => BODY);
    app.get('/bench/authed', { onRequest: app.authenticate }, async () => BODY);
    const url = await app.listen({ host: config.host, port: config.port });
    const engine = container.database.engine;

    const client = await container.clients.createClient({ name: 'Benchmark client' });
    const credentials = JSON.stringify({ username: client.username, password: client.password });
    const loginResponse = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: credentials,
    });
    if (loginResponse.status !== 200) throw new Error(`login failed: ${loginResponse.status} ${await loginResponse.text()}`);
    const { access_token: accessToken } = ((await loginResponse.json()) as { data: { access_token: string } }).data;
    const authorization = `Bearer ${accessToken}`;
    const check = await fetch(`${url}/bench/authed`, { headers: { authorization } });
    if (check.status !== 200) throw new Error(`authenticated probe failed: ${check.status} ${await check.text()}`);
    await check.arrayBuffer();

    console.log(
      `engine ${engine}, ${url}, autocannon ${workers > 0 ? `in ${workers} worker thread(s)` : 'on the server event loop'}; ` +
        `${connections} connections × ${duration} s per route, login ${loginConnections} connections × ${loginDuration} s`,
    );

    const open = { url: `${url}/bench/open`, connections };
    const authed = { url: `${url}/bench/authed`, connections, headers: { authorization } };
    if (warmup > 0) {
      console.log(`warming up (${warmup} s per route)…`);
      await load('warm-up open', { ...open, duration: warmup });
      await load('warm-up authed', { ...authed, duration: warmup });
    }
    console.log('running (a) GET /bench/open…');
    const a = await load('(a) GET /bench/open', { ...open, duration });
    console.log(describe(a));
    console.log('running (b) GET /bench/authed…');
    const b = await load('(b) GET /bench/authed', { ...authed, duration });
    console.log(describe(b));
    console.log('running POST /auth/login…');
    const login = await load('POST /auth/login', {
      url: `${url}/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: credentials,
      connections: loginConnections,
      duration: loginDuration,
    });
    console.log(describe(login));
    if (inFlight > 0) console.log(`waiting for ${inFlight} login(s) still in flight…`);
    await drain();

    const ratio = a.rps > 0 ? b.rps / a.rps : 0;
    const valid = [a, b, login].every((f) => f.non2xx === 0 && f.errors === 0 && f.timeouts === 0);
    const verdict = ratio >= TARGET_RATIO ? 'PASS' : 'FAIL';
    console.log('');
    console.log(
      table([
        ['run', 'conns', 'secs', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx/err', 'CPU µs/req'],
        ...[a, b, login].map((f) => [
          f.label,
          String(f.connections),
          f.seconds.toFixed(1),
          f.rps.toFixed(0),
          String(f.p50),
          String(f.p99),
          String(f.total),
          `${f.non2xx}/${f.errors + f.timeouts}`,
          f.cpuPerRequest === null ? '-' : f.cpuPerRequest.toFixed(0),
        ]),
      ]),
    );
    console.log('');
    console.log(`engine: ${engine}`);
    console.log(`authed/open req/s ratio: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}) ${verdict}`);
    if (a.cpuPerRequest && b.cpuPerRequest) {
      console.log(
        `open/authed server-CPU-per-request ratio: ${(a.cpuPerRequest / b.cpuPerRequest).toFixed(3)} ` +
          `(authentication costs ${(b.cpuPerRequest - a.cpuPerRequest).toFixed(0)} µs CPU per request; informational)`,
      );
    }
    if (!valid) console.log('warning: some requests failed (see non-2xx/err); the figures are not trustworthy');
  } finally {
    await app?.close();
    if (container) await container.close();
    else await opened?.database.close();
    await opened?.lock?.release();
    if (databaseUrl && schema) await dropSchema(databaseUrl, schema);
    await rm(dataDir, { recursive: true, force: true });
  }
}

// No process.exit on success: everything is closed above, so the process ends on its own.
main().catch((error: unknown) => {
  console.error('benchmark crashed:', error);
  process.exitCode = 1;
});
