import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { RateLimits } from '../config.ts';
import type { AuthService, TokenPair } from './auth.service.ts';
import type { Authenticate } from './authenticate.ts';
import { scopeOf } from './client-scope.ts';
import { loginSchema, logoutSchema, refreshSchema } from './auth.schemas.ts';

export interface AuthRoutesDeps {
  auth: AuthService;
  authenticate: Authenticate;
  rateLimits: RateLimits;
}

const ONE_MINUTE = 60_000;

function tokenPairResponse(pair: TokenPair) {
  return {
    success: true as const,
    data: {
      access_token: pair.access_token,
      refresh_token: pair.refresh_token,
      access_expires_at: toRfc3339(pair.access_expires_at),
      refresh_expires_at: toRfc3339(pair.refresh_expires_at),
      client_id: pair.client_id,
    },
  };
}

export function authRoutes(deps: AuthRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // The plugin runs one limiter per request, so the second (per username) is checked here.
    const checkUsername = app.createRateLimit({
      max: deps.rateLimits.login,
      timeWindow: ONE_MINUTE,
      keyGenerator: (request) => `login-user:${(request.body as { username: string }).username}`,
    });
    const perUsername = async (request: FastifyRequest) => {
      const result = await checkUsername(request);
      if (!result.isAllowed && result.isExceeded) throw errors.tooManyRequests(Math.max(1, result.ttlInSeconds));
    };

    app.post('/auth/login', {
      schema: loginSchema,
      preHandler: perUsername,
      config: {
        validationMessage: 'Username and password are required',
        rateLimit: { max: deps.rateLimits.login, timeWindow: ONE_MINUTE, keyGenerator: (r) => `login-ip:${r.ip}` },
      },
      handler: async (request) => tokenPairResponse(await deps.auth.login(request.body.username, request.body.password, request.ip)),
    });

    app.post('/auth/refresh', {
      schema: refreshSchema,
      config: {
        validationMessage: 'Refresh token is required',
        rateLimit: { max: deps.rateLimits.refresh, timeWindow: ONE_MINUTE, keyGenerator: (r) => `refresh-ip:${r.ip}` },
      },
      handler: async (request) => tokenPairResponse(await deps.auth.refresh(request.body.refresh_token, request.ip)),
    });

    // Logout takes no body; whatever is sent is read and dropped (api.md 2.3).
    await app.register(async (logoutScope) => {
      logoutScope.removeAllContentTypeParsers();
      logoutScope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => done(null, undefined));
      logoutScope.post('/auth/logout', {
        schema: logoutSchema,
        onRequest: deps.authenticate,
        config: {
          rateLimit: { max: deps.rateLimits.refresh, timeWindow: ONE_MINUTE, keyGenerator: (r) => `logout-ip:${r.ip}` },
        },
        handler: async (request) => {
          await deps.auth.logout(scopeOf(request));
          return { success: true as const, data: { message: 'Successfully logged out' } };
        },
      });
    });
  };
}
