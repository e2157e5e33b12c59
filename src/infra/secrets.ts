import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseHandle } from './db/database.ts';

function newSecret(): string {
  return randomBytes(48).toString('base64url');
}

/** Reads a secret file from the data directory, creating it (mode 0600) on first use with `generate`. */
export async function fileSecret(dataDir: string, name: string, generate: () => string = newSecret): Promise<string> {
  const file = path.join(dataDir, name);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = generate();
  try {
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}

/** A secret shared by every process on one PostgreSQL database; the first writer wins. */
export async function databaseSecret(database: DatabaseHandle, key: string, generate: () => string = newSecret): Promise<string> {
  await database.db
    .insertInto('settings')
    .values({ key, value: generate() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await database.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

/** The JWT signing secret: JWT_SECRET, else kept in the data directory (PGlite) or the database. */
export async function loadSigningSecret(configured: string | null, database: DatabaseHandle, dataDir: string): Promise<string> {
  if (configured) return configured;
  return database.engine === 'pglite' ? fileSecret(dataDir, 'jwt-secret') : databaseSecret(database, 'jwt_secret');
}
