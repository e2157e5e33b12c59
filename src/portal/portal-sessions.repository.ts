import type { Executor } from '../infra/db/executor.ts';

export interface PortalSessionValues {
  user_id: number;
  token_hash: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string;
  user_agent: string | null;
}

/** When a session is live: not revoked, before its absolute end, and seen within the idle timeout. */
export interface LiveAt {
  now: Date;
  /** now − the idle timeout: a session last seen before this has gone idle. */
  idleSince: Date;
}

export async function insertSession(db: Executor, values: PortalSessionValues): Promise<number> {
  const row = await db.insertInto('client_user_sessions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The live session of a token hash with its user and client, read from the database at every
 * request (no cache): a sign-out, a deactivation (of the user or of its client) or a new password
 * on any process ends it at once. The role is read here too, so a change of role applies to the
 * next request.
 */
export function findLiveSession(db: Executor, tokenHash: string, at: LiveAt) {
  return db
    .selectFrom('client_user_sessions as s')
    .innerJoin('client_users as u', 'u.id', 's.user_id')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select(['s.id', 's.user_id', 's.last_seen_at', 's.expires_at', 'u.email', 'u.role', 'u.client_id', 'u.totp_enabled', 'c.name as client_name'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', at.now)
    .where('s.last_seen_at', '>', at.idleSince)
    .where('u.active', '=', true)
    .where('u.password_hash', 'is not', null)
    .where('c.active', '=', true)
    .executeTakeFirst();
}

/** The session's user and client, as a new session answers them. */
export function findSessionUser(db: Executor, userId: number) {
  return db
    .selectFrom('client_users as u')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select(['u.id as user_id', 'u.email', 'u.role', 'u.client_id', 'u.totp_enabled', 'c.name as client_name'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function touchSession(db: Executor, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('client_user_sessions').set({ last_seen_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** The user's live sessions, newest first. */
export function listLiveSessions(db: Executor, userId: number, at: LiveAt) {
  return db
    .selectFrom('client_user_sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.now)
    .where('last_seen_at', '>', at.idleSince)
    .orderBy('id', 'desc')
    .execute();
}

/** Ends one live session of the user; false when the user has no such live session. */
export async function revokeSession(db: Executor, userId: number, sessionId: number, at: LiveAt): Promise<boolean> {
  const result = await db
    .updateTable('client_user_sessions')
    .set({ revoked_at: at.now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.now)
    .where('last_seen_at', '>', at.idleSince)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Ends every session of the user (deactivation, a reset password or second factor), or every one
 * but `except` (a password changed while signed in); answers how many were still open.
 */
export async function revokeUserSessions(db: Executor, userId: number, now: Date, except?: number): Promise<number> {
  let update = db.updateTable('client_user_sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (except !== undefined) update = update.where('id', '!=', except);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Ends every live session of the user but `keepSessionId` (the one enabling TOTP); answers how many ended. */
export async function revokeOtherSessions(db: Executor, userId: number, keepSessionId: number | null, now: Date): Promise<number> {
  let query = db.updateTable('client_user_sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepSessionId !== null) query = query.where('id', '<>', keepSessionId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

/** Drops the user's sessions that ended before `before`: the table keeps live and recent sessions only. */
export async function purgeEndedSessions(db: Executor, userId: number, before: Date): Promise<void> {
  await db
    .deleteFrom('client_user_sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before), eb('last_seen_at', '<', before)]))
    .execute();
}
