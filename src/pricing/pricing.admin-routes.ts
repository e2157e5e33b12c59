import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import type { ClientTermsService } from './client-terms.service.ts';
import { termsView } from './pricing.views.ts';
import { adminSchemas as schemas } from './pricing.schemas.ts';

/**
 * /admin/v1/clients/:id/{terms,tax-rate,max-quantities} — a client's tax rate and per-product
 * order limits. Every write is audit-logged; quotes read them from the
 * database, so a change applies to the next quote in every process.
 */
export function pricingAdminRoutes(deps: {
  terms: ClientTermsService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const service = (request: FastifyRequest) => deps.terms.as(request.operatorActor!);
    const config = { paramsMessage: 'Invalid client ID' };

    app.get('/clients/:id/terms', { schema: schemas.terms, config }, async (request) =>
      termsView(await service(request).clientTerms(request.params.id)),
    );
    app.put('/clients/:id/tax-rate', { schema: schemas.setTaxRate, config }, async (request) =>
      termsView(await service(request).setTaxRate(request.params.id, request.body.tax_rate)),
    );
    app.put('/clients/:id/max-quantities', { schema: schemas.setMaxQuantity, config }, async (request) =>
      termsView(
        await service(request).setMaxQuantity(request.params.id, {
          productId: request.body.product_id,
          maxQuantity: request.body.max_quantity,
        }),
      ),
    );
    app.post('/clients/:id/max-quantities/remove', { schema: schemas.removeMaxQuantity, config }, async (request) =>
      termsView(await service(request).removeMaxQuantity(request.params.id, request.body.product_id)),
    );
  };
}
