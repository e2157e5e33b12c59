import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decimalPathId } from '../http/path-id.ts';
import type { WebhooksService } from './webhooks.service.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { adminSchemas as schemas, readAdminWebhookList } from './webhooks.schemas.ts';

/** /admin/v1/webhooks — the operator's view of every client's webhooks (list, disable, enable, attempts). */
export function webhooksAdminRoutes(deps: {
  webhooks: WebhooksService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const service = (request: FastifyRequest) => deps.webhooks.as(request.operatorActor!);
    const config = { paramsMessage: 'Invalid webhook ID' };

    app.get('/webhooks', { schema: schemas.list }, async (request, reply) => {
      const { filter, request: list } = readAdminWebhookList(request.query);
      return sendOptionalPage(reply, await service(request).listWebhooks(filter, list));
    });
    app.get('/webhooks/:id', { schema: schemas.show, config }, async (request) => service(request).getWebhook(request.params.id));
    app.post('/webhooks/:id/disable', {
      schema: schemas.disable,
      config,
      handler: async (request) => service(request).disableWebhook(request.params.id, request.body.reason),
    });
    app.post('/webhooks/:id/enable', { schema: schemas.enable, config }, async (request) => service(request).enableWebhook(request.params.id));
    app.get('/webhooks/:id/attempts', { schema: schemas.attempts, config }, async (request, reply) =>
      sendOptionalPage(reply, await service(request).listAttempts(request.params.id, { limit: request.query.limit, page: request.query.page })),
    );
  };
}
