import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { errors } from '../shared/errors.ts';
import { setSessionCookie } from '../http/cookies.ts';
import { decimalPathId } from '../http/path-id.ts';
import { sessionListEntryOf, sessionViewFieldsOf } from '../http/session-schemas.ts';
import { CONSOLE_COOKIE, type ConsoleSession, type ConsoleSessionsService } from './console-sessions.service.ts';
import type { SignInContext } from './operator-credentials.ts';
import type { TotpService } from './totp.service.ts';
import { schemas } from './console-sessions.schemas.ts';

export function consoleSessionView(session: ConsoleSession) {
  return { operator: { id: session.operatorId, username: session.username }, ...sessionViewFieldsOf(session) };
}

function contextOf(request: FastifyRequest): SignInContext {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

/** The operator account of the request; the static tokens (ADMIN_TOKEN, the CLI's) have none. */
function operatorAccountOf(request: FastifyRequest, what: string): number {
  if (request.operatorId === null) throw errors.badRequest(`Only operator accounts have ${what}; a static admin token has none`);
  return request.operatorId;
}

/**
 * The operator console's sign-in (README, "Console sign-in"): /admin/v1/auth/session (sign in,
 * read, sign out), /admin/v1/auth/sessions (the operator's sessions) and /admin/v1/auth/totp
 * (two-factor authentication). The sign-in is rate limited like the operator login; answers that
 * carry a CSRF token, a TOTP secret or recovery codes are never cached.
 */
export function consoleSessionRoutes(deps: {
  sessions: ConsoleSessionsService;
  totp: TotpService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
  /** The operator login's limits: per source IP (a route config) and per username (a preHandler). */
  signInLimits: { preHandler: preHandlerAsyncHookHandler; rateLimit: object };
  /** Tries of a TOTP code at confirm and disable, per operator (a stolen session cannot guess its way to disabling it). */
  codeRateLimit: preHandlerAsyncHookHandler;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

    app.post('/auth/session', {
      schema: schemas.signIn,
      preHandler: deps.signInLimits.preHandler,
      config: { validationMessage: 'Username and password are required', rateLimit: deps.signInLimits.rateLimit },
      handler: async (request, reply) => {
        const { token, session } = await deps.sessions.signIn(request.body, contextOf(request));
        setSessionCookie(request, reply, CONSOLE_COOKIE, token);
        noStore(reply);
        return consoleSessionView(session);
      },
    });

    const signedInRoutes: FastifyPluginAsyncTypebox = async (signedIn) => {
      signedIn.addHook('onRequest', deps.authenticateOperator);
      signedIn.addHook('preValidation', decimalPathId);
      const consoleSessionOf = (request: FastifyRequest) => {
        if (!request.consoleSession) throw errors.unauthorized();
        return request.consoleSession;
      };

      signedIn.get('/auth/session', { schema: schemas.current }, async (request, reply) => {
        noStore(reply);
        return consoleSessionView(consoleSessionOf(request));
      });
      signedIn.delete('/auth/session', { schema: schemas.signOut }, async (request, reply) => {
        await deps.sessions.as(request.operatorActor!).signOut(consoleSessionOf(request), contextOf(request));
        setSessionCookie(request, reply, CONSOLE_COOKIE, null);
        return reply.code(204).send(null);
      });

      signedIn.get('/auth/sessions', { schema: schemas.list }, async (request) => {
        const sessions = await deps.sessions.list(operatorAccountOf(request, 'console sessions'), request.consoleSession?.id ?? null);
        return sessions.map(sessionListEntryOf);
      });
      signedIn.delete('/auth/sessions/:id', { schema: schemas.end, config: { paramsMessage: 'Invalid session ID' } }, async (request, reply) => {
        const operatorId = operatorAccountOf(request, 'console sessions');
        await deps.sessions.as(request.operatorActor!).endOwn(operatorId, request.params.id, contextOf(request));
        if (request.consoleSession?.id === request.params.id) setSessionCookie(request, reply, CONSOLE_COOKIE, null);
        return reply.code(204).send(null);
      });

      const totp = (request: FastifyRequest) => deps.totp.as(request.operatorActor!);
      const account = (request: FastifyRequest) => operatorAccountOf(request, 'two-factor authentication');
      signedIn.post('/auth/totp', { schema: schemas.enrolTotp }, async (request, reply) => {
        const enrolment = await totp(request).enrol(account(request));
        noStore(reply);
        return enrolment;
      });
      signedIn.post('/auth/totp/confirm', { schema: schemas.confirmTotp, preHandler: deps.codeRateLimit }, async (request, reply) => {
        const codes = await totp(request).confirm(account(request), request.body.code, request.consoleSession?.id ?? null);
        noStore(reply);
        return codes;
      });
      signedIn.delete('/auth/totp', { schema: schemas.disableTotp, preHandler: deps.codeRateLimit }, async (request, reply) => {
        await totp(request).disable(account(request), request.body.code);
        return reply.code(204).send(null);
      });
    };
    await app.register(signedInRoutes);
  };
}
