import { Type, type Static } from 'typebox';
import { pageQueryProperties, parsePageRequest, parseSort, sortQueryProperties } from '../http/pagination.ts';
import { invalidQuery, QueryId, queryId, queryText, queryTime } from '../http/query-params.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import type { PageRequest, Sort } from '../shared/pages.ts';
import { AUDIT_SORT_FIELDS, type AuditFilter, type AuditSortField } from './audit.service.ts';

const NEWEST_FIRST: Sort<AuditSortField> = { field: 'id', direction: 'DESC' };

export const AuditEntryView = Type.Object(
  {
    id: Type.Integer(),
    actor: Type.String({
      description:
        'Who: operator:<username>, operator:admin-token, operator:local-cli, cli, system, client:<id> (its API credentials) or client_user:<id> (a portal user)',
    }),
    actor_email: Type.Union([Type.String(), Type.Null()], {
      description: 'A portal user (client_user:<id>): their e-mail address, as it is now; null for any other actor',
    }),
    action: Type.String({ description: 'What, as <area>.<change>: client.deactivate, wallet.credit, order.cancel, …' }),
    target: Type.Union([Type.String(), Type.Null()], {
      description: 'What it was done to, as <type>:<id> (client:7, wallet:3), or a name (catalog)',
    }),
    target_type: Type.Union([Type.String(), Type.Null()], { description: 'The part of target before the colon' }),
    target_id: Type.Union([Type.String(), Type.Null()], { description: 'The part of target after the colon' }),
    client_id: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The client the entry concerns: the target client, or the client of the target wallet, order, webhook or token family',
    }),
    details: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The change: before/after snapshots or its parameters; never a password, secret, token or voucher code',
    }),
    created_at: Timestamp,
  },
  { title: 'AuditEntry' },
);

const text = (pattern: string, maxLength: number, description: string) => Type.Optional(Type.String({ pattern, maxLength, description }));

export const AuditListQuery = Type.Object(
  {
    ...pageQueryProperties,
    ...sortQueryProperties(AUDIT_SORT_FIELDS, NEWEST_FIRST),
    actor: text('^[\\x21-\\x7e]*$', 200, 'Only this actor, exactly (operator:alice, cli, system, client:7)'),
    action: text(
      '^([a-z0-9_]+(\\.[a-z0-9_]+)*(\\.\\*)?)?$',
      100,
      'Only this action (client.deactivate), or every action of an area with a trailing .* (client.*)',
    ),
    target_type: text('^[a-z0-9_]*$', 64, 'Only entries whose target is of this type (client, wallet, order, product, webhook, operator, …)'),
    target_id: text('^[A-Za-z0-9_.-]*$', 100, 'With target_type: only this target (target_type=wallet&target_id=3)'),
    client_id: QueryId.filter('Only entries concerning this client (its own changes, its wallets, orders, webhooks)'),
    start_date: Type.Optional(Type.String({ maxLength: 64, description: 'RFC 3339 (or a date, midnight UTC); inclusive' })),
    end_date: Type.Optional(Type.String({ maxLength: 64, description: 'RFC 3339 (or a date, midnight UTC); exclusive' })),
  },
  { dependencies: { target_id: ['target_type'] } },
);

/** The filter and page of GET /admin/v1/audit, read from its validated query; an empty filter is none. */
export function readAuditList(query: Static<typeof AuditListQuery>): { filter: AuditFilter; page: PageRequest; sort: Sort<AuditSortField> } {
  const action = queryText(query.action);
  const targetType = queryText(query.target_type);
  const targetId = queryText(query.target_id);
  if (targetId !== undefined && targetType === undefined) throw invalidQuery();
  return {
    filter: {
      actor: queryText(query.actor),
      action: action === undefined ? undefined : action.endsWith('.*') ? { prefix: action.slice(0, -1) } : { exact: action },
      targetType,
      targetId,
      clientId: queryId(query.client_id),
      from: queryTime(query.start_date),
      to: queryTime(query.end_date),
    },
    page: parsePageRequest(query),
    sort: parseSort(query, AUDIT_SORT_FIELDS, NEWEST_FIRST),
  };
}

const security = [{ operatorAuth: [] }];

export const schemas = {
  list: {
    tags: ['admin: audit'],
    security,
    summary: 'Read the audit log, newest first unless sorted otherwise (by id or time)',
    description:
      'Every admin write and security event, newest first, paginated like every list (page, limit; X-Page, X-Per-Page, X-Total-Count, ' +
      'X-Total-Pages, X-Page-Size, X-Has-More). Filters combine with AND. A malformed filter, page or limit, or target_id without ' +
      'target_type, is 400 BAD_REQUEST "Invalid query parameters".',
    querystring: AuditListQuery,
    response: { 200: Type.Array(AuditEntryView), ...errorResponses(400, 401, 500) },
  },
};
