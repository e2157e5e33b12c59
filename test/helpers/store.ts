import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import type { RouteOptions } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { buildApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createContainer, type Container, type WebhookWorkerOverrides } from '../../src/container.ts';
import type { Clock } from '../../src/infra/clock.ts';
import { openPGlite, openPostgres, type DatabaseHandle, type Engine } from '../../src/infra/db/database.ts';
import { migrateToLatest } from '../../src/infra/db/migrate.ts';
import { loggerOptions } from '../../src/infra/logger.ts';
import { migratedTemplate } from './pglite-template.ts';
import type { FulfilmentOptions } from '../../src/orders/fulfilment.service.ts';
import type { MailerOptions } from '../../src/notifications/mailer.ts';
import { tempDir } from './temp-dirs.ts';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it). */
export const ENGINES: Engine[] = ['pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];

export interface TestDatabase {
  database: DatabaseHandle;
  /** The PostgreSQL schema this run owns (null on PGlite). */
  schema: string | null;
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a schema of its own on PostgreSQL. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openPGlite(null, await migratedTemplate());
    await migrateToLatest(database);
    return { database, schema: null, drop: () => database.close() };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await openPostgres({ url, schema, poolSize: 10 });
  await migrateToLatest(database);
  return {
    database,
    schema,
    async drop() {
      await database.close();
      await dropSchema(url, schema);
    },
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}

export interface LogCapture {
  lines: string[];
  text(): string;
}

export interface TestStore {
  engine: Engine;
  app: App;
  container: Container;
  logs: LogCapture;
  close(): Promise<void>;
}

export const TEST_ENV: Record<string, string> = {
  // Test stores sell products of the sandbox supplier to ordinary clients: in production mode
  // its TEST- codes go to demo clients only. Tests of production mode set STORE_MODE themselves.
  STORE_MODE: 'sandbox',
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_REFRESH: '100000',
  RATE_LIMIT_READ: '100000',
  RATE_LIMIT_ORDERS: '100000',
  RATE_LIMIT_QUOTES: '100000',
  LOG_LEVEL: 'info',
};

export interface StoreOptions {
  env?: Record<string, string>;
  /** Share a database with another store (two "processes" in one test). */
  database?: TestDatabase;
  /** Delivery timings for order tests (short backoff). */
  fulfilment?: Partial<FulfilmentOptions>;
  /** The clock rules read (webhook retries, failure windows, retention): a TestClock to jump ahead. */
  clock?: Clock;
  /** Webhook delivery timings for webhook tests (short timeouts). */
  webhooks?: WebhookWorkerOverrides;
  /** E-mail notice timings (short backoff). */
  mail?: Partial<MailerOptions>;
  /** Extra routes for a test, added before the app is ready. */
  extend?: (app: App) => void;
  /** Told of every route the app registers (buildApp's `onRoute`), its own and the test's. */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * Two stores on one fresh PostgreSQL schema, as two server processes would be: started before
 * the enclosing suite's tests and closed after them. Read `first` and `second` inside the tests.
 */
export function twoStoresOnPostgres(first: StoreOptions = {}, second: StoreOptions = first): { first: TestStore; second: TestStore } {
  const stores = {} as { first: TestStore; second: TestStore };
  let database: TestDatabase | undefined;
  before(async () => {
    database = await openTestDatabase('postgres');
    stores.first = await startTestStore('postgres', { ...first, database });
    stores.second = await startTestStore('postgres', { ...second, database });
  });
  after(async () => {
    await stores.first?.close();
    await stores.second?.close();
    await database?.drop();
  });
  return stores;
}

export async function startTestStore(engine: Engine, options: StoreOptions = {}): Promise<TestStore> {
  const owned = options.database ? null : await openTestDatabase(engine);
  const testDatabase = options.database ?? owned!;
  const dataDir = tempDir('prs-test-');
  const config = loadConfig({
    ...TEST_ENV,
    DATA_DIR: dataDir,
    ...(engine === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: testDatabase.schema! } : {}),
    ...options.env,
  });
  const lines: string[] = [];
  const logger = pino(loggerOptions(config.logLevel), { write: (line: string) => void lines.push(line) });
  const container = await createContainer(config, testDatabase.database, logger, {
    ephemeral: !config.jwtSecret,
    fulfilment: options.fulfilment,
    clock: options.clock,
    webhooks: options.webhooks,
    mail: options.mail,
  });
  const app = await buildApp(container, { logger, onRoute: options.onRoute });
  // A protected probe route, so tests can check a token without side effects.
  app.get('/api/v1/__probe', { schema: { hide: true }, onRequest: app.authenticate }, async (request) => ({ client_id: request.client!.clientId }));
  options.extend?.(app);
  await app.ready();
  return {
    engine,
    app,
    container,
    logs: { lines, text: () => lines.join('') },
    async close() {
      await container.stopWorkers();
      await app.close();
      await container.bus.close();
      container.redis?.disconnect();
      if (owned) await owned.drop();
    },
  };
}
