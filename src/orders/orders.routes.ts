import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import { requireFeature } from '../http/require-feature.ts';
import { ORDER_VALIDATION_MESSAGE, readOrderList, schemas } from './orders.schemas.ts';
import type { ClientOrders } from './orders.service.ts';
import { idempotencyKeyHeader } from '../http/idempotency-header.ts';

export interface OrderRoutesDeps {
  orders: ClientOrders;
  /** `POST /api/v1/orders` class (api.md 1.9, RATE_LIMIT_ORDERS), keyed by client. */
  orderRateLimit: onRequestHookHandler;
  /** The "every GET" class, keyed by client. */
  readRateLimit: onRequestHookHandler;
}

/** POST/GET /api/v1/orders, GET /api/v1/orders/:id (api.md 6): the client's own orders only. */
export function orderRoutes(deps: OrderRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const vouchers = requireFeature('vouchers');

    app.post('/orders', {
      schema: schemas.create,
      config: { validationMessage: ORDER_VALIDATION_MESSAGE },
      onRequest: [app.authenticate, deps.orderRateLimit, vouchers],
      handler: async (request, reply) => {
        const result = await deps.orders.createOrder(scopeOf(request), request.body, idempotencyKeyHeader(request));
        reply.header('cache-control', 'no-store');
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        if (result.kind === 'error') throw result.error;
        return reply.code(201).send(result.order);
      },
    });

    app.get('/orders', { schema: schemas.list, onRequest: [app.authenticate, deps.readRateLimit, vouchers] }, async (request, reply) => {
      const scope = scopeOf(request);
      const { filter, request: page, cursor } = readOrderList(request.query, scope.clientId);
      const { items, meta } = await deps.orders.listClientOrders(scope, filter, page);
      setPageHeaders(reply, meta, cursor);
      return items;
    });

    app.get('/orders/:id', {
      schema: schemas.show,
      config: { paramsMessage: 'Invalid order ID' },
      onRequest: [app.authenticate, deps.readRateLimit, vouchers],
      preValidation: decimalPathId,
      handler: async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return deps.orders.getClientOrder(scopeOf(request), request.params.id);
      },
    });
  };
}
