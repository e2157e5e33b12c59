import type { Command } from 'commander';
import type { RateLimitsWire, WithAdmin } from '../admin-api.ts';
import { printClient, printClientTable, printJson } from '../output.ts';
import { createsStore } from '../store-access.ts';
import { activeFilter, activeOptions, listOptions, listQuery, printList, type ActiveFlags, type ListFlags } from '../list-options.ts';
import type { ClientSortField } from '../../clients/clients.repository.ts';
import { CLIENT_FEATURES, unknownFeature, type ClientFeature } from '../../clients/features.ts';
import { CLIENT_RATE_LIMIT_CLASSES, MAX_CLIENT_RATE_LIMIT, MIN_CLIENT_RATE_LIMIT, type ClientRateLimits } from '../../auth/client-rate-limits.ts';

function clientId(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
    throw new Error(`Invalid client ID: ${value}`);
  }
  return Number(value);
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The sorts of GET /admin/v1/clients (CLIENT_SORT_FIELDS). */
export const CLIENT_SORTS = ['id', 'name', 'username', 'created_at'] as const satisfies readonly ClientSortField[];

interface RateLimitOptions {
  read?: string;
  orders?: string;
  quotes?: string;
  reset?: boolean;
  json?: boolean;
}

/** The PUT body the options ask for; null when they ask for nothing (show). */
function rateLimitChanges(options: RateLimitOptions): Partial<ClientRateLimits> | null {
  const changes: Partial<ClientRateLimits> = {};
  for (const limitClass of CLIENT_RATE_LIMIT_CLASSES) {
    const value = options[limitClass];
    if (value === undefined) {
      if (options.reset) changes[limitClass] = null;
    } else if (value === 'default') {
      changes[limitClass] = null;
    } else if (/^\d+$/.test(value) && Number(value) >= MIN_CLIENT_RATE_LIMIT && Number(value) <= MAX_CLIENT_RATE_LIMIT) {
      changes[limitClass] = Number(value);
    } else {
      throw new Error(`Invalid --${limitClass}: ${value} (${MIN_CLIENT_RATE_LIMIT} to ${MAX_CLIENT_RATE_LIMIT}, or default)`);
    }
  }
  return Object.keys(changes).length ? changes : null;
}

export function printRateLimits(limits: RateLimitsWire): void {
  const lines = CLIENT_RATE_LIMIT_CLASSES.map((limitClass) => {
    const own = limits.overrides[limitClass];
    const note = own === null ? '(default)' : `(the client's own; default ${limits.defaults[limitClass]})`;
    return `  ${`${limitClass}:`.padEnd(8)} ${String(limits.effective[limitClass]).padEnd(8)} ${note}`;
  });
  process.stdout.write(`client ${limits.client_id} rate limits, requests per minute:\n${lines.join('\n')}\n`);
}

export function registerClientCommands(program: Command, withAdmin: WithAdmin): void {
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
      const created = await withAdmin((api) =>
        api.clients.create({ name: options.name, ip_allowlist: options.ip, features: features as ClientFeature[] }),
      );
      if (options.json) return printJson(created);
      process.stdout.write(
        `Created client ${created.client_id}.\n  username: ${created.username}\n  password: ${created.password}\n` +
          'The password is shown only now; store it safely.\n',
      );
    });

  listOptions(
    activeOptions(
      clients
        .command('list')
        .description('list clients, by id')
        .option('--search <text>', 'name or username contains it (any case), or it is the id'),
      'clients',
    ),
    CLIENT_SORTS,
    'id',
  ).action(async (options: ListFlags & ActiveFlags & { search?: string }) => {
    const query = { ...listQuery(options, CLIENT_SORTS, 'id'), ...activeFilter(options), search: options.search };
    const { items, meta } = await withAdmin((api) => api.clients.list(query));
    printList(items, meta, options, 'clients', printClientTable);
  });

  clients
    .command('show <id>')
    .description('show one client')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const client = await withAdmin((api) => api.clients.show(clientId(id)));
      if (options.json) printJson(client);
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
        const client = await withAdmin((api) => api.clients.setActive(clientId(id), active));
        if (options.json) printJson(client);
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
        const client = await withAdmin((api) => (name === 'add' ? api.clients.addIp(clientId(id), cidr) : api.clients.removeIp(clientId(id), cidr)));
        if (options.json) printJson(client);
        else process.stdout.write(`${cidr} ${verb} the allowlist of client ${client.id}\n`);
      });
  }

  clients
    .command('logout <id>')
    .description('revoke every access and refresh token of the client')
    .action(async (id: string) => {
      await withAdmin((api) => api.clients.logout(clientId(id)));
      process.stdout.write(`all tokens of client ${id} revoked\n`);
    });

  clients
    .command('rotate-secret <id>')
    .description('issue a new API secret; the old one stops working at once')
    .option('--json', 'print {"client_id","username","password"} as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const rotated = await withAdmin((api) => api.clients.rotateSecret(clientId(id)));
      if (options.json) return printJson(rotated);
      process.stdout.write(`New secret for client ${rotated.client_id} (${rotated.username}):\n  password: ${rotated.password}\n`);
    });

  clients
    .command('rate-limits <id>')
    .description("show, or set, the client's own rate limits (requests per minute; without one, the configured RATE_LIMIT_*)")
    .option('--read <n>', 'client GET requests per minute, or "default"')
    .option('--orders <n>', 'orders (and, in a bucket of their own, webhook writes) per minute, or "default"')
    .option('--quotes <n>', 'charges and availability requests per minute, or "default"')
    .option('--reset', 'every class not given back to the default')
    .option('--json', 'print JSON')
    .action(async (id: string, options: RateLimitOptions) => {
      const client = clientId(id);
      const changes = rateLimitChanges(options);
      const limits = await withAdmin((api) => (changes ? api.clients.setRateLimits(client, changes) : api.clients.rateLimits(client)));
      if (options.json) printJson(limits);
      else printRateLimits(limits);
    });
}
