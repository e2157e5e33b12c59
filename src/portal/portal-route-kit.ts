import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { errors } from '../shared/errors.ts';
import { setSessionCookie } from '../http/cookies.ts';
import { PORTAL_COOKIE } from './portal-sessions.service.ts';

const ONE_MINUTE = 60_000;

/** Helpers the portal's route files share. */
export interface PortalRouteKit {
  /** Sets (or, with null, clears) the session cookie: `__Host-prs_portal` over HTTPS, `prs_portal` with Path=/portal over HTTP. */
  setCookie(request: FastifyRequest, reply: FastifyReply, token: string | null): void;
  noStore(reply: FastifyReply): void;
  /** `max` a minute per key (a preHandler): the portal's guessable steps, per user or per e-mail address. */
  limitPer(bucket: string, key: (request: FastifyRequest) => string): preHandlerAsyncHookHandler;
}

export function portalRouteKit(app: FastifyInstance, max: number): PortalRouteKit {
  return {
    setCookie: (request, reply, token) => setSessionCookie(request, reply, PORTAL_COOKIE, token, '/portal'),
    noStore: (reply) => void reply.header('cache-control', 'no-store'),
    limitPer(bucket, key) {
      const check = app.createRateLimit({ max, timeWindow: ONE_MINUTE, keyGenerator: (request) => `${bucket}:${key(request)}` });
      return async (request) => {
        const result = await check(request);
        if (!result.isAllowed && result.isExceeded) throw errors.tooManyRequests(Math.max(1, result.ttlInSeconds));
      };
    },
  };
}
