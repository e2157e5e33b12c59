import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { VERSION } from '../version.ts';
import { AdminCallError } from './admin-client.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerClientCommands } from './commands/clients.ts';
import { registerClientUserCommands } from './commands/client-users.ts';
import { registerClientSummaryCommand } from './commands/client-summary.ts';
import { registerClientCredentialCommands } from './commands/client-credentials.ts';
import { registerLedgerCommands } from './commands/ledger.ts';
import { registerCatalogCommands } from './commands/catalog.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerOperatorCommands } from './commands/operators.ts';
import { registerOrderCommands } from './commands/orders.ts';
import { registerOverviewCommands } from './commands/overview.ts';
import { registerInventoryCommands } from './commands/inventory.ts';
import { registerPricingCommands } from './commands/pricing.ts';
import { registerSupplierCommands } from './commands/suppliers.ts';
import { registerWebhookCommands } from './commands/webhooks.ts';
import type { WithAdmin } from './admin-api.ts';
import { mayCreateStore } from './store-access.ts';

/** Exit codes scripts can rely on. */
const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The command being run (set before its action): whether it may start a new store is its mark. */
let running: Command | null = null;

// The server, the database engines and the services are imported on the in-process path only
// (admin-connection.ts): `--help`, or a command sent to a running server, starts without them.
const withAdmin: WithAdmin = async (work) => {
  const [{ connectAdmin }, { adminApi }] = await Promise.all([import('./admin-connection.ts'), import('./admin-api.ts')]);
  const admin = await connectAdmin(loadConfig(), { create: running !== null && mayCreateStore(running) });
  try {
    return await work(adminApi(admin), admin);
  } finally {
    await admin.close();
  }
};

/** The whole `popup-store` program (tests walk its commands). */
export function buildProgram(): Command {
  const program = new Command('popup-store')
    .description('The Popup Reward Store: server and operator tools')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError()
    .hook('preAction', (_program, command) => {
      running = command;
    });

  program
    .command('serve')
    .description('run the HTTP server (PGlite in DATA_DIR, or PostgreSQL when DATABASE_URL is set)')
    .action(async () => {
      const { serve } = await import('../server.ts');
      await serve(loadConfig());
    });

  program
    .command('migrate')
    .description('apply database migrations and exit')
    .action(async () => {
      const { openStoreDatabase } = await import('../infra/db/open.ts');
      const { database, lock, created } = await openStoreDatabase(loadConfig(), 'migrate');
      await database.close();
      await lock?.release();
      if (created) process.stderr.write(`created a new store in ${created}\n`);
      process.stdout.write('database is up to date\n');
    });

  registerClientCommands(program, withAdmin);
  registerLedgerCommands(program, withAdmin);
  registerCatalogCommands(program, withAdmin);
  registerDemoCommands(program, withAdmin);
  registerOperatorCommands(program, withAdmin);
  registerWebhookCommands(program, withAdmin);
  registerOrderCommands(program, withAdmin);
  registerOverviewCommands(program, withAdmin);
  registerInventoryCommands(program, withAdmin);
  registerPricingCommands(program, withAdmin);
  registerClientUserCommands(program, withAdmin);
  registerClientSummaryCommand(program, withAdmin);
  registerClientCredentialCommands(program, withAdmin);
  registerAuditCommands(program, withAdmin);
  registerSupplierCommands(program, withAdmin);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = error instanceof ConfigError ? error.message : `error: ${(error as Error).message}`;
    // What the store said was wrong, field by field (`name: must NOT have fewer than 1 characters`).
    const details =
      error instanceof AdminCallError
        ? error.details.filter((detail) => !message.includes(detail.message)).map((detail) => `  ${detail.field}: ${detail.message}`)
        : [];
    process.stderr.write(`${[message, ...details].join('\n')}\n`);
    return EXIT.failure;
  }
}
