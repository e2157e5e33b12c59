import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { openPGlite, openPostgres, type DatabaseHandle } from './database.ts';
import { FIRST_MIGRATION, migrateToLatest } from './migrate.ts';
import { applyStoreTemplate, STORE_TEMPLATE } from './template.ts';
import { describeTightened, secureDataDir } from '../owner-only.ts';

/** Where the store's database is and how it is opened: the DATA_DIR and DATABASE_* settings of Config. */
export interface DatabaseConfig {
  dataDir: string;
  databaseUrl: string | null;
  databaseSchema: string | null;
  databasePoolSize: number;
  /** DATABASE_POOL_TIMEOUT: how long a request waits for a free connection before it is answered 503. */
  databasePoolTimeoutSeconds: number;
  /** DATABASE_PREPARED_STATEMENTS: named prepared statements on PostgreSQL (off behind a transaction-pooling proxy). */
  databasePreparedStatements: boolean;
}

export interface OpenedDatabase {
  database: DatabaseHandle;
  /** Held for PGlite on disk: one process per data directory. */
  lock: DataDirLock | null;
  /** Where a new store was made by this open (from the template, or its first migration ran now), for a message; null: it existed. */
  created: string | null;
}

export interface OpenOptions {
  /** Told when an existing DATA_DIR was open to other users and has been made owner-only; default: stderr. */
  warn?: (message: string) => void;
  /**
   * false: this open must not start a new store. When DATA_DIR (or the PostgreSQL schema) holds
   * none, it throws NoStoreError and creates nothing: no directory, file, table or migration.
   * Default true (the server, `migrate`, and the CLI commands that may start a store).
   */
  create?: boolean;
  /** The template a new embedded store is loaded from (template.ts): default the build's; null: none, initdb. */
  template?: string | null;
}

/** DATA_DIR (or the PostgreSQL schema) holds no store, and the command may not create one. */
export class NoStoreError extends Error {
  constructor(
    readonly location: string,
    hint: string,
  ) {
    super(`no store in ${location}; this command does not create one. ${hint}`);
    this.name = 'NoStoreError';
  }
}

/** Where the store lives, for messages: the absolute data directory, or the PostgreSQL database and schema (never a password). */
export function storeLocation(config: DatabaseConfig): string {
  if (!config.databaseUrl) return config.dataDir;
  let database = config.databaseUrl;
  try {
    const url = new URL(config.databaseUrl);
    database = `"${decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username)}" on ${url.host}`;
  } catch {
    database = '(DATABASE_URL)';
  }
  return `PostgreSQL database ${database}${config.databaseSchema ? `, schema ${config.databaseSchema}` : ''}`;
}

const PGLITE_HINT =
  "Set DATA_DIR to the store's data directory, or run the command from the folder the store was started in (DATA_DIR defaults to ./data).";
const POSTGRES_HINT = 'Check DATABASE_URL and DATABASE_SCHEMA.';

/**
 * PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked for this process).
 * Migrations run on open; on PostgreSQL Kysely's migration lock serialises concurrent starts.
 * DATA_DIR is made the running user's alone first (refused if it cannot be: another user's).
 */
export async function openStoreDatabase(config: DatabaseConfig, purpose: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const database = await openPostgres({
      url: config.databaseUrl,
      schema: config.databaseSchema,
      poolSize: config.databasePoolSize,
      poolTimeoutMs: config.databasePoolTimeoutSeconds * 1000,
      preparedStatements: config.databasePreparedStatements,
      createSchema: options.create !== false,
    });
    if (options.create === false && !(await holdsStore(database))) {
      await database.close();
      throw new NoStoreError(storeLocation(config), POSTGRES_HINT);
    }
    const created = await migrateOrClose(database);
    return { database, lock: null, created: created ? storeLocation(config) : null };
  }
  // Checked before anything below touches the folder (making it owner-only creates it).
  const pgdata = path.join(config.dataDir, 'pgdata');
  const fresh = !existsSync(path.join(pgdata, 'PG_VERSION'));
  if (options.create === false && fresh) {
    throw new NoStoreError(config.dataDir, PGLITE_HINT);
  }
  const warn = options.warn ?? warnOnStderr;
  const tightened = secureDataDir(config.dataDir);
  if (tightened.length > 0) warn(describeTightened(config.dataDir, tightened));
  const lock = await acquireDataDirLock(config.dataDir, purpose);
  try {
    const template = options.template === undefined ? STORE_TEMPLATE : options.template;
    const database = fresh && isEmptyOrMissing(pgdata) ? await openNewPGlite(pgdata, template, warn) : await openPGlite(pgdata);
    if (options.create === false && !(await holdsStore(database))) {
      await database.close();
      throw new NoStoreError(config.dataDir, PGLITE_HINT);
    }
    const created = await migrateOrClose(database);
    return { database, lock, created: fresh || created ? config.dataDir : null };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function warnOnStderr(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

function isEmptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * A new store in `pgdata` (missing or empty): loaded from the build's template (template.ts),
 * else made by initdb. A template that cannot be loaded (left by another version of PGlite, say)
 * is reported and the store is made by initdb instead, from an empty folder again.
 */
async function openNewPGlite(pgdata: string, template: string | null, warn: (message: string) => void): Promise<DatabaseHandle> {
  if (template === null || !existsSync(template)) return openPGlite(pgdata);
  try {
    const dump = await applyStoreTemplate(template, pgdata);
    return await openPGlite(pgdata, dump ?? undefined);
  } catch (error) {
    warn(`the new store could not be loaded from the template ${template} (${(error as Error).message}); initialising it instead`);
    rmSync(pgdata, { recursive: true, force: true });
    return openPGlite(pgdata);
  }
}

/** A store is a database its migrations ran on: their table is there. */
async function holdsStore(database: DatabaseHandle): Promise<boolean> {
  const { rows } = await sql<{ found: number }>`
    select 1 as found from information_schema.tables
    where table_schema = ${database.schema} and table_name = 'kysely_migration'`.execute(database.db);
  return rows.length > 0;
}

/** Migrates; true when the store is new (its first migration ran now). */
async function migrateOrClose(database: DatabaseHandle): Promise<boolean> {
  try {
    return (await migrateToLatest(database)).includes(FIRST_MIGRATION);
  } catch (error) {
    await database.close();
    throw error;
  }
}
