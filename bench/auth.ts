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
import {
  allSucceeded,
  createClientAndLogIn,
  describe,
  envNumber,
  figuresTable,
  load,
  loaderDescription,
  runBenchmark,
  withBenchServer,
} from './harness.ts';

const TARGET_RATIO = 0.7;
const BODY = { success: true, data: { message: 'ok' } };

const duration = envNumber('BENCH_DURATION', 10, 1);
const connections = envNumber('BENCH_CONNECTIONS', 50, 1);
const loginDuration = envNumber('BENCH_LOGIN_DURATION', Math.min(5, duration), 1);
const loginConnections = envNumber('BENCH_LOGIN_CONNECTIONS', 8, 1);
const warmup = envNumber('BENCH_WARMUP', 1, 0);
const workers = envNumber('BENCH_WORKERS', 1, 0);

async function main(): Promise<void> {
  await withBenchServer(
    (app) => {
      app.get('/bench/open', async () => BODY);
      app.get('/bench/authed', { onRequest: app.authenticate }, async () => BODY);
    },
    async (server) => {
      const { url, engine } = server;
      const { credentials, authorization } = await createClientAndLogIn(server, { name: 'Benchmark client' });
      const check = await fetch(`${url}/bench/authed`, { headers: { authorization } });
      if (check.status !== 200) throw new Error(`authenticated probe failed: ${check.status} ${await check.text()}`);
      await check.arrayBuffer();

      console.log(
        `engine ${engine}, ${url}, ${loaderDescription(workers)}; ` +
          `${connections} connections × ${duration} s per route, login ${loginConnections} connections × ${loginDuration} s`,
      );

      const open = { url: `${url}/bench/open`, connections };
      const authed = { url: `${url}/bench/authed`, connections, headers: { authorization } };
      if (warmup > 0) {
        console.log(`warming up (${warmup} s per route)…`);
        await load('warm-up open', { ...open, duration: warmup }, workers);
        await load('warm-up authed', { ...authed, duration: warmup }, workers);
      }
      console.log('running (a) GET /bench/open…');
      const a = await load('(a) GET /bench/open', { ...open, duration }, workers);
      console.log(describe(a));
      console.log('running (b) GET /bench/authed…');
      const b = await load('(b) GET /bench/authed', { ...authed, duration }, workers);
      console.log(describe(b));
      console.log('running POST /auth/login…');
      const login = await load(
        'POST /auth/login',
        {
          url: `${url}/auth/login`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: credentials,
          connections: loginConnections,
          duration: loginDuration,
        },
        workers,
      );
      console.log(describe(login));
      if (server.inFlight() > 0) console.log(`waiting for ${server.inFlight()} login(s) still in flight…`);
      await server.drain();

      const ratio = a.rps > 0 ? b.rps / a.rps : 0;
      const verdict = ratio >= TARGET_RATIO ? 'PASS' : 'FAIL';
      console.log('');
      console.log(figuresTable([a, b, login]));
      console.log('');
      console.log(`engine: ${engine}`);
      console.log(`authed/open req/s ratio: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}) ${verdict}`);
      if (a.cpuPerRequest && b.cpuPerRequest) {
        console.log(
          `open/authed server-CPU-per-request ratio: ${(a.cpuPerRequest / b.cpuPerRequest).toFixed(3)} ` +
            `(authentication costs ${(b.cpuPerRequest - a.cpuPerRequest).toFixed(0)} µs CPU per request; informational)`,
        );
      }
      if (!allSucceeded([a, b, login])) console.log('warning: some requests failed (see non-2xx/err); the figures are not trustworthy');
    },
  );
}

runBenchmark(main);
