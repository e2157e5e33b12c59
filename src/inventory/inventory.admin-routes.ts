import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { sendOptionalPage } from '../http/pagination.ts';
import { answerWithProgress } from '../http/progress-stream.ts';
import { badLinesError } from '../http/import-lines.ts';
import { IMPORT_BODY_LIMIT } from '../catalog/catalog.admin-routes.ts';
import type { InventoryService } from './inventory.service.ts';
import { adminSchemas as schemas, readStockList } from './inventory.schemas.ts';

/**
 * /admin/v1/inventory/… — importing voucher codes, stock levels, low-stock thresholds.
 * Writes are audit-logged without codes; no answer contains a code.
 */
export function inventoryAdminRoutes(deps: {
  inventory: InventoryService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    const service = (request: FastifyRequest) => deps.inventory.as(request.operatorActor!);

    app.post('/inventory/import', { schema: schemas.import, bodyLimit: IMPORT_BODY_LIMIT, config: { importRecords: true } }, async (request, reply) =>
      answerWithProgress(request, reply, async (onProgress) => {
        const body = request.body;
        const report = await service(request).importCodes(
          {
            productId: body.product_id,
            denomination: body.denomination,
            records: body.records as { line: number; fields: Record<string, unknown> }[],
            dryRun: body.dry_run,
            source: body.source ?? null,
          },
          { onProgress },
        );
        if (!report.ok) throw badLinesError(report.errors);
        return report;
      }),
    );

    app.get('/inventory/stock', { schema: schemas.stock }, async (request, reply) => {
      const { filter, request: list } = readStockList(request.query);
      return sendOptionalPage(reply, await service(request).stockLevelsPage(filter, list));
    });

    app.put('/inventory/thresholds', { schema: schemas.threshold }, async (request) =>
      service(request).setThreshold({
        productId: request.body.product_id,
        denomination: request.body.denomination,
        threshold: request.body.threshold,
      }),
    );
  };
}
