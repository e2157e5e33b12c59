import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import { answerWithProgress } from '../http/progress-stream.ts';
import { badLinesError } from '../http/import-lines.ts';
import type { ImportRecord } from './catalog.import.ts';
import type { CatalogService } from './catalog.service.ts';
import { pricingView, productView } from './catalog.views.ts';
import { adminSchemas as schemas, choicesSchema, exportSchema, importSchema, readAdminProductList } from './catalog.schemas.ts';
import { catalogChoices, type ChoicesDeps } from './catalog.choices.ts';
import { withSummary } from '../http/schemas.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { mapPage } from '../shared/pages.ts';

/** The body of an import may be far larger than an ordinary request (`BODY_LIMIT`). */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

/**
 * /admin/v1/products, /admin/v1/denominations, /admin/v1/clients/:id/{pricing,blacklist,discounts}
 * — the operator's side of the catalog and of client pricing. Every write is
 * audit-logged and reaches every process's caches.
 */
export function catalogAdminRoutes(deps: {
  catalog: CatalogService;
  /** The lists GET /admin/v1/catalog/choices answers with the suppliers. */
  reference: ChoicesDeps['reference'];
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const service = (request: FastifyRequest) => deps.catalog.as(request.operatorActor!);
    const product = { paramsMessage: 'Invalid product ID' };
    const denomination = { paramsMessage: 'Invalid denomination ID' };
    const client = { paramsMessage: 'Invalid client ID' };

    app.get('/products', { schema: schemas.list }, async (request, reply) => {
      const { filter, request: list } = readAdminProductList(request.query);
      return sendOptionalPage(reply, mapPage(await service(request).listProductsPage(filter, list), productView));
    });
    app.get('/products/:id', { schema: schemas.show, config: product }, async (request) =>
      productView(await service(request).getProduct(request.params.id)),
    );
    app.post('/products', { schema: schemas.create }, async (request, reply) =>
      reply.code(201).send(productView(await service(request).createProduct(request.body))),
    );
    app.patch('/products/:id', { schema: schemas.update, config: product }, async (request) =>
      productView(await service(request).updateProduct(request.params.id, request.body)),
    );
    app.post('/products/:id/activate', { schema: withSummary(schemas.change, 'Activate a product'), config: product }, async (request) =>
      productView(await service(request).setProductActive(request.params.id, true)),
    );
    app.post('/products/:id/deactivate', { schema: withSummary(schemas.change, 'Deactivate a product'), config: product }, async (request) =>
      productView(await service(request).setProductActive(request.params.id, false)),
    );

    app.post('/products/:id/denominations', { schema: schemas.addDenomination, config: product }, async (request, reply) =>
      reply.code(201).send(productView(await service(request).addDenomination(request.params.id, request.body))),
    );
    app.patch('/denominations/:id', { schema: schemas.updateDenomination, config: denomination }, async (request) =>
      productView(await service(request).updateDenomination(request.params.id, request.body)),
    );
    app.delete('/denominations/:id', { schema: schemas.removeDenomination, config: denomination }, async (request) =>
      productView(await service(request).removeDenomination(request.params.id)),
    );

    // The CLI's `catalog import` (with its progress bar: answerWithProgress).
    app.post('/catalog/import', { schema: importSchema, bodyLimit: IMPORT_BODY_LIMIT, config: { importRecords: true } }, async (request, reply) =>
      answerWithProgress(request, reply, async (onProgress) => {
        // `fields` is checked record by record (a non-object is a bad line, not a bad request).
        const report = await service(request).importCatalog(request.body.records as ImportRecord[], {
          dryRun: request.body.dry_run,
          mode: request.body.mode,
          demo: request.body.demo,
          onProgress,
        });
        if (!report.ok) throw badLinesError(report.errors);
        return report;
      }),
    );

    // The whole catalog in the layout of the import (CSV or JSON): importing it back changes nothing.
    app.get('/catalog/export', { schema: exportSchema }, async (request) =>
      service(request).exportCatalog(request.query.format ?? 'json', { ids: request.query.ids !== 'false' }),
    );

    app.get('/catalog/choices', { schema: choicesSchema }, async () =>
      catalogChoices({ reference: deps.reference, suppliers: deps.catalog.suppliers }),
    );

    app.get('/clients/:id/pricing', { schema: schemas.pricing, config: client }, async (request) =>
      pricingView(await service(request).clientPricing(request.params.id)),
    );
    app.post('/clients/:id/blacklist', { schema: withSummary(schemas.blacklist, 'Hide a product from a client'), config: client }, async (request) =>
      pricingView(await service(request).blacklistProduct(request.params.id, request.body.product_id)),
    );
    app.post(
      '/clients/:id/blacklist/remove',
      { schema: withSummary(schemas.blacklist, 'Show a blacklisted product to the client again'), config: client },
      async (request) => pricingView(await service(request).unblacklistProduct(request.params.id, request.body.product_id)),
    );
    app.put('/clients/:id/discounts', { schema: schemas.setDiscount, config: client }, async (request) =>
      pricingView(await service(request).setNegotiatedDiscount(request.params.id, request.body)),
    );
    app.post('/clients/:id/discounts/remove', { schema: schemas.removeDiscount, config: client }, async (request) =>
      pricingView(await service(request).removeNegotiatedDiscount(request.params.id, request.body)),
    );
  };
}
