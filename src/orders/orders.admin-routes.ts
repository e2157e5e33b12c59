import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import { adminSchemas as schemas, readAdminOrderList } from './orders.schemas.ts';
import type { OrdersService } from './orders.service.ts';

/** /admin/v1/orders: every client's orders, search, show (no codes), cancel with refund, retry of undelivered units. */
export function ordersAdminRoutes(deps: {
  orders: OrdersService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const order = { paramsMessage: 'Invalid order ID' };

    app.get('/orders', { schema: schemas.list }, async (request, reply) => {
      const { filter, request: page, cursor } = readAdminOrderList(request.query);
      const { items, meta } = await deps.orders.listOrders(filter, page);
      setPageHeaders(reply, meta, cursor);
      return items;
    });
    app.get('/orders/:id', { schema: schemas.show, config: order }, async (request) => deps.orders.getOrder(request.params.id));
    app.get('/orders/:id/timeline', { schema: schemas.timeline, config: order }, async (request) => deps.orders.getOrderTimeline(request.params.id));
    app.post('/orders/:id/cancel', {
      schema: schemas.cancel,
      config: order,
      handler: async (request) => deps.orders.cancelOrder(request.params.id, request.operatorActor!, request.body.remarks),
    });
    app.post('/orders/:id/retry', { schema: schemas.retry, config: order }, async (request) =>
      deps.orders.retryOrder(request.params.id, request.operatorActor!),
    );
  };
}
