import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { allowlistOf } from './tokens.repository.ts';

/** A client's API credential as its views show it (never its secret or hash). */
export interface ApiCredentialRecord {
  id: number;
  client_id: number;
  name: string;
  username: string;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  last_used_ip: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

const RECORD_COLUMNS = [
  'id',
  'client_id',
  'name',
  'username',
  'created_by',
  'created_at',
  'last_used_at',
  'last_used_ip',
  'revoked_at',
  'revoked_by',
] as const;

/** What a login needs of an active credential and its client, in one round trip. */
export interface LoginCredentialRow {
  credential_id: number;
  client_id: number;
  secret_hash: string;
  client_active: boolean;
  ip_allowlist: string[];
}

/** The login's one lookup: an active (not revoked) credential by username, with its client. */
export async function findActiveCredentialByUsername(db: Executor, username: string): Promise<LoginCredentialRow | undefined> {
  return db
    .selectFrom('client_credentials as k')
    .innerJoin('clients as c', 'c.id', 'k.client_id')
    .select(['k.id as credential_id', 'k.client_id', 'k.secret_hash', 'c.active as client_active', allowlistOf('c.id').as('ip_allowlist')])
    .where('k.username', '=', username)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Marks a login with the credential (when, from where), if it is still active. Locks the row for
 * the rest of the login's transaction, so a concurrent revocation waits for it and then revokes
 * the family the login made; false when it was revoked meanwhile.
 */
export async function recordCredentialUse(db: Executor, credentialId: number, ip: string): Promise<boolean> {
  const result = await db
    .updateTable('client_credentials')
    .set({ last_used_at: sql`now()` as unknown as Date, last_used_ip: ip })
    .where('id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listCredentials(db: Executor, clientId: number): Promise<ApiCredentialRecord[]> {
  return db.selectFrom('client_credentials').select(RECORD_COLUMNS).where('client_id', '=', clientId).orderBy('id').execute();
}

export async function findCredential(db: Executor, clientId: number, credentialId: number): Promise<ApiCredentialRecord | undefined> {
  return db
    .selectFrom('client_credentials')
    .select(RECORD_COLUMNS)
    .where('client_id', '=', clientId)
    .where('id', '=', credentialId)
    .executeTakeFirst();
}

export async function countActiveCredentials(db: Executor, clientId: number): Promise<number> {
  const row = await db
    .selectFrom('client_credentials')
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .where('client_id', '=', clientId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertCredential(
  db: Executor,
  values: { client_id: number; name: string; username: string; secret_hash: string; created_by: string },
): Promise<ApiCredentialRecord> {
  return db.insertInto('client_credentials').values(values).returning(RECORD_COLUMNS).executeTakeFirstOrThrow();
}

/** Revokes an active credential of the client; undefined when it was not active. */
export async function revokeCredential(db: Executor, clientId: number, credentialId: number, by: string): Promise<ApiCredentialRecord | undefined> {
  return db
    .updateTable('client_credentials')
    .set({ revoked_at: sql`now()` as unknown as Date, revoked_by: by })
    .where('client_id', '=', clientId)
    .where('id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .returning(RECORD_COLUMNS)
    .executeTakeFirst();
}

/** Every token family the credential logged in, and their refresh tokens: revoked. */
export async function revokeFamiliesOfCredential(db: Executor, credentialId: number): Promise<void> {
  await db
    .updateTable('token_families')
    .set({ revoked_at: sql`now()` as unknown as Date, revoked_reason: 'credential revoked' })
    .where('credential_id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .execute();
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql`now()` as unknown as Date })
    .where('family_id', 'in', (eb) => eb.selectFrom('token_families as f').select('f.id').where('f.credential_id', '=', credentialId))
    .where('revoked_at', 'is', null)
    .execute();
}

/** The client's first credential (the one whose username is the client's), which `rotate-secret` acts on. */
export async function findPrimaryCredential(db: Executor, clientId: number): Promise<ApiCredentialRecord | undefined> {
  return db
    .selectFrom('client_credentials as k')
    .innerJoin('clients as c', (join) => join.onRef('c.id', '=', 'k.client_id').onRef('c.username', '=', 'k.username'))
    .select(RECORD_COLUMNS.map((column) => `k.${column}` as const))
    .where('k.client_id', '=', clientId)
    .executeTakeFirst();
}

export async function updateSecretHash(db: Executor, credentialId: number, secretHash: string): Promise<void> {
  await db.updateTable('client_credentials').set({ secret_hash: secretHash }).where('id', '=', credentialId).execute();
}
