import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { onRequestHookHandler } from 'fastify';
import { scopeOf } from '../auth/client-scope.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { decimalPathId } from '../http/path-id.ts';
import type { ClientWallets } from './wallets.service.ts';
import { readTransactionList, readWalletList, schemas } from './wallets.schemas.ts';

export interface WalletRoutesDeps {
  wallets: ClientWallets;
  /** The "every GET" rate limit (api.md 1.9), keyed by client: runs after authentication. */
  readRateLimit: onRequestHookHandler;
}

/**
 * GET /api/v1/wallets[/:id] and /api/v1/transactions[/:id] (api.md 5.1–5.2): the client's own
 * wallets and transactions only; anything else is 404, never 403.
 */
export function walletRoutes(deps: WalletRoutesDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const onRequest = [app.authenticate, deps.readRateLimit];

    app.get('/wallets', { schema: schemas.wallets.list, onRequest }, async (request, reply) => {
      const { filter, page } = readWalletList(request.query);
      const { items, meta } = await deps.wallets.listClientWallets(scopeOf(request), filter, page);
      setPageHeaders(reply, meta);
      return items;
    });
    app.get('/wallets/:id', {
      schema: schemas.wallets.show,
      config: { paramsMessage: 'Invalid wallet ID' },
      onRequest,
      preValidation: decimalPathId,
      handler: async (request) => deps.wallets.getClientWallet(scopeOf(request), request.params.id),
    });

    app.get('/transactions', { schema: schemas.transactions.list, onRequest }, async (request, reply) => {
      const scope = scopeOf(request);
      const { filter, request: page, cursor } = readTransactionList(request.query, scope.clientId);
      const { items, meta } = await deps.wallets.listClientTransactions(scope, filter, page);
      setPageHeaders(reply, meta, cursor);
      return items;
    });
    app.get('/transactions/:id', {
      schema: schemas.transactions.show,
      config: { paramsMessage: 'Invalid transaction ID' },
      onRequest,
      preValidation: decimalPathId,
      handler: async (request) => deps.wallets.getClientTransaction(scopeOf(request), request.params.id),
    });
  };
}
