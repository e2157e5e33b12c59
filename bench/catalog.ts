/**
 * Product list benchmark (npm run bench:catalog): what the app's request pipeline costs on top of
 * sending the same bytes.
 *
 * Starts the store in a process of its own (bench/catalog-server.ts: PGlite in a temporary
 * DATA_DIR, or PostgreSQL in a fresh schema when DATABASE_URL is set), which seeds a catalog
 * through the services, logs a client with the `vouchers` feature in and captures the exact bytes
 * of one `GET /api/v1/products?limit=50`; and a bare Fastify process answering those bytes. Both
 * servers run apart from the load generator (bench/server-process.ts), as a deployed server
 * does; their CPU per request is their process's. Then it loads, with autocannon:
 *
 *   (a) bare      GET /bare on a bare Fastify process of its own (bench/bare-server.ts: no
 *                 logger, no hooks, no plugins) answering those bytes and content type
 *   (b) static    GET /bench/products-static in the app: the same bytes through every hook the
 *                 app runs on each request (request id, logging, the error and text guards…)
 *   (c) list      GET /api/v1/products?limit=50: authenticate, read rate limit, `vouchers`
 *                 feature, query parsing, the cached page, headers
 *
 * and, for the compression of large answers (unless BENCH_COMPRESSION=0), with one run each:
 *
 *   (d) countries GET /api/v1/countries (about 36 kB) without Accept-Encoding, then (e) with
 *                 `gzip`, (f) with `br`, and (g) the list (c) with `gzip, deflate, br`
 *
 * Targets, each PASS or FAIL: list/bare requests/s ≥ 0.7, list p99 ≤ 2 × bare p99, and
 * static/bare requests/s ≥ 0.9. Ratios of one run are what compare across machines and loads;
 * absolute numbers depend on the machine and on whatever else runs on it. BENCH_ROUNDS > 1
 * repeats (a)–(c) and judges the median ratios.
 *
 * Environment:
 *   BENCH_DURATION     seconds per run (default 10)
 *   BENCH_CONNECTIONS  connections (default 50)
 *   BENCH_WARMUP       warm-up seconds before the runs, per route (default 1, 0 = none)
 *   BENCH_WORKERS      autocannon worker threads (default 1; 0 = on this process's event loop)
 *   BENCH_PRODUCTS     products to seed (default 500)
 *   BENCH_ROUNDS       rounds of (a)–(c) (default 1)
 *   BENCH_COMPRESSION  0: skip (d)–(g)
 *   BENCH_PROFILE      a directory: profile the server during (b), (c) and (e) (bench/profile.ts);
 *                      the figures of a profiled run are not comparable
 *   DATABASE_URL       benchmark on PostgreSQL (a schema is created and dropped)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import path from 'node:path';
import type autocannon from 'autocannon';
import { startBareServer } from './bare.ts';
import { COUNTRIES_PATH, LIST_PATH, probe, STATIC_PATH, type CatalogServerInfo } from './catalog-server.ts';
import { allSucceeded, describe, envNumber, figuresTable, load, loaderDescription, runBenchmark, table, type Figures } from './harness.ts';
import { startServerProcess } from './server-process.ts';

const TARGETS = { listOverBare: 0.7, p99OverBare: 2, staticOverBare: 0.9 };

const duration = envNumber('BENCH_DURATION', 10, 1);
const connections = envNumber('BENCH_CONNECTIONS', 50, 1);
const warmup = envNumber('BENCH_WARMUP', 1, 0);
const workers = envNumber('BENCH_WORKERS', 1, 0);
const rounds = Math.floor(envNumber('BENCH_ROUNDS', 1, 1));
const compression = process.env.BENCH_COMPRESSION?.trim() !== '0';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface Round {
  bare: Figures;
  static: Figures;
  list: Figures;
}

async function main(): Promise<void> {
  const server = await startServerProcess<CatalogServerInfo>(path.join(import.meta.dirname, 'catalog-server.ts'));
  const { url, engine, authorization, listBody, listType } = server.info;
  const bare = await startBareServer(listBody, listType);
  try {
    await probe(bare.url, {}, { body: listBody, type: listType });
    const { productCount, seedSeconds, visible, totalCount, pageLength, countriesBytes } = server.info;
    console.log(
      `engine ${engine}, ${url}, ${loaderDescription(workers)}; the store and the bare Fastify server each in a process of its own; ` +
        `${connections} connections × ${duration} s per run`,
    );
    console.log(
      `catalog: ${productCount} products seeded in ${seedSeconds.toFixed(1)} s (${visible} visible, X-Total-Count ${totalCount}); ` +
        `GET ${LIST_PATH} = ${pageLength} products, ${Buffer.byteLength(listBody)} bytes, ${listType}; GET ${COUNTRIES_PATH} = ${countriesBytes} bytes`,
    );

    const runs = {
      bare: { url: bare.url, connections },
      static: { url: `${url}${STATIC_PATH}`, connections },
      list: { url: `${url}${LIST_PATH}`, connections, headers: { authorization } },
      countries: { url: `${url}${COUNTRIES_PATH}`, connections, headers: { authorization } },
      countriesGzip: { url: `${url}${COUNTRIES_PATH}`, connections, headers: { authorization, 'accept-encoding': 'gzip' } },
      countriesBr: { url: `${url}${COUNTRIES_PATH}`, connections, headers: { authorization, 'accept-encoding': 'br' } },
      listCompressed: { url: `${url}${LIST_PATH}`, connections, headers: { authorization, 'accept-encoding': 'gzip, deflate, br' } },
    } satisfies Record<string, autocannon.Options>;
    const cpuOf = (options: autocannon.Options) => (options === runs.bare ? bare.cpu : server.cpu);
    if (warmup > 0) {
      console.log(`warming up (${warmup} s per route)…`);
      const warm = compression ? Object.values(runs) : [runs.bare, runs.static, runs.list];
      for (const options of warm) await load('warm-up', { ...options, duration: warmup }, workers, cpuOf(options));
    }

    const run = async (label: string, options: autocannon.Options, profile?: string) => {
      console.log(`running ${label}…`);
      const measure = () => load(label, { ...options, duration }, workers, cpuOf(options));
      const figures = await (profile ? server.profiled(profile, measure) : measure());
      console.log(describe(figures));
      return figures;
    };
    const results: Round[] = [];
    for (let round = 1; round <= rounds; round++) {
      const suffix = rounds > 1 ? ` #${round}` : '';
      results.push({
        bare: await run(`(a) bare GET /bare${suffix}`, runs.bare),
        static: await run(`(b) static GET ${STATIC_PATH}${suffix}`, runs.static, `static${suffix}`),
        list: await run(`(c) list GET ${LIST_PATH}${suffix}`, runs.list, `list${suffix}`),
      });
    }
    const compressed: Figures[] = [];
    if (compression) {
      compressed.push(await run(`(d) GET ${COUNTRIES_PATH}`, runs.countries));
      compressed.push(await run(`(e) GET ${COUNTRIES_PATH} gzip`, runs.countriesGzip, 'countries-gzip'));
      compressed.push(await run(`(f) GET ${COUNTRIES_PATH} br`, runs.countriesBr));
      compressed.push(await run('(g) list gzip, deflate, br', runs.listCompressed));
    }

    const all = [...results.flatMap((r) => [r.bare, r.static, r.list]), ...compressed];
    console.log('');
    console.log(figuresTable(all));
    console.log('');
    const listOverBare = median(results.map((r) => r.list.rps / r.bare.rps));
    const staticOverBare = median(results.map((r) => r.static.rps / r.bare.rps));
    const listOverStatic = median(results.map((r) => r.list.rps / r.static.rps));
    const p99OverBare = median(results.map((r) => r.list.p99 / Math.max(1, r.bare.p99)));
    const of = rounds > 1 ? ` (median of ${rounds} rounds)` : '';
    console.log(`engine: ${engine}`);
    console.log(
      `list/bare req/s: ${listOverBare.toFixed(3)}${of} (target ≥ ${TARGETS.listOverBare}) ${verdict(listOverBare >= TARGETS.listOverBare)}`,
    );
    console.log(
      `list p99 / bare p99: ${p99OverBare.toFixed(2)}${of} (target ≤ ${TARGETS.p99OverBare}) ${verdict(p99OverBare <= TARGETS.p99OverBare)}`,
    );
    console.log(
      `static/bare req/s: ${staticOverBare.toFixed(3)}${of} (target ≥ ${TARGETS.staticOverBare}) ${verdict(staticOverBare >= TARGETS.staticOverBare)}`,
    );
    console.log(`list/static req/s: ${listOverStatic.toFixed(3)}${of} (what the list's own hooks and handler cost; informational)`);
    const cpuRatio = (of: (r: Round) => Figures) =>
      median(results.map((r) => (r.bare.cpuPerRequest ?? NaN) / (of(r).cpuPerRequest ?? NaN))).toFixed(3);
    console.log(
      `by server CPU per request, bare/list ${cpuRatio((r) => r.list)}, bare/static ${cpuRatio((r) => r.static)}${of} ` +
        '(informational: steadier than req/s on a busy machine)',
    );
    if (compressed.length > 0) {
      const plain = compressed[0]!;
      console.log('');
      console.log(
        table([
          ['compression', 'req/s', '× plain', 'bytes/answer', 'CPU µs/req'],
          ...compressed.map((f) => [
            f.label,
            f.rps.toFixed(0),
            (f.rps / plain.rps).toFixed(3),
            f.bytesPerRequest.toFixed(0),
            f.cpuPerRequest === null ? '-' : f.cpuPerRequest.toFixed(0),
          ]),
        ]),
      );
    }
    if (!allSucceeded(all)) console.log('warning: some requests failed (see non-2xx/err); the figures are not trustworthy');
  } finally {
    await bare.close();
    await server.close();
  }
}

runBenchmark(main);
