import type { Command } from 'commander';
import type { OperatorBackend } from '../operator-backend.ts';
import { clientJson, printClient, printClientTable, printJson } from '../output.ts';
import { createsStore } from '../store-access.ts';
import { CLIENT_FEATURES, unknownFeature } from '../../clients/features.ts';

type WithBackend = <T>(work: (backend: OperatorBackend) => Promise<T>) => Promise<T>;

function clientId(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
    throw new Error(`Invalid client ID: ${value}`);
  }
  return Number(value);
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerClientCommands(program: Command, withBackend: WithBackend): void {
  const clients = program.command('clients').description('manage API clients');

  createsStore(clients.command('create'))
    .description('create a client; prints its API username and secret once')
    .requiredOption('--name <name>', 'client name')
    .option('--ip <cidr>', 'allow only this address or CIDR range (repeatable)', collect, [])
    .option('--feature <name>', `enable a feature: ${CLIENT_FEATURES.join(', ')} (repeatable)`, collect, [])
    .option('--json', 'print {"client_id","username","password"} as JSON')
    .action(async (options: { name: string; ip: string[]; feature: string[]; json?: boolean }) => {
      const features = options.feature.map((feature) => feature.trim()).filter(Boolean);
      // Checked before the store is opened: a typo changes nothing, whichever way the command goes.
      const unknown = unknownFeature(features);
      if (unknown) throw new Error(unknown.message);
      const created = await withBackend((b) => b.clients.createClient({ name: options.name, ipAllowlist: options.ip, features }));
      if (options.json) return printJson(created);
      process.stdout.write(
        `Created client ${created.client_id}.\n  username: ${created.username}\n  password: ${created.password}\n` +
          'The password is shown only now; store it safely.\n',
      );
    });

  clients
    .command('list')
    .description('list clients')
    .option('--json', 'print a JSON array')
    .action(async (options: { json?: boolean }) => {
      const list = await withBackend((b) => b.clients.listClients());
      if (options.json) printJson(list.map(clientJson));
      else printClientTable(list);
    });

  clients
    .command('show <id>')
    .description('show one client')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const client = await withBackend((b) => b.clients.getClient(clientId(id)));
      if (options.json) printJson(clientJson(client));
      else printClient(client);
    });

  for (const [name, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    clients
      .command(`${name} <id>`)
      .description(active ? 'allow the client to log in again' : 'block the client at once (its tokens stop working)')
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean }) => {
        const client = await withBackend((b) => b.clients.setActive(clientId(id), active));
        if (options.json) printJson(clientJson(client));
        else process.stdout.write(`client ${client.id} ${active ? 'activated' : 'deactivated'}\n`);
      });
  }

  const ip = clients.command('ip').description("manage a client's IP allowlist");
  for (const [name, verb] of [
    ['add', 'added to'],
    ['remove', 'removed from'],
  ] as const) {
    ip.command(`${name} <id> <cidr>`)
      .description(`${name} an address or CIDR range`)
      .option('--json', 'print JSON')
      .action(async (id: string, cidr: string, options: { json?: boolean }) => {
        const client = await withBackend((b) => (name === 'add' ? b.clients.addIp(clientId(id), cidr) : b.clients.removeIp(clientId(id), cidr)));
        if (options.json) printJson(clientJson(client));
        else process.stdout.write(`${cidr} ${verb} the allowlist of client ${client.id}\n`);
      });
  }

  clients
    .command('logout <id>')
    .description('revoke every access and refresh token of the client')
    .action(async (id: string) => {
      await withBackend((b) => b.clients.logout(clientId(id)));
      process.stdout.write(`all tokens of client ${id} revoked\n`);
    });

  clients
    .command('rotate-secret <id>')
    .description('issue a new API secret; the old one stops working at once')
    .option('--json', 'print {"client_id","username","password"} as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const rotated = await withBackend((b) => b.clients.rotateSecret(clientId(id)));
      if (options.json) return printJson(rotated);
      process.stdout.write(`New secret for client ${rotated.client_id} (${rotated.username}):\n  password: ${rotated.password}\n`);
    });
}
