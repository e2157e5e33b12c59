import type { Command } from 'commander';
import type { ApiCredentialWire, WithAdmin } from '../admin-api.ts';
import { positiveId, table } from '../command-helpers.ts';
import { printJson } from '../output.ts';

export function printCredentials(credentials: ApiCredentialWire[]): void {
  if (credentials.length === 0) {
    process.stdout.write('no credentials\n');
    return;
  }
  const rows = credentials.map((credential) => [
    String(credential.id),
    credential.status,
    credential.username,
    credential.last_used_at ? `${credential.last_used_at} ${credential.last_used_ip}` : 'never',
    credential.name,
  ]);
  process.stdout.write(table(['ID', 'STATUS', 'USERNAME', 'LAST USED', 'NAME'], rows));
}

/** The text of `--text`/`--clear` (null: none), or undefined when neither is given (show). */
function textOption(options: { text?: string; clear?: boolean }): string | null | undefined {
  if (options.text !== undefined && options.clear) throw new Error('give --text or --clear, not both');
  return options.clear ? null : options.text;
}

const showText = (text: string | null) => (text === null ? '(none)\n' : `${text}\n`);

/**
 * `clients credentials list|create|revoke`: a client's API credentials (/admin/v1/clients/:id/credentials);
 * `clients top-up` and `settings top-up`: how clients top up their wallets, shown on the portal.
 */
export function registerClientCredentialCommands(program: Command, withAdmin: WithAdmin): void {
  const clients = program.commands.find((command) => command.name() === 'clients') ?? program.command('clients');
  const credentials = clients.command('credentials').description("a client's API credentials: several at once, each secret shown once");

  credentials
    .command('list <client>')
    .description("the client's API credentials, revoked ones too, with their last login")
    .option('--json', 'print a JSON array')
    .action(async (client: string, options: { json?: boolean }) => {
      const list = await withAdmin((api) => api.credentials.list(positiveId(client, 'client')));
      if (options.json) printJson(list);
      else printCredentials(list);
    });

  credentials
    .command('create <client>')
    .description('a new API credential; prints its username and secret once')
    .requiredOption('--name <name>', 'what it is for, e.g. "production 2026"')
    .option('--json', 'print the credential and its secret as JSON')
    .action(async (client: string, options: { name: string; json?: boolean }) => {
      const issued = await withAdmin((api) => api.credentials.create(positiveId(client, 'client'), options.name));
      if (options.json) return printJson(issued);
      process.stdout.write(
        `Created credential ${issued.id} "${issued.name}" of client ${issued.client_id}.\n  username: ${issued.username}\n  secret:   ${issued.secret}\n` +
          'The secret is shown only now; store it safely.\n',
      );
    });

  credentials
    .command('revoke <client> <credential>')
    .description('revoke a credential: its logins are refused and every token it issued stops at once')
    .option('--json', 'print the credential as JSON')
    .action(async (client: string, credential: string, options: { json?: boolean }) => {
      const revoked = await withAdmin((api) => api.credentials.revoke(positiveId(client, 'client'), positiveId(credential, 'credential')));
      if (options.json) printJson(revoked);
      else process.stdout.write(`credential ${revoked.id} "${revoked.name}" of client ${revoked.client_id} revoked\n`);
    });

  clients
    .command('top-up <client>')
    .description("show, or set, the client's own text on topping up its wallets (over the store's; shown on the portal)")
    .option('--text <text>', "the client's own text (plain text, at most 2000 characters)")
    .option('--clear', "no text of its own: the store's applies")
    .option('--json', 'print JSON')
    .action(async (client: string, options: { text?: string; clear?: boolean; json?: boolean }) => {
      const id = positiveId(client, 'client');
      const text = textOption(options);
      const shown = await withAdmin((api) => (text === undefined ? api.topUp.client(id) : api.topUp.setClient(id, text)));
      if (options.json) return printJson(shown);
      const source = shown.client_text !== null ? "the client's own" : shown.store_text !== null ? "the store's" : 'none set';
      process.stdout.write(`client ${shown.client_id} top-up text (${source}):\n${showText(shown.effective)}`);
    });

  const settings =
    program.commands.find((command) => command.name() === 'settings') ?? program.command('settings').description('store-wide settings');
  settings
    .command('top-up')
    .description("show, or set, how clients top up their wallets: the store's text, shown on the portal's wallets page")
    .option('--text <text>', 'plain text, at most 2000 characters')
    .option('--clear', 'no text')
    .option('--json', 'print JSON')
    .action(async (options: { text?: string; clear?: boolean; json?: boolean }) => {
      const text = textOption(options);
      const shown = await withAdmin((api) => (text === undefined ? api.topUp.store() : api.topUp.setStore(text)));
      if (options.json) return printJson(shown);
      process.stdout.write(`store top-up text:\n${showText(shown.text)}`);
    });
}
