import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

/**
 * A new embedded store starts from a template: a dump of an empty database that every migration
 * of the build has run on, made once when the server is compiled (scripts/build.js writes it
 * beside this module in dist/). Loading it costs about what opening an existing store costs,
 * where PGlite's initdb and the migrations take several seconds and twice the memory. The
 * migrator still runs on the loaded database, so a template older than the migrations is
 * brought up to date like any store.
 *
 * It holds no secret and nothing of one store: the JWT secret, the voucher key and the local
 * admin token are files of DATA_DIR, generated at the store's first start; the `settings`
 * table is empty (checked when the template is made).
 *
 * Where there is no template (the sources run through tsx, a build interrupted before it was
 * written), a new store is made by initdb and the migrations, as before.
 */
export const STORE_TEMPLATE = path.join(import.meta.dirname, 'pgdata-template.tar.gz');

/** The template of this build, or null when there is none. */
export async function readStoreTemplate(file = STORE_TEMPLATE): Promise<Blob | null> {
  try {
    return new Blob([await readFile(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A dump of a new in-memory database with every migration applied (`PGlite.dumpDataDir`). */
export async function dumpMigratedDatabase(compression: 'none' | 'gzip'): Promise<Blob> {
  const pglite = new PGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest({ db, schema: 'public' });
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from settings`.execute(db);
    if (rows[0]?.count !== 0) throw new Error('the migrations wrote settings: a store template must hold nothing of one store');
    return await pglite.dumpDataDir(compression);
  } finally {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  }
}

/** Writes the template (gzip, about 5 MB) to `file`, whole or not at all. */
export async function writeStoreTemplate(file = STORE_TEMPLATE): Promise<void> {
  const dump = await dumpMigratedDatabase('gzip');
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
}
