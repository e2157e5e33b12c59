/**
 * Start-up benchmark (npm run bench:startup): the embedded database (PGlite) and the compiled
 * build (dist/, made by `npm ci` or `npm run build`; built here first when it is missing).
 *
 * Every figure is a whole process's, from the moment it is spawned, running the bundle
 * (dist/popup-store.js, what `npm start` and the bin run):
 *
 *   fresh start   `popup-store serve` on a new DATA_DIR until GET /status answers 200 (the
 *                 build's template loaded, migrations checked, secrets made)   target ≤ 3 s
 *   restart       the same on the DATA_DIR the previous server left (stopped
 *                 with SIGTERM)                                                target ≤ 1.5 s
 *   CLI command   `popup-store clients list` on that DATA_DIR with no server
 *                 running, so it opens the database itself (until it exits)    target ≤ 1.2 s
 *   idle RSS      the server's resident memory BENCH_IDLE_SECONDS after /status
 *                 answered, after the fresh start and after the restart        target ≤ 400 MB
 *
 * and, measured in the same run as yardsticks:
 *
 *   modules       the restart and the CLI command run from the same build's modules
 *                 (dist/cli/main.js) instead of the bundle: what bundling saves
 *
 *   node          `node -e 0`: the floor of any process on this machine
 *   --help        `popup-store --help`: the CLI without the database
 *   PGlite        a bare PGlite open (and one query) and close in a process of its own, with the
 *                 store's settings: of a new data directory loaded from the build's template, of
 *                 a new one made by initdb (what a new store cost without the template), and of
 *                 the one the server left, with its RSS once open: what the embedded database
 *                 itself costs of each figure above
 *
 * Each is measured BENCH_RUNS times (default 3), interleaved, and printed as median (min–max);
 * PASS/FAIL is the median's. Loopback only; every data directory is temporary and removed.
 *
 * Environment:
 *   BENCH_RUNS           runs of each measure (default 3)
 *   BENCH_IDLE_SECONDS   how long the server idles before its RSS is read (default 2)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { envNumber, runBenchmark, table } from './harness.ts';
import { PGLITE_START_PARAMS } from '../src/infra/db/database.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAIN = path.join(ROOT, 'dist/popup-store.js');
/** The same build as modules, not bundled: the yardstick of what the bundle saves. */
const MODULES = path.join(ROOT, 'dist/cli/main.js');
const TEMPLATE = path.join(ROOT, 'dist/infra/db/pgdata-template');
const runs = Math.floor(envNumber('BENCH_RUNS', 3, 1));
const idleSeconds = envNumber('BENCH_IDLE_SECONDS', 2, 0);

const TARGETS = { freshMs: 3000, restartMs: 1500, cliMs: 1200, rssMb: 400 };

/**
 * Opens PGlite on the directory given as first argument with the start parameters given (JSON)
 * as second, after copying into it the template directory given as third if any (as the store
 * makes a new one); runs one query, prints its RSS, closes it.
 */
const BARE_PGLITE = `
const { PGlite } = await import('@electric-sql/pglite');
const { cpSync } = await import('node:fs');
const [dir, params, template] = process.argv.slice(1);
if (template) cpSync(template, dir, { recursive: true });
const db = new PGlite(dir, { startParams: JSON.parse(params) });
await db.waitReady;
await db.query('select 1');
const rss = process.memoryUsage().rss;
await db.close();
process.stdout.write(JSON.stringify({ rss }));
`;

/** The environment of every child: the embedded database, nothing that would point it elsewhere. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, DATA_DIR: _dir, REDIS_URL: _redis, NODE_OPTIONS: _options, ...rest } = process.env;
  return { ...rest, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...extra };
}

/** Builds dist/ when it is missing; warns when src/ has changed since it was built. */
function ensureBuild(): void {
  if (!existsSync(MAIN)) {
    console.log('dist/ is missing: building it (npm run build)');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.js')], { stdio: 'inherit' });
    return;
  }
  const built = statSync(MAIN).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? newest(file) : statSync(file).mtimeMs;
      }),
    );
  if (newest(path.join(ROOT, 'src')) > built) console.log('warning: src/ changed after dist/ was built; run npm run build for current figures');
}

interface Finished {
  ms: number;
  /** User + system CPU of the process in ms, null where it cannot be measured. */
  cpuMs: number | null;
  stdout: string;
}

// Under a POSIX shell, its `times` prints the CPU its children used (last line: user, system).
const TIMED = existsSync('/bin/sh');
const TIMES = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/;

/** Runs node with `args` to its exit; wall time from spawn to exit, and the CPU it used. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = TIMED
      ? spawn('/bin/sh', ['-c', '"$@"; status=$?; times >&2; exit $status', 'sh', process.execPath, ...args], { cwd: ROOT, env })
      : spawn(process.execPath, args, { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const times = TIMED ? TIMES.exec(stderr) : null;
      const cpuMs = times ? (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000 : null;
      if (code === 0) resolve({ ms, cpuMs, stdout });
      else reject(new Error(`node ${args.slice(0, 3).join(' ')} exited with ${code}:\n${stderr}`));
    });
  });
}

/** User + system CPU a running process has used so far in ms (Linux), null where it cannot be read. */
function cpuSoFar(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

interface Started {
  ms: number;
  /** CPU the server used until /status answered. */
  cpuMs: number | null;
  child: ChildProcess;
  exited: Promise<unknown>;
}

/** `popup-store serve` on `dataDir`: wall time from spawn to the first 200 of GET /status. */
function serve(dataDir: string, main = MAIN): Promise<Started> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [main, 'serve'], { cwd: ROOT, env: childEnv({ DATA_DIR: dataDir }) });
    const exited = new Promise((done) => child.on('exit', done));
    let output = '';
    let listening = false;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`the server did not answer within 60 s:\n${output}`)), 60_000);
    const onData = async (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)".*popup reward store listening/.exec(output);
      if (!match || listening) return;
      listening = true;
      try {
        for (;;) {
          const response = await fetch(`${match[1]}/status`);
          await response.arrayBuffer();
          if (response.status === 200) break;
          await sleep(10);
        }
      } catch (error) {
        fail(error as Error);
        return;
      }
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, cpuMs: cpuSoFar(child.pid), child, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`the server exited with ${code} before answering:\n${output}`)));
  });
}

async function stop(server: Started): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

/** Resident memory of a process in MB (Linux), null where it cannot be read. */
function rssMb(pid: number | undefined): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : (Number(kb) * 1024) / 1e6;
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The runs of one timed measure: wall times, and CPU where it could be measured. */
class Timed {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  add(sample: { ms: number; cpuMs: number | null }): void {
    this.wall.push(sample.ms);
    if (sample.cpuMs !== null) this.cpu.push(sample.cpuMs);
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const node = new Timed();
  const help = new Timed();
  const pgliteNew = new Timed();
  const pgliteTemplate = new Timed();
  const pgliteExisting = new Timed();
  const fresh = new Timed();
  const restart = new Timed();
  const cli = new Timed();
  const restartModules = new Timed();
  const cliModules = new Timed();
  const pgliteRss: number[] = [];
  const freshRss: number[] = [];
  const restartRss: number[] = [];
  console.log(
    `startup benchmark: PGlite, compiled build (dist/), node ${process.version}, ${cpus().length} cores; ` +
      `${runs} run(s) of each, interleaved; RSS read after ${idleSeconds} s idle`,
  );

  const bareOpen = (pgdata: string, template?: string) =>
    run(['--input-type=module', '-e', BARE_PGLITE, pgdata, JSON.stringify(PGLITE_START_PARAMS), ...(template ? [template] : [])], childEnv());
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'prs-bench-startup-'));
    const bare = await mkdtemp(path.join(tmpdir(), 'prs-bench-pglite-'));
    const dataDir = path.join(dir, 'data');
    try {
      node.add(await run(['-e', '0'], childEnv()));
      help.add(await run([MAIN, '--help'], childEnv()));

      for (const [timed, rss] of [
        [fresh, freshRss],
        [restart, restartRss],
      ] as const) {
        const server = await serve(dataDir);
        timed.add(server);
        await sleep(idleSeconds * 1000);
        const mb = rssMb(server.child.pid);
        await stop(server);
        if (mb !== null) rss.push(mb);
      }

      cli.add(await run([MAIN, 'clients', 'list'], childEnv({ DATA_DIR: dataDir })));
      if (existsSync(MODULES)) {
        const server = await serve(dataDir, MODULES);
        restartModules.add(server);
        await stop(server);
        cliModules.add(await run([MODULES, 'clients', 'list'], childEnv({ DATA_DIR: dataDir })));
      }
      const existing = await bareOpen(path.join(dataDir, 'pgdata'));
      pgliteExisting.add(existing);
      pgliteRss.push(JSON.parse(existing.stdout).rss / 1e6);
      pgliteNew.add(await bareOpen(path.join(bare, 'pgdata')));
      if (existsSync(TEMPLATE)) pgliteTemplate.add(await bareOpen(path.join(bare, 'from-template'), TEMPLATE));
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(bare, { recursive: true, force: true });
    }
    console.log(`run ${i + 1}/${runs} done`);
  }

  const round = (value: number) => String(Math.round(value));
  const ms = (values: number[]) => (values.length ? `${round(median(values))} ms` : '-');
  const mb = (values: number[]) => (values.length ? `${round(median(values))} MB` : '-');
  const spread = (values: number[]) => (values.length ? `${round(Math.min(...values))}–${round(Math.max(...values))}` : '-');
  const verdict = (values: number[], target: number) => (values.length === 0 ? '-' : median(values) <= target ? 'PASS' : 'FAIL');
  const share = (part: number[], whole: number[]) => (part.length && whole.length ? `${round((100 * median(part)) / median(whole))}%` : '-');
  const floor = median(node.wall);
  const timedRow = (label: string, timed: Timed, target?: number, pglite?: Timed, which?: string) => [
    label,
    ms(timed.wall),
    spread(timed.wall),
    `${(median(timed.wall) / floor).toFixed(1)}×`,
    ms(timed.cpu),
    target === undefined ? '' : `≤ ${target} ms`,
    target === undefined ? '' : verdict(timed.wall, target),
    pglite ? `${ms(pglite.wall)} (${which})` : '',
    pglite ? `${share(pglite.wall, timed.wall)} / ${share(pglite.cpu, timed.cpu)}` : '',
  ];
  const rssRow = (label: string, values: number[]) => [
    label,
    mb(values),
    spread(values),
    '',
    '',
    `≤ ${TARGETS.rssMb} MB`,
    verdict(values, TARGETS.rssMb),
    `${mb(pgliteRss)} (open)`,
    share(pgliteRss, values),
  ];

  console.log('');
  console.log(
    table([
      ['measure', 'wall', 'min–max', '× node', 'CPU', 'target', 'result', 'bare PGlite', 'PGlite share'],
      timedRow('node -e 0 (process floor)', node),
      timedRow('popup-store --help', help),
      timedRow('bare PGlite: new data directory (initdb)', pgliteNew),
      timedRow('bare PGlite: new, from the template', pgliteTemplate),
      timedRow('bare PGlite: existing data directory', pgliteExisting),
      existsSync(TEMPLATE)
        ? timedRow('fresh start to /status 200', fresh, TARGETS.freshMs, pgliteTemplate, 'template')
        : timedRow('fresh start to /status 200', fresh, TARGETS.freshMs, pgliteNew, 'new'),
      timedRow('restart to /status 200', restart, TARGETS.restartMs, pgliteExisting, 'existing'),
      timedRow('CLI clients list, no server', cli, TARGETS.cliMs, pgliteExisting, 'existing'),
      timedRow('restart, modules not bundled (dist/cli/main.js)', restartModules),
      timedRow('CLI, modules not bundled', cliModules),
      rssRow('idle RSS after fresh start', freshRss),
      rssRow('idle RSS after restart', restartRss),
    ]),
  );
  console.log('');
  console.log(
    'Medians. wall: from spawn (to /status 200, or to exit); CPU: user + system of the process over the same span ' +
      '(less sensitive to a busy machine than wall). bare PGlite: a process that only opens PGlite on such a data directory, ' +
      "runs one query and closes it (node's start included); PGlite share: its median over the measure's, wall / CPU " +
      '(RSS: over the RSS).',
  );
}

runBenchmark(main);
