import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { productView } from '../catalog/catalog.views.ts';
import { clientView } from '../clients/clients.admin-routes.ts';
import { lookupSchema, readLookupQuery } from './lookup.schemas.ts';
import type { LookupService } from './lookup.service.ts';

/** GET /admin/v1/lookup: what a client ID and a product ID name, in one request. */
export function lookupAdminRoutes(deps: {
  lookup: Pick<LookupService, 'lookup'>;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.get('/lookup', { schema: lookupSchema }, async (request) => {
      const { client, product } = await deps.lookup.lookup(readLookupQuery(request.query));
      return { client: client && clientView(client), product: product && productView(product) };
    });
  };
}
