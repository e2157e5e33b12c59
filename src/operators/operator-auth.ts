import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { bearerToken } from '../auth/authenticate.ts';
import { needsCsrfToken, sessionCookieOf } from '../http/cookies.ts';
import { CONSOLE_COOKIE, type ConsoleSession, type ConsoleSessionsService } from './console-sessions.service.ts';
import type { OperatorAuthCache, OperatorTokenSigner } from './operator-tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting on an admin route: an operator username, `admin-token` or `local-cli`. */
    operator: string | null;
    /** The operator account behind the request; null for the static tokens. */
    operatorId: number | null;
    /** Who audit entries name for this request: `operator:<operator>`, or a static token's own actor. */
    operatorActor: string | null;
    /** The console session the request was authenticated with (its cookie); null for a Bearer token. */
    consoleSession: ConsoleSession | null;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface StaticOperatorToken {
  token: string;
  /** Who is acting (`request.operator`); audit entries carry `operator:<name>`. */
  operator: string;
  /** What audit entries carry instead of `operator:<name>` (the CLI working in-process: `cli`). */
  actor?: string;
}

type Verdict = { operator: string; operatorId: number | null; actor: string; session?: ConsoleSession } | { reason: string };

/**
 * Everything that opens an admin route: the static tokens (ADMIN_TOKEN, the local token the
 * server keeps in its data directory for the CLI), the JWTs of active operator accounts, and the
 * console's session cookie. Operator tokens are checked against a per-process cache of the
 * account (active, token version), invalidated through the bus: no database round trip per
 * request. A session cookie is checked against the database at every request (no cache).
 */
export class OperatorTokens {
  private readonly known: { hash: Buffer; operator: string; actor: string }[];

  constructor(
    staticTokens: StaticOperatorToken[],
    private readonly signer: OperatorTokenSigner,
    private readonly cache: OperatorAuthCache,
    private readonly sessions: ConsoleSessionsService,
  ) {
    this.known = staticTokens.map(({ token, operator, actor }) => ({ hash: digest(token), operator, actor: actor ?? `operator:${operator}` }));
  }

  async verify(presented: string): Promise<Verdict> {
    const hash = digest(presented);
    const match = this.known.find((entry) => timingSafeEqual(entry.hash, hash));
    if (match) return { operator: match.operator, operatorId: null, actor: match.actor };
    const verified = await this.signer.verify(presented);
    if ('reason' in verified) return verified;
    const { operatorId, tokenVersion } = verified.claims;
    const state = await this.cache.get(operatorId);
    if (!state) return { reason: 'unknown operator' };
    if (!state.active) return { reason: 'operator inactive' };
    if (state.tokenVersion !== tokenVersion) return { reason: 'token revoked' };
    return { operator: state.username, operatorId, actor: `operator:${state.username}` };
  }

  /** The console session of a cookie's token: the operator it belongs to, as for an operator token. */
  async verifySession(token: string): Promise<Verdict> {
    const session = await this.sessions.authenticate(token);
    if (!session) return { reason: 'no live console session' };
    return { operator: session.username, operatorId: session.operatorId, actor: `operator:${session.username}`, session };
  }

  csrfMatches(session: ConsoleSession, presented: unknown): boolean {
    return this.sessions.csrfMatches(session, presented);
  }
}

/** The Authorization header when there is one (it decides, even beside a cookie), else the console cookie. */
function credentialOf(request: FastifyRequest, tokens: OperatorTokens): Promise<Verdict> | Verdict {
  if (request.headers.authorization !== undefined) {
    const presented = bearerToken(request);
    return presented ? tokens.verify(presented) : { reason: 'malformed Authorization header' };
  }
  const cookie = sessionCookieOf(request, CONSOLE_COOKIE);
  return cookie ? tokens.verifySession(cookie) : { reason: 'no Authorization header or console session cookie' };
}

/**
 * The onRequest hook of every admin route: a static admin token, an operator token, or a console
 * session cookie, whose changes (any method but GET, HEAD and OPTIONS) also need the session's
 * X-CSRF-Token (403 CSRF_FAILED). A client access token never opens them (and an operator token
 * opens no client route).
 */
export function createOperatorAuthenticate(tokens: OperatorTokens) {
  return async function authenticateOperator(request: FastifyRequest): Promise<void> {
    const verdict = await credentialOf(request, tokens);
    if ('reason' in verdict) {
      request.log.info({ reason: verdict.reason }, 'admin authentication refused');
      throw errors.unauthorized();
    }
    if (verdict.session && needsCsrfToken(request.method) && !tokens.csrfMatches(verdict.session, request.headers['x-csrf-token'])) {
      request.log.info({ operatorId: verdict.operatorId }, 'console request refused: missing or invalid CSRF token');
      throw errors.csrfFailed();
    }
    request.consoleSession = verdict.session ?? null;
    request.operator = verdict.operator;
    request.operatorId = verdict.operatorId;
    request.operatorActor = verdict.actor;
  };
}
