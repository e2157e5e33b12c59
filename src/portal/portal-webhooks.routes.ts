import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import { scopeOf } from '../auth/client-scope.ts';
import { eventPathId, readEventList } from '../events/events.routes.ts';
import type { ClientEvents } from '../events/events.service.ts';
import { parsePageRequest, setPageHeaders } from '../http/pagination.ts';
import { queryTime } from '../http/query-params.ts';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import type { ClientWebhooks } from '../webhooks/webhooks.service.ts';
import { portalSessionOf } from './portal-auth.ts';
import type { PortalRouteKit } from './portal-route-kit.ts';
import { schemas } from './portal-webhooks.schemas.ts';

/** An endpoint URL's host only, for the audit log: a URL's path or query may carry the receiver's own token. */
const hostOf = (url: string) => new URL(url).host;

export interface PortalWebhookDeps {
  db: Kysely<Database>;
  webhooks: ClientWebhooks;
  events: ClientEvents;
  /** The client API's bucket of webhook writes, test pings and redeliveries (RATE_LIMIT_ORDERS a minute per client). */
  webhookWriteRateLimit: preHandlerHookHandler;
}

/**
 * The client's webhook endpoints and events in the portal: thin routes over the same
 * client-scoped services as /api/v1/webhooks and /api/v1/events (the same rules, limits and
 * errors; another client's id is 404 as there). Reads need `events.read`, changes
 * `webhooks.manage`; each change is audited `portal.webhook.*` / `portal.event.redeliver`.
 */
export function webhookRoutes(deps: PortalWebhookDeps, kit: PortalRouteKit): FastifyPluginAsyncTypebox {
  return async (app) => {
    const service = deps.webhooks;
    const read = { config: { permission: 'events.read' as const, paramsMessage: 'Invalid webhook ID' } };
    const write = { config: { permission: 'webhooks.manage' as const, paramsMessage: 'Invalid webhook ID' }, preHandler: deps.webhookWriteRateLimit };
    const audit = (request: FastifyRequest, action: string, target: string, details: Record<string, unknown> = {}) => {
      const session = portalSessionOf(request);
      return recordAudit(deps.db, { actor: `client_user:${session.userId}`, action, target, details: { email: session.email, ...details } });
    };

    app.get('/webhooks', { schema: schemas.list, ...read }, async (request, reply) => {
      const { items, meta } = await service.listClientWebhooks(scopeOf(request), parsePageRequest(request.query));
      setPageHeaders(reply, meta);
      return items;
    });
    app.get('/webhooks/:id', { schema: schemas.show, ...read }, async (request) => service.getClientWebhook(scopeOf(request), request.params.id));
    app.get('/webhooks/:id/attempts', { schema: schemas.attempts, ...read }, async (request) =>
      service.listClientAttempts(scopeOf(request), request.params.id, { limit: parsePageRequest({ limit: request.query.limit }).limit }),
    );

    app.post('/webhooks', { schema: schemas.create, ...write }, async (request, reply) => {
      const created = await service.createWebhook(scopeOf(request), request.body);
      await audit(request, 'portal.webhook.create', `webhook:${created.id}`, { host: hostOf(created.url), events: created.events });
      kit.noStore(reply);
      return reply.code(201).send(created);
    });
    app.patch('/webhooks/:id', { schema: schemas.update, ...write }, async (request) => {
      const updated = await service.updateWebhook(scopeOf(request), request.params.id, request.body);
      await audit(request, 'portal.webhook.update', `webhook:${updated.id}`, {
        fields: Object.keys(request.body).sort(),
        host: hostOf(updated.url),
        events: updated.events,
        active: updated.active,
      });
      return updated;
    });
    app.delete('/webhooks/:id', { schema: schemas.remove, ...write }, async (request, reply) => {
      const scope = scopeOf(request);
      const endpoint = await service.getClientWebhook(scope, request.params.id);
      // Before the row goes: the entry finds its client through the endpoint.
      await audit(request, 'portal.webhook.delete', `webhook:${endpoint.id}`, { host: hostOf(endpoint.url) });
      await service.deleteWebhook(scope, endpoint.id);
      return reply.code(204).send(null);
    });
    app.post('/webhooks/:id/rotate-secret', { schema: schemas.rotateSecret, ...write }, async (request, reply) => {
      const rotated = await service.rotateSecret(scopeOf(request), request.params.id);
      await audit(request, 'portal.webhook.rotate_secret', `webhook:${rotated.id}`);
      kit.noStore(reply);
      return rotated;
    });
    app.post('/webhooks/:id/test', { schema: schemas.test, ...write }, async (request) => {
      const result = await service.testWebhook(scopeOf(request), request.params.id);
      await audit(request, 'portal.webhook.test', `webhook:${request.params.id}`, { success: result.success, status_code: result.status_code });
      return result;
    });
    app.post(
      '/webhooks/:id/recover',
      { schema: schemas.recover, ...write, config: { ...write.config, validationMessage: 'since is required' } },
      async (request, reply) => {
        let since: Date | undefined;
        try {
          since = queryTime(request.body.since);
        } catch {
          since = undefined;
        }
        if (!since)
          throw errors.validation('Invalid since: not an RFC 3339 time or date', [{ field: 'since', message: 'not an RFC 3339 time or date' }]);
        const recovery = await service.recoverSince(scopeOf(request), request.params.id, since);
        await audit(request, 'portal.webhook.recover', `webhook:${recovery.webhook_id}`, { since: recovery.since, queued: recovery.queued });
        return reply.code(202).send(recovery);
      },
    );

    app.get('/events', { schema: schemas.events, config: { permission: 'events.read' } }, async (request, reply) => {
      const { items, meta, nextCursor } = await deps.events.listClientEvents(scopeOf(request), readEventList(request.query));
      setPageHeaders(reply, meta);
      if (nextCursor) reply.header('x-next-cursor', nextCursor);
      return items;
    });
    app.get('/events/:id', { schema: schemas.event, config: { permission: 'events.read' }, preValidation: eventPathId }, async (request) =>
      deps.events.getClientEvent(scopeOf(request), request.params.id),
    );
    app.post(
      '/events/:id/redeliver',
      {
        schema: schemas.redeliver,
        config: { permission: 'webhooks.manage' },
        preHandler: deps.webhookWriteRateLimit,
        preValidation: eventPathId,
      },
      async (request, reply) => {
        const redelivery = await service.redeliver(scopeOf(request), request.params.id, request.body);
        const session = portalSessionOf(request);
        await recordAudit(deps.db, {
          actor: `client_user:${session.userId}`,
          action: 'portal.event.redeliver',
          target: `client:${session.clientId}`,
          details: { email: session.email, event_id: redelivery.event_id, webhook_ids: redelivery.deliveries.map((d) => d.webhook_id) },
        });
        return reply.code(202).send(redelivery);
      },
    );
  };
}
