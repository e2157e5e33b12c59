import type { Command } from 'commander';
import type { ClientUserWire, WithAdmin } from '../admin-api.ts';
import { positiveId, table } from '../command-helpers.ts';
import { printJson } from '../output.ts';
import { PORTAL_ROLES, type PortalRole } from '../../portal/portal-roles.ts';

function role(value: string): PortalRole {
  const known = PORTAL_ROLES.find((candidate) => candidate === value.toLowerCase());
  if (!known) throw new Error(`unknown role "${value}" (known: ${PORTAL_ROLES.join(', ')})`);
  return known;
}

function printUsers(users: ClientUserWire[]): void {
  if (users.length === 0) {
    process.stdout.write('no users\n');
    return;
  }
  const rows = users.map((user) => [String(user.id), user.status, user.role, user.totp_enabled ? 'on' : 'off', user.email]);
  process.stdout.write(table(['ID', 'STATUS', 'ROLE', '2FA', 'EMAIL'], rows));
}

/**
 * `clients users invite|list|activate|deactivate|totp-reset`: a client's people in the client portal, through
 * /admin/v1/clients/:id/users. An invitation's link is e-mailed, never printed.
 */
export function registerClientUserCommands(program: Command, withAdmin: WithAdmin): void {
  const clients = program.commands.find((command) => command.name() === 'clients') ?? program.command('clients');
  const users = clients.command('users').description("a client's people in the client portal (docs/portal.md)");

  users
    .command('invite <client>')
    .description('invite a person to the client portal: the user is created and the invitation link e-mailed (never printed)')
    .requiredOption('--email <address>', 'where the invitation goes; unique in the store')
    .requiredOption('--role <role>', PORTAL_ROLES.join(', '))
    .option('--json', 'print the user as JSON')
    .action(async (client: string, options: { email: string; role: string; json?: boolean }) => {
      const body = { email: options.email, role: role(options.role) };
      const invited = await withAdmin((api) => api.clientUsers.invite(positiveId(client, 'client'), body));
      if (options.json) return printJson(invited);
      process.stdout.write(
        `invited ${invited.email} to client ${invited.client_id} as ${invited.role} (user ${invited.id}); ` +
          `the e-mailed link opens ${invited.accept_page} and works until ${invited.invitation_expires_at}\n`,
      );
    });

  users
    .command('list <client>')
    .description("the client's portal users: status (invited, active, inactive), role, two-factor authentication")
    .option('--json', 'print a JSON array')
    .action(async (client: string, options: { json?: boolean }) => {
      const list = await withAdmin((api) => api.clientUsers.list(positiveId(client, 'client')));
      if (options.json) printJson(list);
      else printUsers(list);
    });

  for (const [name, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    users
      .command(`${name} <client> <user>`)
      .description(active ? 'let the user sign in again' : 'block the user at once: its sessions end on every server')
      .option('--json', 'print the user as JSON')
      .action(async (client: string, user: string, options: { json?: boolean }) => {
        const changed = await withAdmin((api) => api.clientUsers.setActive(positiveId(client, 'client'), positiveId(user, 'user'), active));
        if (options.json) printJson(changed);
        else process.stdout.write(`user ${changed.id} (${changed.email}) of client ${changed.client_id} ${active ? 'activated' : 'deactivated'}\n`);
      });
  }

  users
    .command('totp-reset <client> <user>')
    .description('turn off the two-factor authentication of a user who lost its device and recovery codes: its sessions end')
    .option('--json', 'print the user as JSON')
    .action(async (client: string, user: string, options: { json?: boolean }) => {
      const changed = await withAdmin((api) => api.clientUsers.resetTotp(positiveId(client, 'client'), positiveId(user, 'user')));
      if (options.json) printJson(changed);
      else
        process.stdout.write(
          `two-factor authentication of user ${changed.id} (${changed.email}) of client ${changed.client_id} turned off; its sessions ended\n`,
        );
    });
}
