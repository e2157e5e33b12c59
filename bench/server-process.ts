/**
 * A benchmark's server in a process of its own, as it runs when deployed: the load generator
 * (autocannon, in the parent) then shares neither its process's CPU accounting nor its heap and
 * V8 helper threads, so it compares with the bare Fastify process on equal terms.
 *
 * Parent: `startServerProcess(file)` forks `file` (this Node, this loader) and waits for what it
 * reports once it is ready; `cpu()` reads its CPU time, `profiled(name, run)` profiles it during
 * `run` when BENCH_PROFILE is set, `close()` tells it to stop and waits for it to exit.
 * Child: `reportReady(info)` sends `info` to the parent and resolves when the parent says stop
 * (or goes away), serving profile requests meanwhile.
 */
import { fork } from 'node:child_process';
import { processCpu } from './harness.ts';
import { profileDir, startProfile } from './profile.ts';

type ToChild = { kind: 'profile-start' } | { kind: 'profile-stop'; name: string } | { kind: 'stop' };
type ToParent<I> = { kind: 'ready'; info: I } | { kind: 'profile-started' } | { kind: 'profile-stopped' };

export interface ServerProcess<I> {
  info: I;
  /** CPU time (µs) the process has used so far; null where /proc is not available. */
  cpu(): number | null;
  profiled<T>(name: string, run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function startServerProcess<I>(file: string): Promise<ServerProcess<I>> {
  const child = fork(file, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (kind: ToParent<I>['kind']) =>
    new Promise<ToParent<I>>((resolve, reject) => {
      const onMessage = (message: ToParent<I>) => {
        if (message.kind !== kind) return;
        child.off('message', onMessage).off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`the server process ${file} exited (code ${code})`));
      child.on('message', onMessage).once('exit', onExit);
    });
  const tell = (message: ToChild) => child.send(message);
  const ready = (await next('ready')) as Extract<ToParent<I>, { kind: 'ready' }>;
  return {
    info: ready.info,
    cpu: () => processCpu(child.pid!),
    async profiled(name, run) {
      if (!profileDir) return run();
      tell({ kind: 'profile-start' });
      await next('profile-started');
      try {
        return await run();
      } finally {
        tell({ kind: 'profile-stop', name });
        await next('profile-stopped');
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        tell({ kind: 'stop' });
      }),
  };
}

/** In the server's process: tells the parent it is ready (with `info`); resolves when the parent says stop or goes away. */
export function reportReady<I>(info: I): Promise<void> {
  const send = (message: ToParent<I>) => process.send!(message);
  return new Promise<void>((resolve) => {
    let stopProfile: ((name: string) => Promise<void>) | null = null;
    const done = () => {
      process.off('message', onMessage);
      process.disconnect();
      resolve();
    };
    const onMessage = async (message: ToChild) => {
      if (message.kind === 'stop') return done();
      if (message.kind === 'profile-start') {
        stopProfile = await startProfile();
        return send({ kind: 'profile-started' });
      }
      await stopProfile?.(message.name);
      stopProfile = null;
      send({ kind: 'profile-stopped' });
    };
    process.on('message', onMessage);
    process.once('disconnect', resolve);
    send({ kind: 'ready', info });
  });
}
