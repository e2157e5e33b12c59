import type { Executor } from '../infra/db/executor.ts';

export interface SessionValues {
  operator_id: number;
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

export async function insertSession(db: Executor, values: SessionValues): Promise<number> {
  const row = await db.insertInto('operator_sessions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The live session of a token hash with its operator, read from the database on every request (no
 * cache), so a sign-out, deactivation or new password on any process ends it at once.
 */
export function findLiveSession(db: Executor, tokenHash: string, at: LiveAt) {
  return db
    .selectFrom('operator_sessions as s')
    .innerJoin('operators as o', 'o.id', 's.operator_id')
    .select(['s.id', 's.operator_id', 's.created_at', 's.last_seen_at', 's.expires_at', 'o.username', 'o.totp_enabled'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', at.now)
    .where('s.last_seen_at', '>', at.idleSince)
    .where('o.active', '=', true)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('operator_sessions').set({ last_seen_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** The operator's live sessions, newest first. */
export function listLiveSessions(db: Executor, operatorId: number, at: LiveAt) {
  return db
    .selectFrom('operator_sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('operator_id', '=', operatorId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.now)
    .where('last_seen_at', '>', at.idleSince)
    .orderBy('id', 'desc')
    .execute();
}

/** Ends one live session of the operator; false when the operator has no such live session. */
export async function revokeSession(db: Executor, operatorId: number, sessionId: number, at: LiveAt): Promise<boolean> {
  const result = await db
    .updateTable('operator_sessions')
    .set({ revoked_at: at.now })
    .where('id', '=', sessionId)
    .where('operator_id', '=', operatorId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.now)
    .where('last_seen_at', '>', at.idleSince)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends every session of the operator (sign-out everywhere, deactivation, new password). */
export async function revokeOperatorSessions(db: Executor, operatorId: number, now: Date): Promise<void> {
  await db.updateTable('operator_sessions').set({ revoked_at: now }).where('operator_id', '=', operatorId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of the operator but `keepSessionId` (TOTP enabled by that session); answers how many ended. */
export async function revokeOtherSessions(db: Executor, operatorId: number, keepSessionId: number | null, now: Date): Promise<number> {
  let query = db.updateTable('operator_sessions').set({ revoked_at: now }).where('operator_id', '=', operatorId).where('revoked_at', 'is', null);
  if (keepSessionId !== null) query = query.where('id', '<>', keepSessionId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

/** Drops the operator's sessions that ended before `before`: the table keeps live and recent sessions only. */
export async function purgeEndedSessions(db: Executor, operatorId: number, before: Date): Promise<void> {
  await db
    .deleteFrom('operator_sessions')
    .where('operator_id', '=', operatorId)
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before), eb('last_seen_at', '<', before)]))
    .execute();
}
