import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { RateLimits } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../shared/dates.ts';
import { decimalPathId } from '../http/path-id.ts';
import type { OperatorRecord, OperatorsService } from './operators.service.ts';
import { readOperatorList, schemas } from './operators.schemas.ts';
import { withSummary } from '../http/schemas.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { mapPage } from '../shared/pages.ts';
import type { ConsoleSessionsService } from './console-sessions.service.ts';
import { consoleSessionRoutes } from './console-sessions.admin-routes.ts';
import type { TotpService } from './totp.service.ts';

export function operatorView(operator: OperatorRecord) {
  return { ...operator, created_at: toRfc3339(operator.created_at), updated_at: toRfc3339(operator.updated_at) };
}

const ONE_MINUTE = 60_000;

/**
 * /admin/v1/auth/{login,logout} — operator tokens —, the console's sign-in (/admin/v1/auth/session,
 * sessions, totp: console-sessions.admin-routes.ts) and /admin/v1/operators — operator accounts.
 * Every write is audit-logged as `operator:<name>`.
 */
export function operatorsAdminRoutes(deps: {
  operators: OperatorsService;
  sessions: ConsoleSessionsService;
  totp: TotpService<OperatorRecord>;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
  rateLimits: RateLimits;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    const service = (request: FastifyRequest) => deps.operators.as(request.operatorActor!);

    // Login and console sign-in: limited per source IP (the route limiter, a bucket per route) and
    // per username (checked here, one bucket for both: alternating them gains no attempts).
    const checkUsername = app.createRateLimit({
      max: deps.rateLimits.login,
      timeWindow: ONE_MINUTE,
      keyGenerator: (request) => `admin-login-user:${(request.body as { username: string }).username}`,
    });
    const preHandler = async (request: FastifyRequest) => {
      const result = await checkUsername(request);
      if (!result.isAllowed && result.isExceeded) throw errors.tooManyRequests(Math.max(1, result.ttlInSeconds));
    };
    const ipRateLimit = (bucket: string) => ({
      max: deps.rateLimits.login,
      timeWindow: ONE_MINUTE,
      keyGenerator: (request: FastifyRequest) => `${bucket}:${request.ip}`,
    });
    app.post('/auth/login', {
      schema: schemas.login,
      preHandler,
      config: { validationMessage: 'Username and password are required', rateLimit: ipRateLimit('admin-login-ip') },
      handler: async (request) => {
        const userAgent = request.headers['user-agent'];
        const token = await deps.operators.login(request.body, { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null });
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

    await app.register(
      consoleSessionRoutes({
        sessions: deps.sessions,
        totp: deps.totp,
        authenticateOperator: deps.authenticateOperator,
        signInLimits: { preHandler, rateLimit: ipRateLimit('admin-session-ip') },
        // Confirming and disabling TOTP take a code too: as many tries per operator as a sign-in.
        codeRateLimit: app.rateLimit({
          max: deps.rateLimits.login,
          timeWindow: ONE_MINUTE,
          keyGenerator: (request) => `admin-totp-code:${request.operatorId ?? request.ip}`,
        }) as preHandlerAsyncHookHandler,
      }),
    );

    const accountRoutes: FastifyPluginAsyncTypebox = async (accounts) => {
      accounts.addHook('onRequest', deps.authenticateOperator);
      accounts.addHook('preValidation', decimalPathId);
      const config = { paramsMessage: 'Invalid operator ID' };

      accounts.get('/operators', { schema: schemas.list }, async (request, reply) => {
        const { filter, request: list } = readOperatorList(request.query);
        return sendOptionalPage(reply, mapPage(await service(request).listOperators(filter, list), operatorView));
      });
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
      accounts.post('/operators/:id/totp-reset', { schema: schemas.totpReset, config }, async (request) =>
        operatorView(await deps.totp.as(request.operatorActor!).reset(request.params.id)),
      );
    };
    await app.register(accountRoutes);
  };
}
