import { Type } from 'typebox';
import { pageQueryProperties } from '../http/pagination.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { EVENT_TYPES } from '../events/event-types.ts';
import { schemas as eventSchemas } from '../events/events.schemas.ts';
import { schemas as webhookSchemas } from '../webhooks/webhooks.schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { security } from './portal-session.schemas.ts';

/** A client API route's schema as the portal serves it: its session, its tag, the permission in the summary. */
function portal<S extends { summary: string; security: unknown; tags: string[] }>(schema: S, permission: string, tag: string): S {
  return { ...schema, tags: [tag], security, summary: `${schema.summary} (${permission})` };
}

/** A read as the portal serves it: as `portal`, without the client API's rate limit (the portal limits only changes). */
function portalRead<S extends { summary: string; security: unknown; tags: string[]; response: Record<number, unknown> }>(
  schema: S,
  permission: string,
  tag: string,
): S {
  const { 429: _limited, ...response } = schema.response;
  return { ...portal(schema, permission, tag), response };
}

const WEBHOOKS = 'portal: webhooks';
const EVENTS = 'portal: events';

export const RecoverBody = Type.Object(
  { since: Type.String({ minLength: 1, maxLength: 64, description: 'RFC 3339 time or date: every event created since then is sent again' }) },
  { additionalProperties: false },
);

export const Recovery = Type.Object(
  {
    webhook_id: Type.Integer(),
    since: Timestamp,
    queued: Type.Integer({ description: 'deliveries queued: one per event of a subscribed type created since then' }),
  },
  { title: 'WebhookRecovery' },
);

export const PortalEventListQuery = Type.Object({
  ...eventSchemas.list.querystring.properties,
  since: Type.Optional(Type.String({ maxLength: 64, description: 'RFC 3339 time or date: only events created then or later' })),
  until: Type.Optional(Type.String({ maxLength: 64, description: 'RFC 3339 time or date: only events created before then' })),
  limit: pageQueryProperties.limit,
});

export const schemas = {
  list: portalRead(webhookSchemas.list, 'events.read', WEBHOOKS),
  show: portalRead(webhookSchemas.show, 'events.read', WEBHOOKS),
  attempts: portalRead(webhookSchemas.attempts, 'events.read', WEBHOOKS),
  create: portal(webhookSchemas.create, 'webhooks.manage', WEBHOOKS),
  update: portal(webhookSchemas.update, 'webhooks.manage', WEBHOOKS),
  remove: portal(webhookSchemas.remove, 'webhooks.manage', WEBHOOKS),
  rotateSecret: portal(webhookSchemas.rotateSecret, 'webhooks.manage', WEBHOOKS),
  test: portal(webhookSchemas.test, 'webhooks.manage', WEBHOOKS),
  recover: {
    tags: [WEBHOOKS],
    security,
    summary: 'Send every event since a date again to the endpoint (webhooks.manage)',
    description: `Events of the types it is subscribed to (${EVENT_TYPES.join(', ')}), kept 30 days at least; answers 202 with how many were queued.`,
    params: IdParams,
    body: RecoverBody,
    response: { 202: Recovery, ...errorResponses(400, 401, 403, 404, 413, 415, 429) },
  },
  events: { ...portalRead(eventSchemas.list, 'events.read', EVENTS), querystring: PortalEventListQuery },
  event: portalRead(eventSchemas.show, 'events.read', EVENTS),
  redeliver: portal(webhookSchemas.redeliver, 'webhooks.manage', EVENTS),
};
