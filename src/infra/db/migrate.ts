import { setTimeout } from 'node:timers/promises';
import { Migrator, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
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
import * as statementAbort from './migrations/012_statement_abort.ts';
import * as demoData from './migrations/013_demo_data.ts';
import * as orderOperatorRemarks from './migrations/014_order_operator_remarks.ts';
import * as auditLogClient from './migrations/015_audit_log_client.ts';
import * as clientRateLimits from './migrations/016_client_rate_limits.ts';
import * as orderRetries from './migrations/017_order_retries.ts';
import * as listReads from './migrations/018_list_reads.ts';
import * as operatorConsole from './migrations/019_operator_console.ts';
import * as clientPortal from './migrations/020_client_portal.ts';
import * as apiCredentials from './migrations/021_api_credentials.ts';
import * as lowBalanceAlerts from './migrations/022_low_balance_alerts.ts';
import * as walletAdjustmentKeys from './migrations/023_wallet_adjustment_keys.ts';

/** Migrations are imported statically so they run the same from source, tests and the CLI. */
export const MIGRATIONS: Record<string, Migration> = {
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
  '012_statement_abort': statementAbort,
  '013_demo_data': demoData,
  '014_order_operator_remarks': orderOperatorRemarks,
  '015_audit_log_client': auditLogClient,
  '016_client_rate_limits': clientRateLimits,
  '017_order_retries': orderRetries,
  '018_list_reads': listReads,
  '019_operator_console': operatorConsole,
  '020_client_portal': clientPortal,
  '021_api_credentials': apiCredentials,
  '022_low_balance_alerts': lowBalanceAlerts,
  '023_wallet_adjustment_keys': walletAdjustmentKeys,
};

/** Applied on a new store only: `openStoreDatabase` reports a store as created when this one ran. */
export const FIRST_MIGRATION = '001_foundation';

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/** How many times the migrator is run when another schema was dropped under it (isOtherSchemaGone). */
const OTHER_SCHEMA_ATTEMPTS = 20;

/**
 * The migration tables are looked up in our schema explicitly: Kysely otherwise finds them in
 * any schema of the database and then fails to use them from ours.
 */
export async function migrateToLatest(database: Pick<DatabaseHandle, 'db' | 'schema'>): Promise<string[]> {
  if (await isUpToDate(database)) return [];
  return runMigrator(database, (migrator) => migrator.migrateToLatest());
}

/** Migrates up to `target` (inclusive) and no further: how a test builds a store of an earlier build. */
export async function migrateTo(database: Pick<DatabaseHandle, 'db' | 'schema'>, target: string): Promise<string[]> {
  if (!(target in MIGRATIONS)) throw new Error(`no migration ${target}`);
  return runMigrator(database, (migrator) => migrator.migrateTo(target));
}

async function runMigrator(
  database: Pick<DatabaseHandle, 'db' | 'schema'>,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: new StaticMigrationProvider(),
    migrationTableSchema: database.schema,
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await run(migrator);
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // Another schema dropped while Kysely listed every table of the database: nothing ran, so the
    // listing is tried again a moment later (a database where schemas come and go all the time,
    // as a shared test database, can lose several races in a row).
    if (attempt < OTHER_SCHEMA_ATTEMPTS && isOtherSchemaGone(error, database.schema)) {
      await setTimeout(attempt * 10);
      continue;
    }
    throw error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Every migration of this build has run, and no other: there is nothing to do, which is what
 * every start but the first finds. Two small queries instead of the migrator, which lists every
 * column of every table of the database before it looks at its own table (hundreds of
 * milliseconds on the embedded database). Anything else, a new store included, goes to the
 * migrator, which applies what is missing and refuses a store migrated by a newer build.
 */
async function isUpToDate(database: Pick<DatabaseHandle, 'db' | 'schema'>): Promise<boolean> {
  const table = `${database.schema}.kysely_migration`;
  const { rows } = await sql<{ present: boolean }>`select to_regclass(${table}) is not null as present`.execute(database.db);
  if (!rows[0]?.present) return false;
  const applied = (await sql<{ name: string }>`select name from ${sql.table(table)}`.execute(database.db)).rows.map((row) => row.name).sort();
  const expected = Object.keys(MIGRATIONS).sort();
  return applied.length === expected.length && applied.every((name, i) => name === expected[i]);
}

/**
 * Kysely looks for its migration tables by listing the tables of every schema of the database,
 * and that listing fails with "schema … does not exist", or "relation "other.table" does not
 * exist", when another schema is dropped while it runs (other stores' or test runs' schemas on a
 * shared database). Nothing was migrated then: it is tried again. The listing asks
 * `pg_get_serial_sequence` about every column, which then fails with `column "c" of relation
 * "t" does not exist`, naming no schema: taken as the same race (it cannot be ours unless a
 * migration is broken, and that fails again on every attempt, so it is still reported).
 */
export function isOtherSchemaGone(error: unknown, ours: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return false;
  if (code === '3F000') return !message.includes(`"${ours}"`);
  if (code === '42703') return /^column "[^"]+" of relation "[^"]+" does not exist$/.test(message);
  const relation = code === '42P01' ? /^relation "([^".]+)\.[^"]+" does not exist/.exec(message) : null;
  return relation !== null && relation[1] !== ours;
}
