import { sql } from 'kysely';
import { Redis } from 'ioredis';
import type { DatabaseHandle } from '../db/database.ts';
import type { Transport } from './broadcast-bus.ts';

export function postgresTransport(database: DatabaseHandle, channel: string): Transport {
  let unlisten: (() => Promise<void>) | null = null;
  return {
    async send(payload) {
      await sql`select pg_notify(${channel}, ${payload})`.execute(database.db);
    },
    async start(onPayload, onReset) {
      unlisten = await database.listen(channel, onPayload, onReset);
    },
    async stop() {
      await unlisten?.();
    },
  };
}

export function redisTransport(url: string, channel: string): Transport {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const subscriber = new Redis(url, { lazyConnect: true });
  publisher.on('error', () => undefined);
  return {
    async send(payload) {
      await publisher.publish(channel, payload);
    },
    async start(onPayload, onReset) {
      subscriber.on('message', (_channel: string, message: string) => onPayload(message));
      // After a reconnect, messages sent while we were away are lost.
      subscriber.on('ready', onReset);
      subscriber.on('error', () => undefined);
      await subscriber.connect();
      await subscriber.subscribe(channel);
    },
    async stop() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
