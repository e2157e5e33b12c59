import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { overviewSchema } from './overview.schemas.ts';
import type { OverviewService } from './overview.service.ts';

/** GET /admin/v1/overview: the console's first page, in one request. */
export function overviewAdminRoutes(deps: {
  overview: Pick<OverviewService, 'overview'>;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.get('/overview', { schema: overviewSchema }, async () => deps.overview.overview());
  };
}
