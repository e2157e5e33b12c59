import type { Executor } from '../infra/db/executor.ts';
import type { LiveSessionColumns } from '../infra/sessions/cookie-sessions.ts';
import { sessionTable, type LiveAt } from '../infra/sessions/session-table.ts';

/** The console's cookie sessions, each of one operator. */
export const operatorSessions = sessionTable('operator_sessions', 'operator_id');

export interface LiveOperatorSession extends LiveSessionColumns {
  operator_id: number;
  username: string;
  totp_enabled: boolean;
}

/**
 * The live session of a token hash with its operator, read from the database on every request (no
 * cache), so a sign-out, deactivation or new password on any process ends it at once.
 */
export function findLiveSession(db: Executor, tokenHash: string, at: LiveAt): Promise<LiveOperatorSession | undefined> {
  return operatorSessions
    .selectLive(db, tokenHash, at)
    .innerJoin('operators as o', 'o.id', 'operator_sessions.operator_id')
    .select([
      'operator_sessions.id',
      'operator_sessions.operator_id',
      'operator_sessions.last_seen_at',
      'operator_sessions.expires_at',
      'o.username',
      'o.totp_enabled',
    ])
    .where('o.active', '=', true)
    .executeTakeFirst();
}
