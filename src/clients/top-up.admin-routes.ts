import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import { TOP_UP_MESSAGE, topUpSchemas as schemas } from './top-up.schemas.ts';
import type { TopUpInstructionsService } from './top-up.service.ts';

/** How clients top up: the store's text (/admin/v1/settings/top-up-instructions) and a client's own. */
export function topUpAdminRoutes(deps: {
  topUp: TopUpInstructionsService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const service = (request: FastifyRequest) => deps.topUp.as(request.operatorActor!);
    const config = { paramsMessage: 'Invalid client ID', validationMessage: TOP_UP_MESSAGE };

    app.get('/settings/top-up-instructions', { schema: schemas.showStore }, async (request) => ({ text: await service(request).storeText() }));
    app.put('/settings/top-up-instructions', { schema: schemas.setStore, config }, async (request) => ({
      text: await service(request).setStoreText(request.body.text),
    }));
    app.get('/clients/:id/top-up-instructions', { schema: schemas.showClient, config }, async (request) =>
      service(request).forOperator(request.params.id),
    );
    app.put('/clients/:id/top-up-instructions', { schema: schemas.setClient, config }, async (request) =>
      service(request).setForClient(request.params.id, request.body.text),
    );
  };
}
