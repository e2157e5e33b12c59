import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, onRequestHookHandler } from 'fastify';
import { scopeOf, type ClientScope } from '../auth/client-scope.ts';
import { ApiError, errors } from '../http/errors.ts';
import { parseListRequest, setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import { requireFeature } from '../http/require-feature.ts';
import { DEFAULT_PRODUCT_SORT, PRODUCT_SORT_FIELDS, type ProductFilter } from './catalog.model.ts';
import { AVAILABILITY_FAILURE, type ClientQuotes, type OrderLineInput } from '../pricing/quote.service.ts';
import type { ClientCatalog } from './catalog.service.ts';
import { schemas } from './catalog.schemas.ts';

export interface CatalogRoutesDeps {
  catalog: ClientCatalog;
  /** Availability checks an order line with the quote's rules (`QuoteService.availability`). */
  quotes: ClientQuotes;
  /** The "every GET" rate limit (api.md 1.9), keyed by client: runs after authentication. */
  readRateLimit: onRequestHookHandler;
  /** The charges/availability class (api.md 1.9, `RATE_LIMIT_QUOTES`), keyed by client. */
  quoteRateLimit: onRequestHookHandler;
}

/**
 * Product lists and objects change with operator writes and per-client pricing: a client may
 * keep them but must revalidate (there is no validator yet, so that means fetch again).
 */
const PRODUCT_CACHE_CONTROL = 'private, no-cache';

const json = (reply: FastifyReply, body: string) => reply.type('application/json; charset=utf-8').send(body);

/** Empty text filters (`category=`) count as absent. */
const textFilter = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

function idFilter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw errors.badRequest('Invalid query parameters');
  return id;
}

/** Availability (api.md 4.3): a line the quote refuses gets the quote's error; anything else unexpected is a 500. */
async function availability(deps: CatalogRoutesDeps, scope: ClientScope, productId: number, line: OrderLineInput, reply: FastifyReply) {
  let available: boolean;
  try {
    available = await deps.quotes.availability(scope, productId, line);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw Object.assign(errors.internal(AVAILABILITY_FAILURE), { cause: error });
  }
  reply.header('cache-control', 'no-store');
  return { is_available: available };
}

/**
 * GET /api/v1/products, GET /api/v1/products/:id, POST|GET /api/v1/products/:id/availability
 * (api.md 4.1–4.3). Hooks in order: authenticate, rate limit, `vouchers` feature; then the id.
 */
export function catalogRoutes(deps: CatalogRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const vouchers = requireFeature('vouchers');
    const read = [app.authenticate, deps.readRateLimit, vouchers];
    const quote = [app.authenticate, deps.quoteRateLimit, vouchers];
    const product = { paramsMessage: 'Invalid product ID' };

    app.get('/products', {
      schema: schemas.list,
      onRequest: read,
      handler: async (request, reply) => {
        const query = request.query;
        const list = parseListRequest(query, { sortFields: PRODUCT_SORT_FIELDS, defaultSort: DEFAULT_PRODUCT_SORT });
        const filter: ProductFilter = {
          category: textFilter(query.category),
          subCategory: textFilter(query.sub_category),
          countryId: idFilter(query.country_id),
          currencyId: idFilter(query.currency_id),
          search: textFilter(query.search),
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

    app.post('/products/:id/availability', {
      schema: schemas.availability,
      config: { ...product, validationMessage: 'denomination must be a number greater than 0 and quantity an integer greater than 0' },
      onRequest: quote,
      preValidation: decimalPathId,
      handler: async (request, reply) => {
        const { denomination, quantity } = request.body;
        return availability(deps, scopeOf(request), request.params.id, { denomination, quantity }, reply);
      },
    });

    app.get('/products/:id/availability', {
      schema: schemas.availabilityQuery,
      config: product,
      onRequest: quote,
      preValidation: decimalPathId,
      handler: async (request, reply) => {
        const { denomination, quantity } = request.query;
        return availability(deps, scopeOf(request), request.params.id, { denomination, quantity }, reply);
      },
    });
  };
}
