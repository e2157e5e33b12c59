import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { scopeOf } from '../auth/client-scope.ts';
import { lowBalanceSchemas, THRESHOLD_MESSAGE } from '../low-balance/low-balance.schemas.ts';
import type { LowBalanceAlerts } from '../low-balance/low-balance.service.ts';
import { portalSessionOf } from './portal-auth.ts';
import { security } from './portal-session.schemas.ts';

const schemas = lowBalanceSchemas('portal: balances', security, 'portal');

/** The client's low-balance thresholds: read with the balances (wallets.read), set by owners, admins and finance (wallets.alerts). */
export function lowBalanceRoutes(deps: { lowBalance: LowBalanceAlerts }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/low-balance', { schema: schemas.list, config: { permission: 'wallets.read' } }, async (request) =>
      deps.lowBalance.clientThresholds(scopeOf(request)),
    );
    app.put(
      '/wallets/:id/low-balance',
      { schema: schemas.set, config: { permission: 'wallets.alerts', paramsMessage: 'Invalid wallet ID', validationMessage: THRESHOLD_MESSAGE } },
      async (request) => {
        const session = portalSessionOf(request);
        return deps.lowBalance.setClientThreshold(scopeOf(request), request.params.id, request.body.threshold, {
          actor: `client_user:${session.userId}`,
          action: 'portal.wallet.low_balance',
          details: { email: session.email },
        });
      },
    );
  };
}
