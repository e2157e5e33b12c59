// What a store answers to a GET, from a store built in this process on an in-memory embedded
// database: how the type generators (npm run sdk:generate, npm run web:generate) read the served
// OpenAPI documents.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createContainer } from '../src/container.ts';
import { openPGlite } from '../src/infra/db/database.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';

export type ServedGet = (url: string) => Promise<{ status: number; body: string }>;

export async function withServedStore<T>(read: (get: ServedGet) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'prs-served-'));
  const database = await openPGlite(null);
  try {
    await migrateToLatest(database);
    const logger = pino({ level: 'silent' });
    const container = await createContainer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, logger, { ephemeral: true });
    const app = await buildApp(container, { logger });
    await app.ready();
    try {
      return await read(async (url) => {
        const response = await app.inject({ method: 'GET', url });
        return { status: response.statusCode, body: response.body };
      });
    } finally {
      await app.close();
      await container.bus.close();
    }
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
