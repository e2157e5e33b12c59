import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { copyMigratedDatabase } from './pglite-template.ts';
import { tempDir } from './temp-dirs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'src/cli/main.ts');
const BUNDLE = path.join(ROOT, 'dist/popup-store.js');

let bundleCurrent: boolean | undefined;

/**
 * Whether the bundle `npm ci` built (dist/popup-store.js, what `npm start` runs) holds the sources
 * as they are: no file of src/ changed since it was built. A process of the bundle starts with
 * about a third of the CPU of one that loads the sources through tsx (seconds on a small machine).
 */
function bundleIsCurrent(): boolean {
  if (bundleCurrent === undefined) {
    const built = statSync(BUNDLE, { throwIfNoEntry: false })?.mtimeMs;
    const src = path.join(ROOT, 'src');
    bundleCurrent =
      built !== undefined && readdirSync(src, { recursive: true, encoding: 'utf8' }).every((file) => statSync(path.join(src, file)).mtimeMs <= built);
  }
  return bundleCurrent;
}

/** `node` arguments that run the CLI: `entry`, else the current bundle, else the sources through tsx (`loader`). */
function cliCommand(entry: string | undefined, loader = 'tsx'): string[] {
  if (entry !== undefined) return [entry];
  return bundleIsCurrent() ? [BUNDLE] : ['--import', loader, CLI];
}

/**
 * An empty data directory, or with `migrated` one holding the embedded database as `popup-store
 * migrate` leaves it (copied from a template: a new one costs the CLI seconds of initdb).
 */
export async function tempDataDir(options: { migrated?: boolean } = {}): Promise<string> {
  const dir = tempDir('prs-e2e-');
  if (options.migrated) await copyMigratedDatabase(dir);
  return dir;
}

/** Environment for child processes: nothing inherited that would change which database they use. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _url,
    DATABASE_SCHEMA: _schema,
    DATA_DIR: _dir,
    REDIS_URL: _redis,
    JWT_SECRET: _jwt,
    ADMIN_TOKEN: _admin,
    ...rest
  } = process.env;
  return { ...rest, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `popup-store …args` in a process of its own: the bundle when it is current, else the sources
 * through tsx. `cwd`: the folder the command runs in (default the repository), e.g. one without a
 * store; `entry`: a script to run instead (e.g. `bin/popup-store.js`).
 */
export function runCli(args: string[], env: Record<string, string>, options: { cwd?: string; entry?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // From another folder `tsx` is not found by name: the loader is given by its URL.
    const command = cliCommand(options.entry, options.cwd === undefined ? 'tsx' : import.meta.resolve('tsx'));
    const child = spawn(process.execPath, [...command, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `fileLimit`: the server's soft limit of open files (`ulimit -n`; Unix); `entry`: as runCli's. */
export function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  options: { fileLimit?: number; entry?: string } = {},
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, ...cliCommand(options.entry), 'serve'];
    const child =
      options.fileLimit === undefined
        ? spawn(command[0]!, command.slice(1), { cwd: ROOT, env: childEnv(env) })
        : spawn('/bin/sh', ['-c', `ulimit -Sn ${options.fileLimit} && exec "$@"`, 'sh', ...command], { cwd: ROOT, env: childEnv(env) });
    let output = '';
    let settled = false;
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)".*popup reward store listening/.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

export async function postJson(url: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}
