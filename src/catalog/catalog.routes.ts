import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, onRequestHookHandler } from 'fastify';
import type { Static } from 'typebox';
import { scopeOf } from '../auth/client-scope.ts';
import { parseListRequest, setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import { queryId, queryText } from '../http/query-params.ts';
import { requireFeature } from '../http/require-feature.ts';
import { DEFAULT_PRODUCT_SORT, PRODUCT_SORT_FIELDS, productListQuery, type ProductListQuery, type RenderedPage } from './catalog.model.ts';
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

const json = (reply: FastifyReply, body: string | Buffer) => reply.type('application/json; charset=utf-8').send(body);

type ListQueryString = Static<typeof schemas.list.querystring>;

/**
 * The product list's query read into a `ProductListQuery`, kept per URL (the last
 * LIST_QUERIES_KEPT URLs of at most MAX_KEPT_URL characters): most requests ask for the same
 * few pages, and reading the query was a measurable share of a list request. Only a query that
 * reads without error is kept; the same URL always reads the same.
 */
const LIST_QUERIES_KEPT = 1000;
const MAX_KEPT_URL = 256;

/** The product list's query (api.md 4.2) as the catalog reads it; the client portal's list reads it too. */
export const readProductListQuery = (query: ListQueryString): ProductListQuery =>
  productListQuery(parseListRequest(query, { sortFields: PRODUCT_SORT_FIELDS, defaultSort: DEFAULT_PRODUCT_SORT }), {
    category: queryText(query.category),
    subCategory: queryText(query.sub_category),
    countryId: queryId(query.country_id),
    currencyId: queryId(query.currency_id),
    search: queryText(query.search),
  });

function listQueryReader() {
  const kept = new Map<string, ProductListQuery>();
  const read = readProductListQuery;
  return (url: string, query: ListQueryString): ProductListQuery => {
    const found = kept.get(url);
    if (found) return found;
    const listQuery = read(query);
    if (url.length <= MAX_KEPT_URL) {
      if (kept.size >= LIST_QUERIES_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(url, listQuery);
    }
    return listQuery;
  };
}

/**
 * GET /api/v1/products, GET /api/v1/products/:id (api.md 4.1–4.2). Hooks in order: authenticate,
 * rate limit, `vouchers` feature; then the id.
 */
export function catalogRoutes(deps: CatalogRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const vouchers = requireFeature('vouchers');
    const read = [app.authenticate, deps.readRateLimit, vouchers];
    const readListQuery = listQueryReader();
    const product = { paramsMessage: 'Invalid product ID' };

    app.get('/products', {
      schema: schemas.list,
      onRequest: read,
      // Answered without a promise when the catalog and the client's pricing are in memory.
      handler: (request, reply) => {
        const scope = scopeOf(request);
        const query = readListQuery(request.url, request.query);
        const send = ({ body, meta }: RenderedPage) => {
          json(setPageHeaders(reply, meta).header('cache-control', PRODUCT_CACHE_CONTROL), body);
        };
        const page = deps.catalog.listVisibleNow(scope, query);
        if (!page) return deps.catalog.listVisible(scope, query).then(send);
        send(page);
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
