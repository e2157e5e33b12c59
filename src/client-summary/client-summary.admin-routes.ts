import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { ClientRateLimitClass } from '../auth/client-rate-limits.ts';
import { pricingView } from '../catalog/catalog.views.ts';
import { clientView, rateLimitsView } from '../clients/clients.admin-routes.ts';
import { apiCredentialView } from '../clients/credentials.schemas.ts';
import { decimalPathId } from '../http/path-id.ts';
import { termsView } from '../pricing/pricing.views.ts';
import { clientSummarySchema } from './client-summary.schemas.ts';
import type { ClientSummaryService } from './client-summary.service.ts';

/** GET /admin/v1/clients/:id/summary: a client's page in the console, in one request. */
export function clientSummaryAdminRoutes(deps: {
  summaries: Pick<ClientSummaryService, 'summary'>;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
  /** The configured limits (RATE_LIMIT_*), the defaults of the per-client ones. */
  rateLimits: Record<ClientRateLimitClass, number>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    app.get('/clients/:id/summary', { schema: clientSummarySchema, config: { paramsMessage: 'Invalid client ID' } }, async (request) => {
      const summary = await deps.summaries.summary(request.params.id);
      return {
        client: clientView(summary.client),
        wallets: summary.wallets,
        terms: termsView(summary.terms),
        rate_limits: rateLimitsView(summary.client.id, summary.rateLimits, deps.rateLimits),
        pricing: pricingView(summary.pricing),
        credentials: summary.credentials.map(apiCredentialView),
        top_up: summary.topUp,
      };
    });
  };
}
