import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dumpBlob, openPGlite } from '../../src/infra/db/database.ts';
import { restrictToOwner } from '../../src/infra/owner-only.ts';
import { dumpMigratedDatabase } from '../../src/infra/db/template.ts';

/**
 * A new in-memory PGlite spends about a second in initdb, far more than the migrations take.
 * Test databases start instead from a dump of one migrated database (made as the build makes the
 * template of a new store: src/infra/db/template.ts), built once and kept in the
 * system's temporary folder under a name derived from everything the migrations run: their
 * sources and the locked package versions (so clones of one commit share them). A change to any
 * of those builds a new one.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const MIGRATION_SOURCES = [
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'src/infra/db/migrate.ts'),
  ...readdirSync(path.join(ROOT, 'src/infra/db/migrations'))
    .sort()
    .map((name) => path.join(ROOT, 'src/infra/db/migrations', name)),
];

let template: Promise<Blob> | undefined;
let templateDataDir: Promise<string> | undefined;

export function migratedTemplate(): Promise<Blob> {
  template ??= loadOrBuild();
  return template;
}

/** Fills `dataDir` (empty) with a migrated embedded database, as `popup-store migrate` leaves it. */
export async function copyMigratedDatabase(dataDir: string): Promise<void> {
  templateDataDir ??= dataDirTemplate();
  await cp(await templateDataDir, dataDir, { recursive: true });
  // Owner-only, as the store leaves its files (a template built before it did keeps 0666 files).
  restrictToOwner(dataDir);
}

let sourcesHash: string | undefined;

function templateName(extension: string): string {
  if (sourcesHash === undefined) {
    const hash = createHash('sha256');
    for (const file of MIGRATION_SOURCES) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
    sourcesHash = hash.digest('hex').slice(0, 16);
  }
  return path.join(tmpdir(), `prs-test-pglite-${sourcesHash}${extension}`);
}

async function dataDirTemplate(): Promise<string> {
  const dir = templateName('.datadir');
  if (
    await stat(path.join(dir, 'pgdata', 'PG_VERSION')).then(
      () => true,
      () => false,
    )
  )
    return dir;
  const partial = await mkdtemp(`${dir}.partial-`);
  const database = await openPGlite(path.join(partial, 'pgdata'), await migratedTemplate());
  await database.close();
  try {
    await rename(partial, dir);
  } catch {
    // Another test process made it first.
    await rm(partial, { recursive: true, force: true });
  }
  return dir;
}

async function loadOrBuild(): Promise<Blob> {
  const file = templateName('.tar');
  try {
    return dumpBlob(await readFile(file));
  } catch {
    const dump = Buffer.from(await (await dumpMigratedDatabase('none')).arrayBuffer());
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, dump);
    await rename(partial, file);
    await removeStaleTemplates();
    return dumpBlob(dump);
  }
}

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** When a new template is built, those of other migrations (~80 MB each) written over a day ago go. */
async function removeStaleTemplates(): Promise<void> {
  const ours = path.basename(templateName(''));
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith('prs-test-pglite-') || name.startsWith(ours)) continue;
    const entry = path.join(tmpdir(), name);
    const { mtimeMs } = await stat(entry).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_AFTER_MS) await rm(entry, { recursive: true, force: true });
  }
}
