import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';

/**
 * onRequest hook (after `authenticate`): the client must have the feature, else
 * `400 INVALID_FEATURE` (api.md 1.5).
 */
export function requireFeature(feature: string) {
  return async function featureGate(request: FastifyRequest): Promise<void> {
    if (!request.client?.features.has(feature)) throw errors.invalidFeature();
  };
}
