import type { Kysely } from 'kysely';
import type { Database } from '../infra/db/schema.ts';
import type { InventoryAdministration } from '../inventory/inventory.service.ts';
import type { LedgerService } from '../ledger/ledger.service.ts';
import { minorToNumber } from '../money/minor-units.ts';
import { toRfc3339 } from '../shared/dates.ts';
import * as repository from './overview.repository.ts';
import type { CurrencySum } from './overview.repository.ts';

/** Orders still PENDING this long after they were placed need an operator's eye. */
export const PENDING_ALERT_MINUTES = 10;
const HOURS_CHARTED = 24;
/** The low-stock values listed (fewest codes available first); `low_stock_count` says how many there are. */
export const LOW_STOCK_LISTED = 20;
const LOW_STOCK_PAGE = {
  sort: { field: 'available' as const, direction: 'ASC' as const },
  page: { page: 1, limit: LOW_STOCK_LISTED, offset: 0 },
};
const DAYS_CHARTED = 14;

export interface OverviewDeps {
  db: Kysely<Database>;
  inventory: Pick<InventoryAdministration, 'stockLevelsPage'>;
  ledger: Pick<LedgerService, 'lastReconciliation'>;
}

const money = (sum: CurrencySum) => minorToNumber(sum.amount, sum.minor_units);

/** Midnight UTC of `now`'s day, and of the Monday of its week. */
function dayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
function weekStart(now: Date): Date {
  const day = dayStart(now);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

/** The console's first page in one request: balances, orders and revenue, what needs attention, and two charts. */
export class OverviewService {
  constructor(private readonly deps: OverviewDeps) {}

  async overview(now = new Date()) {
    const { db } = this.deps;
    const [wallets, accounts, today, week, pending, webhooks, stock, reconciliation, perHour, perDay] = await Promise.all([
      repository.walletBalances(db),
      repository.operatorAccountBalances(db),
      repository.ordersSince(db, dayStart(now)),
      repository.ordersSince(db, weekStart(now)),
      repository.pendingSince(db, new Date(now.getTime() - PENDING_ALERT_MINUTES * 60_000)),
      repository.webhookTrouble(db),
      // Only low stock is read, a page of it: the overview's cost does not grow with the catalog.
      this.deps.inventory.stockLevelsPage({ lowStock: true }, LOW_STOCK_PAGE),
      this.deps.ledger.lastReconciliation(),
      repository.ordersPerHour(db, new Date(now.getTime() - HOURS_CHARTED * 3_600_000)),
      repository.revenuePerDay(db, new Date(dayStart(now).getTime() - (DAYS_CHARTED - 1) * 86_400_000)),
    ]);
    const orders = (sums: CurrencySum[]) => sums.map((sum) => ({ currency: sum.currency, orders: sum.count, charged: money(sum) }));
    return {
      generated_at: toRfc3339(now),
      wallet_balances: wallets.map((sum) => ({ currency: sum.currency, wallets: sum.count, balance: money(sum) })),
      operator_accounts: accounts.map((sum) => ({ kind: sum.kind, currency: sum.currency, balance: money(sum) })),
      orders_today: orders(today),
      orders_this_week: orders(week),
      pending_alert_minutes: PENDING_ALERT_MINUTES,
      pending_too_long: pending,
      webhooks,
      low_stock_count: stock.meta?.total ?? stock.items.length,
      low_stock: stock.items.map(({ product_id, product_name, currency, denomination, available, threshold }) => ({
        product_id,
        product_name,
        currency,
        denomination,
        available,
        threshold,
      })),
      last_reconciliation: reconciliation,
      orders_per_hour: perHour.map((row) => ({ hour: row.hour, orders: row.count })),
      revenue_per_day: perDay.map((row) => ({ day: row.day, currency: row.currency, orders: row.count, charged: money(row) })),
    };
  }
}
