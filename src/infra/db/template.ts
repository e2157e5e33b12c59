import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { dumpBlob } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

/**
 * A new embedded store starts from a template: the data directory of an empty database that every
 * migration of the build has run on, made once when the server is compiled (scripts/build.js
 * writes it beside this module in dist/). Copying it and opening the copy costs what opening an
 * existing store costs, where PGlite's initdb and the migrations take several seconds and twice
 * the memory, and loading a dump (`loadDataDir`) untars it inside PGlite's memory, which then
 * never shrinks (npm run bench:startup). The migrator still runs on the copy, so a template older
 * than the migrations is brought up to date like any store. A template may also be a dump file
 * (`PGlite.dumpDataDir`), loaded as such.
 *
 * It holds no secret and nothing of one store: the JWT secret, the voucher key and the local
 * admin token are files of DATA_DIR, generated at the store's first start; the `settings`
 * table is empty (checked when the template is made).
 *
 * Where there is no template (the sources run through tsx, a build interrupted before it was
 * written), a new store is made by initdb and the migrations, as before.
 */
export const STORE_TEMPLATE = path.join(import.meta.dirname, 'pgdata-template');

/**
 * Fills `pgdata` (missing or empty) from the template (which exists): a directory is copied into
 * it (and null answered), a dump file is answered for PGlite to load.
 */
export async function applyStoreTemplate(template: string, pgdata: string): Promise<Blob | null> {
  if (!statSync(template).isDirectory()) return dumpBlob(await readFile(template));
  if (!existsSync(path.join(template, 'PG_VERSION'))) throw new Error('it holds no database (no PG_VERSION)');
  await copyDirectory(template, pgdata);
  return null;
}

/**
 * Copies the ~1,250 files of a data directory, every file of a folder at once (the copies run on
 * libuv's threads): about a third faster than `fs.cp`, which copies one file after another.
 */
async function copyDirectory(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) => {
      const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
      return entry.isDirectory() ? copyDirectory(source, target) : copyFile(source, target);
    }),
  );
}

/** A new database in `dataDir` (null: in memory) with every migration applied; closed unless kept. */
async function migratedDatabase<T>(dataDir: string | undefined, use: (pglite: PGlite) => Promise<T>): Promise<T> {
  const pglite = new PGlite(dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest({ db, schema: 'public' });
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from settings`.execute(db);
    if (rows[0]?.count !== 0) throw new Error('the migrations wrote settings: a store template must hold nothing of one store');
    return await use(pglite);
  } finally {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  }
}

/** A dump of a new in-memory database with every migration applied (`PGlite.dumpDataDir`). */
export function dumpMigratedDatabase(compression: 'none' | 'gzip'): Promise<Blob> {
  return migratedDatabase(undefined, (pglite) => pglite.dumpDataDir(compression));
}

/** Writes the template (a data directory of about 40 MB) to `dir`, whole or not at all. */
export async function writeStoreTemplate(dir = STORE_TEMPLATE): Promise<void> {
  const partial = `${dir}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await migratedDatabase(partial, async () => undefined);
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
}
