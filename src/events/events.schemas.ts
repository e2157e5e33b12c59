import { Type } from 'typebox';
import { pageQueryProperties } from '../http/pagination.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { EVENT_TYPES } from './event-types.ts';

export const Event = Type.Object(
  {
    id: Type.String({ description: 'evt_… — the X-Event-ID of its deliveries' }),
    type: Type.String({ description: EVENT_TYPES.join(', ') }),
    created_at: Timestamp,
    data: Type.Object({}, { additionalProperties: true, description: 'Order or wallet data; never voucher codes' }),
  },
  { title: 'Event' },
);

/** `evt_…`; anything else is 400 Invalid event ID (checked by the service, so the message is ours). */
export const EventParams = Type.Object({ id: Type.String({ maxLength: 200 }) });

const security = [{ bearerAuth: [] }];
const itemErrors = errorResponses(400, 401, 403, 404, 429, 500);

export const schemas = {
  list: {
    tags: ['events'],
    security,
    summary: "The client's events, oldest first after a cursor",
    description:
      'Kept for at least 30 days. `after`: an event id; only later events are listed. `type`: one type or a comma-separated list. ' +
      'X-Has-More tells whether more follow; X-Next-Cursor is the id to pass as `after` next.',
    querystring: Type.Object({
      after: Type.Optional(Type.String({ maxLength: 200, description: 'evt_… of the last event already seen' })),
      type: Type.Optional(Type.String({ maxLength: 500, description: EVENT_TYPES.join(', ') })),
      limit: pageQueryProperties.limit,
    }),
    response: { 200: Type.Array(Event), ...errorResponses(400, 401, 403, 429, 500) },
  },
  show: {
    tags: ['events'],
    security,
    summary: 'One event',
    params: EventParams,
    response: { 200: Event, ...itemErrors },
  },
};
