import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import { queryId } from '../http/query-params.ts';
import type { FxService } from './fx.service.ts';
import type { LedgerService } from './ledger.service.ts';
import type { WalletsService } from './wallets.service.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { adminSchemas as schemas, readFxRateList } from './wallets.schemas.ts';
import { idempotencyKeyHeader } from '../http/idempotency-header.ts';

/**
 * /admin/v1/wallets, /admin/v1/fx-rates, /admin/v1/ledger/reconciliation — the operator's money
 * tools. Every write is a ledger transaction or an FX rate row, audit-logged in
 * the same database transaction.
 */
export function ledgerAdminRoutes(deps: {
  wallets: WalletsService;
  fx: FxService;
  ledger: LedgerService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const actor = (request: FastifyRequest) => request.operatorActor!;
    const wallets = (request: FastifyRequest) => deps.wallets.as(actor(request));
    const wallet = { paramsMessage: 'Invalid wallet ID' };

    app.post('/wallets', { schema: schemas.createWallet }, async (request, reply) => {
      return reply.code(201).send(await wallets(request).createWallet(request.body));
    });
    app.get('/wallets', { schema: schemas.listWallets }, async (request) =>
      wallets(request).listWallets({ clientId: queryId(request.query.client_id) }),
    );
    app.get('/wallets/:id', { schema: schemas.showWallet, config: wallet }, async (request) => wallets(request).getWallet(request.params.id));
    for (const direction of ['credit', 'debit'] as const) {
      app.post(`/wallets/:id/${direction}`, { schema: schemas.adjust, config: wallet }, async (request, reply) => {
        const key = idempotencyKeyHeader(request);
        const { transaction, replayed } = await wallets(request).adjustWallet(request.params.id, direction, request.body, key);
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.code(201).send(transaction);
      });
    }
    app.get('/wallets/:id/transactions', { schema: schemas.walletTransactions, config: wallet }, async (request, reply) =>
      sendOptionalPage(
        reply,
        await wallets(request).listWalletTransactions(request.params.id, {
          limit: request.query.limit === undefined ? undefined : Number(request.query.limit),
          page: request.query.page === undefined ? undefined : Number(request.query.page),
        }),
      ),
    );

    app.post('/fx-rates', { schema: schemas.setFxRate }, async (request, reply) =>
      reply.code(201).send(await deps.fx.as(actor(request)).setFxRate(request.body)),
    );
    app.get('/fx-rates', { schema: schemas.listFxRates }, async (request, reply) => {
      const { filter, request: list } = readFxRateList(request.query);
      return sendOptionalPage(reply, await deps.fx.as(actor(request)).listFxRatesPage(filter, list));
    });

    app.get('/ledger/reconciliation', { schema: schemas.reconcile }, async () => deps.ledger.reconcile());
  };
}
