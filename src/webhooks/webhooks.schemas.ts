import { Type, type Static } from 'typebox';
import { EVENT_TYPES } from '../events/event-types.ts';
import { EventParams } from '../events/events.schemas.ts';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties } from '../http/pagination.ts';
import { OPTIONAL_BODY } from '../http/optional-bodies.ts';
import { IdParams } from '../http/path-id.ts';
import { QueryId, queryEnum } from '../http/query-params.ts';
import type { Sort } from '../shared/pages.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { MAX_URL_LENGTH } from './target-policy.ts';
import { WEBHOOK_SORT_FIELDS, WEBHOOK_STATES, type WebhookSortField } from './webhooks.repository.ts';

const NullableTimestamp = (description: string) => Type.Union([Timestamp, Type.Null()], { description });
const NullableText = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

const webhookProperties = {
  id: Type.Integer(),
  url: Type.String(),
  events: Type.Array(Type.String(), { description: `Event types received: ${EVENT_TYPES.join(', ')}, or * for all` }),
  description: NullableText('Free text'),
  active: Type.Boolean({ description: "The client's switch" }),
  disabled_at: NullableTimestamp('Set while the store or the operator has disabled the webhook'),
  disabled_reason: NullableText('Why it was disabled'),
  failing_since: NullableTimestamp('Every attempt since then failed; null after a success'),
  last_success_at: NullableTimestamp('Last successful attempt (to the minute)'),
  last_failure_at: NullableTimestamp('Last failed attempt'),
  previous_secret_expires_at: NullableTimestamp('Until then the secret before the last rotation still signs too'),
  created_at: Timestamp,
  updated_at: Timestamp,
};

export const Webhook = Type.Object(
  {
    ...webhookProperties,
    disabled_by: Type.Union([Type.Literal('system'), Type.Literal('operator'), Type.Null()], {
      description: '`system` (failing for 5 days; set active to true to resume) or `operator` (only the operator can enable it)',
    }),
  },
  { title: 'Webhook' },
);

export const WebhookWithSecret = Type.Object(
  {
    ...Webhook.properties,
    secret: Type.String({ description: 'The signing secret (whsec_…): shown only in this response' }),
  },
  { title: 'WebhookWithSecret' },
);

export const Attempt = Type.Object(
  {
    id: Type.Integer(),
    delivery_id: Type.Integer(),
    event_id: Type.String(),
    event_type: Type.String(),
    kind: Type.String({ description: 'event, redeliver or test' }),
    attempt: Type.Integer({ description: '1, 2, … within the delivery' }),
    started_at: Timestamp,
    duration_ms: Type.Integer(),
    status_code: Type.Union([Type.Integer(), Type.Null()]),
    success: Type.Boolean(),
    error: NullableText('Why it failed: HTTP 500, timed out after 10 s, connection refused, redirect not followed, …'),
    delivery_status: Type.String({ description: 'pending (retried at next_attempt_at), succeeded or failed (given up)' }),
    next_attempt_at: NullableTimestamp('When a pending delivery is tried next'),
  },
  { title: 'WebhookAttempt' },
);

const Url = Type.String({ minLength: 1, maxLength: MAX_URL_LENGTH, description: 'https:// URL (http:// in sandbox mode) that receives POSTs' });
const Events = Type.Array(Type.String({ maxLength: 64 }), {
  minItems: 1,
  maxItems: 32,
  description: `Event types: ${EVENT_TYPES.join(', ')}, or * for all (also types added later)`,
});
/** The longest description (and disable reason), in characters. */
export const MAX_DESCRIPTION = 255;
const Description = Type.Union([Type.String({ maxLength: MAX_DESCRIPTION * 4 }), Type.Null()], {
  description: `At most ${MAX_DESCRIPTION} characters`,
});

export const CreateWebhookBody = Type.Object(
  { url: Url, events: Events, description: Type.Optional(Description), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const UpdateWebhookBody = Type.Object(
  { url: Type.Optional(Url), events: Type.Optional(Events), description: Type.Optional(Description), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const RedeliverBody = Type.Object(
  {
    webhook_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Only this webhook (default: every subscribed one)' })),
  },
  { additionalProperties: false },
);

/** The service inputs: the bodies' own types. */
export type CreateWebhookInput = Static<typeof CreateWebhookBody>;
export type WebhookChanges = Static<typeof UpdateWebhookBody>;
export type RedeliverInput = Static<typeof RedeliverBody>;

const security = [{ bearerAuth: [] }];
const itemErrors = errorResponses(400, 401, 403, 404, 429, 500);

export const schemas = {
  create: {
    tags: ['webhooks'],
    security,
    summary: 'Register a webhook endpoint',
    description: 'Answers 201 with the endpoint and its signing secret, shown only now.',
    body: CreateWebhookBody,
    response: { 201: WebhookWithSecret, ...errorResponses(400, 401, 403, 413, 415, 429, 500) },
  },
  list: {
    tags: ['webhooks'],
    security,
    summary: "List the client's webhook endpoints",
    description: 'Paginated (X-Page… headers), newest first.',
    querystring: Type.Object(pageQueryProperties),
    response: { 200: Type.Array(Webhook), ...errorResponses(400, 401, 403, 429, 500) },
  },
  show: {
    tags: ['webhooks'],
    security,
    summary: 'Show one webhook endpoint',
    params: IdParams,
    response: { 200: Webhook, ...itemErrors },
  },
  update: {
    tags: ['webhooks'],
    security,
    summary: 'Change a webhook endpoint',
    description: 'Any of url, events, description, active. `active: true` also resumes a webhook the store disabled after 5 days of failures.',
    params: IdParams,
    body: UpdateWebhookBody,
    response: { 200: Webhook, ...errorResponses(400, 401, 403, 404, 413, 415, 429, 500) },
  },
  remove: {
    tags: ['webhooks'],
    security,
    summary: 'Delete a webhook endpoint',
    description: 'Its pending deliveries are dropped. Answers 204.',
    params: IdParams,
    response: { 204: Type.Null({ description: 'Deleted' }), ...itemErrors },
  },
  rotateSecret: {
    tags: ['webhooks'],
    security,
    summary: 'Issue a new signing secret',
    description: 'The new secret is shown only now; the previous one keeps signing for 24 hours (see docs/webhooks.md).',
    params: IdParams,
    response: { 200: WebhookWithSecret, ...itemErrors },
  },
  test: {
    tags: ['webhooks'],
    security,
    summary: 'Send a ping event to the endpoint now',
    description: 'One signed POST of a `ping` event, no retries; answers with its outcome.',
    params: IdParams,
    response: {
      200: Type.Object({
        event_id: Type.String(),
        delivery_id: Type.Integer(),
        success: Type.Boolean(),
        status_code: Type.Union([Type.Integer(), Type.Null()]),
        error: NullableText('Why it failed'),
        duration_ms: Type.Integer(),
      }),
      ...itemErrors,
    },
  },
  attempts: {
    tags: ['webhooks'],
    security,
    summary: "The endpoint's delivery attempts, newest first",
    params: IdParams,
    querystring: Type.Object({ limit: pageQueryProperties.limit }),
    response: { 200: Type.Array(Attempt), ...itemErrors },
  },
  redeliver: {
    tags: ['events'],
    security,
    summary: 'Send an event again',
    description:
      "Queues a new delivery to the given webhook, or to every active webhook subscribed to the event's type; answers 202 with the deliveries.",
    params: EventParams,
    body: RedeliverBody,
    [OPTIONAL_BODY]: true,
    response: {
      202: Type.Object({
        event_id: Type.String(),
        deliveries: Type.Array(Type.Object({ id: Type.Integer(), webhook_id: Type.Integer() })),
      }),
      ...itemErrors,
    },
  },
};

// ---- admin routes (/admin/v1) -------------------------------------------------------------------

const adminSecurity = [{ operatorAuth: [] }];
const adminErrors = errorResponses(400, 401, 404, 413, 415);

export const AdminWebhook = Type.Object(
  {
    ...webhookProperties,
    client_id: Type.Integer(),
    client_name: Type.String({ description: "The client's name as it is now" }),
    disabled_by: NullableText('system or operator:<name>'),
  },
  { title: 'AdminWebhook' },
);

const DEFAULT_WEBHOOK_SORT: Sort<WebhookSortField> = { field: 'id', direction: 'DESC' };

export const AdminWebhookListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(WEBHOOK_SORT_FIELDS, DEFAULT_WEBHOOK_SORT),
  client_id: QueryId.coerced('Only this client'),
  state: Type.Optional(
    Type.String({
      maxLength: 16,
      description:
        'Only endpoints in this state (any case): disabled (by the store or the operator), failing (not disabled; every attempt since failing_since failed) ' +
        'or healthy (neither); empty: no filter',
    }),
  ),
});

/** The filter, sort and page of GET /admin/v1/webhooks, read from its validated query. */
export function readAdminWebhookList(query: Static<typeof AdminWebhookListQuery>) {
  return {
    filter: { clientId: query.client_id, state: queryEnum(query.state, WEBHOOK_STATES) },
    request: parseOptionalPageRequest(query, { sortFields: WEBHOOK_SORT_FIELDS, defaultSort: DEFAULT_WEBHOOK_SORT }),
  };
}

export const adminSchemas = {
  list: {
    tags: ['admin: webhooks'],
    security: adminSecurity,
    summary: 'Every webhook endpoint, or one client’s',
    description: `Newest first unless sorted (failing_since: the failing ones first). Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: AdminWebhookListQuery,
    response: { 200: Type.Array(AdminWebhook), ...adminErrors },
  },
  show: {
    tags: ['admin: webhooks'],
    security: adminSecurity,
    summary: 'One webhook endpoint',
    params: IdParams,
    response: { 200: AdminWebhook, ...adminErrors },
  },
  disable: {
    tags: ['admin: webhooks'],
    security: adminSecurity,
    summary: 'Disable a webhook endpoint (the client sees the reason)',
    params: IdParams,
    body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
    [OPTIONAL_BODY]: true,
    response: { 200: AdminWebhook, ...adminErrors },
  },
  enable: {
    tags: ['admin: webhooks'],
    security: adminSecurity,
    summary: 'Enable a webhook endpoint again (clears any disable and the failure streak)',
    params: IdParams,
    response: { 200: AdminWebhook, ...adminErrors },
  },
  attempts: {
    tags: ['admin: webhooks'],
    security: adminSecurity,
    summary: "The endpoint's delivery attempts, newest first",
    params: IdParams,
    querystring: Type.Object({
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
      page: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: 2_147_483_647,
          description:
            'That page of `limit` attempts (default 50), with the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers',
        }),
      ),
    }),
    response: { 200: Type.Array(Attempt), ...adminErrors },
  },
};
