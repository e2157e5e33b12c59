import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { readHealthWindow, schemas } from './health.schemas.ts';
import type { SupplierAdministration, SupplierHealthReport } from './health.service.ts';

export function supplierHealthView(report: SupplierHealthReport) {
  return {
    store_mode: report.storeMode,
    hours: report.hours,
    since: toRfc3339(report.since),
    suppliers: report.suppliers.map((s) => ({
      name: s.name,
      fake_codes: s.fakeCodes,
      can_issue: s.canIssue,
      active_products: s.activeProducts,
      orders_placed: s.ordersPlaced,
      units_ordered: s.unitsOrdered,
      units_delivered: s.unitsDelivered,
      units_failed: s.unitsFailed,
      failure_rate: s.failureRate,
      orders_pending: s.ordersPending,
      last_failure_at: s.lastFailureAt === null ? null : toRfc3339(s.lastFailureAt),
      last_failure_code: s.lastFailureCode,
    })),
  };
}

/** GET /admin/v1/suppliers: every registered supplier with its health over a window of hours. */
export function supplierAdminRoutes(deps: {
  suppliers: SupplierAdministration;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);

    app.get('/suppliers', { schema: schemas.health }, async (request) => {
      return supplierHealthView(await deps.suppliers.health(readHealthWindow(request.query)));
    });
  };
}
