import { Type, type Static } from 'typebox';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties } from '../http/pagination.ts';
import { IdParams } from '../http/path-id.ts';
import { QueryBoolean, queryBoolean, QueryText, queryText } from '../http/query-params.ts';
import { errorResponses, successEnvelope, Timestamp } from '../http/schemas.ts';
import type { Sort } from '../shared/pages.ts';
import { OPERATOR_SORT_FIELDS, type OperatorSortField } from './operators.repository.ts';

const OneTimeCode = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 64, description }));

/** The operator login and the console sign-in: the one-time code is needed only by an operator with TOTP. */
export const OperatorLoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 200 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  totp_code: OneTimeCode('the 6-digit code of the authenticator app (operators with TOTP)'),
  recovery_code: OneTimeCode('instead of totp_code: one of the recovery codes, each accepted once'),
});

export const OperatorView = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    active: Type.Boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'Operator' },
);

export const OperatorCredentials = Type.Object(
  {
    operator_id: Type.Integer(),
    username: Type.String(),
    password: Type.String({ description: 'shown once' }),
  },
  { title: 'OperatorCredentials' },
);

export const CreateOperatorBody = Type.Object({
  username: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  }),
});

const DEFAULT_OPERATOR_SORT: Sort<OperatorSortField> = { field: 'id', direction: 'ASC' };

export const OperatorListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(OPERATOR_SORT_FIELDS, DEFAULT_OPERATOR_SORT),
  search: QueryText('Only operators whose username contains this (any case), or whose id it is'),
  active: QueryBoolean('Only active (true) or deactivated (false) operators'),
});

/** The filter, sort and page of GET /admin/v1/operators, read from its validated query. */
export function readOperatorList(query: Static<typeof OperatorListQuery>) {
  return {
    filter: { search: queryText(query.search), active: queryBoolean(query.active) },
    request: parseOptionalPageRequest(query, { sortFields: OPERATOR_SORT_FIELDS, defaultSort: DEFAULT_OPERATOR_SORT }),
  };
}

const tags = ['admin: operators'];
const security = [{ operatorAuth: [] }];
const adminErrors = errorResponses(400, 401, 404, 413, 415);

export const schemas = {
  login: {
    tags,
    summary: 'Exchange operator credentials for a short-lived operator token',
    body: OperatorLoginBody,
    response: {
      200: successEnvelope(Type.Object({ access_token: Type.String(), access_expires_at: Timestamp })),
      ...errorResponses(400, 401, 413, 415, 429),
    },
  },
  logout: {
    tags,
    security,
    summary: 'Revoke every token and console session of the calling operator',
    response: { 200: successEnvelope(Type.Object({ message: Type.String() })), ...errorResponses(400, 401) },
  },
  list: {
    tags,
    security,
    summary: 'List operator accounts',
    description: `By id unless sorted. Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: OperatorListQuery,
    response: { 200: Type.Array(OperatorView), ...adminErrors },
  },
  create: {
    tags,
    security,
    summary: 'Create an operator account; answers with its password (shown once)',
    body: CreateOperatorBody,
    response: { 201: OperatorCredentials, ...adminErrors },
  },
  change: { tags, security, params: IdParams, response: { 200: OperatorView, ...adminErrors } },
  rotate: {
    tags,
    security,
    summary: "Issue a new password (shown once); the operator's tokens are revoked and every console session ends",
    params: IdParams,
    response: { 200: OperatorCredentials, ...adminErrors },
  },
  totpReset: {
    tags,
    security,
    summary: "Turn off an operator's two-factor authentication (a lost device): the password alone signs in again",
    params: IdParams,
    response: { 200: OperatorView, ...adminErrors },
  },
};
