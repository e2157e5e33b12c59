import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Database } from '../infra/db/schema.ts';
import type { Executor } from '../infra/db/executor.ts';
import * as catalogRepo from '../catalog/catalog.repository.ts';
import { parseDecimal, toJsonNumber } from '../money/decimal.ts';
import { mapPage, readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';
import { runInventoryImport, type InventoryImportInput, type InventoryImportProgress, type InventoryImportReport } from './inventory.import.ts';
import * as repo from './inventory.repository.ts';
import type { StockFilter, StockRow, StockSortField } from './inventory.repository.ts';
import { PRODUCT_NOT_FOUND, resolveStock } from './inventory.rules.ts';

export { STOCK_SORT_FIELDS } from './inventory.repository.ts';
export type { StockSortField };

/** What the operator's stock list can be narrowed to (`StockFilter` but the single value a threshold's answer reads). */
export type StockListFilter = Omit<StockFilter, 'denomination'>;

/** Stock of one product and face value (docs/inventory.md, "Stock levels"). */
export interface StockLevel {
  product_id: number;
  product_name: string;
  supplier: string;
  currency: string;
  denomination: number;
  /** Unexpired codes in stock: what orders can take. */
  available: number;
  reserved: number;
  issued: number;
  /** In stock but past their expiry: never handed out. */
  expired: number;
  threshold: number | null;
  /** Fewer available than the threshold (without one: none available). */
  low_stock: boolean;
}

export interface ThresholdInput {
  productId: number;
  denomination: number | string;
  /** null removes the threshold. */
  threshold: number | null;
}

/** What the CLI needs, locally (this service) or through a running server (`RemoteInventoryAdministration`). */
export interface InventoryAdministration {
  importCodes(input: InventoryImportInput, options?: { onProgress?: (progress: InventoryImportProgress) => void }): Promise<InventoryImportReport>;
  /** Every level (or one product's), by product and value. */
  stockLevels(filter?: { productId?: number }): Promise<StockLevel[]>;
  /** The levels the filter selects, sorted; a page of them, or all when no page is asked. An unknown product is 404. */
  stockLevelsPage(filter: StockListFilter, request: OptionalPageRequest<StockSortField>): Promise<OptionalPage<StockLevel>>;
  setThreshold(input: ThresholdInput): Promise<StockLevel>;
}

export const MAX_THRESHOLD = 1_000_000_000;

/** Every level, by product and value. */
const BY_PRODUCT = { sort: { field: 'product_id' as const, direction: 'ASC' as const }, page: null };

interface Deps {
  db: Kysely<Database>;
  cipher: VoucherCipher;
}

/**
 * The operator's side of the voucher inventory: import codes, stock levels, low-stock
 * thresholds. Writes are audit-logged (without codes). Taking codes for orders is the
 * inventory supplier's (`src/suppliers/inventory.ts`).
 */
export class InventoryService implements InventoryAdministration {
  constructor(
    private readonly deps: Deps,
    private readonly actor = 'system',
  ) {}

  as(actor: string): InventoryService {
    return new InventoryService(this.deps, actor);
  }

  importCodes(
    input: InventoryImportInput,
    options: { onProgress?: (progress: InventoryImportProgress) => void } = {},
  ): Promise<InventoryImportReport> {
    return runInventoryImport({ ...this.deps, actor: this.actor }, input, options.onProgress);
  }

  /**
   * Every product and value with codes or a threshold, and every fixed value of the products
   * the inventory supplier delivers (so an empty shelf shows), by product and value.
   */
  async stockLevels(filter: { productId?: number } = {}): Promise<StockLevel[]> {
    return (await this.stockLevelsPage(filter, BY_PRODUCT)).items;
  }

  async stockLevelsPage(filter: StockListFilter, request: OptionalPageRequest<StockSortField>): Promise<OptionalPage<StockLevel>> {
    const { db } = this.deps;
    if (filter.productId !== undefined && !(await catalogRepo.findProductRow(db, filter.productId))) throw errors.notFound(PRODUCT_NOT_FOUND);
    const page = await readOptionalPage(request.page, {
      count: () => repo.countStock(db, filter),
      items: () => repo.listStock(db, filter, request),
    });
    return mapPage(page, stockLevel);
  }

  async setThreshold(input: ThresholdInput): Promise<StockLevel> {
    if (input.threshold !== null && (!Number.isSafeInteger(input.threshold) || input.threshold < 0 || input.threshold > MAX_THRESHOLD)) {
      throw errors.validation(`threshold must be a whole number from 0 to ${MAX_THRESHOLD}, or null to remove it`);
    }
    return this.deps.db.transaction().execute(async (trx) => {
      const { product, key, denomination } = await resolveStock(trx, input.productId, input.denomination);
      const before = await repo.findThreshold(trx, key);
      await repo.setThreshold(trx, key, input.threshold, this.actor);
      if (before !== input.threshold) {
        await recordAudit(trx, {
          actor: this.actor,
          action: 'inventory.threshold',
          target: `product:${product.id}`,
          details: { denomination, before, after: input.threshold },
        });
      }
      const [level] = await repo.listStock(trx, { productId: product.id, denomination: key.denomination }, BY_PRODUCT);
      return stockLevel(level!);
    });
  }
}

/**
 * A start-up check: a warning when the newest code in stock was sealed with a key this process
 * does not have (VOUCHER_ENCRYPTION_KEY changed or lost), since issuing those codes would fail.
 */
export async function voucherKeyWarning(db: Executor, cipher: VoucherCipher): Promise<string | null> {
  const stored = await repo.newestPayload(db);
  if (stored === null || cipher.hasKeyFor(stored)) return null;
  return (
    `The voucher codes in stock were encrypted with voucher key ${VoucherCipher.keyIdOf(stored) ?? '(unknown)'}, but the configured key is ` +
    `${cipher.keyId}: they cannot be issued until the original key is configured again (docs/inventory.md, "Key management").`
  );
}

/** A level as the admin API answers it: the face value as a JSON number at the currency's precision. */
function stockLevel(row: StockRow): StockLevel {
  return {
    product_id: row.product_id,
    product_name: row.product_name,
    supplier: row.supplier,
    currency: row.currency,
    denomination: toJsonNumber(parseDecimal(row.denomination)!, row.currency_precision),
    available: row.available,
    reserved: row.reserved,
    issued: row.issued,
    expired: row.expired,
    threshold: row.threshold,
    low_stock: row.low_stock,
  };
}
