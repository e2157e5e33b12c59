import type { Executor } from '../infra/db/executor.ts';
import type { LiveSessionColumns } from '../infra/sessions/cookie-sessions.ts';
import { sessionTable, type LiveAt } from '../infra/sessions/session-table.ts';
import type { PortalRole } from './portal-roles.ts';

/** The portal's cookie sessions, each of one client user. */
export const clientUserSessions = sessionTable('client_user_sessions', 'user_id');

/** A session's user and client, as the portal's session answers them. */
export interface SessionUser {
  user_id: number;
  email: string;
  role: PortalRole;
  client_id: number;
  client_name: string;
  totp_enabled: boolean;
}

export interface LiveClientUserSession extends LiveSessionColumns, SessionUser {}

/**
 * The live session of a token hash with its user and client, read from the database at every
 * request (no cache): a sign-out, a deactivation (of the user or of its client) or a new password
 * on any process ends it at once. The role is read here too, so a change of role applies to the
 * next request.
 */
export function findLiveSession(db: Executor, tokenHash: string, at: LiveAt): Promise<LiveClientUserSession | undefined> {
  return clientUserSessions
    .selectLive(db, tokenHash, at)
    .innerJoin('client_users as u', 'u.id', 'client_user_sessions.user_id')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select([
      'client_user_sessions.id',
      'client_user_sessions.user_id',
      'client_user_sessions.last_seen_at',
      'client_user_sessions.expires_at',
      'u.email',
      'u.role',
      'u.client_id',
      'u.totp_enabled',
      'c.name as client_name',
    ])
    .where('u.active', '=', true)
    .where('u.password_hash', 'is not', null)
    .where('c.active', '=', true)
    .executeTakeFirst();
}

/** The session's user and client, as a new session answers them. */
export function findSessionUser(db: Executor, userId: number): Promise<SessionUser> {
  return db
    .selectFrom('client_users as u')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select(['u.id as user_id', 'u.email', 'u.role', 'u.client_id', 'u.totp_enabled', 'c.name as client_name'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}
