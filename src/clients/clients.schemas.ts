import { Type, type Static } from 'typebox';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties } from '../http/pagination.ts';
import { QueryBoolean, queryBoolean, QueryText, queryText } from '../http/query-params.ts';
import type { Sort } from '../shared/pages.ts';
import { CLIENT_SORT_FIELDS, type ClientSortField } from './clients.repository.ts';
import { MAX_CLIENT_RATE_LIMIT, MIN_CLIENT_RATE_LIMIT } from '../auth/client-rate-limits.ts';
import { CLIENT_FEATURES } from './features.ts';

export const ClientIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const ClientView = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    username: Type.String(),
    active: Type.Boolean(),
    features: Type.Array(Type.String()),
    ip_allowlist: Type.Array(Type.String()),
    demo: Type.Boolean({ description: 'The demo client: the only kind that sees demo products in production mode' }),
    created_at: Timestamp,
  },
  { title: 'Client' },
);

export const Credentials = Type.Object(
  {
    client_id: Type.Integer(),
    username: Type.String(),
    password: Type.String({ description: 'API secret; shown once' }),
  },
  { title: 'ClientCredentials' },
);

/** One of the known features (`CLIENT_FEATURES`); anything else is 400 VALIDATION_FAILURE naming them. */
const Feature = Type.Enum([...CLIENT_FEATURES], { description: `A client feature: ${CLIENT_FEATURES.join(', ')}` });
const Features = Type.Array(Feature, { maxItems: 100 });

export const CreateClientBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  ip_allowlist: Type.Optional(Type.Array(Type.String(), { maxItems: 1000 })),
  features: Type.Optional(Features),
  demo: Type.Optional(Type.Boolean({ description: 'The demo client (popup-store demo); default false' })),
});

export const FeaturesBody = Type.Object({ features: Features });

/** The service inputs: the bodies' own types. */
export type CreateClientInput = Static<typeof CreateClientBody>;

export const DemoBody = Type.Object({ demo: Type.Boolean() }, { additionalProperties: false });

export const CidrBody = Type.Object({ cidr: Type.String({ minLength: 1, maxLength: 64 }) });

const RateLimitValue = (what: string) =>
  Type.Union([Type.Integer({ minimum: MIN_CLIENT_RATE_LIMIT, maximum: MAX_CLIENT_RATE_LIMIT }), Type.Null()], {
    description: `${what} per minute for this client; null: the configured default`,
  });

/** The per-client classes of the configuration (RATE_LIMIT_READ, RATE_LIMIT_ORDERS, RATE_LIMIT_QUOTES). */
const rateLimitClasses = {
  read: RateLimitValue('Client GET requests (RATE_LIMIT_READ)'),
  orders: RateLimitValue('POST /api/v1/orders, and in a bucket of their own webhook writes, test pings and redeliveries (RATE_LIMIT_ORDERS)'),
  quotes: RateLimitValue('Charges and availability requests (RATE_LIMIT_QUOTES)'),
};

export const RateLimitsBody = Type.Object(
  { read: Type.Optional(rateLimitClasses.read), orders: Type.Optional(rateLimitClasses.orders), quotes: Type.Optional(rateLimitClasses.quotes) },
  { additionalProperties: false, minProperties: 1 },
);
export type RateLimitChanges = Static<typeof RateLimitsBody>;

const LimitsPerClass = (description: string) =>
  Type.Object({ read: Type.Integer(), orders: Type.Integer(), quotes: Type.Integer() }, { description });

export const RateLimitsView = Type.Object(
  {
    client_id: Type.Integer(),
    overrides: Type.Object(rateLimitClasses, { description: "The client's own limits; null: the default" }),
    defaults: LimitsPerClass('The configured limits (RATE_LIMIT_READ, RATE_LIMIT_ORDERS, RATE_LIMIT_QUOTES)'),
    effective: LimitsPerClass("What the client's requests are limited to, per minute"),
  },
  { title: 'ClientRateLimits' },
);

const DEFAULT_CLIENT_SORT: Sort<ClientSortField> = { field: 'id', direction: 'ASC' };

export const ClientListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(CLIENT_SORT_FIELDS, DEFAULT_CLIENT_SORT),
  search: QueryText('Only clients whose name or username contains this (any case), or whose id it is'),
  active: QueryBoolean('Only active (true) or deactivated (false) clients'),
});

/** The filter, sort and page of GET /admin/v1/clients, read from its validated query. */
export function readClientList(query: Static<typeof ClientListQuery>) {
  return {
    filter: { search: queryText(query.search), active: queryBoolean(query.active) },
    request: parseOptionalPageRequest(query, { sortFields: CLIENT_SORT_FIELDS, defaultSort: DEFAULT_CLIENT_SORT }),
  };
}

const adminErrors = errorResponses(400, 401, 404, 413, 415);
const tags = ['admin: clients'];
const security = [{ operatorAuth: [] }];

export const schemas = {
  create: { tags, security, summary: 'Create a client', body: CreateClientBody, response: { 201: Credentials, ...adminErrors } },
  list: {
    tags,
    security,
    summary: 'List clients',
    description: `Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: ClientListQuery,
    response: { 200: Type.Array(ClientView), ...adminErrors },
  },
  show: { tags, security, summary: 'Show a client', params: ClientIdParams, response: { 200: ClientView, ...adminErrors } },
  change: { tags, security, params: ClientIdParams, response: { 200: ClientView, ...adminErrors } },
  cidr: { tags, security, params: ClientIdParams, body: CidrBody, response: { 200: ClientView, ...adminErrors } },
  features: {
    tags,
    security,
    summary: "Replace a client's features (e.g. vouchers)",
    params: ClientIdParams,
    body: FeaturesBody,
    response: { 200: ClientView, ...adminErrors },
  },
  demo: {
    tags,
    security,
    summary: 'Mark or unmark the demo client (in production mode only demo clients see demo products)',
    params: ClientIdParams,
    body: DemoBody,
    response: { 200: ClientView, ...adminErrors },
  },
  logout: {
    tags,
    security,
    summary: 'Revoke every token of a client',
    params: ClientIdParams,
    response: { 200: Type.Object({ message: Type.String() }), ...adminErrors },
  },
  rotate: { tags, security, summary: 'Issue a new API secret', params: ClientIdParams, response: { 200: Credentials, ...adminErrors } },
  rateLimits: {
    tags,
    security,
    summary: "A client's rate limits: its own, the defaults and the effective ones",
    params: ClientIdParams,
    response: { 200: RateLimitsView, ...adminErrors },
  },
  setRateLimits: {
    tags,
    security,
    summary: "Set a client's own rate limits",
    description:
      'Each class given is set (requests per minute) or, with null, returned to the configured default; the classes left out stay as they are. ' +
      "Applied to the client's next request on every process; audited as client.rate_limits.",
    params: ClientIdParams,
    body: RateLimitsBody,
    response: { 200: RateLimitsView, ...adminErrors },
  },
};
