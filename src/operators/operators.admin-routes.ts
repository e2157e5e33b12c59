import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { RateLimits } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../shared/dates.ts';
import { decimalPathId } from '../http/path-id.ts';
import type { OperatorRecord, OperatorsService } from './operators.service.ts';
import { schemas } from './operators.schemas.ts';
import { withSummary } from '../http/schemas.ts';

export function operatorView(operator: OperatorRecord) {
  return { ...operator, created_at: toRfc3339(operator.created_at), updated_at: toRfc3339(operator.updated_at) };
}

const ONE_MINUTE = 60_000;

/**
 * /admin/v1/auth/{login,logout} — operator sessions — and /admin/v1/operators — operator
 * accounts (operator.md 1). Every write is audit-logged as `operator:<name>`.
 */
export function operatorsAdminRoutes(deps: {
  operators: OperatorsService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
  rateLimits: RateLimits;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    const service = (request: FastifyRequest) => deps.operators.as(request.operatorActor!);

    // Login: limited per source IP (the route limiter) and per username (checked here).
    const checkUsername = app.createRateLimit({
      max: deps.rateLimits.login,
      timeWindow: ONE_MINUTE,
      keyGenerator: (request) => `admin-login-user:${(request.body as { username: string }).username}`,
    });
    app.post('/auth/login', {
      schema: schemas.login,
      preHandler: async (request) => {
        const result = await checkUsername(request);
        if (!result.isAllowed && result.isExceeded) throw errors.tooManyRequests(Math.max(1, result.ttlInSeconds));
      },
      config: {
        validationMessage: 'Username and password are required',
        rateLimit: { max: deps.rateLimits.login, timeWindow: ONE_MINUTE, keyGenerator: (r) => `admin-login-ip:${r.ip}` },
      },
      handler: async (request) => {
        const token = await deps.operators.login(request.body.username, request.body.password, request.ip);
        return {
          success: true as const,
          data: { access_token: token.access_token, access_expires_at: toRfc3339(token.access_expires_at) },
        };
      },
    });

    // Logout takes no body; whatever is sent is read and dropped (like the client logout).
    await app.register(async (logoutScope) => {
      logoutScope.removeAllContentTypeParsers();
      logoutScope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => done(null, undefined));
      logoutScope.post('/auth/logout', { schema: schemas.logout, onRequest: deps.authenticateOperator }, async (request) => {
        if (request.operatorId === null) {
          throw errors.badRequest('Only operator accounts log out; a static admin token cannot be revoked');
        }
        await service(request).logout(request.operatorId);
        return { success: true as const, data: { message: 'Successfully logged out' } };
      });
    });

    const accountRoutes: FastifyPluginAsyncTypebox = async (accounts) => {
      accounts.addHook('onRequest', deps.authenticateOperator);
      accounts.addHook('preValidation', decimalPathId);
      const config = { paramsMessage: 'Invalid operator ID' };

      accounts.get('/operators', { schema: schemas.list }, async (request) => (await service(request).listOperators()).map(operatorView));
      accounts.post('/operators', { schema: schemas.create }, async (request, reply) =>
        reply.code(201).send(await service(request).createOperator({ username: request.body.username })),
      );
      accounts.post('/operators/:id/activate', { schema: withSummary(schemas.change, 'Activate an operator account'), config }, async (request) =>
        operatorView(await service(request).setActive(request.params.id, true)),
      );
      accounts.post(
        '/operators/:id/deactivate',
        { schema: withSummary(schemas.change, 'Deactivate an operator account (its tokens stop working at once)'), config },
        async (request) => operatorView(await service(request).setActive(request.params.id, false)),
      );
      accounts.post('/operators/:id/rotate-password', { schema: schemas.rotate, config }, async (request) =>
        service(request).rotatePassword(request.params.id),
      );
    };
    await app.register(accountRoutes);
  };
}
