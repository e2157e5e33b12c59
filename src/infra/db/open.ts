import path from 'node:path';
import type { Config } from '../../config.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { openPGlite, openPostgres, type DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { describeTightened, secureDataDir } from '../owner-only.ts';

export interface OpenedDatabase {
  database: DatabaseHandle;
  /** Held for PGlite on disk: one process per data directory. */
  lock: DataDirLock | null;
}

export interface OpenOptions {
  /** Told when an existing DATA_DIR was open to other users and has been made owner-only; default: stderr. */
  warn?: (message: string) => void;
}

/**
 * PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked for this process).
 * Migrations run on open; on PostgreSQL Kysely's migration lock serialises concurrent starts.
 * DATA_DIR is made the running user's alone first (refused if it cannot be: another user's).
 */
export async function openStoreDatabase(config: Config, purpose: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
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
  const tightened = secureDataDir(config.dataDir);
  if (tightened.length > 0) {
    (options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)))(describeTightened(config.dataDir, tightened));
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
