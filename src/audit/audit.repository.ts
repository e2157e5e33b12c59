import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { Sort } from '../shared/pages.ts';

/** What the audit list can be narrowed to; every field is optional and they combine with AND. */
export interface AuditFilter {
  /** Exact actor (`operator:alice`, `operator:admin-token`, `cli`, `system`, `client:7`). */
  actor?: string;
  /** Exact action (`client.deactivate`), or every action under a prefix (`client.`). */
  action?: { exact: string } | { prefix: string };
  /** The kind of target (`client`, `wallet`, `product`, …), and optionally its id. */
  targetType?: string;
  targetId?: string;
  /** Entries concerning this client (`audit_log.client_id`). */
  clientId?: number;
  /** created_at ≥ from and < to. */
  from?: Date;
  to?: Date;
}

export interface AuditRow {
  id: bigint;
  actor: string;
  action: string;
  target: string | null;
  client_id: number | null;
  details: Record<string, unknown>;
  created_at: Date;
  /** The actor's e-mail address when the actor is a portal user (`client_user:<id>`). */
  actor_email: string | null;
}

/** The e-mail address of the portal user an entry's actor names (`client_user:<id>`), by its key. */
const actorEmail = sql<string | null>`(select cu.email from client_users cu
  where cu.id = case when audit_log.actor ~ '^client_user:[0-9]{1,9}$' then substr(audit_log.actor, 13)::int end)`;

function filtered<O>(query: SelectQueryBuilder<Database, 'audit_log', O>, filter: AuditFilter): SelectQueryBuilder<Database, 'audit_log', O> {
  let q = query;
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  if (filter.action && 'exact' in filter.action) q = q.where('action', '=', filter.action.exact);
  if (filter.action && 'prefix' in filter.action) {
    q = q.where(sql<string>`left(action, ${filter.action.prefix.length})`, '=', filter.action.prefix);
  }
  if (filter.targetType !== undefined) {
    q =
      filter.targetId !== undefined
        ? q.where('target', '=', `${filter.targetType}:${filter.targetId}`)
        : q.where(sql<string>`split_part(target, ':', 1)`, '=', filter.targetType);
  }
  if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
  if (filter.from) q = q.where('created_at', '>=', filter.from);
  if (filter.to) q = q.where('created_at', '<', filter.to);
  return q;
}

export async function countAuditEntries(db: Executor, filter: AuditFilter): Promise<number> {
  const row = await filtered(
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string | number | bigint>().as('count')),
    filter,
  ).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The sorts of the audit log: its time or its id, either way (then by id). */
export const AUDIT_SORT_FIELDS = ['id', 'created_at'] as const;
export type AuditSortField = (typeof AUDIT_SORT_FIELDS)[number];

/** Newest first by default (by id: entries are numbered as they commit their insert). */
export async function listAuditEntries(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
  sort: Sort<AuditSortField> = { field: 'id', direction: 'DESC' },
): Promise<AuditRow[]> {
  const direction = sort.direction === 'ASC' ? 'asc' : 'desc';
  let query = filtered(
    db.selectFrom('audit_log').select(['id', 'actor', 'action', 'target', 'client_id', 'details', 'created_at', actorEmail.as('actor_email')]),
    filter,
  );
  if (sort.field === 'created_at') query = query.orderBy('created_at', direction);
  return query.orderBy('id', direction).limit(page.limit).offset(page.offset).execute();
}
