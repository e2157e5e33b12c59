import { Type, type Static } from 'typebox';
import { queryWhole } from '../http/query-params.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { HEALTH_WINDOW_HOURS } from './health.service.ts';

const count = (description: string) => Type.Integer({ minimum: 0, description });

export const SupplierHealthView = Type.Object(
  {
    name: Type.String({ description: 'The supplier, as products name it (products.supplier): sandbox, inventory, test' }),
    fake_codes: Type.Boolean({ description: 'Its codes are not real (the sandbox TEST- codes)' }),
    can_issue: Type.Boolean({
      description: "It issues to every client in this store's mode (STORE_MODE); false: to demo clients only (fake codes in production mode)",
    }),
    active_products: count('Active products it fulfils'),
    orders_placed: count('Orders placed in the window'),
    units_ordered: count('Vouchers those orders asked for'),
    units_delivered: count('Vouchers of those orders delivered'),
    units_failed: count('Vouchers of those orders that failed for good and were refunded (FAILED, or PARTIALLY_DELIVERED no longer retried)'),
    failure_rate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
      description: 'units_failed / (units_delivered + units_failed), to 4 decimal places; null when no unit ended',
    }),
    orders_pending: count('Of those orders, the ones still PENDING'),
    last_failure_at: Type.Union([Timestamp, Type.Null()], { description: 'When the last of those orders that failed for good failed' }),
    last_failure_code: Type.Union([Type.String(), Type.Null()], { description: 'Its failure_code (never a voucher code)' }),
  },
  { title: 'SupplierHealth' },
);

export const SupplierHealthReportView = Type.Object(
  {
    store_mode: Type.Union([Type.Literal('production'), Type.Literal('sandbox')]),
    hours: Type.Integer({ description: 'The window, in hours' }),
    since: Type.String({ format: 'date-time', description: 'Orders placed at or after this time are counted (RFC 3339 UTC)' }),
    suppliers: Type.Array(SupplierHealthView, { description: 'Every registered supplier, by name' }),
  },
  { title: 'SupplierHealthReport' },
);

export const SupplierHealthQuery = Type.Object({
  hours: Type.Optional(
    Type.String({
      pattern: '^[0-9]*$',
      maxLength: 12,
      description: `The window: orders placed in the last this many hours, ${HEALTH_WINDOW_HOURS.min} – ${HEALTH_WINDOW_HOURS.max} (default ${HEALTH_WINDOW_HOURS.fallback})`,
    }),
  ),
});

/** The window of GET /admin/v1/suppliers, in hours, read from its validated query. */
export function readHealthWindow(query: Static<typeof SupplierHealthQuery>): number {
  return queryWhole(query.hours, HEALTH_WINDOW_HOURS);
}

const security = [{ operatorAuth: [] }];

export const schemas = {
  health: {
    tags: ['admin: suppliers'],
    security,
    summary: 'The suppliers, with their health and failure rates',
    description:
      'Every registered supplier: whether it issues in this store mode, its active products, and the figures of the orders placed ' +
      'in the last `hours` hours (default 24, 1 – 720). A malformed or out-of-range hours is 400 BAD_REQUEST "Invalid query parameters".',
    querystring: SupplierHealthQuery,
    response: { 200: SupplierHealthReportView, ...errorResponses(400, 401, 500) },
  },
};
