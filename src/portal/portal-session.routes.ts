import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { sessionListEntryOf } from '../http/session-schemas.ts';
import type { TotpService } from '../operators/totp.service.ts';
import type { ClientUsersService } from './client-users.service.ts';
import { portalSessionOf } from './portal-auth.ts';
import type { PortalRouteKit } from './portal-route-kit.ts';
import type { PortalSessionsService } from './portal-sessions.service.ts';
import { schemas } from './portal-session.schemas.ts';
import { contextOf, portalSessionView } from './portal-views.ts';

const anyone = { permission: null };

/**
 * The signed-in user's own session and second factor: the session of the cookie, sign-out, its
 * live sessions (each can be ended), and two-factor authentication (TOTP, as operators have it:
 * enrol, confirm with a first code for ten recovery codes, turn off with a code; codes tried at
 * most RATE_LIMIT_LOGIN times a minute per user), and a new password after the current one (as
 * often; the user's other sessions end).
 */
export function sessionRoutes(
  deps: { sessions: PortalSessionsService; totp: TotpService; users: Pick<ClientUsersService, 'changePassword'> },
  kit: PortalRouteKit,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/session', { schema: schemas.current, config: anyone }, async (request, reply) => {
      kit.noStore(reply);
      return portalSessionView(portalSessionOf(request));
    });
    app.delete('/session', { schema: schemas.signOut, config: anyone }, async (request, reply) => {
      await deps.sessions.signOut(portalSessionOf(request), contextOf(request));
      kit.setCookie(request, reply, null);
      return reply.code(204).send(null);
    });
    app.get('/sessions', { schema: schemas.list, config: anyone }, async (request) => {
      const sessions = await deps.sessions.list(portalSessionOf(request));
      return sessions.map(sessionListEntryOf);
    });
    app.delete('/sessions/:id', { schema: schemas.end, config: { ...anyone, paramsMessage: 'Invalid session ID' } }, async (request, reply) => {
      const session = portalSessionOf(request);
      await deps.sessions.endOwn(session, request.params.id, contextOf(request));
      if (session.id === request.params.id) kit.setCookie(request, reply, null);
      return reply.code(204).send(null);
    });

    const passwordLimit = kit.limitPer('portal-password-user', (request) => String(portalSessionOf(request).userId));
    app.post(
      '/password',
      {
        schema: schemas.changePassword,
        config: { ...anyone, validationMessage: 'current_password and a new_password of 12 to 256 characters are required' },
        preHandler: passwordLimit,
      },
      async (request, reply) => {
        const session = portalSessionOf(request);
        await deps.users.changePassword({ userId: session.userId, sessionId: session.id }, request.body, contextOf(request));
        return reply.code(204).send(null);
      },
    );

    const totp = (request: FastifyRequest) => deps.totp.as(`client_user:${portalSessionOf(request).userId}`);
    const user = (request: FastifyRequest) => portalSessionOf(request).userId;
    const codeLimit = kit.limitPer('portal-totp-user', (request) => String(user(request)));
    app.post('/totp', { schema: schemas.enrolTotp, config: anyone }, async (request, reply) => {
      const enrolment = await totp(request).enrol(user(request));
      kit.noStore(reply);
      return enrolment;
    });
    app.post('/totp/confirm', { schema: schemas.confirmTotp, config: anyone, preHandler: codeLimit }, async (request, reply) => {
      const codes = await totp(request).confirm(user(request), request.body.code, portalSessionOf(request).id);
      kit.noStore(reply);
      return codes;
    });
    app.delete('/totp', { schema: schemas.disableTotp, config: anyone, preHandler: codeLimit }, async (request, reply) => {
      await totp(request).disable(user(request), request.body.code);
      return reply.code(204).send(null);
    });
  };
}
