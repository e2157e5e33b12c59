import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ClientsService } from '../../src/clients/clients.service.ts';
import { openPostgres } from '../../src/infra/db/database.ts';
import { MemoryInvalidationBus } from '../../src/infra/invalidation/memory-bus.ts';
import { BroadcastInvalidationBus, BroadcastUndeliveredError, type Transport } from '../../src/infra/invalidation/broadcast-bus.ts';
import { invalidationChannel } from '../../src/infra/invalidation/channel.ts';
import { postgresTransport } from '../../src/infra/invalidation/transports.ts';
import { otherSpellingOf } from '../helpers/database-url.ts';
import { runCli, tempDataDir } from '../helpers/processes.ts';
import { openTestDatabase, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';

/**
 * An in-memory broker; each member can be given a delivery delay (a busy process). A broker
 * that is `down` accepts messages and delivers none; one that `refuses` fails every send.
 */
class FakeBroker {
  private readonly members = new Map<number, { deliver: (payload: string) => void; delayMs: number }>();
  private next = 0;
  down = false;
  refuses = false;

  transport(delayMs = 0): Transport & { setDelay(ms: number): void } {
    const id = this.next++;
    return {
      name: 'the fake broker',
      setDelay: (ms: number) => {
        this.members.get(id)!.delayMs = ms;
      },
      send: async (payload) => {
        if (this.refuses) throw new Error('connection refused');
        if (!this.members.has(id) || this.down) return; // a stopped process says nothing
        for (const member of this.members.values()) {
          setTimeout(() => member.deliver(payload), member.delayMs);
        }
      },
      start: async (onPayload) => {
        this.members.set(id, { deliver: onPayload, delayMs });
      },
      stop: async () => {
        this.members.delete(id);
      },
    };
  }
}

const timings = { helloIntervalMs: 50, peerTimeoutMs: 400, ackTimeoutMs: 1500 };
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BroadcastInvalidationBus', () => {
  test('publish resolves only after a slow peer has applied the invalidation', async () => {
    const broker = new FakeBroker();
    const fastTransport = broker.transport();
    const slowTransport = broker.transport();
    const publisher = new BroadcastInvalidationBus(fastTransport, timings);
    const slowPeer = new BroadcastInvalidationBus(slowTransport, timings);
    const applied: string[] = [];
    slowPeer.subscribe(
      'client',
      (key) => applied.push(key),
      () => {},
    );
    await publisher.start();
    await slowPeer.start();
    await settle(20); // hellos exchanged

    slowTransport.setDelay(200);
    const started = Date.now();
    await publisher.publish('client', '42');
    assert.deepEqual(applied, ['42'], 'the peer applied the change before publish resolved');
    assert.ok(Date.now() - started >= 190, 'Date.now() - started >= 190');
    await publisher.close();
    await slowPeer.close();
  });

  test('local subscribers are told synchronously; a lone process does not wait', async () => {
    const broker = new FakeBroker();
    const bus = new BroadcastInvalidationBus(broker.transport(), timings);
    const seen: string[] = [];
    bus.subscribe(
      'client',
      (key) => seen.push(key),
      () => {},
    );
    const started = Date.now();
    await bus.publish('client', '7');
    assert.deepEqual(seen, ['7']);
    assert.ok(Date.now() - started < 100, 'Date.now() - started < 100');
    await bus.close();
  });

  test('a peer that left with bye is not waited for; a silent one is waited for at most the ack timeout', async () => {
    const broker = new FakeBroker();
    const publisher = new BroadcastInvalidationBus(broker.transport(), timings);
    const leaving = new BroadcastInvalidationBus(broker.transport(), timings);
    await publisher.start();
    await leaving.start();
    await settle(20);
    await leaving.close();
    await settle(20);
    let started = Date.now();
    await publisher.publish('client', '1');
    assert.ok(Date.now() - started < 100, 'no wait for a peer that said bye');

    const silentTransport = broker.transport();
    const silent = new BroadcastInvalidationBus(silentTransport, timings);
    await silent.start();
    await settle(20);
    await silentTransport.stop(); // vanishes without bye (SIGKILL)
    started = Date.now();
    await publisher.publish('client', '2');
    const waited = Date.now() - started;
    assert.ok(waited >= 1400 && waited < 2500, `waited ${waited} ms`);
    await settle(450); // past peerTimeoutMs: the silent peer has aged out
    started = Date.now();
    await publisher.publish('client', '3');
    assert.ok(Date.now() - started < 100, 'Date.now() - started < 100');
    await publisher.close();
  });
});

describe('BroadcastInvalidationBus: a broadcast that cannot be delivered', () => {
  test('a message that does not come back from the broker fails the publish within the ack timeout', async () => {
    const broker = new FakeBroker();
    const errors: object[] = [];
    const log = { warn() {}, error: (details: object) => void errors.push(details) };
    const bus = new BroadcastInvalidationBus(broker.transport(), timings, log);
    const seen: string[] = [];
    bus.subscribe(
      'client',
      (key) => seen.push(key),
      () => {},
    );
    await bus.start();
    broker.down = true;
    const started = Date.now();
    await assert.rejects(bus.publish('client', '9'), (error: Error) => {
      assert.ok(error instanceof BroadcastUndeliveredError, 'error instanceof BroadcastUndeliveredError');
      assert.equal((error as BroadcastUndeliveredError).statusCode, 503);
      assert.match(
        error.message,
        /^the change is saved, but other processes were not told of it: it did not come back from the fake broker within 1500 ms/,
      );
      return true;
    });
    const waited = Date.now() - started;
    assert.ok(waited >= 1400 && waited < 2500, `waited ${waited} ms`);
    assert.deepEqual(seen, ['9'], 'this process applied its own change');
    assert.equal(errors.length, 1, 'logged');
    await bus.close();
  });

  test('a send the broker refuses fails the publish at once', async () => {
    const broker = new FakeBroker();
    const bus = new BroadcastInvalidationBus(broker.transport(), timings);
    await bus.start();
    broker.refuses = true;
    const started = Date.now();
    await assert.rejects(bus.publish('client', '9'), /could not be sent \(connection refused\)/);
    assert.ok(Date.now() - started < 500, 'Date.now() - started < 500');
    await bus.close();
  });
});

describe('BroadcastInvalidationBus over two transports', () => {
  test('every message goes through both; a receiver applies it once; publish waits for both echoes', async () => {
    const first = new FakeBroker();
    const second = new FakeBroker();
    const publisherSecond = second.transport();
    const publisher = new BroadcastInvalidationBus([first.transport(), publisherSecond], timings);
    const peer = new BroadcastInvalidationBus([first.transport(), second.transport()], timings);
    const applied: string[] = [];
    peer.subscribe(
      'client',
      (key) => applied.push(key),
      () => {},
    );
    await publisher.start();
    await peer.start();
    await settle(20);

    await publisher.publish('client', '1');
    await settle(20); // the second copy has arrived too
    assert.deepEqual(applied, ['1']);

    publisherSecond.setDelay(200); // one broker is slow to hand the publisher its own message back
    const started = Date.now();
    await publisher.publish('client', '2');
    assert.ok(Date.now() - started >= 190, 'waited for the echo of the slower transport');
    await settle(20);
    assert.deepEqual(applied, ['1', '2']);

    second.down = true; // one of two brokers down: the change fails, though the other delivered it
    await assert.rejects(publisher.publish('client', '3'), BroadcastUndeliveredError);
    assert.deepEqual(applied, ['1', '2', '3']);
    await publisher.close();
    await peer.close();
  });
});

const DATABASE_URL = process.env.DATABASE_URL;
const REDIS_URL = process.env.REDIS_TEST_URL;

describe('the invalidation channel of a PostgreSQL database', { skip: DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  let one: TestDatabase;
  let another: TestDatabase;
  before(async () => {
    one = await openTestDatabase('postgres');
    another = await openTestDatabase('postgres');
  });
  after(async () => {
    await one?.drop();
    await another?.drop();
  });

  test('is the same for two spellings of the URL of one database and schema, and differs between schemas', async () => {
    const respelled = await openPostgres({ url: otherSpellingOf(DATABASE_URL!), schema: one.schema, poolSize: 1 });
    try {
      const channel = await invalidationChannel(one.database);
      assert.match(channel, /^popup_store_[0-9a-f]{16}$/);
      assert.equal(await invalidationChannel(respelled), channel);
      assert.notEqual(await invalidationChannel(another.database), channel);
    } finally {
      await respelled.close();
    }
  });

  test('a lost LISTEN connection makes a publish fail, not wait for the caches to expire', async () => {
    const channel = await invalidationChannel(one.database);
    const bus = new BroadcastInvalidationBus(postgresTransport(one.database, channel), { ...timings, ackTimeoutMs: 800 });
    let resets = 0;
    bus.subscribe(
      'client',
      () => {},
      () => resets++,
    );
    await bus.start();
    await bus.publish('client', '1'); // its own message comes back: fine

    const listeners = async () => {
      const { rows } = await sql<{ pid: number }>`
        select pid from pg_stat_activity where query = ${`LISTEN "${channel}"`}`.execute(one.database.db);
      return rows.map((row) => row.pid);
    };
    const [pid] = await listeners();
    assert.ok(pid, 'the listening connection is found');
    await sql`select pg_terminate_backend(${pid}::int)`.execute(one.database.db);
    while ((await listeners()).includes(pid)) await settle(10);

    await assert.rejects(bus.publish('client', '2'), /did not come back from PostgreSQL NOTIFY within 800 ms/);
    assert.ok(resets >= 1, 'the lost connection dropped the caches');
    await bus.close();
  });
});

/** A TCP proxy to Redis that can be cut, as a network failure or a broker going down would. */
async function cuttableProxy(target: URL): Promise<{ url: string; cut(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    async cut() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

const ADMIN_TOKEN = 'broadcast-test-admin-token-0123456789abcdef';

describe(
  'a broker that cannot deliver fails the change loudly',
  { skip: DATABASE_URL && REDIS_URL ? false : 'DATABASE_URL and REDIS_TEST_URL not set' },
  () => {
    let database: TestDatabase;
    let store: TestStore | undefined;
    before(async () => {
      database = await openTestDatabase('postgres');
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('Redis gone: an operator change answers 503 SERVICE_UNAVAILABLE at once and is logged', async () => {
      const proxy = await cuttableProxy(new URL(REDIS_URL!));
      store = await startTestStore('postgres', { database, env: { REDIS_URL: proxy.url, ADMIN_TOKEN } });
      const client = await store.container.clients.createClient({ name: 'Broker down' });
      const deactivate = () =>
        store!.app.inject({
          method: 'POST',
          url: `/admin/v1/clients/${client.client_id}/deactivate`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        });
      await proxy.cut();
      const started = Date.now();
      const response = await deactivate();
      const elapsed = Date.now() - started;
      assert.equal(response.statusCode, 503, response.body);
      assert.equal(response.json().error.code, 'SERVICE_UNAVAILABLE');
      assert.ok(elapsed < 1500, `answered after ${elapsed} ms (the ack timeout is 3000 ms: it should fail on the send)`);
      assert.match(store.logs.text(), /cache invalidation broadcast failed/);
      assert.match(store.logs.text(), /other processes were not told of it: it could not be sent \(Redis at 127\.0\.0\.1:\d+ \(REDIS_URL\): /);
      // The change itself is saved; the failure is in telling the other processes.
      assert.equal((await store.container.clients.getClient(client.client_id)).active, false);
    });

    test('a CLI whose Redis is unreachable exits 1 with an error, changing nothing', async () => {
      const closed = net.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as net.AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const clients = new ClientsService({ db: database.database.db, bus: new MemoryInvalidationBus() }, 'system');
      const { client_id } = await clients.createClient({ name: 'CLI broker down' });
      const env = { DATABASE_URL: DATABASE_URL!, DATABASE_SCHEMA: database.schema!, DATA_DIR: await tempDataDir() };
      const result = await runCli(['clients', 'deactivate', String(client_id)], { ...env, REDIS_URL: `redis://127.0.0.1:${port}` });
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^error: Redis at 127\\.0\\.0\\.1:${port} \\(REDIS_URL\\): connect ECONNREFUSED`));
      const row = await database.database.db.selectFrom('clients').select('active').where('id', '=', client_id).executeTakeFirstOrThrow();
      assert.equal(row.active, true);
    });
  },
);
