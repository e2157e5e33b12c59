import { main } from '../../src/cli/program.ts';
import type { CliResult } from './processes.ts';

/** Variables that choose the store and what it runs with: set per command in this process, never inherited. */
export const STORE_VARIABLES = [
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'DATA_DIR',
  'REDIS_URL',
  'JWT_SECRET',
  'ADMIN_TOKEN',
  'STORE_MODE',
  'ENABLE_TEST_SUPPLIER',
];

let queue: Promise<unknown> = Promise.resolve();

/**
 * `popup-store …args` in this process, as `runCli` runs it in a process of its own: its exit code
 * and what it wrote (strings; the test runner's own writes pass through). Commands run one at a
 * time, since each sets the environment and takes over stdout and stderr while it runs; a real
 * process costs seconds on a small machine, so tests of what a command does use this, and tests
 * of the bin itself (its start, exit codes) keep `runCli`.
 */
export function runMain(args: string[], env: Record<string, string>): Promise<CliResult> {
  const run = queue.then(() => runNow(args, env));
  queue = run.catch(() => {});
  return run;
}

async function runNow(args: string[], env: Record<string, string>): Promise<CliResult> {
  const saved = Object.fromEntries(STORE_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of STORE_VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const captured = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr'] as const) {
    const original = writes[stream];
    process[stream].write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return (original as (...args: unknown[]) => boolean).call(process[stream], chunk, ...rest);
      captured[stream] += chunk;
      return true;
    }) as typeof process.stdout.write;
  }
  try {
    const code = await main(['node', 'popup-store', ...args]);
    return { code, ...captured };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const name of STORE_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}
