import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import type { ClientUsersService, Colleague } from './client-users.service.ts';
import { portalSessionOf } from './portal-auth.ts';
import { INVITE_VALIDATION_MESSAGE, schemas } from './portal-team.schemas.ts';
import { clientUserView, contextOf } from './portal-views.ts';

const colleague = (request: FastifyRequest): Colleague => {
  const session = portalSessionOf(request);
  return { actor: `client_user:${session.userId}`, role: session.role };
};

/** The client's team, as its users see it: the list (team.read), invitations and changes (team.manage). */
export function teamRoutes(deps: { users: ClientUsersService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/users', { schema: schemas.list, config: { permission: 'team.read' } }, async (request) =>
      (await deps.users.listTeam(scopeOf(request))).map(clientUserView),
    );
    app.post(
      '/users',
      { schema: schemas.invite, config: { permission: 'team.manage', validationMessage: INVITE_VALIDATION_MESSAGE } },
      async (request, reply) => {
        const { user, acceptPage } = await deps.users.inviteColleague(scopeOf(request), request.body, colleague(request), contextOf(request).origin);
        return reply.code(201).send({ ...clientUserView(user), accept_page: acceptPage });
      },
    );
    app.patch('/users/:id', { schema: schemas.update, config: { permission: 'team.manage', paramsMessage: 'Invalid user ID' } }, async (request) =>
      clientUserView(await deps.users.updateColleague(scopeOf(request), request.params.id, request.body, colleague(request))),
    );
  };
}
