import type { Kysely } from 'kysely';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { CATALOG_TOPIC } from './catalog.view.ts';

/**
 * What an operator's change of the catalog works with: the database, the bus that tells every
 * process what changed, the suppliers a product may name, and who the audit log names. Each
 * change takes the part of it it uses (`Pick<CatalogContext, …>`).
 */
export interface CatalogContext {
  db: Kysely<Database>;
  bus: InvalidationBus;
  suppliers: SupplierRegistry;
  actor: string;
}

/** The audit entry of a change, in the change's transaction. */
export function audit(
  context: Pick<CatalogContext, 'actor'>,
  trx: Executor,
  action: string,
  target: string,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(trx, { actor: context.actor, action, target, details });
}

/** Every process drops its catalog snapshot. */
export function publishCatalog(context: Pick<CatalogContext, 'bus'>): Promise<void> {
  return context.bus.publish(CATALOG_TOPIC, 'products');
}
