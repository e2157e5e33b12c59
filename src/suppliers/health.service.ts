import type { Kysely } from 'kysely';
import type { StoreMode } from '../config.ts';
import type { Database } from '../infra/db/schema.ts';
import { activeProductCounts, supplierOrderFigures } from './health.repository.ts';
import type { SupplierRegistry } from './registry.ts';

/** The window of the figures, in hours: the default and its bounds (GET /admin/v1/suppliers `hours`). */
export const HEALTH_WINDOW_HOURS = { fallback: 24, min: 1, max: 720 } as const;

/** Decimal places of `failureRate`. */
const RATE_DECIMALS = 4;

export interface SupplierHealth {
  name: string;
  /** Its codes are not real (sandbox). */
  fakeCodes: boolean;
  /** It issues to every client in this store's mode; false: to demo clients only (fake codes in production mode). */
  canIssue: boolean;
  activeProducts: number;
  ordersPlaced: number;
  unitsOrdered: number;
  unitsDelivered: number;
  unitsFailed: number;
  /** unitsFailed / (unitsDelivered + unitsFailed), to 4 decimal places; null when no unit ended. */
  failureRate: number | null;
  ordersPending: number;
  lastFailureAt: Date | null;
  lastFailureCode: string | null;
}

export interface SupplierHealthReport {
  storeMode: StoreMode;
  hours: number;
  /** Orders placed at or after this time are counted. */
  since: Date;
  suppliers: SupplierHealth[];
}

/** What an operator can read of the suppliers: each registered one, with the figures of its recent orders. */
export interface SupplierAdministration {
  health(hours: number): Promise<SupplierHealthReport>;
}

export function failureRate(failed: number, delivered: number): number | null {
  const ended = failed + delivered;
  if (ended === 0) return null;
  const scale = 10 ** RATE_DECIMALS;
  return Math.round((failed / ended) * scale) / scale;
}

/** The suppliers' health as the operator reads it: the registry, and the orders and products tables. */
export class SupplierHealthService implements SupplierAdministration {
  constructor(private readonly deps: { db: Kysely<Database>; suppliers: SupplierRegistry }) {}

  async health(hours: number): Promise<SupplierHealthReport> {
    const { db, suppliers } = this.deps;
    const since = new Date(Date.now() - hours * 3_600_000);
    const names = suppliers.names();
    const [figures, products] = await Promise.all([supplierOrderFigures(db, names, since), activeProductCounts(db)]);
    const bySupplier = new Map(figures.map((row) => [row.supplier, row]));
    return {
      storeMode: suppliers.storeMode,
      hours,
      since,
      suppliers: names.map((name) => {
        const supplier = suppliers.get(name)!;
        const row = bySupplier.get(name);
        const delivered = row?.unitsDelivered ?? 0;
        const failed = row?.unitsFailed ?? 0;
        return {
          name,
          fakeCodes: supplier.fakeCodes === true,
          canIssue: suppliers.mayIssue(supplier, { demoClient: false, demoProduct: false }),
          activeProducts: products.get(name) ?? 0,
          ordersPlaced: row?.orders ?? 0,
          unitsOrdered: row?.unitsOrdered ?? 0,
          unitsDelivered: delivered,
          unitsFailed: failed,
          failureRate: failureRate(failed, delivered),
          ordersPending: row?.ordersPending ?? 0,
          lastFailureAt: row?.lastFailureAt ?? null,
          lastFailureCode: row?.lastFailureCode ?? null,
        };
      }),
    };
  }
}
