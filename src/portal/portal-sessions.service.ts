import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { SessionLimits } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { verifySecret } from '../auth/credentials.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import { csrfTokenOf, newOpaqueToken, OPAQUE_TOKEN, sameSecret, tokenHash } from '../infra/crypto/session-tokens.ts';
import type { Database } from '../infra/db/schema.ts';
import type { SecondFactor, SecondFactorInput, TotpService } from '../operators/totp.service.ts';
import { findUserForSignIn } from './client-users.repository.ts';
import { normalizeEmail } from './client-users.service.ts';
import type { PortalRole } from './portal-roles.ts';
import * as repo from './portal-sessions.repository.ts';

/** The cookie of a portal session: an opaque random token, known to the store only by its SHA-256. */
export const PORTAL_COOKIE = 'prs_portal';
const CSRF_PURPOSE = 'popup-store portal csrf v1';
/** last_seen_at is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;
/** Sessions that ended longer ago than this are deleted at the user's next sign-in. */
const KEEP_ENDED_MS = 86_400_000;
const USER_AGENT_MAX = 512;

/** A live portal session, as the portal's hook finds it for a request. */
export interface PortalSession {
  id: number;
  userId: number;
  email: string;
  role: PortalRole;
  clientId: number;
  clientName: string;
  totpEnabled: boolean;
  /** Required in X-CSRF-Token on every change: an HMAC of the session token. */
  csrfToken: string;
  /** When the session ends unless used before (sliding), never after `expiresAt`. */
  idleExpiresAt: Date;
  expiresAt: Date;
}

export interface SignInInput extends SecondFactorInput {
  email: string;
  password: string;
}

export interface SessionContext {
  ip: string;
  userAgent: string | null;
}

export interface PortalSessionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  limits: SessionLimits;
  totp: TotpService;
  log: FastifyBaseLogger;
}

/**
 * Cookie sessions of the client portal, as the operator console's: sign-in (password, then TOTP
 * when enabled; an unknown address costs one argon2id verification too), the check of every
 * cookie request against the database (a session ended on any process is refused on every one),
 * sign-out, and the user's own sessions. Sessions end after PORTAL_SESSION_IDLE_MINUTES unused and
 * PORTAL_SESSION_HOURS after sign-in, and at once when the user or its client is deactivated or
 * the password is reset.
 */
export class PortalSessionsService {
  constructor(private readonly deps: PortalSessionsDeps) {}

  /** Checks the credentials and opens a session; the token goes into the cookie and nowhere else. */
  async signIn(input: SignInInput, context: SessionContext): Promise<{ token: string; session: PortalSession }> {
    const { userId, secondFactor } = await this.checkCredentials(input, context);
    return this.open(userId, context, { second_factor: secondFactor });
  }

  /** A new session of a user whose credentials were just checked (a sign-in, an accepted invitation). */
  async open(userId: number, context: SessionContext, details: Record<string, unknown>): Promise<{ token: string; session: PortalSession }> {
    const token = newOpaqueToken();
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.limits.absoluteMs);
    const { id, user } = await this.deps.db.transaction().execute(async (trx) => {
      await repo.purgeEndedSessions(trx, userId, new Date(now.getTime() - KEEP_ENDED_MS));
      const sessionId = await repo.insertSession(trx, {
        user_id: userId,
        token_hash: tokenHash(token),
        created_at: now,
        last_seen_at: now,
        expires_at: expiresAt,
        ip: context.ip,
        user_agent: context.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
      });
      await recordAudit(trx, {
        actor: `client_user:${userId}`,
        action: 'portal.session.sign_in',
        target: `client_user:${userId}`,
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent, ...details },
      });
      return { id: sessionId, user: await repo.findSessionUser(trx, userId) };
    });
    return { token, session: this.view({ id, ...user, expires_at: expiresAt }, token, now) };
  }

  /** The live session of a cookie's token, or null; marks it used (at most once a minute). */
  async authenticate(token: string): Promise<PortalSession | null> {
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
  csrfMatches(session: PortalSession, presented: unknown): boolean {
    return sameSecret(session.csrfToken, presented);
  }

  /** Ends the request's own session (the cookie is cleared by the route). */
  async signOut(session: PortalSession, context: SessionContext): Promise<void> {
    await this.end(session.userId, session.id, 'portal.session.sign_out', context);
  }

  /** The user's live sessions, newest first; `current` marks the one of the request. */
  async list(session: PortalSession) {
    const rows = await repo.listLiveSessions(this.deps.db, session.userId, this.liveAt(this.deps.clock.now()));
    return rows.map((row) => ({ ...row, current: row.id === session.id }));
  }

  /** Ends one of the user's own live sessions; 404 for any other id (another user's too). */
  async endOwn(session: PortalSession, sessionId: number, context: SessionContext): Promise<void> {
    await this.end(session.userId, sessionId, 'portal.session.end', context);
  }

  /**
   * E-mail and password, then the one-time code of a user with TOTP. A wrong address or password,
   * a user still invited or deactivated, and a deactivated client all get "Invalid credentials"
   * (the reason goes to the log); a wrong one-time code after the right password is audited.
   */
  private async checkCredentials(input: SignInInput, context: SessionContext): Promise<{ userId: number; secondFactor: SecondFactor | null }> {
    const user = await findUserForSignIn(this.deps.db, normalizeEmail(input.email));
    const passwordMatches = await verifySecret(user?.password_hash ?? null, input.password);
    if (!user || !passwordMatches || !user.active || !user.client_active) {
      const reason = !user ? 'unknown e-mail' : !passwordMatches ? 'wrong password' : !user.active ? 'user inactive' : 'client inactive';
      this.deps.log.info({ userId: user?.id, reason }, 'portal sign-in refused');
      throw errors.unauthorized('Invalid credentials');
    }
    const verdict = await this.deps.totp.verify(user, input);
    if ('refused' in verdict) {
      if (verdict.refused === 'missing') throw errors.totpRequired();
      this.deps.log.info({ userId: user.id, reason: 'invalid one-time code' }, 'portal sign-in refused');
      await recordAudit(this.deps.db, {
        actor: `client_user:${user.id}`,
        action: 'portal.sign_in_failed',
        target: `client_user:${user.id}`,
        details: { reason: 'invalid one-time code', ip: context.ip, user_agent: context.userAgent },
      });
      throw errors.unauthorized('Invalid one-time code');
    }
    return { userId: user.id, secondFactor: verdict.factor };
  }

  private async end(userId: number, sessionId: number, action: string, context: SessionContext): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.revokeSession(trx, userId, sessionId, this.liveAt(this.deps.clock.now())))) throw errors.notFound('Session not found');
      await recordAudit(trx, {
        actor: `client_user:${userId}`,
        action,
        target: `client_user:${userId}`,
        details: { session_id: sessionId, ip: context.ip, user_agent: context.userAgent },
      });
    });
  }

  private liveAt(now: Date): repo.LiveAt {
    return { now, idleSince: new Date(now.getTime() - this.deps.limits.idleMs) };
  }

  private view(
    row: {
      id: number;
      user_id: number;
      email: string;
      role: PortalRole;
      client_id: number;
      client_name: string;
      totp_enabled: boolean;
      expires_at: Date;
    },
    token: string,
    lastSeen: Date,
  ): PortalSession {
    const idleEnd = lastSeen.getTime() + this.deps.limits.idleMs;
    return {
      id: row.id,
      userId: row.user_id,
      email: row.email,
      role: row.role,
      clientId: row.client_id,
      clientName: row.client_name,
      totpEnabled: row.totp_enabled,
      csrfToken: csrfTokenOf(token, CSRF_PURPOSE),
      idleExpiresAt: new Date(Math.min(idleEnd, row.expires_at.getTime())),
      expiresAt: row.expires_at,
    };
  }
}
