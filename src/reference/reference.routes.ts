import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import { requireFeature } from '../http/require-feature.ts';
import { sendCached } from './http-helpers.ts';
import type { ReferenceKind, ReferenceService } from './reference.service.ts';
import { schemas } from './reference.schemas.ts';

export interface ReferenceRoutesDeps {
  reference: ReferenceService;
  /** The "every GET" rate limit (api.md 1.9), keyed by client: runs after authentication. */
  readRateLimit: onRequestHookHandler;
}

/** Categories and subcategories belong to the voucher catalog (api.md 3). */
const requireVouchers = requireFeature('vouchers');

const ROUTES: { kind: ReferenceKind; paramsMessage: string; gated: boolean }[] = [
  { kind: 'countries', paramsMessage: 'Invalid country ID', gated: false },
  { kind: 'currencies', paramsMessage: 'Invalid currency ID', gated: false },
  { kind: 'categories', paramsMessage: 'Invalid category ID', gated: true },
  { kind: 'subcategories', paramsMessage: 'Invalid subcategory ID', gated: true },
];

/**
 * GET /api/v1/{countries,currencies,categories,subcategories}[/:id] (api.md 3): the whole
 * list, never paginated, from the in-process snapshot, with ETag and Cache-Control.
 * Hooks in order: authenticate, rate limit, feature gate; then the id is validated.
 */
export function referenceRoutes(deps: ReferenceRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    for (const { kind, paramsMessage, gated } of ROUTES) {
      const onRequest = [app.authenticate, deps.readRateLimit, ...(gated ? [requireVouchers] : [])];
      app.get(`/${kind}`, {
        schema: schemas[kind].list,
        onRequest,
        handler: async (request, reply) => sendCached(request, reply, await deps.reference.list(kind)),
      });
      app.get(`/${kind}/:id`, {
        schema: schemas[kind].show,
        config: { paramsMessage },
        onRequest,
        preValidation: decimalPathId,
        handler: async (request, reply) => sendCached(request, reply, await deps.reference.get(kind, request.params.id)),
      });
    }
  };
}
