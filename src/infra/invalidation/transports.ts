import { sql } from 'kysely';
import { Redis } from 'ioredis';
import type { DatabaseHandle } from '../db/database.ts';
import type { Transport } from './broadcast-bus.ts';

export function postgresTransport(database: DatabaseHandle, channel: string): Transport {
  let unlisten: (() => Promise<void>) | null = null;
  return {
    name: 'PostgreSQL NOTIFY',
    async send(payload) {
      await sql`select pg_notify(${channel}, ${payload})`.execute(database.db);
    },
    async start(onPayload, onReset) {
      unlisten = await database.listen(channel, onPayload, onReset);
    },
    async stop() {
      await unlisten?.();
      unlisten = null;
    },
  };
}

export function redisTransport(url: string, channel: string): Transport {
  // No offline queue: while Redis is unreachable a publish fails at once instead of waiting.
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false });
  const subscriber = new Redis(url, { lazyConnect: true });
  const where = redisAddress(url);
  // The last connection error (ECONNREFUSED, …) says more than ioredis's "Connection is closed".
  const lastError = new Map<Redis, Error>();
  for (const connection of [publisher, subscriber]) {
    connection.on('error', (error: Error) => lastError.set(connection, error));
    connection.on('ready', () => lastError.delete(connection));
  }
  const failure = (connection: Redis, error: unknown) =>
    new Error(`Redis at ${where} (REDIS_URL): ${(lastError.get(connection) ?? (error as Error)).message}`, { cause: error });
  return {
    name: 'Redis',
    async send(payload) {
      try {
        await publisher.publish(channel, payload);
      } catch (error) {
        throw failure(publisher, error);
      }
    },
    async start(onPayload, onReset) {
      subscriber.on('message', (from: string, message: string) => {
        if (from === channel) onPayload(message);
      });
      // After a reconnect, messages sent while we were away are lost.
      subscriber.on('ready', onReset);
      try {
        await subscriber.connect();
        await subscriber.subscribe(channel);
      } catch (error) {
        throw failure(subscriber, error);
      }
      try {
        await publisher.connect();
      } catch (error) {
        throw failure(publisher, error);
      }
    },
    async stop() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

/** host:port for messages, never the password. */
function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 6379}`;
  } catch {
    return 'the configured address';
  }
}
