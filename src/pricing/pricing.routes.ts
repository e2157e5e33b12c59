import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { ApiError, errors } from '../http/errors.ts';
import { decimalPathId } from '../http/path-id.ts';
import { requireFeature } from '../http/require-feature.ts';
import { CHARGES_VALIDATION_MESSAGE, schemas } from './pricing.schemas.ts';
import { CHARGES_FAILURE, type ClientQuotes } from './quote.service.ts';

export interface PricingRoutesDeps {
  quotes: ClientQuotes;
  /** The charges/availability class (api.md 1.9, `RATE_LIMIT_QUOTES`): one bucket per client, shared with availability. */
  quoteRateLimit: onRequestHookHandler;
}

/**
 * POST /api/v1/products/:id/charges (api.md 4.4). Like availability: authenticate, rate limit,
 * `vouchers` feature (products are the voucher catalog), then the path id, then the body.
 */
export function pricingRoutes(deps: PricingRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
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
          if (error instanceof ApiError) throw error;
          // The cause goes to the server log with the 500; the caller sees only the message.
          throw Object.assign(errors.internal(CHARGES_FAILURE), { cause: error });
        }
      },
    });
  };
}
