import type { Kysely } from 'kysely';
import { errors } from '../../shared/errors.ts';
import { recordAudit } from '../audit.ts';
import type { Clock } from '../clock.ts';
import { csrfTokenOf, newOpaqueToken, OPAQUE_TOKEN, sameSecret, tokenHash } from '../crypto/session-tokens.ts';
import type { Executor } from '../db/executor.ts';
import type { Database } from '../db/schema.ts';
import type { LiveAt, LiveSessionRow, SessionTable, SessionTableName } from './session-table.ts';

/** How long a cookie session lives: unused (sliding), and at most. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** Where a request comes from, for the session's row and the audit log. */
export interface SessionContext {
  ip: string;
  userAgent: string | null;
}

/** What every live cookie session is, whoever owns it. */
export interface CookieSession {
  id: number;
  /** Required in X-CSRF-Token on every change: an HMAC of the session token, so only the cookie's holder knows it. */
  csrfToken: string;
  /** When the session ends unless used before (sliding), never after `expiresAt`. */
  idleExpiresAt: Date;
  expiresAt: Date;
}

/** The columns of a live session that its check reads, beside those of its owner. */
export interface LiveSessionColumns {
  id: number;
  last_seen_at: Date;
  expires_at: Date;
}

export interface SessionListEntry extends LiveSessionRow {
  /** The session of the request. */
  current: boolean;
}

/** One kind of cookie session: its table, how its changes are audited, and how a live one is found with its owner. */
export interface CookieSessionKind<T extends SessionTableName, Row extends LiveSessionColumns> {
  table: SessionTable<T>;
  /** The area of its audit actions (`operator` → `operator.session.sign_in`). */
  area: string;
  /** The audit target of an owner (`operator:7`). */
  target(ownerId: number): string;
  /** What its CSRF tokens are an HMAC of, with the session token: one kind's token is no token of another. */
  csrfPurpose: string;
  /** The live session of a token hash with what the kind needs of its owner (the table's `selectLive`, joined). */
  findLive(db: Executor, tokenHash: string, at: LiveAt): Promise<Row | undefined>;
}

export interface CookieSessionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  limits: SessionLimits;
}

/**
 * last_seen_at is written at most this often (a page polling every second costs one write a
 * minute), and at most every quarter of the idle timeout when that is shorter than 4 minutes: a
 * session in use every 15 s must not end after its 1-minute timeout.
 */
const TOUCH_INTERVAL_MS = 60_000;
/** Sessions that ended longer ago than this are deleted at the owner's next sign-in. */
const KEEP_ENDED_MS = 86_400_000;
const USER_AGENT_MAX = 512;

/**
 * Cookie sessions, whoever owns them (operators in the console, client users in the portal): an
 * opaque random token in the cookie, known to the store only by its SHA-256; a CSRF token derived
 * from it; a session ends after `limits.idleMs` unused or `limits.absoluteMs` after it opened,
 * whichever comes first. Every check reads the database (one indexed row), so a session ended on
 * any process is refused on every process at its next request. Who may open one (credentials,
 * second factor) is the owner's module's rule.
 */
export class CookieSessions<T extends SessionTableName, Row extends LiveSessionColumns> {
  constructor(
    private readonly deps: CookieSessionsDeps,
    private readonly kind: CookieSessionKind<T, Row>,
  ) {}

  /**
   * A new session of an owner whose credentials were just checked, audited as `<area>.session.sign_in`
   * by `actor` with `details`; its old ended sessions are dropped. The token goes into the cookie
   * and nowhere else.
   */
  async open(
    ownerId: number,
    actor: string,
    context: SessionContext,
    details: Record<string, unknown>,
  ): Promise<{ token: string; session: CookieSession }> {
    const token = newOpaqueToken();
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.limits.absoluteMs);
    const id = await this.deps.db.transaction().execute(async (trx) => {
      await this.kind.table.purgeEnded(trx, ownerId, new Date(now.getTime() - KEEP_ENDED_MS));
      const sessionId = await this.kind.table.insert(trx, ownerId, {
        token_hash: tokenHash(token),
        created_at: now,
        last_seen_at: now,
        expires_at: expiresAt,
        ip: context.ip,
        user_agent: context.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      });
      await recordAudit(trx, {
        actor,
        action: `${this.kind.area}.session.sign_in`,
        target: this.kind.target(ownerId),
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent, ...details },
      });
      return sessionId;
    });
    return { token, session: this.view(id, token, now, expiresAt) };
  }

  /** The live session of a cookie's token with its owner's row, or null; marks it used (at most once a minute: TOUCH_INTERVAL_MS). */
  async authenticate(token: string): Promise<{ row: Row; session: CookieSession } | null> {
    if (!OPAQUE_TOKEN.test(token)) return null;
    const now = this.deps.clock.now();
    const row = await this.kind.findLive(this.deps.db, tokenHash(token), this.liveAt(now));
    if (!row) return null;
    let lastSeen = row.last_seen_at;
    if (now.getTime() - lastSeen.getTime() >= Math.min(TOUCH_INTERVAL_MS, this.deps.limits.idleMs / 4)) {
      await this.kind.table.touch(this.deps.db, row.id, now);
      lastSeen = now;
    }
    return { row, session: this.view(row.id, token, lastSeen, row.expires_at) };
  }

  /** Whether `presented` (the X-CSRF-Token header) is the session's CSRF token. */
  csrfMatches(session: CookieSession, presented: unknown): boolean {
    return sameSecret(session.csrfToken, presented);
  }

  /** The owner's live sessions, newest first; `current` marks the one of the request. */
  async list(ownerId: number, currentSessionId: number | null): Promise<SessionListEntry[]> {
    const rows = await this.kind.table.listLive(this.deps.db, ownerId, this.liveAt(this.deps.clock.now()));
    return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
  }

  /**
   * Ends one of the owner's live sessions, audited as `<area>.session.sign_out` (the request's own)
   * or `<area>.session.end` by `actor`; 404 for any other id (another owner's too).
   */
  async end(ownerId: number, sessionId: number, how: 'sign_out' | 'end', actor: string, context: SessionContext): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await this.kind.table.revoke(trx, ownerId, sessionId, this.liveAt(this.deps.clock.now())))) throw errors.notFound('Session not found');
      await recordAudit(trx, {
        actor,
        action: `${this.kind.area}.session.${how}`,
        target: this.kind.target(ownerId),
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent },
      });
    });
  }

  private liveAt(now: Date): LiveAt {
    return { now, idleSince: new Date(now.getTime() - this.deps.limits.idleMs) };
  }

  private view(id: number, token: string, lastSeen: Date, expiresAt: Date): CookieSession {
    const idleEnd = lastSeen.getTime() + this.deps.limits.idleMs;
    return {
      id,
      csrfToken: csrfTokenOf(token, this.kind.csrfPurpose),
      idleExpiresAt: new Date(Math.min(idleEnd, expiresAt.getTime())),
      expiresAt,
    };
  }
}
