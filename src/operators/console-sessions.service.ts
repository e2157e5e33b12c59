import type { Kysely } from 'kysely';
import type { ConsoleSessionLimits } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Database } from '../infra/db/schema.ts';
import { csrfTokenOf, newOpaqueToken, OPAQUE_TOKEN, sameSecret, tokenHash } from '../infra/crypto/session-tokens.ts';
import type { CredentialsInput, SignedInOperator, SignInContext } from './operator-credentials.ts';
import * as repo from './sessions.repository.ts';

/** The cookie of a console session: an opaque random token, known to the store only by its SHA-256. */
export const CONSOLE_COOKIE = 'prs_console';
/** last_seen_at is written at most this often: a console polling every second costs one write a minute. */
const TOUCH_INTERVAL_MS = 60_000;
/** Sessions that ended longer ago than this are deleted at the operator's next sign-in. */
const KEEP_ENDED_MS = 86_400_000;
const USER_AGENT_MAX = 512;

/** A live console session, as the admin-route hook finds it for a request. */
export interface ConsoleSession {
  id: number;
  operatorId: number;
  username: string;
  totpEnabled: boolean;
  /** Required in X-CSRF-Token on every change: an HMAC of the session token, so only the cookie's holder knows it. */
  csrfToken: string;
  /** When the session ends unless used before (sliding), never after `expiresAt`. */
  idleExpiresAt: Date;
  expiresAt: Date;
}

export interface SessionListEntry {
  id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string;
  user_agent: string | null;
  current: boolean;
}

export interface ConsoleSessionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  limits: ConsoleSessionLimits;
  /** Username, password and, for an operator with TOTP, the one-time code (operator-credentials.ts). */
  checkCredentials: (input: CredentialsInput, context: SignInContext) => Promise<SignedInOperator>;
}

const CSRF_PURPOSE = 'popup-store console csrf v1';

/**
 * Cookie sessions of the operator console: sign-in (password, then TOTP when enabled), the check
 * of every cookie request, sign-out, and the operator's list of their sessions. Every check reads
 * the database (one indexed row), so a session ended on any process is refused on every process at
 * its next request; sessions end after CONSOLE_SESSION_IDLE_MINUTES unused and
 * CONSOLE_SESSION_HOURS after sign-in, whichever comes first.
 */
export class ConsoleSessionsService {
  constructor(
    private readonly deps: ConsoleSessionsDeps,
    private readonly actor: string,
  ) {}

  as(actor: string): ConsoleSessionsService {
    return new ConsoleSessionsService(this.deps, actor);
  }

  /** A new session; the token goes into the cookie and nowhere else. */
  async signIn(input: CredentialsInput, context: SignInContext): Promise<{ token: string; session: ConsoleSession }> {
    const operator = await this.deps.checkCredentials(input, context);
    const token = newOpaqueToken();
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.limits.absoluteMs);
    const id = await this.deps.db.transaction().execute(async (trx) => {
      await repo.purgeEndedSessions(trx, operator.id, new Date(now.getTime() - KEEP_ENDED_MS));
      const sessionId = await repo.insertSession(trx, {
        operator_id: operator.id,
        token_hash: tokenHash(token),
        created_at: now,
        last_seen_at: now,
        expires_at: expiresAt,
        ip: context.ip,
        user_agent: context.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      });
      await recordAudit(trx, {
        actor: `operator:${operator.username}`,
        action: 'operator.session.sign_in',
        target: `operator:${operator.id}`,
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent, second_factor: operator.secondFactor },
      });
      return sessionId;
    });
    const session = { id, operator_id: operator.id, username: operator.username, totp_enabled: operator.totpEnabled, expires_at: expiresAt };
    return { token, session: this.view(session, token, now) };
  }

  /** The live session of a cookie's token, or null; marks it used (at most once a minute). */
  async authenticate(token: string): Promise<ConsoleSession | null> {
    if (!OPAQUE_TOKEN.test(token)) return null;
    const now = this.deps.clock.now();
    const row = await repo.findLiveSession(this.deps.db, tokenHash(token), this.liveAt(now));
    if (!row) return null;
    let lastSeen = row.last_seen_at;
    if (now.getTime() - lastSeen.getTime() >= TOUCH_INTERVAL_MS) {
      await repo.touchSession(this.deps.db, row.id, now);
      lastSeen = now;
    }
    return this.view(row, token, lastSeen);
  }

  /** Whether `presented` (the X-CSRF-Token header) is the session's CSRF token. */
  csrfMatches(session: ConsoleSession, presented: unknown): boolean {
    return sameSecret(session.csrfToken, presented);
  }

  /** Ends the request's own session (the cookie is cleared by the route). */
  async signOut(session: ConsoleSession, context: SignInContext): Promise<void> {
    await this.end(session.operatorId, session.id, 'operator.session.sign_out', context);
  }

  /** The operator's live sessions, newest first; `current` marks the one of the request. */
  async list(operatorId: number, currentSessionId: number | null): Promise<SessionListEntry[]> {
    const rows = await repo.listLiveSessions(this.deps.db, operatorId, this.liveAt(this.deps.clock.now()));
    return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
  }

  /** Ends one of the operator's own live sessions; 404 for any other id (another operator's too). */
  async endOwn(operatorId: number, sessionId: number, context: SignInContext): Promise<void> {
    await this.end(operatorId, sessionId, 'operator.session.end', context);
  }

  private async end(operatorId: number, sessionId: number, action: string, context: SignInContext): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.revokeSession(trx, operatorId, sessionId, this.liveAt(this.deps.clock.now())))) {
        throw errors.notFound('Session not found');
      }
      await recordAudit(trx, {
        actor: this.actor,
        action,
        target: `operator:${operatorId}`,
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent },
      });
    });
  }

  private liveAt(now: Date): repo.LiveAt {
    return { now, idleSince: new Date(now.getTime() - this.deps.limits.idleMs) };
  }

  private view(
    row: { id: number; operator_id: number; username: string; totp_enabled: boolean; expires_at: Date },
    token: string,
    lastSeen: Date,
  ): ConsoleSession {
    const idleEnd = lastSeen.getTime() + this.deps.limits.idleMs;
    return {
      id: row.id,
      operatorId: row.operator_id,
      username: row.username,
      totpEnabled: row.totp_enabled,
      csrfToken: csrfTokenOf(token, CSRF_PURPOSE),
      idleExpiresAt: new Date(Math.min(idleEnd, row.expires_at.getTime())),
      expiresAt: row.expires_at,
    };
  }
}
