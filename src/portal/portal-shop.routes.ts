import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { RateLimits } from '../config.ts';
import { scopeOf } from '../auth/client-scope.ts';
import type { ClientAuthCache } from '../auth/client-auth-cache.ts';
import type { CatalogView } from '../catalog/catalog.view.ts';
import { readProductListQuery } from '../catalog/catalog.routes.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { requireFeature } from '../http/require-feature.ts';
import type { OrdersService } from '../orders/orders.service.ts';
import { CHARGES_FAILURE, type ClientQuotes } from '../pricing/quote.service.ts';
import { DomainError, errors } from '../shared/errors.ts';
import { portalSessionOf } from './portal-auth.ts';
import { CHARGES_VALIDATION_MESSAGE, PORTAL_ORDER_VALIDATION_MESSAGE, schemas } from './portal-shop.schemas.ts';

/** What the portal's catalog pages use: the client API's own catalog view, quote and order services. */
export interface PortalShopDeps {
  catalog: Pick<CatalogView, 'listVisible' | 'getVisible' | 'filters'>;
  quotes: ClientQuotes;
  orders: Pick<OrdersService, 'createOrder'>;
  /** The client's features and rate limits, as the client API's authentication reads them. */
  clients: Pick<ClientAuthCache, 'get'>;
}

const ONE_MINUTE = 60_000;
const PRODUCT_CACHE_CONTROL = 'private, no-cache';

/** The catalog's serialised answers (the bytes the client API sends) go out as they are. */
const json = (reply: FastifyReply, body: string | Buffer) =>
  reply.header('cache-control', PRODUCT_CACHE_CONTROL).type('application/json; charset=utf-8').send(body);

/**
 * The catalog, quotes and orders of the portal (docs/portal.md): the products the session's client
 * may buy with its discounts and blacklist, a quote with FX and availability, and an order placed
 * with an Idempotency-Key — each through the service the client API uses, so the portal shows and
 * charges exactly what the API would. The client's state (its features and rate limits) is read
 * as the API's authentication reads it; the `vouchers` feature is required as on the API, and
 * quotes and orders count against the client's limits in buckets of the portal's own (a person in
 * the portal does not use up the integration's).
 */
export function shopRoutes(deps: { shop: PortalShopDeps; rateLimits: RateLimits }): FastifyPluginAsyncTypebox {
  return async (app) => {
    const { shop } = deps;
    /** After the portal's hook: the session's client as the client API knows it (`request.client`). */
    const clientState: onRequestHookHandler = async (request: FastifyRequest) => {
      const state = await shop.clients.get(scopeOf(request).clientId);
      if (!state?.active) throw errors.unauthorized();
      request.client = state;
    };
    const limit = (bucket: string, limitClass: 'quotes' | 'orders') =>
      app.rateLimit({
        max: (request) => request.client?.rateLimits[limitClass] ?? deps.rateLimits[limitClass],
        timeWindow: ONE_MINUTE,
        keyGenerator: (request) => `${bucket}:client:${scopeOf(request).clientId}`,
      }) as onRequestHookHandler;
    const vouchers = requireFeature('vouchers') as onRequestHookHandler;
    const read = [clientState, vouchers];
    const product = { permission: 'catalog.read' as const, paramsMessage: 'Invalid product ID' };

    app.get('/products', { schema: schemas.products, config: { permission: 'catalog.read' }, onRequest: read }, async (request, reply) => {
      const { body, meta } = await shop.catalog.listVisible(scopeOf(request), readProductListQuery(request.query));
      return json(setPageHeaders(reply, meta), body);
    });
    app.get('/products/filters', { schema: schemas.filters, config: { permission: 'catalog.read' }, onRequest: read }, async (request) =>
      shop.catalog.filters(scopeOf(request)),
    );
    app.get('/products/:id', { schema: schemas.product, config: product, onRequest: read }, async (request, reply) => {
      return json(reply, await shop.catalog.getVisible(scopeOf(request), request.params.id));
    });

    app.post(
      '/products/:id/quote',
      {
        schema: schemas.quote,
        config: { ...product, validationMessage: CHARGES_VALIDATION_MESSAGE },
        onRequest: [clientState, limit('portal-quote', 'quotes'), vouchers],
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const { denomination, quantity, wallet_id } = request.body;
        try {
          const quote = await shop.quotes.quote(scope, request.params.id, { denomination, quantity, walletId: wallet_id ?? null });
          const available = await shop.quotes.availability(scope, request.params.id, { denomination, quantity });
          reply.header('cache-control', 'no-store');
          return { charges: quote.view, is_available: available };
        } catch (error) {
          if (error instanceof DomainError) throw error;
          throw Object.assign(errors.internal(CHARGES_FAILURE), { cause: error });
        }
      },
    );

    app.post(
      '/orders',
      {
        schema: schemas.order,
        config: { permission: 'orders.create', validationMessage: PORTAL_ORDER_VALIDATION_MESSAGE },
        onRequest: [clientState, limit('portal-order', 'orders'), vouchers],
      },
      async (request, reply) => {
        const session = portalSessionOf(request);
        const placer = {
          actor: `client_user:${session.userId}`,
          audit: { action: 'portal.order.create', details: { user_id: session.userId, email: session.email } },
        };
        const result = await shop.orders.createOrder(scopeOf(request), request.body, request.headers['idempotency-key'], placer);
        reply.header('cache-control', 'no-store');
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        if (result.kind === 'error') throw result.error;
        const { vouchers: _codes, ...order } = result.order;
        return reply.code(201).send(order);
      },
    );
  };
}
