import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { CatalogService } from '../catalog/catalog.service.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { InventoryService } from '../inventory/inventory.service.ts';
import type { FxService } from '../ledger/fx.service.ts';
import type { WalletsService } from '../ledger/wallets.service.ts';
import { runDemo } from './demo.ts';
import { adminSchemas as schemas } from './demo.schemas.ts';

/** POST /admin/v1/demo — `popup-store demo`: idempotent, every change audited under the caller. */
export function demoAdminRoutes(deps: {
  clients: ClientsService;
  catalog: CatalogService;
  inventory: InventoryService;
  wallets: WalletsService;
  fx: FxService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.post('/demo', { schema: schemas.run }, async (request) => {
      const actor = request.operatorActor!;
      const result = await runDemo({
        clients: deps.clients.as(actor),
        catalog: deps.catalog.as(actor),
        inventory: deps.inventory.as(actor),
        wallets: deps.wallets.as(actor),
        fx: deps.fx.as(actor),
      });
      return {
        credentials: result.credentials,
        client_created: result.clientCreated,
        catalog: result.catalog,
        stock: result.stock,
        wallets: result.wallets,
        fx_rates_set: result.fxRatesSet,
      };
    });
  };
}
