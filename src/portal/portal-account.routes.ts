import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { scopeOf } from '../auth/client-scope.ts';
import { auditEntryView } from '../audit/audit.admin-routes.ts';
import { parsePageRequest, setPageHeaders } from '../http/pagination.ts';
import { invalidQuery, present, queryId } from '../http/query-params.ts';
import { readTransactionList, readWalletList } from '../ledger/wallets.schemas.ts';
import type { ClientWallets } from '../ledger/wallets.service.ts';
import { readOrderList } from '../orders/orders.schemas.ts';
import type { PortalOrders } from '../orders/orders.service.ts';
import type { PortalAccountService } from './portal-account.service.ts';
import { schemas } from './portal-account.schemas.ts';
import { portalSessionOf } from './portal-auth.ts';
import type { PortalRouteKit } from './portal-route-kit.ts';

/**
 * The client's data as its users read it in the portal, through the same client-scoped services
 * as the client API (another client's id answers 404, as there): wallets, transactions, orders
 * (never with their codes) and their timelines, the codes of one order after the password again, and the portal's
 * audit trail of the client.
 */
export function accountRoutes(
  deps: { wallets: ClientWallets; orders: PortalOrders; account: PortalAccountService },
  kit: PortalRouteKit,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/wallets', { schema: schemas.wallets, config: { permission: 'wallets.read' } }, async (request, reply) => {
      const { filter, page } = readWalletList(request.query);
      const { items, meta } = await deps.wallets.listClientWallets(scopeOf(request), filter, page);
      setPageHeaders(reply, meta);
      return items;
    });
    app.get('/transactions', { schema: schemas.transactions, config: { permission: 'transactions.read' } }, async (request, reply) => {
      const scope = scopeOf(request);
      const { filter, request: page, cursor } = readTransactionList(request.query, scope.clientId);
      const line = queryId(request.query.line);
      // A line's page is found as a cursor reads on: not with a page or a cursor, nor a sort no cursor reads.
      if (line !== undefined && (present(request.query.page) || page.after !== undefined || !cursor.cursorFields.includes(page.sort.field))) {
        throw invalidQuery();
      }
      const { items, meta } = await deps.wallets.listClientTransactions(scope, filter, page, line);
      setPageHeaders(reply, meta, cursor);
      return items;
    });
    app.get('/spend', { schema: schemas.spend, config: { permission: 'transactions.read' } }, async (request) =>
      deps.account.spendThisMonth(scopeOf(request)),
    );
    app.get('/orders', { schema: schemas.orders, config: { permission: 'orders.read' } }, async (request, reply) => {
      const scope = scopeOf(request);
      const { filter, request: page, cursor } = readOrderList(request.query, scope.clientId);
      const { items, meta } = await deps.orders.listClientOrders(scope, filter, page);
      setPageHeaders(reply, meta, cursor);
      return items;
    });
    app.get('/orders/:id', { schema: schemas.order, config: { permission: 'orders.read', paramsMessage: 'Invalid order ID' } }, async (request) =>
      deps.orders.getClientOrderSummary(scopeOf(request), request.params.id),
    );

    app.get(
      '/orders/:id/timeline',
      { schema: schemas.timeline, config: { permission: 'orders.read', paramsMessage: 'Invalid order ID' } },
      async (request) => deps.orders.getClientOrderTimeline(scopeOf(request), request.params.id),
    );

    const revealLimit = kit.limitPer('portal-reveal-user', (request) => String(portalSessionOf(request).userId));
    app.post(
      '/orders/:id/reveal',
      {
        schema: schemas.reveal,
        config: { permission: 'codes.reveal', paramsMessage: 'Invalid order ID', validationMessage: 'password is required' },
        preHandler: revealLimit,
      },
      async (request, reply) => {
        const session = portalSessionOf(request);
        const by = { userId: session.userId, actor: `client_user:${session.userId}`, email: session.email };
        const revealed = await deps.account.revealCodes(scopeOf(request), by, request.params.id, request.body.password);
        kit.noStore(reply);
        return revealed;
      },
    );

    app.get('/audit', { schema: schemas.audit, config: { permission: 'audit.read' } }, async (request, reply) => {
      const { items, meta } = await deps.account.auditTrail(scopeOf(request), parsePageRequest(request.query));
      setPageHeaders(reply, meta);
      return items.map(auditEntryView);
    });
  };
}
