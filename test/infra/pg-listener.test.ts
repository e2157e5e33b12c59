import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { PgListener } from '../../src/infra/db/pg-listener.ts';

const DATABASE_URL = process.env.DATABASE_URL?.trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A TCP server that accepts connections and never says a word: a database that hangs. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('PgListener (PostgreSQL)', { skip: DATABASE_URL ? false : 'DATABASE_URL is not set' }, () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;
  before(async () => (silent = await silentServer()));
  after(() => silent.close());

  test('a server that never answers: listen() fails after the connection timeout instead of hanging', async () => {
    const listener = new PgListener({ connectionString: silent.url });
    const started = Date.now();
    await assert.rejects(
      listener.listen(
        'popup_test',
        () => {},
        () => {},
      ),
      /timeout/i,
    );
    const waited = Date.now() - started;
    assert.ok(waited >= 4000 && waited < 9000, `failed after ${waited} ms (the timeout is 5 s)`);
    await listener.close();
  });

  test('a subscription whose listen() failed is given back: neither later notifications nor a reconnect call it', async () => {
    const config: pg.ClientConfig = { connectionString: silent.url, connectionTimeoutMillis: 200 };
    const listener = new PgListener(config);
    const channel = `popup_test_${process.pid}`;
    const failed = { payloads: [] as string[], resets: 0 };
    await assert.rejects(
      listener.listen(
        channel,
        (payload) => failed.payloads.push(payload),
        () => failed.resets++,
      ),
    );

    // The same listener, now reaching the database (each connection reads the configuration).
    config.connectionString = DATABASE_URL;
    const live = { payloads: [] as string[], resets: 0 };
    const unlisten = await listener.listen(
      channel,
      (payload) => live.payloads.push(payload),
      () => live.resets++,
    );
    const other = new pg.Client({ connectionString: DATABASE_URL });
    await other.connect();
    try {
      await other.query(`select pg_notify($1, 'first')`, [channel]);
      await waitFor('the notification', () => live.payloads.length === 1);

      // The listener's connection is cut: it reconnects, LISTENs again and tells its subscribers.
      await other.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where pid <> pg_backend_pid() and query = $1`,
        [`LISTEN ${pg.escapeIdentifier(channel)}`],
      );
      await waitFor('the reconnect', () => live.resets >= 2, 8000);
      await other.query(`select pg_notify($1, 'second')`, [channel]);
      await waitFor('the notification after the reconnect', () => live.payloads.length === 2, 8000);

      assert.deepEqual(live.payloads, ['first', 'second']);
      assert.deepEqual(failed, { payloads: [], resets: 0 });
    } finally {
      await other.end();
      await unlisten();
      await listener.close();
    }
  });
});
