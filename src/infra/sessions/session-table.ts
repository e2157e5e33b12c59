import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Executor } from '../db/executor.ts';
import type { Database } from '../db/schema.ts';

/**
 * The tables of cookie sessions (the operator console's, the client portal's) and the column of
 * each that names a session's owner. The tables have the same columns but that one.
 */
export interface SessionTables {
  operator_sessions: 'operator_id';
  client_user_sessions: 'user_id';
}

export type SessionTableName = keyof SessionTables;

/** A new session's row, but its owner. */
export interface SessionValues {
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

/** A live session as its owner's list shows it. */
export interface LiveSessionRow {
  id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string;
  user_agent: string | null;
}

/** The data access of one session table: every query but the one that reads a session's owner. */
export interface SessionTable<T extends SessionTableName> {
  readonly name: T;
  readonly owner: SessionTables[T];
  insert(db: Executor, ownerId: number, values: SessionValues): Promise<number>;
  /**
   * The live session of a token hash, to be joined to its owner and selected by the caller: read
   * from the database at every request (no cache), so a session ended on any process is refused
   * on every one at its next request.
   */
  selectLive(db: Executor, tokenHash: string, at: LiveAt): SelectQueryBuilder<Database, T, object>;
  touch(db: Executor, sessionId: number, now: Date): Promise<void>;
  /** The owner's live sessions, newest first. */
  listLive(db: Executor, ownerId: number, at: LiveAt): Promise<LiveSessionRow[]>;
  /** Ends one live session of the owner; false when the owner has no such live session. */
  revoke(db: Executor, ownerId: number, sessionId: number, at: LiveAt): Promise<boolean>;
  /**
   * Ends every session of the owner (sign-out everywhere, deactivation, a new password or second
   * factor), or every one but `except` (the session that changed the password or enabled TOTP);
   * answers how many were still open.
   */
  revokeAll(db: Executor, ownerId: number, now: Date, except?: number | null): Promise<number>;
  /** Drops the owner's sessions that ended before `before`: the table keeps live and recent sessions only. */
  purgeEnded(db: Executor, ownerId: number, before: Date): Promise<void>;
}

/** The conditions of a live session (column names qualified: the caller joins the owner's tables). */
function live(name: SessionTableName, at: LiveAt) {
  return (eb: ExpressionBuilder<Database, SessionTableName>) =>
    eb.and([eb(`${name}.revoked_at`, 'is', null), eb(`${name}.expires_at`, '>', at.now), eb(`${name}.last_seen_at`, '>', at.idleSince)]);
}

/**
 * The queries of the session table `name`, whose column `owner` names each session's owner. The
 * queries are written once over both tables (the columns they read and write are the same in each);
 * `selectLive` answers the query builder of the caller's own table, so its join and selection of the
 * owner are checked against that table's columns.
 */
export function sessionTable<T extends SessionTableName>(name: T, owner: SessionTables[T]): SessionTable<T> {
  // Widened to both tables: the queries below are checked against the columns the tables share.
  const table: SessionTableName = name;
  const ownerColumn: SessionTables[SessionTableName] = owner;
  return {
    name,
    owner,
    async insert(db, ownerId, values) {
      const row = await db
        .insertInto(table)
        .values({ ...values, [ownerColumn]: ownerId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    selectLive(db, tokenHash, at) {
      const query = db.selectFrom(table).where(`${table}.token_hash`, '=', tokenHash).where(live(table, at));
      return query as unknown as SelectQueryBuilder<Database, T, object>;
    },
    async touch(db, sessionId, now) {
      await db.updateTable(table).set({ last_seen_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
    },
    listLive(db, ownerId, at) {
      return db
        .selectFrom(table)
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
        .where(ownerColumn, '=', ownerId)
        .where(live(table, at))
        .orderBy('id', 'desc')
        .execute();
    },
    async revoke(db, ownerId, sessionId, at) {
      const result = await db
        .updateTable(table)
        .set({ revoked_at: at.now })
        .where('id', '=', sessionId)
        .where(ownerColumn, '=', ownerId)
        .where(live(table, at))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async revokeAll(db, ownerId, now, except = null) {
      let update = db.updateTable(table).set({ revoked_at: now }).where(ownerColumn, '=', ownerId).where('revoked_at', 'is', null);
      if (except !== null) update = update.where('id', '<>', except);
      return Number((await update.executeTakeFirst()).numUpdatedRows);
    },
    async purgeEnded(db, ownerId, before) {
      await db
        .deleteFrom(table)
        .where(ownerColumn, '=', ownerId)
        .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before), eb('last_seen_at', '<', before)]))
        .execute();
    },
  };
}
