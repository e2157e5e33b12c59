import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { parsePageRequest, setPageHeaders } from '../http/pagination.ts';
import { queryId, queryTime } from '../http/query-params.ts';
import { schemas } from './audit.schemas.ts';
import type { AuditAdministration, AuditFilter, AuditRow } from './audit.service.ts';

export function auditEntryView(row: AuditRow) {
  const colon = row.target?.indexOf(':') ?? -1;
  return {
    id: Number(row.id),
    actor: row.actor,
    action: row.action,
    target: row.target,
    target_type: row.target === null ? null : colon < 0 ? row.target : row.target.slice(0, colon),
    target_id: row.target === null || colon < 0 ? null : row.target.slice(colon + 1),
    client_id: row.client_id,
    details: row.details,
    created_at: toRfc3339(row.created_at),
  };
}

/** GET /admin/v1/audit: the audit log, filtered and paginated, newest first. */
export function auditAdminRoutes(deps: {
  audit: AuditAdministration;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);

    app.get('/audit', { schema: schemas.list }, async (request, reply) => {
      const query = request.query;
      const action = query.action || undefined;
      const filter: AuditFilter = {
        actor: query.actor || undefined,
        action: action === undefined ? undefined : action.endsWith('.*') ? { prefix: action.slice(0, -1) } : { exact: action },
        targetType: query.target_type || undefined,
        targetId: query.target_id || undefined,
        clientId: queryId(query.client_id),
        from: queryTime(query.start_date),
        to: queryTime(query.end_date),
      };
      const { items, meta } = await deps.audit.listEntries(filter, parsePageRequest(query));
      setPageHeaders(reply, meta);
      return items.map(auditEntryView);
    });
  };
}
