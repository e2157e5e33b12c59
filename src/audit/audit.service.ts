import type { Kysely } from 'kysely';
import { pageMeta, type PageMeta, type PageRequest, type Sort } from '../shared/pages.ts';
import type { Database } from '../infra/db/schema.ts';
import * as repo from './audit.repository.ts';
import type { AuditFilter, AuditRow, AuditSortField } from './audit.repository.ts';

export type { AuditFilter, AuditRow, AuditSortField };
export { AUDIT_SORT_FIELDS } from './audit.repository.ts';

/** What an operator can read of the audit log. */
export interface AuditAdministration {
  listEntries(filter: AuditFilter, page: PageRequest, sort?: Sort<AuditSortField>): Promise<{ items: AuditRow[]; meta: PageMeta }>;
}

/** The audit log as the operator reads it; entries are written by `recordAudit` (infra/audit.ts) with each change. */
export class AuditService implements AuditAdministration {
  constructor(private readonly deps: { db: Kysely<Database> }) {}

  async listEntries(filter: AuditFilter, page: PageRequest, sort?: Sort<AuditSortField>): Promise<{ items: AuditRow[]; meta: PageMeta }> {
    const [total, items] = await Promise.all([repo.countAuditEntries(this.deps.db, filter), repo.listAuditEntries(this.deps.db, filter, page, sort)]);
    return { items, meta: pageMeta(page, total, items.length) };
  }
}
