import type { Command } from 'commander';
import type { SupplierHealthReportWire, WithAdmin } from '../admin-api.ts';
import { table } from '../command-helpers.ts';
import { printJson } from '../output.ts';

/** As the route takes it (GET /admin/v1/suppliers `hours`). */
const MAX_HOURS = 720;

function hours(value: string): string {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_HOURS) throw new Error(`Invalid hours: ${value} (1 to ${MAX_HOURS})`);
  return value;
}

function percent(rate: number | null): string {
  return rate === null ? '-' : `${(rate * 100).toFixed(2)}%`;
}

function printSuppliers(report: SupplierHealthReportWire): void {
  process.stdout.write(
    table(
      ['SUPPLIER', 'ISSUES', 'PRODUCTS', 'ORDERS', 'UNITS', 'DELIVERED', 'FAILED', 'FAILURE RATE', 'PENDING', 'LAST FAILURE'],
      report.suppliers.map((s) => [
        s.name,
        s.can_issue ? 'yes' : 'demo only',
        String(s.active_products),
        String(s.orders_placed),
        String(s.units_ordered),
        String(s.units_delivered),
        String(s.units_failed),
        percent(s.failure_rate),
        String(s.orders_pending),
        s.last_failure_at === null ? '-' : `${s.last_failure_at} ${s.last_failure_code ?? ''}`.trimEnd(),
      ]),
    ),
  );
  process.stdout.write(`orders placed in the last ${report.hours} h (since ${report.since}); store mode ${report.store_mode}\n`);
}

export function registerSupplierCommands(program: Command, withAdmin: WithAdmin): void {
  program
    .command('suppliers')
    .description('the suppliers with their health: active products, and the orders, failures and failure rate of the last hours')
    .option('--hours <n>', `the window: orders placed in the last n hours (1 to ${MAX_HOURS})`, '24')
    .option('--json', 'print the report as JSON')
    .action(async (options: { hours: string; json?: boolean }) => {
      const report = await withAdmin((api) => api.suppliers.health({ hours: hours(options.hours) }));
      if (options.json) return printJson(report);
      printSuppliers(report);
    });
}
