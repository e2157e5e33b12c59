import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { verifySecret } from '../auth/credentials.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Database } from '../infra/db/schema.ts';
import {
  CookieSessions,
  type CookieSession,
  type SessionContext,
  type SessionLimits,
  type SessionListEntry,
} from '../infra/sessions/cookie-sessions.ts';
import type { SecondFactor, SecondFactorInput, TotpService } from '../operators/totp.service.ts';
import { findUserForSignIn } from './client-users.repository.ts';
import { normalizeEmail } from './client-users.service.ts';
import type { PortalRole } from './portal-roles.ts';
import { clientUserSessions, findLiveSession, findSessionUser, type SessionUser } from './portal-sessions.repository.ts';

/** The cookie of a portal session: an opaque random token, known to the store only by its SHA-256. */
export const PORTAL_COOKIE = 'prs_portal';

/** A live portal session, as the portal's hook finds it for a request. */
export interface PortalSession extends CookieSession {
  userId: number;
  email: string;
  role: PortalRole;
  clientId: number;
  clientName: string;
  totpEnabled: boolean;
}

export interface SignInInput extends SecondFactorInput {
  email: string;
  password: string;
}

export interface PortalSessionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  limits: SessionLimits;
  totp: TotpService;
  log: FastifyBaseLogger;
}

/**
 * Cookie sessions of the client portal (infra/sessions), as the operator console's: sign-in
 * (password, then TOTP when enabled; an unknown address costs one argon2id verification too), the
 * check of every cookie request against the database (a session ended on any process is refused on
 * every one), sign-out, and the user's own sessions, audited as `portal.session.*` on
 * `client_user:<id>`. Sessions end after PORTAL_SESSION_IDLE_MINUTES unused and PORTAL_SESSION_HOURS
 * after sign-in, and at once when the user or its client is deactivated or the password is reset.
 */
export class PortalSessionsService {
  constructor(
    private readonly deps: PortalSessionsDeps,
    private readonly sessions = new CookieSessions(deps, {
      table: clientUserSessions,
      area: 'portal',
      target: (userId) => `client_user:${userId}`,
      csrfPurpose: 'popup-store portal csrf v1',
      findLive: findLiveSession,
    }),
  ) {}

  /** Checks the credentials and opens a session; the token goes into the cookie and nowhere else. */
  async signIn(input: SignInInput, context: SessionContext): Promise<{ token: string; session: PortalSession }> {
    const { userId, secondFactor } = await this.checkCredentials(input, context);
    return this.open(userId, context, { second_factor: secondFactor });
  }

  /** A new session of a user whose credentials were just checked (a sign-in, an accepted invitation). */
  async open(userId: number, context: SessionContext, details: Record<string, unknown>): Promise<{ token: string; session: PortalSession }> {
    const { token, session } = await this.sessions.open(userId, `client_user:${userId}`, context, details);
    return { token, session: this.view(session, await findSessionUser(this.deps.db, userId)) };
  }

  /** The live session of a cookie's token, or null; marks it used (at most once a minute). */
  async authenticate(token: string): Promise<PortalSession | null> {
    const found = await this.sessions.authenticate(token);
    return found && this.view(found.session, found.row);
  }

  /** Whether `presented` (the X-CSRF-Token header) is the session's CSRF token. */
  csrfMatches(session: PortalSession, presented: unknown): boolean {
    return this.sessions.csrfMatches(session, presented);
  }

  /** Ends the request's own session (the cookie is cleared by the route). */
  async signOut(session: PortalSession, context: SessionContext): Promise<void> {
    await this.sessions.end(session.userId, session.id, 'sign_out', `client_user:${session.userId}`, context);
  }

  /** The user's live sessions, newest first; `current` marks the one of the request. */
  list(session: PortalSession): Promise<SessionListEntry[]> {
    return this.sessions.list(session.userId, session.id);
  }

  /** Ends one of the user's own live sessions; 404 for any other id (another user's too). */
  async endOwn(session: PortalSession, sessionId: number, context: SessionContext): Promise<void> {
    await this.sessions.end(session.userId, sessionId, 'end', `client_user:${session.userId}`, context);
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

  private view(session: CookieSession, user: SessionUser): PortalSession {
    return {
      ...session,
      userId: user.user_id,
      email: user.email,
      role: user.role,
      clientId: user.client_id,
      clientName: user.client_name,
      totpEnabled: user.totp_enabled,
    };
  }
}
