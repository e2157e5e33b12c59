import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { parseListRequest, setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import { queryId, queryText } from '../http/query-params.ts';
import { requireFeature } from '../http/require-feature.ts';
import { DEFAULT_PRODUCT_SORT, PRODUCT_SORT_FIELDS, type ProductFilter } from './catalog.model.ts';
import type { ClientCatalog } from './catalog.service.ts';
import { schemas } from './catalog.schemas.ts';

export interface CatalogRoutesDeps {
  catalog: ClientCatalog;
  /** The "every GET" rate limit (api.md 1.9), keyed by client: runs after authentication. */
  readRateLimit: onRequestHookHandler;
}

/**
 * Product lists and objects change with operator writes and per-client pricing: a client may
 * keep them but must revalidate (there is no validator yet, so that means fetch again).
 */
const PRODUCT_CACHE_CONTROL = 'private, no-cache';

const json = (reply: FastifyReply, body: string) => reply.type('application/json; charset=utf-8').send(body);

/**
 * GET /api/v1/products, GET /api/v1/products/:id (api.md 4.1–4.2). Hooks in order: authenticate,
 * rate limit, `vouchers` feature; then the id.
 */
export function catalogRoutes(deps: CatalogRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const vouchers = requireFeature('vouchers');
    const read = [app.authenticate, deps.readRateLimit, vouchers];
    const product = { paramsMessage: 'Invalid product ID' };

    app.get('/products', {
      schema: schemas.list,
      onRequest: read,
      handler: async (request, reply) => {
        const query = request.query;
        const list = parseListRequest(query, { sortFields: PRODUCT_SORT_FIELDS, defaultSort: DEFAULT_PRODUCT_SORT });
        const filter: ProductFilter = {
          category: queryText(query.category),
          subCategory: queryText(query.sub_category),
          countryId: queryId(query.country_id),
          currencyId: queryId(query.currency_id),
          search: queryText(query.search),
        };
        const { body, meta } = await deps.catalog.listVisible(scopeOf(request), list, filter);
        setPageHeaders(reply, meta).header('cache-control', PRODUCT_CACHE_CONTROL);
        return json(reply, body);
      },
    });

    app.get('/products/:id', {
      schema: schemas.show,
      config: product,
      onRequest: read,
      preValidation: decimalPathId,
      handler: async (request, reply) => {
        const body = await deps.catalog.getVisible(scopeOf(request), request.params.id);
        reply.header('cache-control', PRODUCT_CACHE_CONTROL);
        return json(reply, body);
      },
    });
  };
}
