import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { RateLimits } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { decimalPathId } from '../http/path-id.ts';
import type { ClientWallets } from '../ledger/wallets.service.ts';
import type { PortalOrders } from '../orders/orders.service.ts';
import type { TotpService } from '../operators/totp.service.ts';
import type { ApiCredentialsService } from '../auth/api-credentials.service.ts';
import type { AllowlistEditor } from '../clients/allowlist-editor.ts';
import type { TopUpInstructionsService } from '../clients/top-up.service.ts';
import { normalizeEmail, type ClientUsersService } from './client-users.service.ts';
import type { PortalAccountService } from './portal-account.service.ts';
import { accountRoutes } from './portal-account.routes.ts';
import { developersRoutes } from './portal-developers.routes.ts';
import { topUpRoutes } from './portal-top-up.routes.ts';
import { createPortalAuthenticate } from './portal-auth.ts';
import type { PortalSessionsService } from './portal-sessions.service.ts';
import { portalRouteKit } from './portal-route-kit.ts';
import { schemas } from './portal-session.schemas.ts';
import { sessionRoutes } from './portal-session.routes.ts';
import { shopRoutes, type PortalShopDeps } from './portal-shop.routes.ts';
import { teamRoutes } from './portal-team.routes.ts';
import { webhookRoutes, type PortalWebhookDeps } from './portal-webhooks.routes.ts';
import { lowBalanceRoutes } from './portal-low-balance.routes.ts';
import type { LowBalanceAlerts } from '../low-balance/low-balance.service.ts';
import { contextOf, portalSessionView } from './portal-views.ts';

export interface PortalRoutesDeps extends PortalWebhookDeps {
  users: ClientUsersService;
  sessions: PortalSessionsService;
  totp: TotpService;
  account: PortalAccountService;
  wallets: ClientWallets;
  orders: PortalOrders;
  rateLimits: RateLimits;
  shop: PortalShopDeps;
  lowBalance: LowBalanceAlerts;
  credentials: ApiCredentialsService;
  allowlist: AllowlistEditor;
  topUp: TopUpInstructionsService;
}

const ONE_MINUTE = 60_000;

/**
 * The client portal's API under /portal/v1 (docs/portal.md): sign-in, invitations and password
 * resets, open to anyone and rate limited like the console's sign-in (RATE_LIMIT_LOGIN a minute
 * per address and per e-mail address); everything else behind the session cookie, its CSRF token
 * and the route's permission (portal-auth.ts). Every signed-in route names its permission in
 * `config.permission` (null: any signed-in user), else it fails to register.
 */
export function portalRoutes(deps: PortalRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const max = deps.rateLimits.login;
    const kit = portalRouteKit(app, max);
    const perAddress = (bucket: string) => ({ max, timeWindow: ONE_MINUTE, keyGenerator: (request: FastifyRequest) => `${bucket}:${request.ip}` });
    const emailOf = (request: FastifyRequest) => normalizeEmail((request.body as { email: string }).email);

    app.post('/session', {
      schema: schemas.signIn,
      preHandler: kit.limitPer('portal-sign-in-email', emailOf),
      config: { validationMessage: 'Email and password are required', rateLimit: perAddress('portal-sign-in-ip') },
      handler: async (request, reply) => {
        const { token, session } = await deps.sessions.signIn(request.body, contextOf(request));
        kit.setCookie(request, reply, token);
        kit.noStore(reply);
        return portalSessionView(session);
      },
    });
    app.post('/invitations/accept', {
      schema: schemas.acceptInvitation,
      config: { validationMessage: 'token and a password of 12 to 256 characters are required', rateLimit: perAddress('portal-accept-ip') },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const userId = await deps.users.acceptInvitation(request.body, context);
        const { token, session } = await deps.sessions.open(userId, context, { via: 'invitation' });
        kit.setCookie(request, reply, token);
        kit.noStore(reply);
        return portalSessionView(session);
      },
    });
    app.post('/password-reset', {
      schema: schemas.requestPasswordReset,
      preHandler: kit.limitPer('portal-reset-email', emailOf),
      config: { validationMessage: 'email is required', rateLimit: perAddress('portal-reset-ip') },
      handler: async (request, reply) => {
        await deps.users.requestPasswordReset(request.body.email, contextOf(request));
        return reply.code(202).send({ message: 'If the address is a user of the portal, a link to choose a new password is on its way' });
      },
    });
    app.post('/password-reset/confirm', {
      schema: schemas.confirmPasswordReset,
      config: { validationMessage: 'token and a password of 12 to 256 characters are required', rateLimit: perAddress('portal-reset-confirm-ip') },
      handler: async (request, reply) => {
        await deps.users.confirmPasswordReset(request.body, contextOf(request));
        return reply.code(204).send(null);
      },
    });

    // /portal/v1 itself, and any other GET under it, is an API address that does not exist, not a page of the portal's web app (served at /portal).
    const noSuchRoute = async () => {
      throw errors.notFound('Route not found');
    };
    app.get('/', { schema: { hide: true } }, noSuchRoute);
    app.get('/*', { schema: { hide: true } }, noSuchRoute);

    const signedIn: FastifyPluginAsyncTypebox = async (scope) => {
      scope.addHook('onRoute', (route) => {
        if (route.config?.permission === undefined)
          throw new Error(`${route.method} ${route.url}: a portal route names its permission (config.permission)`);
      });
      scope.addHook('onRequest', createPortalAuthenticate(deps.sessions));
      // Event ids are `evt_…`, checked by their routes (eventPathId); every other path id is an integer.
      scope.addHook('preValidation', async (request) => {
        if (!request.routeOptions.url?.startsWith('/portal/v1/events/')) await decimalPathId(request);
      });
      await scope.register(sessionRoutes(deps, kit));
      await scope.register(teamRoutes(deps));
      await scope.register(accountRoutes(deps, kit));
      await scope.register(shopRoutes(deps));
      await scope.register(webhookRoutes(deps, kit));
      await scope.register(lowBalanceRoutes(deps));
      await scope.register(developersRoutes(deps, kit));
      await scope.register(topUpRoutes(deps));
    };
    await app.register(signedIn);
  };
}
