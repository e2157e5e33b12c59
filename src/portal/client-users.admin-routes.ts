import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { withSummary } from '../http/schemas.ts';
import type { ClientUsersService } from './client-users.service.ts';
import { adminSchemas, INVITE_VALIDATION_MESSAGE } from './portal-team.schemas.ts';
import { clientUserView, contextOf } from './portal-views.ts';

/** Both path ids of /clients/:id/users/:userId: an integer 1 … 2,147,483,647 in decimal digits, else 400 naming which. */
async function decimalPathIds(request: FastifyRequest): Promise<void> {
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const [name, message] of [
    ['id', 'Invalid client ID'],
    ['userId', 'Invalid user ID'],
  ] as const) {
    const value = params[name];
    const valid = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= 2_147_483_647;
    if (value !== undefined && !valid) throw errors.badRequest(message);
  }
}

/**
 * /admin/v1/clients/:id/users: the operator's side of a client's portal users — invite one of any
 * role (the e-mail links to PUBLIC_URL, else this request's origin), list them, deactivate and
 * activate them, turn off the second factor of one who lost it. Audited as the operator.
 */
export function clientUsersAdminRoutes(deps: {
  users: ClientUsersService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathIds);
    const config = { paramsMessage: 'Invalid client ID' };

    app.get('/clients/:id/users', { schema: adminSchemas.list, config }, async (request) =>
      (await deps.users.listForOperator(request.params.id)).map(clientUserView),
    );
    app.post(
      '/clients/:id/users',
      { schema: adminSchemas.invite, config: { ...config, validationMessage: INVITE_VALIDATION_MESSAGE } },
      async (request, reply) => {
        const { user, acceptPage } = await deps.users.inviteForOperator(
          request.params.id,
          request.body,
          request.operatorActor!,
          contextOf(request).origin,
        );
        return reply.code(201).send({ ...clientUserView(user), accept_page: acceptPage });
      },
    );
    for (const active of [true, false]) {
      const action = active ? 'activate' : 'deactivate';
      const summary = active ? 'Activate a portal user of the client' : 'Deactivate a portal user of the client (its sessions end at once)';
      app.post(`/clients/:id/users/:userId/${action}`, { schema: withSummary(adminSchemas.change, summary), config }, async (request) =>
        clientUserView(await deps.users.setActiveForOperator(request.params.id, request.params.userId, active, request.operatorActor!)),
      );
    }
    app.post('/clients/:id/users/:userId/totp-reset', { schema: adminSchemas.totpReset, config }, async (request) =>
      clientUserView(await deps.users.resetTotpForOperator(request.params.id, request.params.userId, request.operatorActor!)),
    );
  };
}
