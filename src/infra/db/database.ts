import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { NotificationHandler } from './pg-listener.ts';
import { isUniqueViolation } from './errors.ts';
import { DEFAULT_POOL_TIMEOUT_SECONDS } from './pool-defaults.ts';
import { PreparedStatementPool } from './prepared-pool.ts';
import type { Database } from './schema.ts';
import { restrictToOwner } from '../owner-only.ts';

export type Engine = 'pglite' | 'postgres';

/** One Kysely handle plus the engine-specific bits (LISTEN) that Kysely does not cover. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The schema the tables live in (`public` unless DATABASE_SCHEMA says otherwise). */
  readonly schema: string;
  /** Subscribes to a NOTIFY channel; `onReset` runs when notifications may have been missed. */
  listen(channel: string, handler: NotificationHandler, onReset: () => void): Promise<() => Promise<void>>;
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** pg returns BIGINT as a string: made to return bigint, like PGlite below. */
function pgTypes(pg: typeof import('pg').default): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (value: string) => BigInt(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export interface PostgresOptions {
  url: string;
  schema: string | null;
  poolSize: number;
  /** How long a statement waits for a free connection of the pool (default `DEFAULT_POOL_TIMEOUT_SECONDS`): past it, `isDatabaseUnavailable`. */
  poolTimeoutMs?: number;
  /** Named prepared statements (default true); off for a transaction-pooling proxy such as PgBouncer. */
  preparedStatements?: boolean;
  /** false: a missing `schema` is not created (a command that must not start a store). Default true. */
  createSchema?: boolean;
}

export async function openPostgres(options: PostgresOptions): Promise<DatabaseHandle> {
  // Loaded here: a store on the embedded database never needs the PostgreSQL client.
  const [{ default: pg }, { PgListener }] = await Promise.all([import('pg'), import('./pg-listener.ts')]);
  const connection = {
    connectionString: options.url,
    types: pgTypes(pg),
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  if (options.schema && options.createSchema !== false) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } catch (error) {
      // IF NOT EXISTS does not guard against another process creating the schema at the same
      // moment (several stores started at once on a new schema): its name then exists, as wanted.
      if (!isUniqueViolation(error, 'pg_namespace_nspname_index')) throw error;
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    ...connection,
    max: options.poolSize,
    connectionTimeoutMillis: options.poolTimeoutMs ?? DEFAULT_POOL_TIMEOUT_SECONDS * 1000,
  });
  pool.on('error', () => {
    /* idle client errors surface on the next query */
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: options.preparedStatements === false ? pool : new PreparedStatementPool(pool) }),
  });
  const listener = new PgListener(connection);
  return {
    db,
    engine: 'postgres',
    schema: options.schema ?? 'public',
    listen: (channel, handler, onReset) => listener.listen(channel, handler, onReset),
    ping: (timeoutMs = 2000) =>
      withTimeout(
        sql`select 1`.execute(db).then(() => undefined),
        timeoutMs,
      ),
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

/**
 * PGlite's own settings, with a smaller buffer cache: PostgreSQL's default shared_buffers (128 MB)
 * is resident from the moment PGlite opens, whatever the store holds, and the pages it would
 * keep are read back from the operating system's file cache anyway. 32 MB holds 4,096 pages.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * A dump (`PGlite.dumpDataDir`) held in memory, as `openPGlite` takes it. Node 20's
 * `Blob.arrayBuffer()`, which PGlite calls to load a dump, reads the Blob in small pieces and then
 * joins them: for the 43 MB dump of a migrated database that was a third of the CPU an open from
 * it costs. This Blob answers `arrayBuffer()` with its bytes as they are.
 */
class DumpBlob extends Blob {
  private readonly contents: ArrayBuffer;

  constructor(bytes: Uint8Array) {
    const copy = new Uint8Array(bytes);
    super([copy]);
    this.contents = copy.buffer;
  }

  /** The same bytes every time: PGlite only reads them (untars them into its own memory). */
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.contents);
  }
}

export const dumpBlob = (bytes: Uint8Array): Blob => new DumpBlob(bytes);

/**
 * `dataDir` null keeps the database in memory (tests). `from` starts a new database (in memory,
 * or in an empty `dataDir`) from a dump of another one (`PGlite.dumpDataDir`) instead of initdb.
 */
export async function openPGlite(dataDir: string | null, from?: Blob): Promise<DatabaseHandle> {
  // PGlite gives a number for a BIGINT that fits in 2^53 and a bigint above; pg is set to bigint.
  const options = { parsers: { [INT8_OID]: (value: string) => BigInt(value) }, loadDataDir: from, startParams: PGLITE_START_PARAMS };
  const pglite = dataDir === null ? new PGlite(options) : new PGlite(dataDir, options);
  await pglite.waitReady;
  if (dataDir !== null) {
    // PGlite writes some files 0666/0644 whatever the umask (initdb's, pg_internal.init at every
    // start): they are made the owner's alone once it is ready.
    try {
      restrictToOwner(dataDir);
    } catch (error) {
      await pglite.close();
      throw error;
    }
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    schema: 'public',
    async listen(channel, handler) {
      const unlisten = await pglite.listen(channel, handler);
      return unlisten;
    },
    ping: (timeoutMs = 2000) =>
      withTimeout(
        sql`select 1`.execute(db).then(() => undefined),
        timeoutMs,
      ),
    async close() {
      await db.destroy();
      // Kysely destroys its driver only once a query has run; the PGlite instance is closed either way.
      if (!pglite.closed) await pglite.close();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
