import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pino from 'pino';
import type { DatabaseHandle } from '../../src/infra/db/database.ts';
import { ListeningPollLoop } from '../../src/infra/worker/listening-loop.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../helpers/store.ts';

type Listen = DatabaseHandle['listen'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A loop that counts its rounds (each finds nothing to do) and its wakes, and keeps its log lines. */
function countingLoop(database: Pick<DatabaseHandle, 'listen' | 'schema'>, channel: string, idleDelayMs = 60_000) {
  const lines: { level: number; msg: string; worker?: string; channel?: string; err?: { message: string } }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const counts = { rounds: 0, wakes: 0 };
  const loop = new ListeningPollLoop({
    name: 'test-worker',
    idleDelayMs,
    log,
    runOnce: async () => {
      counts.rounds++;
      return 0;
    },
    database,
    channel,
    onWake: () => counts.wakes++,
  });
  return { loop, counts, lines };
}

const newChannel = () => `listening_loop_${randomBytes(4).toString('hex')}`;

for (const engine of ENGINES) {
  describe(`ListeningPollLoop [${engine}]`, () => {
    let testDatabase: TestDatabase;
    let database: DatabaseHandle;

    before(async () => {
      testDatabase = await openTestDatabase(engine);
      database = testDatabase.database;
    });
    after(async () => {
      await testDatabase?.drop();
    });

    const notify = (channel: string, payload: string) => sql`select pg_notify(${channel}, ${payload})`.execute(database.db);

    test("a NOTIFY whose payload is the store's schema starts a round at once", async () => {
      const channel = newChannel();
      const { loop, counts } = countingLoop(database, channel);
      await loop.start();
      try {
        assert.equal(counts.rounds, 1, 'the first round runs at start');
        await notify(channel, database.schema);
        await waitFor('the round the NOTIFY starts', () => counts.rounds === 2);
        assert.equal(counts.wakes, 1);
      } finally {
        await loop.stop();
      }
    });

    test('a NOTIFY of another schema, or on another channel, starts nothing', async () => {
      const channel = newChannel();
      const { loop, counts } = countingLoop(database, channel);
      await loop.start();
      try {
        await notify(channel, `${database.schema}_other`);
        await notify(newChannel(), database.schema);
        await sleep(300);
        assert.deepEqual(counts, { rounds: 1, wakes: 0 });
        // The subscription was live all along: this schema's NOTIFY still wakes it.
        await notify(channel, database.schema);
        await waitFor('the round the NOTIFY starts', () => counts.rounds === 2);
      } finally {
        await loop.stop();
      }
    });

    test('after stop() nothing listens and no round runs; start() again listens again', async () => {
      const channel = newChannel();
      const { loop, counts } = countingLoop(database, channel, 20);
      await loop.start();
      await loop.stop();
      const { rounds } = counts;
      await notify(channel, database.schema);
      loop.wake();
      await sleep(200);
      assert.equal(counts.rounds, rounds, 'no round after stop, neither by the pause nor by wake()');
      assert.equal(counts.wakes, 1, 'only the wake() call: the NOTIFY reached no handler');

      await loop.start();
      try {
        await notify(channel, database.schema);
        await waitFor('the NOTIFY after the restart', () => counts.wakes === 2);
        await waitFor('rounds after the restart', () => counts.rounds > rounds);
      } finally {
        await loop.stop();
      }
    });

    test('stop() while the LISTEN is being set up: it waits for it, gives it back and starts no round', async () => {
      const channel = newChannel();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let listening = false;
      let unlistened = 0;
      const slowListen: Listen = async (name, handler, onReset) => {
        listening = true;
        await gate;
        const unlisten = await database.listen(name, handler, onReset);
        return async () => {
          unlistened++;
          await unlisten();
        };
      };
      const { loop, counts } = countingLoop({ schema: database.schema, listen: slowListen }, channel, 20);
      const started = loop.start();
      await waitFor('the LISTEN to begin', () => listening);
      let stopped = false;
      const stopping = loop.stop().then(() => (stopped = true));
      await sleep(100);
      assert.equal(stopped, false, 'stop() waits for the LISTEN being set up');
      release();
      await Promise.all([started, stopping]);
      assert.equal(unlistened, 1, 'the subscription is given back');
      await notify(channel, database.schema);
      await sleep(200);
      assert.deepEqual(counts, { rounds: 0, wakes: 0 }, 'no round ran, and the NOTIFY reached no handler');
    });

    test('start(), stop() and start() while the LISTEN is being set up: one subscription and a running loop', async () => {
      const channel = newChannel();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let subscriptions = 0;
      const slowListen: Listen = async (name, handler, onReset) => {
        await gate;
        const unlisten = await database.listen(name, handler, onReset);
        subscriptions++;
        return async () => {
          subscriptions--;
          await unlisten();
        };
      };
      const { loop, counts } = countingLoop({ schema: database.schema, listen: slowListen }, channel);
      const steps = [loop.start(), loop.stop(), loop.start()];
      release();
      await Promise.all(steps);
      try {
        assert.equal(subscriptions, 1);
        const { rounds } = counts;
        assert.ok(rounds >= 1, 'the loop runs');
        await notify(channel, database.schema);
        await waitFor('the round the NOTIFY starts', () => counts.rounds === rounds + 1);
        assert.equal(counts.wakes, 1, 'one handler: the NOTIFY woke the loop once');
      } finally {
        await loop.stop();
      }
      assert.equal(subscriptions, 0);
    });

    test('an UNLISTEN that fails is logged and stop() still stops the loop', async () => {
      const channel = newChannel();
      const failingUnlisten: Listen = async (name, handler, onReset) => {
        const unlisten = await database.listen(name, handler, onReset);
        return async () => {
          await unlisten();
          throw new Error('connection lost');
        };
      };
      const { loop, counts, lines } = countingLoop({ schema: database.schema, listen: failingUnlisten }, channel, 20);
      await loop.start();
      await loop.stop();
      const warning = lines.find((line) => line.msg === 'worker could not UNLISTEN');
      assert.ok(warning, JSON.stringify(lines));
      assert.equal(warning.level, 40);
      assert.equal(warning.worker, 'test-worker');
      assert.equal(warning.channel, channel);
      assert.equal(warning.err?.message, 'connection lost');
      const { rounds } = counts;
      await sleep(150);
      assert.equal(counts.rounds, rounds, 'the loop stopped: no round after stop()');
    });

    if (engine === 'postgres') {
      test('a lost LISTEN connection starts a round (notifications may have been missed), and NOTIFYs wake it again once it is back', async () => {
        const channel = newChannel();
        const { loop, counts } = countingLoop(database, channel);
        const listenerPids = async () =>
          (await sql<{ pid: number }>`select pid from pg_stat_activity where query = ${`LISTEN "${channel}"`}`.execute(database.db)).rows.map(
            (row) => row.pid,
          );
        await loop.start();
        try {
          const [pid] = await listenerPids();
          assert.ok(pid, 'the LISTEN connection is found');
          await sql`select pg_terminate_backend(${pid})`.execute(database.db);
          await waitFor('the round the lost connection starts', () => counts.rounds >= 2);
          await waitFor('the LISTEN on a new connection', async () => (await listenerPids()).some((other) => other !== pid));
          await waitFor('the wake of the resubscription', () => counts.wakes >= 2);
          await sleep(100);
          const { rounds } = counts;
          await notify(channel, database.schema);
          await waitFor('the round the NOTIFY starts', () => counts.rounds === rounds + 1);
        } finally {
          await loop.stop();
        }
      });
    }
  });
}

describe('ListeningPollLoop without a LISTEN', () => {
  test('a LISTEN that fails is logged as a warning and the loop polls anyway, every idleDelayMs', async () => {
    const refusing: Pick<DatabaseHandle, 'listen' | 'schema'> = {
      schema: 'public',
      listen: async () => {
        throw new Error('LISTEN refused');
      },
    };
    const { loop, counts, lines } = countingLoop(refusing, newChannel(), 20);
    await loop.start();
    try {
      const warning = lines.find((line) => line.msg === 'worker could not LISTEN; polling only');
      assert.ok(warning, JSON.stringify(lines));
      assert.equal(warning.level, 40);
      assert.equal(warning.worker, 'test-worker');
      assert.equal(warning.err?.message, 'LISTEN refused');
      await waitFor('three rounds', () => counts.rounds >= 3);
    } finally {
      await loop.stop();
    }
    const { rounds } = counts;
    await sleep(100);
    assert.equal(counts.rounds, rounds, 'stop() stops the polling');
  });
});
