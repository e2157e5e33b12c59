import type { Command } from 'commander';
import type { OperatorCredentialsWire, OperatorWire, WithAdmin } from '../admin-api.ts';
import { printJson } from '../output.ts';
import { createsStore } from '../store-access.ts';
import { activeFilter, activeOptions, listOptions, listQuery, printList, type ActiveFlags, type ListFlags } from '../list-options.ts';
import type { OperatorSortField } from '../../operators/operators.repository.ts';

function operatorId(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
    throw new Error(`Invalid operator ID: ${value}`);
  }
  return Number(value);
}

/** The sorts of GET /admin/v1/operators (OPERATOR_SORT_FIELDS). */
export const OPERATOR_SORTS = ['id', 'username', 'created_at'] as const satisfies readonly OperatorSortField[];

function printOperatorTable(operators: OperatorWire[]): void {
  const rows = operators.map((o) => [String(o.id), o.active ? 'active' : 'inactive', o.username]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['ID', 'STATUS'][i]!.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  process.stdout.write(`${[line(['ID', 'STATUS', 'USERNAME']), ...rows.map(line)].join('\n')}\n`);
}

function printCredentials(heading: string, credentials: OperatorCredentialsWire): void {
  process.stdout.write(
    `${heading}\n  username: ${credentials.username}\n  password: ${credentials.password}\n` + 'The password is shown only now; store it safely.\n',
  );
}

export function registerOperatorCommands(program: Command, withAdmin: WithAdmin): void {
  const operators = program.command('operators').description('manage operator accounts (they log in to the admin API at POST /admin/v1/auth/login)');

  createsStore(operators.command('create'))
    .description('create an operator account; prints its password once')
    .requiredOption('--username <name>', 'lower-case letters, digits, ".", "_" or "-"')
    .option('--json', 'print {"operator_id","username","password"} as JSON')
    .action(async (options: { username: string; json?: boolean }) => {
      const created = await withAdmin((api) => api.operators.create(options.username));
      if (options.json) return printJson(created);
      printCredentials(`Created operator ${created.operator_id}.`, created);
    });

  listOptions(
    activeOptions(
      operators
        .command('list')
        .description('list operator accounts, by id')
        .option('--search <text>', 'username contains it (any case), or it is the id'),
      'operators',
    ),
    OPERATOR_SORTS,
    'id',
  ).action(async (options: ListFlags & ActiveFlags & { search?: string }) => {
    const query = { ...listQuery(options, OPERATOR_SORTS, 'id'), ...activeFilter(options), search: options.search };
    const { items, meta } = await withAdmin((api) => api.operators.list(query));
    printList(items, meta, options, 'operators', printOperatorTable);
  });

  for (const [name, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    operators
      .command(`${name} <id>`)
      .description(
        active ? 'allow the operator to log in again (tokens revoked earlier stay revoked)' : 'block the operator at once (its tokens stop working)',
      )
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean }) => {
        const operator = await withAdmin((api) => api.operators.setActive(operatorId(id), active));
        if (options.json) printJson(operator);
        else process.stdout.write(`operator ${operator.id} (${operator.username}) ${active ? 'activated' : 'deactivated'}\n`);
      });
  }

  operators
    .command('rotate-password <id>')
    .description("issue a new password; the old one and the operator's tokens stop working at once")
    .option('--json', 'print {"operator_id","username","password"} as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const rotated = await withAdmin((api) => api.operators.rotatePassword(operatorId(id)));
      if (options.json) return printJson(rotated);
      printCredentials(`New password for operator ${rotated.operator_id}.`, rotated);
    });

  operators
    .command('totp-reset <id>')
    .description('turn off the two-factor authentication of an operator who lost the device; the password alone signs in again')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const operator = await withAdmin((api) => api.operators.resetTotp(operatorId(id)));
      if (options.json) printJson(operator);
      else process.stdout.write(`operator ${operator.id} (${operator.username}): two-factor authentication turned off\n`);
    });
}
