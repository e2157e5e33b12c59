import type { Command } from 'commander';
import type { OverviewWire, WithAdmin } from '../admin-api.ts';
import { printJson } from '../output.ts';

const perCurrency = (rows: { currency: string; orders: number; charged: number }[]) =>
  rows.length === 0 ? 'none' : rows.map((row) => `${row.orders} (${row.charged} ${row.currency})`).join(', ');

function printOverview(view: OverviewWire): void {
  const reconciliation = view.last_reconciliation;
  const lines = [
    `as of ${view.generated_at}`,
    `wallets: ${view.wallet_balances.map((row) => `${row.balance} ${row.currency} in ${row.wallets}`).join(', ') || 'none'}`,
    `orders today: ${perCurrency(view.orders_today)}`,
    `orders this week: ${perCurrency(view.orders_this_week)}`,
    `pending over ${view.pending_alert_minutes} min: ${view.pending_too_long}`,
    `webhooks: ${view.webhooks.failing} failing, ${view.webhooks.disabled} disabled`,
    `low stock: ${view.low_stock.map((row) => `${row.product_name} ${row.denomination} ${row.currency} (${row.available})`).join(', ') || 'none'}${
      view.low_stock_count > view.low_stock.length ? ` and ${view.low_stock_count - view.low_stock.length} more (inventory stock --low-stock)` : ''
    }`,
    `last reconciliation: ${reconciliation ? `${reconciliation.ok ? 'ok' : `${reconciliation.breaks} breaks`} at ${reconciliation.checked_at}` : 'never'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerOverviewCommands(program: Command, withAdmin: WithAdmin): void {
  program
    .command('overview')
    .description(
      "the store at a glance: balances, today's and this week's orders, pending orders, failing webhooks, low stock, the last reconciliation",
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const view = await withAdmin((api) => api.overview());
      if (options.json) printJson(view);
      else printOverview(view);
    });
}
