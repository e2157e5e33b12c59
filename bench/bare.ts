import { fork } from 'node:child_process';
import path from 'node:path';
import { processCpu } from './harness.ts';

const SERVER = path.join(import.meta.dirname, 'bare-server.ts');

export interface BareServer {
  /** `http://127.0.0.1:<port>/bare`. */
  url: string;
  /** CPU time (µs) the process has used so far; null where /proc is not available. */
  cpu(): number | null;
  close(): Promise<void>;
}

/**
 * Starts bench/bare-server.ts in a process of its own (the same Node and loader as this one)
 * answering GET /bare with `body` as `contentType`: what sending these bytes costs with
 * Fastify and nothing else, on this machine, now.
 */
export async function startBareServer(body: string, contentType: string): Promise<BareServer> {
  const child = fork(SERVER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(`${message.url}/bare`));
    child.once('exit', (code) => reject(new Error(`the bare server exited (code ${code})`)));
    child.send({ body, contentType });
  });
  return {
    url,
    cpu: () => processCpu(child.pid!),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
