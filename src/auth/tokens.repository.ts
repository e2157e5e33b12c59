import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** A client's allowlist entries as a text[] column, for any query that has the client id. */
export function allowlistOf(clientIdColumn: string) {
  return sql<string[]>`coalesce(
    (select array_agg(a.cidr order by a.cidr) from client_ip_allowlist a where a.client_id = ${sql.ref(clientIdColumn)}),
    '{}'::text[])`;
}
export async function insertFamily(db: Executor, familyId: string, clientId: number, credentialId: number): Promise<void> {
  await db.insertInto('token_families').values({ id: familyId, client_id: clientId, credential_id: credentialId }).execute();
}

export async function insertRefreshToken(
  db: Executor,
  values: { token_hash: string; family_id: string; client_id: number; expires_at: Date },
): Promise<void> {
  await db.insertInto('refresh_tokens').values(values).execute();
}

export interface RefreshTokenLookup {
  id: bigint;
  client_id: number;
  family_id: string;
  rotated_at: Date | null;
  revoked_at: Date | null;
  expired: boolean;
  family_revoked: boolean;
  client_active: boolean;
  token_version: number;
  ip_allowlist: string[];
}

export async function findRefreshToken(db: Executor, tokenHash: string): Promise<RefreshTokenLookup | undefined> {
  return db
    .selectFrom('refresh_tokens as t')
    .innerJoin('token_families as f', 'f.id', 't.family_id')
    .innerJoin('clients as c', 'c.id', 't.client_id')
    .select([
      't.id',
      't.client_id',
      't.family_id',
      't.rotated_at',
      't.revoked_at',
      sql<boolean>`t.expires_at <= now()`.as('expired'),
      sql<boolean>`f.revoked_at is not null`.as('family_revoked'),
      'c.active as client_active',
      'c.token_version',
      allowlistOf('c.id').as('ip_allowlist'),
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Locks a token family for the rest of the transaction. Every refresh of one family takes it
 * (after the client's share lock) before touching any of the family's tokens, so concurrent
 * refreshes with one token queue up instead of deadlocking on each other's token rows.
 */
export async function lockFamily(db: Executor, familyId: string): Promise<void> {
  await db.selectFrom('token_families').select('id').where('id', '=', familyId).forUpdate().execute();
}

/** Marks a live token as used; exactly one of several concurrent callers gets `true`. */
export async function markRotated(db: Executor, tokenId: bigint): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ rotated_at: sql`now()` as unknown as Date })
    .where('id', '=', tokenId)
    .where('rotated_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where(sql<boolean>`expires_at > now()`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function revokeFamily(db: Executor, familyId: string, reason: string): Promise<void> {
  await db
    .updateTable('token_families')
    .set({ revoked_at: sql`now()` as unknown as Date, revoked_reason: reason })
    .where('id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql`now()` as unknown as Date })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Every token issued before this bump stops working. */
export async function bumpTokenVersion(db: Executor, clientId: number): Promise<boolean> {
  const result = await db
    .updateTable('clients')
    .set((eb) => ({ token_version: eb('token_version', '+', 1) }))
    .where('id', '=', clientId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function revokeAllRefreshTokens(db: Executor, clientId: number): Promise<void> {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql`now()` as unknown as Date })
    .where('client_id', '=', clientId)
    .where('revoked_at', 'is', null)
    .execute();
}

export interface ClientAuthRow {
  active: boolean;
  token_version: number;
  features: string[];
  ip_allowlist: string[];
  revoked_families: string[];
  rate_limit_read: number | null;
  rate_limit_orders: number | null;
  rate_limit_quotes: number | null;
}

/** Everything the access-token check needs for one client, in one round trip. */
export async function loadClientAuthRow(db: Executor, clientId: number, familyWindowSeconds: number): Promise<ClientAuthRow | undefined> {
  return db
    .selectFrom('clients as c')
    .select([
      'c.active',
      'c.token_version',
      'c.features',
      'c.rate_limit_read',
      'c.rate_limit_orders',
      'c.rate_limit_quotes',
      allowlistOf('c.id').as('ip_allowlist'),
      sql<string[]>`coalesce(
        (select array_agg(f.id) from token_families f
          where f.client_id = c.id and f.revoked_at > now() - make_interval(secs => ${familyWindowSeconds})),
        '{}'::text[])`.as('revoked_families'),
    ])
    .where('c.id', '=', clientId)
    .executeTakeFirst();
}

/**
 * Share-locks the client row while tokens are issued: a logout (which updates the row) then
 * waits for the issuing transaction, and its revocation sweep sees the new refresh token.
 */
export async function lockClientForIssuing(db: Executor, clientId: number): Promise<{ token_version: number; active: boolean }> {
  return db.selectFrom('clients').select(['token_version', 'active']).where('id', '=', clientId).forShare().executeTakeFirstOrThrow();
}
