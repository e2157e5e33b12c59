import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import { lowBalanceSchemas, THRESHOLD_MESSAGE } from './low-balance.schemas.ts';
import type { LowBalanceAlerts } from './low-balance.service.ts';

const base = lowBalanceSchemas('admin: wallets', [{ operatorAuth: [] }], 'operator');
export const adminSchemas = { list: { ...base.list, params: base.set.params }, set: base.set };
const schemas = adminSchemas;

/** The operator's low-balance thresholds: a client's wallets, and the change of one (audited `wallet.low_balance`). */
export function lowBalanceAdminRoutes(deps: {
  lowBalance: LowBalanceAlerts;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    app.get('/clients/:id/low-balance', { schema: schemas.list, config: { paramsMessage: 'Invalid client ID' } }, async (request) =>
      deps.lowBalance.thresholdsOfClient(request.params.id),
    );
    app.put(
      '/wallets/:id/low-balance',
      { schema: schemas.set, config: { paramsMessage: 'Invalid wallet ID', validationMessage: THRESHOLD_MESSAGE } },
      async (request) =>
        deps.lowBalance.setThreshold(request.params.id, request.body.threshold, { actor: request.operatorActor!, action: 'wallet.low_balance' }),
    );
  };
}
