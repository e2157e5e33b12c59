import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { errors } from '../shared/errors.ts';

/**
 * onRequest hook (after `authenticate`): the client must have the feature, else
 * `400 INVALID_FEATURE` (api.md 1.5). Callback style: no promise on every request.
 */
export function requireFeature(feature: string) {
  return function featureGate(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
    done(request.client?.features.has(feature) ? undefined : errors.invalidFeature());
  };
}
