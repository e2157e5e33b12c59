import path from 'node:path';
import type { Config } from '../../config.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { openPGlite, openPostgres, type DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';

export interface OpenedDatabase {
  database: DatabaseHandle;
  /** Held for PGlite on disk: one process per data directory. */
  lock: DataDirLock | null;
}

/**
 * PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked for this process).
 * Migrations run on open; on PostgreSQL Kysely's migration lock serialises concurrent starts.
 */
export async function openStoreDatabase(config: Config, purpose: string): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const database = await openPostgres({
      url: config.databaseUrl,
      schema: config.databaseSchema,
      poolSize: config.databasePoolSize,
      preparedStatements: config.databasePreparedStatements,
    });
    await migrateOrClose(database);
    return { database, lock: null };
  }
  const lock = await acquireDataDirLock(config.dataDir, purpose);
  try {
    const database = await openPGlite(path.join(config.dataDir, 'pgdata'));
    await migrateOrClose(database);
    return { database, lock };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function migrateOrClose(database: DatabaseHandle): Promise<void> {
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
}
