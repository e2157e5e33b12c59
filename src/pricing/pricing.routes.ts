import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, onRequestHookHandler } from 'fastify';
import { scopeOf, type ClientScope } from '../auth/client-scope.ts';
import { DomainError, errors } from '../shared/errors.ts';
import { decimalPathId } from '../http/path-id.ts';
import { requireFeature } from '../http/require-feature.ts';
import { CHARGES_VALIDATION_MESSAGE, schemas } from './pricing.schemas.ts';
import { AVAILABILITY_FAILURE, CHARGES_FAILURE, type OrderLineInput, type ClientQuotes } from './quote.service.ts';

export interface PricingRoutesDeps {
  quotes: ClientQuotes;
  /** The charges/availability class (api.md 1.9, `RATE_LIMIT_QUOTES`): one bucket per client, shared with availability. */
  quoteRateLimit: onRequestHookHandler;
}

/** Availability (api.md 4.3): a line the quote refuses gets the quote's error; anything else unexpected is a 500. */
async function availability(deps: PricingRoutesDeps, scope: ClientScope, productId: number, line: OrderLineInput, reply: FastifyReply) {
  let available: boolean;
  try {
    available = await deps.quotes.availability(scope, productId, line);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw Object.assign(errors.internal(AVAILABILITY_FAILURE), { cause: error });
  }
  reply.header('cache-control', 'no-store');
  return { is_available: available };
}

/**
 * POST|GET /api/v1/products/:id/availability and POST /api/v1/products/:id/charges (api.md
 * 4.3–4.4): authenticate, rate limit, `vouchers` feature (products are the voucher catalog), then
 * the path id, then the body.
 */
export function pricingRoutes(deps: PricingRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const quote = [app.authenticate, deps.quoteRateLimit, requireFeature('vouchers')];
    const product = { paramsMessage: 'Invalid product ID' };

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

    app.post('/products/:id/charges', {
      schema: schemas.charges,
      config: { paramsMessage: 'Invalid product ID', validationMessage: CHARGES_VALIDATION_MESSAGE },
      onRequest: [app.authenticate, deps.quoteRateLimit, requireFeature('vouchers')],
      preValidation: decimalPathId,
      handler: async (request, reply) => {
        const { denomination, quantity, wallet_id } = request.body;
        try {
          const quote = await deps.quotes.quote(scopeOf(request), request.params.id, {
            denomination,
            quantity,
            walletId: wallet_id ?? null,
          });
          reply.header('cache-control', 'no-store');
          return quote.view;
        } catch (error) {
          if (error instanceof DomainError) throw error;
          // The cause goes to the server log with the 500; the caller sees only the message.
          throw Object.assign(errors.internal(CHARGES_FAILURE), { cause: error });
        }
      },
    });
  };
}
