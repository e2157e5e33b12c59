/**
 * Shared parts of the benchmarks (bench/*.ts): environment numbers, autocannon runs with the
 * server's CPU per request, the printed lines and table, and an in-process store on a
 * throw-away database (PGlite in a temporary DATA_DIR, or a fresh PostgreSQL schema when
 * DATABASE_URL is set) with the rate limits raised out of the way.
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
import { loadConfig, type Config } from '../src/config.ts';
import { createContainer, type Container } from '../src/container.ts';
import { openStoreDatabase, type OpenedDatabase } from '../src/infra/db/open.ts';
import { loggerOptions } from '../src/infra/logger.ts';
import type { CreateClientInput } from '../src/clients/clients.schemas.ts';

// ---- environment --------------------------------------------------------------------------------

export function envNumber(name: string, fallback: number, min = 0): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min} (got "${raw}")`);
  return value;
}

// ---- load runs ----------------------------------------------------------------------------------

export interface Figures {
  label: string;
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  /** Response bytes received per request (head and body, as sent: compressed when it was). */
  bytesPerRequest: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Server CPU per request in µs (Linux only), null when it cannot be measured. */
  cpuPerRequest: number | null;
}

const TASKS = '/proc/self/task';
const TICK_US = 10_000; // USER_HZ is 100 on Linux

/** CPU time (µs) another process has used so far, all its threads; null where /proc is not available. */
export function processCpu(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return null;
  }
}

/**
 * CPU time (µs) used so far by every process of this machine whose command is `command`
 * (PostgreSQL's server and backends: `postgres`); null where /proc is not available. What a run
 * costs the database when it runs on this machine; any other work on the same server counts too.
 */
export function commandCpu(command: string): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== command) continue;
      total += processCpu(Number(entry)) ?? 0;
    } catch {
      // the process ended in between
    }
  }
  return total;
}

/**
 * CPU time (µs) of each thread of this process. Threads that exist before a run and after it
 * are the server's: the main thread, libuv's pool (argon2, WebCrypto jobs) and V8's helpers;
 * autocannon's worker thread is started by the run, so it is not counted. Less sensitive to a
 * busy machine than requests/s, hence printed alongside.
 */
export function threadCpu(): Map<string, number> | null {
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

const mapOf = (cpu: number | null) => (cpu === null ? null : new Map([['server', cpu]]));

/**
 * One autocannon run. `workers` > 0 runs the load generator in that many worker threads (an
 * event loop of its own) and measures the server's CPU; 0 runs it on the server's event loop.
 * `serverCpu` reads the CPU (µs) of a server in another process; by default the server is this
 * process.
 */
export async function load(label: string, options: autocannon.Options, workers: number, serverCpu?: () => number | null): Promise<Figures> {
  const sample = serverCpu ? () => mapOf(serverCpu()) : threadCpu;
  // On one event loop the client's CPU would count too.
  const before = workers > 0 || serverCpu ? sample() : null;
  const result = await autocannon({ ...(workers > 0 ? { workers } : {}), ...options });
  const after = before ? sample() : null;
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
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuPerRequest: before && result.requests.total > 0 ? cpu / result.requests.total : null,
  };
}

/** How the load is generated, for the header line. */
export function loaderDescription(workers: number): string {
  return `autocannon ${workers > 0 ? `in ${workers} worker thread(s)` : 'on the server event loop'}`;
}

/** No non-2xx, errors or timeouts in any of the runs. */
export function allSucceeded(runs: Figures[]): boolean {
  return runs.every((f) => f.non2xx === 0 && f.errors === 0 && f.timeouts === 0);
}

// ---- output -------------------------------------------------------------------------------------

export function describe(figures: Figures): string {
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

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The summary table of some runs: one row each. */
export function figuresTable(runs: Figures[]): string {
  return table([
    ['run', 'conns', 'secs', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx/err', 'CPU µs/req'],
    ...runs.map((f) => [
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
  ]);
}

// ---- the store under test -----------------------------------------------------------------------

export interface BenchServer {
  app: App;
  container: Container;
  config: Config;
  /** Where it listens, `http://127.0.0.1:<port>`. */
  url: string;
  engine: string;
  /** Requests being handled right now (0 when they are not counted). */
  inFlight(): number;
  /** Waits (at most `timeoutMs`) until no request is being handled. */
  drain(timeoutMs?: number): Promise<void>;
}

export interface BenchServerOptions {
  /**
   * Count the requests in flight (two hooks on every route, for `inFlight` and `drain`); default
   * true. A benchmark that compares the app with a process without them turns it off.
   */
  countRequests?: boolean;
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

/**
 * Starts the store in this process on a throw-away database, lets `setup` add routes and hooks
 * (Fastify takes none after it is ready), listens on 127.0.0.1 on a free port, runs `run`, and
 * then closes everything and deletes the data (temporary DATA_DIR, PostgreSQL schema) whether
 * `run` succeeded or not.
 */
export async function withBenchServer<T>(
  setup: (app: App, container: Container) => void | Promise<void>,
  run: (server: BenchServer) => Promise<T>,
  options: BenchServerOptions = {},
): Promise<T> {
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
    // Any BENCH_CONNECTIONS: every load generator connection comes from 127.0.0.1.
    MAX_CONNECTIONS_PER_IP: '0',
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
    // Requests still being handled: autocannon drops its sockets when a run ends, but a request
    // already running keeps going (a login: argon2, then the database), so wait for those before
    // closing.
    let inFlight = 0;
    if (options.countRequests ?? true) {
      // Callback-style hooks: cheapest kind, and every route pays them alike.
      app.addHook('onRequest', (_request, _reply, done) => {
        inFlight++;
        done();
      });
      app.addHook('onSend', (_request, _reply, payload, done) => {
        inFlight--;
        done(null, payload);
      });
    }
    const drain = async (timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await setup(app, container);
    const url = await app.listen({ host: config.host, port: config.port });
    return await run({
      app,
      container,
      config,
      url,
      engine: container.database.engine,
      inFlight: () => inFlight,
      drain,
    });
  } finally {
    await app?.close();
    if (container) await container.close();
    else await opened?.database.close();
    await opened?.lock?.release();
    if (databaseUrl && schema) await dropSchema(databaseUrl, schema);
    await rm(dataDir, { recursive: true, force: true });
  }
}

export interface LoggedInClient {
  clientId: number;
  /** The login body, JSON: `{"username":…,"password":…}`. */
  credentials: string;
  accessToken: string;
  /** `Bearer <access token>`. */
  authorization: string;
}

/** Creates a client through the service and logs it in over HTTP (POST /auth/login). */
export async function createClientAndLogIn(server: BenchServer, input: CreateClientInput): Promise<LoggedInClient> {
  const client = await server.container.clients.createClient(input);
  const credentials = JSON.stringify({ username: client.username, password: client.password });
  const loginResponse = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: credentials,
  });
  if (loginResponse.status !== 200) throw new Error(`login failed: ${loginResponse.status} ${await loginResponse.text()}`);
  const { access_token: accessToken } = ((await loginResponse.json()) as { data: { access_token: string } }).data;
  return { clientId: client.client_id, credentials, accessToken, authorization: `Bearer ${accessToken}` };
}

/**
 * Runs a benchmark's main. No process.exit on success: everything is closed by then, so the
 * process ends on its own; exit code 1 only if it crashed.
 */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error('benchmark crashed:', error);
    process.exitCode = 1;
  });
}
