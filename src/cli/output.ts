import type { ClientWire } from './admin-api.ts';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printClient(client: ClientWire): void {
  const allowlist = client.ip_allowlist.length ? client.ip_allowlist.join(', ') : '(any address)';
  process.stdout.write(
    [
      `client ${client.id}: ${client.name}`,
      `  username:     ${client.username}`,
      `  active:       ${client.active ? 'yes' : 'no'}`,
      `  features:     ${client.features.join(', ') || '(none)'}`,
      `  ip allowlist: ${allowlist}`,
      ...(client.demo ? ['  demo:         yes (sees the demo products in production mode)'] : []),
      `  created:      ${client.created_at}`,
      '',
    ].join('\n'),
  );
}

export function printClientTable(clients: ClientWire[]): void {
  const rows = clients.map((c) => [String(c.id), c.active ? 'active' : 'inactive', c.username, c.name]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['ID', 'STATUS', 'USERNAME'][i]!.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  process.stdout.write(`${[line(['ID', 'STATUS', 'USERNAME', 'NAME']), ...rows.map(line)].join('\n')}\n`);
}
