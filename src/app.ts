import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type onRequestHookHandler,
  type preHandlerHookHandler,
  type RouteOptions,
} from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Container } from './container.ts';
import { errors } from './shared/errors.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { registerRequestContext, requestIdFrom } from './http/request-context.ts';
import { limitConnectionsPerAddress } from './http/connection-limit.ts';
import { onClientError, onFrameworkError } from './http/framework-errors.ts';
import { registerCompression } from './http/compression.ts';
import { registerJsonBodyParser } from './http/json-body.ts';
import { requestLoggerFactory } from './http/request-logger.ts';
import { registerStorableTextGuard } from './http/storable-text.ts';
import { registerOptionalBodies } from './http/optional-bodies.ts';
import { registerStrictBodies } from './http/strict-bodies.ts';
import { ErrorResponse } from './http/schemas.ts';
import { registerApiDocs } from './http/openapi/docs.routes.ts';
import { registerWebApp } from './http/web-app.ts';
import { createSerializerFactory, createValidatorCompiler } from './http/validation.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { createAuthenticate, type Authenticate } from './auth/authenticate.ts';
import type { ClientRateLimitClass } from './auth/client-rate-limits.ts';
import { createOperatorAuthenticate } from './operators/operator-auth.ts';
import { operatorsAdminRoutes } from './operators/operators.admin-routes.ts';
import { catalogAdminRoutes } from './catalog/catalog.admin-routes.ts';
import { catalogRoutes } from './catalog/catalog.routes.ts';
import { pricingRoutes } from './pricing/pricing.routes.ts';
import { orderRoutes } from './orders/orders.routes.ts';
import { ordersAdminRoutes } from './orders/orders.admin-routes.ts';
import { pricingAdminRoutes } from './pricing/pricing.admin-routes.ts';
import { clientsAdminRoutes } from './clients/clients.admin-routes.ts';
import { credentialsAdminRoutes } from './clients/credentials.admin-routes.ts';
import { topUpAdminRoutes } from './clients/top-up.admin-routes.ts';
import { referenceAdminRoutes } from './reference/reference.admin-routes.ts';
import { referenceRoutes } from './reference/reference.routes.ts';
import { ledgerAdminRoutes } from './ledger/ledger.admin-routes.ts';
import { inventoryAdminRoutes } from './inventory/inventory.admin-routes.ts';
import { walletRoutes } from './ledger/wallets.routes.ts';
import { statusRoutes } from './status/status.routes.ts';
import { redeliveryRoutes, webhookRoutes } from './webhooks/webhooks.routes.ts';
import { webhooksAdminRoutes } from './webhooks/webhooks.admin-routes.ts';
import { eventRoutes } from './events/events.routes.ts';
import { demoAdminRoutes } from './demo/demo.admin-routes.ts';
import { auditAdminRoutes } from './audit/audit.admin-routes.ts';
import { overviewAdminRoutes } from './overview/overview.admin-routes.ts';
import { clientSummaryAdminRoutes } from './client-summary/client-summary.admin-routes.ts';
import { lookupAdminRoutes } from './lookup/lookup.admin-routes.ts';
import { supplierAdminRoutes } from './suppliers/health.admin-routes.ts';
import { portalRoutes } from './portal/portal.routes.ts';
import { lowBalanceAdminRoutes } from './low-balance/low-balance.admin-routes.ts';
import { clientUsersAdminRoutes } from './portal/client-users.admin-routes.ts';
import { VERSION } from './version.ts';

export interface AppOptions {
  logger: FastifyBaseLogger;
  /** Told of every route as it is registered (an `onRoute` hook added before any route): tests read the route table. */
  onRoute?: (route: RouteOptions) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for client routes: access token, revocation, IP allowlist (api.md 1.2–1.3). */
    authenticate: Authenticate;
  }
}

export interface App extends FastifyInstance {
  /** Stops taking requests (503) ahead of close(). */
  beginShutdown(): void;
}

type AppInstance = Awaited<ReturnType<typeof createApp>>;

/** Fastify with what every route relies on: validation, JSON bodies, request ids, the error envelope, rate limiting. */
async function createApp(container: Container, options: AppOptions, isClosing: () => boolean) {
  const { config } = container;
  const app = Fastify({
    loggerInstance: options.logger,
    childLoggerFactory: requestLoggerFactory,
    genReqId: requestIdFrom,
    bodyLimit: config.bodyLimitBytes,
    // Connections that send nothing (or too slowly) are closed (README, Configuration): Node checks
    // the headers and request timeouts every connectionsCheckingInterval (30 s by default).
    http: {
      headersTimeout: config.connections.headersTimeoutMs,
      requestTimeout: config.connections.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.connections.headersTimeoutMs),
      // An HTTP/1.1 request without Host is refused with the envelope (request-context.ts), not Node's empty 400.
      requireHostHeader: false,
    },
    requestTimeout: config.connections.requestTimeoutMs,
    keepAliveTimeout: config.connections.keepAliveTimeoutMs,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Path ids are judged by their route (`Invalid product ID`), not cut off by the router.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 8192 },
    frameworkErrors: onFrameworkError,
    clientErrorHandler: onClientError,
    schemaController: { compilersFactory: { buildSerializer: createSerializerFactory() } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  limitConnectionsPerAddress(app.server, config.connections.maxPerAddress, app.log);

  app.setValidatorCompiler(createValidatorCompiler());
  // JSON only: any other body type is 415 (api.md 1.5).
  app.removeContentTypeParser(['text/plain']);
  registerJsonBodyParser(app);
  registerStrictBodies(app);
  registerOptionalBodies(app);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.decorateRequest('client', null);
  app.decorateRequest('clientScope', null);
  app.decorateRequest('operator', null);
  app.decorateRequest('operatorId', null);
  app.decorateRequest('operatorActor', null);
  app.decorateRequest('consoleSession', null);
  app.decorateRequest('portalSession', null);
  app.addSchema(ErrorResponse);
  registerErrorHandling(app);
  registerRequestContext(app, isClosing);
  registerCompression(app);
  registerStorableTextGuard(app);

  await app.register(rateLimit, {
    global: false,
    enableDraftSpec: true,
    ...(container.redis ? { redis: container.redis, nameSpace: 'popup-store-rl:' } : {}),
    errorResponseBuilder: (_request, context) => errors.tooManyRequests(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
  return app;
}

function withShutdown(app: AppInstance, begin: () => void): App {
  return Object.assign(app, { beginShutdown: begin }) as unknown as App;
}

/**
 * The app without the client API and the API docs: what the CLI calls in-process (`app.inject`)
 * when no server holds the store. The admin routes are the same as the server's.
 */
export async function buildAdminApp(container: Container, options: AppOptions): Promise<App> {
  let closing = false;
  const app = await createApp(container, options, () => closing);
  await registerAdminRoutes(app, container);
  return withShutdown(app, () => (closing = true));
}

export async function buildApp(container: Container, options: AppOptions): Promise<App> {
  const { config } = container;
  let closing = false;
  const app = await createApp(container, options, () => closing);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'The Popup Reward Store API', version: VERSION },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          operatorAuth: { type: 'http', scheme: 'bearer' },
          portalSession: { type: 'apiKey', in: 'cookie', name: 'prs_portal' },
        },
      },
    },
  });
  await registerApiDocs(app);
  registerWebApp(app, 'console');
  registerWebApp(app, 'portal');

  const authenticate = createAuthenticate(container.signer, container.authCache);
  app.decorate('authenticate', authenticate);
  const startedAt = Date.now();
  await app.register(statusRoutes({ version: VERSION, startedAt, pingDatabase: () => container.database.ping() }));
  await app.register(authRoutes({ auth: container.auth, authenticate, rateLimits: config.rateLimits }));
  // The client's own limit of a class (clients.rate_limit_*, set by the operator), else the configured
  // one: read from the client's cached auth state, so it costs no database round trip and every
  // process applies a change as soon as the bus drops the client's entry.
  const clientLimit = (limitClass: ClientRateLimitClass) => (request: FastifyRequest) =>
    request.client?.rateLimits[limitClass] ?? config.rateLimits[limitClass];
  // "every GET" (api.md 1.9): one bucket per client, shared by the client GET routes given it;
  // used as an onRequest hook after `authenticate`, so the client is known.
  const readRateLimit = app.rateLimit({
    max: clientLimit('read'),
    timeWindow: 60_000,
    keyGenerator: (request) => (request.client ? `read:client:${request.client.clientId}` : `read-ip:${request.ip}`),
  }) as onRequestHookHandler;
  await app.register(referenceRoutes({ reference: container.reference, readRateLimit }), { prefix: '/api/v1' });
  await app.register(walletRoutes({ wallets: container.wallets, readRateLimit }), { prefix: '/api/v1' });
  // `POST …/charges`, `…/availability` (api.md 1.9): one bucket per client for the quote class.
  const quoteRateLimit = app.rateLimit({
    max: clientLimit('quotes'),
    timeWindow: 60_000,
    keyGenerator: (request) => (request.client ? `quote:client:${request.client.clientId}` : `quote-ip:${request.ip}`),
  }) as onRequestHookHandler;
  await app.register(catalogRoutes({ catalog: container.catalog, readRateLimit }), { prefix: '/api/v1' });
  await app.register(pricingRoutes({ quotes: container.quotes, quoteRateLimit }), { prefix: '/api/v1' });
  // `POST /api/v1/orders` (api.md 1.9): one bucket per client.
  const orderRateLimit = app.rateLimit({
    max: clientLimit('orders'),
    timeWindow: 60_000,
    keyGenerator: (request) => (request.client ? `order:client:${request.client.clientId}` : `order-ip:${request.ip}`),
  }) as onRequestHookHandler;
  await app.register(orderRoutes({ orders: container.orders, orderRateLimit, readRateLimit }), { prefix: '/api/v1' });
  // Webhook writes, test pings and redeliveries: RATE_LIMIT_ORDERS per minute, in a bucket of their own.
  const webhookWriteRateLimit = app.rateLimit({
    max: clientLimit('orders'),
    timeWindow: 60_000,
    // The portal's webhook routes share the bucket: their client is the session's (request.clientScope).
    keyGenerator: (request) => {
      const clientId = request.client?.clientId ?? request.clientScope?.clientId;
      return clientId ? `webhook:client:${clientId}` : `webhook-ip:${request.ip}`;
    },
  }) as onRequestHookHandler;
  await app.register(webhookRoutes({ webhooks: container.webhooks, readRateLimit, writeRateLimit: webhookWriteRateLimit }), { prefix: '/api/v1' });
  await app.register(eventRoutes({ events: container.events, readRateLimit }), { prefix: '/api/v1' });
  await app.register(redeliveryRoutes({ webhooks: container.webhooks, writeRateLimit: webhookWriteRateLimit }), { prefix: '/api/v1' });
  const portalDeps = {
    ...container.portal,
    wallets: container.wallets,
    orders: container.orders,
    rateLimits: config.rateLimits,
    db: container.database.db,
    webhooks: container.webhooks,
    events: container.events,
    lowBalance: container.lowBalance,
    webhookWriteRateLimit: webhookWriteRateLimit as preHandlerHookHandler,
    credentials: container.credentials,
    allowlist: container.allowlist,
    topUp: container.topUp,
  };
  await app.register(portalRoutes(portalDeps), {
    prefix: '/portal/v1',
  });
  await registerAdminRoutes(app, container);
  return withShutdown(app, () => (closing = true));
}

/** Every /admin/v1 route (operator-auth.ts opens them); the CLI reaches the store through these. */
async function registerAdminRoutes(app: AppInstance, container: Container): Promise<void> {
  const { config } = container;
  await app.register(
    webhooksAdminRoutes({ webhooks: container.webhooks, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(ordersAdminRoutes({ orders: container.orders, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }), {
    prefix: '/admin/v1',
  });
  await app.register(
    pricingAdminRoutes({ terms: container.clientTerms, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    operatorsAdminRoutes({
      operators: container.operators,
      sessions: container.consoleSessions,
      totp: container.totp,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
      rateLimits: config.rateLimits,
    }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    lowBalanceAdminRoutes({ lowBalance: container.lowBalance, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    clientUsersAdminRoutes({ users: container.portal.users, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    clientsAdminRoutes({
      clients: container.clients,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
      rateLimits: config.rateLimits,
    }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    credentialsAdminRoutes({ credentials: container.credentials, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(topUpAdminRoutes({ topUp: container.topUp, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }), {
    prefix: '/admin/v1',
  });
  await app.register(
    clientSummaryAdminRoutes({
      summaries: container.clientSummaries,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
      rateLimits: config.rateLimits,
    }),
    { prefix: '/admin/v1' },
  );
  await app.register(lookupAdminRoutes({ lookup: container.lookup, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }), {
    prefix: '/admin/v1',
  });
  await app.register(auditAdminRoutes({ audit: container.audit, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }), {
    prefix: '/admin/v1',
  });
  await app.register(
    overviewAdminRoutes({ overview: container.overview, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    {
      prefix: '/admin/v1',
    },
  );
  await app.register(
    supplierAdminRoutes({ suppliers: container.supplierHealth, authenticateOperator: createOperatorAuthenticate(container.operatorTokens) }),
    { prefix: '/admin/v1' },
  );
  await app.register(
    referenceAdminRoutes({
      reference: container.reference,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
    }),
    { prefix: '/admin/v1' },
  );

  await app.register(
    catalogAdminRoutes({
      catalog: container.catalog,
      reference: container.reference,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
    }),
    { prefix: '/admin/v1' },
  );

  await app.register(
    inventoryAdminRoutes({
      inventory: container.inventory,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
    }),
    { prefix: '/admin/v1' },
  );

  await app.register(
    ledgerAdminRoutes({
      wallets: container.wallets,
      fx: container.fx,
      ledger: container.ledger,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
    }),
    { prefix: '/admin/v1' },
  );

  await app.register(
    demoAdminRoutes({
      clients: container.clients,
      catalog: container.catalog,
      inventory: container.inventory,
      wallets: container.wallets,
      fx: container.fx,
      authenticateOperator: createOperatorAuthenticate(container.operatorTokens),
    }),
    { prefix: '/admin/v1' },
  );
}
