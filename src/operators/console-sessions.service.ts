import type { Kysely } from 'kysely';
import type { Clock } from '../infra/clock.ts';
import type { Database } from '../infra/db/schema.ts';
import { CookieSessions, type CookieSession, type SessionLimits, type SessionListEntry } from '../infra/sessions/cookie-sessions.ts';
import type { CredentialsInput, SignedInOperator, SignInContext } from './operator-credentials.ts';
import { findLiveSession, operatorSessions } from './sessions.repository.ts';

/** The cookie of a console session: an opaque random token, known to the store only by its SHA-256. */
export const CONSOLE_COOKIE = 'prs_console';

/** A live console session, as the admin-route hook finds it for a request. */
export interface ConsoleSession extends CookieSession {
  operatorId: number;
  username: string;
  totpEnabled: boolean;
}

export interface ConsoleSessionsDeps {
  db: Kysely<Database>;
  clock: Clock;
  limits: SessionLimits;
  /** Username, password and, for an operator with TOTP, the one-time code (operator-credentials.ts). */
  checkCredentials: (input: CredentialsInput, context: SignInContext) => Promise<SignedInOperator>;
}

/**
 * Cookie sessions of the operator console (infra/sessions): sign-in (password, then TOTP when
 * enabled), the check of every cookie request, sign-out, and the operator's list of their sessions,
 * audited as `operator.session.*` on `operator:<id>`. Sessions end after
 * CONSOLE_SESSION_IDLE_MINUTES unused and CONSOLE_SESSION_HOURS after sign-in, whichever comes first.
 */
export class ConsoleSessionsService {
  constructor(
    private readonly deps: ConsoleSessionsDeps,
    private readonly actor: string,
    private readonly sessions = new CookieSessions(deps, {
      table: operatorSessions,
      area: 'operator',
      target: (operatorId) => `operator:${operatorId}`,
      csrfPurpose: 'popup-store console csrf v1',
      findLive: findLiveSession,
    }),
  ) {}

  as(actor: string): ConsoleSessionsService {
    return new ConsoleSessionsService(this.deps, actor, this.sessions);
  }

  /** A new session; the token goes into the cookie and nowhere else. */
  async signIn(input: CredentialsInput, context: SignInContext): Promise<{ token: string; session: ConsoleSession }> {
    const operator = await this.deps.checkCredentials(input, context);
    const { token, session } = await this.sessions.open(operator.id, `operator:${operator.username}`, context, {
      second_factor: operator.secondFactor,
    });
    return { token, session: { ...session, operatorId: operator.id, username: operator.username, totpEnabled: operator.totpEnabled } };
  }

  /** The live session of a cookie's token, or null; marks it used (at most once a minute). */
  async authenticate(token: string): Promise<ConsoleSession | null> {
    const found = await this.sessions.authenticate(token);
    if (!found) return null;
    const { row, session } = found;
    return { ...session, operatorId: row.operator_id, username: row.username, totpEnabled: row.totp_enabled };
  }

  /** Whether `presented` (the X-CSRF-Token header) is the session's CSRF token. */
  csrfMatches(session: ConsoleSession, presented: unknown): boolean {
    return this.sessions.csrfMatches(session, presented);
  }

  /** Ends the request's own session (the cookie is cleared by the route). */
  async signOut(session: ConsoleSession, context: SignInContext): Promise<void> {
    await this.sessions.end(session.operatorId, session.id, 'sign_out', this.actor, context);
  }

  /** The operator's live sessions, newest first; `current` marks the one of the request. */
  list(operatorId: number, currentSessionId: number | null): Promise<SessionListEntry[]> {
    return this.sessions.list(operatorId, currentSessionId);
  }

  /** Ends one of the operator's own live sessions; 404 for any other id (another operator's too). */
  async endOwn(operatorId: number, sessionId: number, context: SignInContext): Promise<void> {
    await this.sessions.end(operatorId, sessionId, 'end', this.actor, context);
  }
}
