import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from './database.ts';
import * as foundation from './migrations/001_foundation.ts';
import * as referenceData from './migrations/002_reference_data.ts';
import * as catalog from './migrations/003_catalog.ts';
import * as ledger from './migrations/004_ledger.ts';
import * as operators from './migrations/005_operators.ts';
import * as events from './migrations/006_events.ts';
import * as clientTerms from './migrations/007_client_terms.ts';
import * as inventory from './migrations/008_inventory.ts';
import * as orders from './migrations/009_orders.ts';
import * as webhooks from './migrations/010_webhooks.ts';
import * as ordersHotStatus from './migrations/011_orders_hot_status.ts';

/** Migrations are imported statically so they run the same from source, tests and the CLI. */
const MIGRATIONS: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_reference_data': referenceData,
  '003_catalog': catalog,
  '004_ledger': ledger,
  '005_operators': operators,
  '006_events': events,
  '007_client_terms': clientTerms,
  '008_inventory': inventory,
  '009_orders': orders,
  '010_webhooks': webhooks,
  '011_orders_hot_status': ordersHotStatus,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/**
 * The migration tables are looked up in our schema explicitly: Kysely otherwise finds them in
 * any schema of the database and then fails to use them from ours.
 */
export async function migrateToLatest(database: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: new StaticMigrationProvider(),
    migrationTableSchema: database.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
