import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../http/schemas.ts';
import { scopeOf } from '../auth/client-scope.ts';
import type { TopUpInstructionsService } from '../clients/top-up.service.ts';
import { security } from './portal-session.schemas.ts';

const schema = {
  tags: ['portal: balances'],
  security,
  summary: 'How to top up the wallets (wallets.read): the text the operator set for this client, else for the store',
  response: {
    200: Type.Object(
      { text: Type.Union([Type.String(), Type.Null()], { description: 'plain text (show it as text, not HTML); null: none set' }) },
      { title: 'TopUpInstructions' },
    ),
    ...errorResponses(401, 403),
  },
};

/** The wallets page's "how to top up": the operator's text. */
export function topUpRoutes(deps: { topUp: TopUpInstructionsService }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/top-up-instructions', { schema, config: { permission: 'wallets.read' } }, async (request) => ({
      text: await deps.topUp.forClient(scopeOf(request)),
    }));
  };
}
