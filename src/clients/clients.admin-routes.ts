import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import type { ClientRateLimitClass, ClientRateLimits } from '../auth/client-rate-limits.ts';
import type { ClientRecord, ClientsService } from './clients.service.ts';
import { readClientList, schemas } from './clients.schemas.ts';
import { withSummary } from '../http/schemas.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { mapPage } from '../shared/pages.ts';

export function clientView(client: ClientRecord) {
  return { ...client, created_at: toRfc3339(client.created_at) };
}

/** A client's own limits beside the configured ones, and what applies. */
export function rateLimitsView(clientId: number, overrides: ClientRateLimits, defaults: Record<ClientRateLimitClass, number>) {
  const effective = {
    read: overrides.read ?? defaults.read,
    orders: overrides.orders ?? defaults.orders,
    quotes: overrides.quotes ?? defaults.quotes,
  };
  return { client_id: clientId, overrides, defaults: { read: defaults.read, orders: defaults.orders, quotes: defaults.quotes }, effective };
}

/** /admin/v1/clients — the operator's client management. */
export function clientsAdminRoutes(deps: {
  clients: ClientsService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
  /** The configured limits (RATE_LIMIT_*), the defaults of the per-client ones. */
  rateLimits: Record<ClientRateLimitClass, number>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    const service = (request: FastifyRequest) => deps.clients.as(request.operatorActor!);
    const config = { paramsMessage: 'Invalid client ID' };

    app.post('/clients', { schema: schemas.create }, async (request, reply) => {
      return reply.code(201).send(await service(request).createClient(request.body));
    });
    app.get('/clients', { schema: schemas.list }, async (request, reply) => {
      const { filter, request: list } = readClientList(request.query);
      return sendOptionalPage(reply, mapPage(await service(request).listClientsPage(filter, list), clientView));
    });
    app.get('/clients/:id', { schema: schemas.show, config }, async (request) => clientView(await service(request).getClient(request.params.id)));
    app.post('/clients/:id/activate', { schema: withSummary(schemas.change, 'Activate a client'), config }, async (request) =>
      clientView(await service(request).setActive(request.params.id, true)),
    );
    app.post(
      '/clients/:id/deactivate',
      { schema: withSummary(schemas.change, 'Deactivate a client (its tokens stop working at once)'), config },
      async (request) => clientView(await service(request).setActive(request.params.id, false)),
    );
    app.put('/clients/:id/features', { schema: schemas.features, config }, async (request) =>
      clientView(await service(request).setFeatures(request.params.id, request.body.features)),
    );
    app.put('/clients/:id/demo', { schema: schemas.demo, config }, async (request) =>
      clientView(await service(request).setDemo(request.params.id, request.body.demo)),
    );
    app.post(
      '/clients/:id/ip-allowlist',
      { schema: withSummary(schemas.cidr, "Add an address or CIDR range to the client's IP allowlist"), config },
      async (request) => clientView(await service(request).addIp(request.params.id, request.body.cidr)),
    );
    app.post(
      '/clients/:id/ip-allowlist/remove',
      { schema: withSummary(schemas.cidr, "Remove an entry from the client's IP allowlist"), config },
      async (request) => clientView(await service(request).removeIp(request.params.id, request.body.cidr)),
    );
    app.post('/clients/:id/logout', { schema: schemas.logout, config }, async (request) => {
      await service(request).logout(request.params.id);
      return { message: 'All tokens of the client were revoked' };
    });
    app.post('/clients/:id/rotate-secret', { schema: schemas.rotate, config }, async (request) => service(request).rotateSecret(request.params.id));
    app.get('/clients/:id/rate-limits', { schema: schemas.rateLimits, config }, async (request) =>
      rateLimitsView(request.params.id, await service(request).getRateLimits(request.params.id), deps.rateLimits),
    );
    app.put('/clients/:id/rate-limits', { schema: schemas.setRateLimits, config }, async (request) =>
      rateLimitsView(request.params.id, await service(request).setRateLimits(request.params.id, request.body), deps.rateLimits),
    );
  };
}
