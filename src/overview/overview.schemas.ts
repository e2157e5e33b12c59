import { Type } from 'typebox';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { LOW_STOCK_LISTED } from './overview.service.ts';

const OrdersPerCurrency = Type.Array(
  Type.Object({
    currency: Type.String(),
    orders: Type.Integer(),
    charged: Type.Number({ description: 'What they charged (wallet currency); cancelled and failed orders count 0' }),
  }),
);

export const Overview = Type.Object(
  {
    generated_at: Timestamp,
    wallet_balances: Type.Array(Type.Object({ currency: Type.String(), wallets: Type.Integer(), balance: Type.Number() }), {
      description: "The clients' wallets, summed per currency",
    }),
    operator_accounts: Type.Array(Type.Object({ kind: Type.String(), currency: Type.String(), balance: Type.Number() }), {
      description: "The store's own ledger accounts (FUNDING, REVENUE, SUPPLIER_PAYABLE, FX) per currency",
    }),
    orders_today: OrdersPerCurrency,
    orders_this_week: OrdersPerCurrency,
    pending_alert_minutes: Type.Integer(),
    pending_too_long: Type.Integer({ description: 'Orders still PENDING pending_alert_minutes after they were placed' }),
    webhooks: Type.Object({
      failing: Type.Integer({ description: 'Active endpoints whose last deliveries failed' }),
      disabled: Type.Integer({ description: 'Endpoints disabled by the store or an operator' }),
    }),
    low_stock_count: Type.Integer({ description: 'Product values with fewer codes available than their threshold (without one: none)' }),
    low_stock: Type.Array(
      Type.Object({
        product_id: Type.Integer(),
        product_name: Type.String(),
        currency: Type.String(),
        denomination: Type.Number(),
        available: Type.Integer(),
        threshold: Type.Union([Type.Integer(), Type.Null()]),
      }),
      {
        description: `The first ${LOW_STOCK_LISTED} of them, fewest codes available first`,
      },
    ),
    last_reconciliation: Type.Union([
      Type.Object({
        ok: Type.Boolean(),
        checked_at: Timestamp,
        breaks: Type.Integer(),
        failed_checks: Type.Array(Type.String()),
        failed_check_descriptions: Type.Array(Type.String(), { description: 'What each failed check verifies, in the order of failed_checks' }),
      }),
      Type.Null(),
    ]),
    orders_per_hour: Type.Array(Type.Object({ hour: Timestamp, orders: Type.Integer() }), {
      description: 'The last 24 hours; hours without orders are absent',
    }),
    revenue_per_day: Type.Array(
      Type.Object({ day: Type.String({ format: 'date' }), currency: Type.String(), orders: Type.Integer(), charged: Type.Number() }),
      {
        description: 'The last 14 UTC days, per wallet currency; days without orders are absent',
      },
    ),
  },
  { title: 'Overview' },
);

export const overviewSchema = {
  tags: ['admin: overview'],
  security: [{ operatorAuth: [] }],
  summary: "The store at a glance: balances, today's and this week's orders, what needs attention, orders per hour and revenue per day",
  response: { 200: Overview, ...errorResponses(401, 500) },
};
