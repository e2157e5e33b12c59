import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { setPageHeaders } from '../http/pagination.ts';
import { readAuditList, schemas } from './audit.schemas.ts';
import type { AuditAdministration, AuditRow } from './audit.service.ts';

export function auditEntryView(row: AuditRow) {
  const colon = row.target?.indexOf(':') ?? -1;
  return {
    id: Number(row.id),
    actor: row.actor,
    actor_email: row.actor_email,
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
      const { filter, page, sort } = readAuditList(request.query);
      const { items, meta } = await deps.audit.listEntries(filter, page, sort);
      setPageHeaders(reply, meta);
      return items.map(auditEntryView);
    });
  };
}
