import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Database } from '../infra/db/schema.ts';
import type { Executor } from '../infra/db/executor.ts';
import * as catalogRepo from '../catalog/catalog.repository.ts';
import type { ProductRow } from '../catalog/catalog.repository.ts';
import { toRange } from '../catalog/catalog.model.ts';
import { compareDecimal, formatDecimal, parseDecimal, toJsonNumber } from '../money/decimal.ts';
import { runInventoryImport, type InventoryImportInput, type InventoryImportProgress, type InventoryImportReport } from './inventory.import.ts';
import * as repo from './inventory.repository.ts';
import { PRODUCT_NOT_FOUND, resolveStock, STORED_PLACES } from './inventory.rules.ts';

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
  stockLevels(filter?: { productId?: number }): Promise<StockLevel[]>;
  setThreshold(input: ThresholdInput): Promise<StockLevel>;
}

export const MAX_THRESHOLD = 1_000_000_000;

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
    const { db } = this.deps;
    if (filter.productId !== undefined && !(await catalogRepo.findProductRow(db, filter.productId))) throw errors.notFound(PRODUCT_NOT_FOUND);
    return stockLevels(db, filter.productId);
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
      const [level] = await stockLevels(trx, product.id, key.denomination);
      return level!;
    });
  }
}

/** `only`: just that value (NUMERIC text) of the product, listed even when empty. */
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

async function stockLevels(db: Executor, productId?: number, only?: string): Promise<StockLevel[]> {
  const [counts, thresholds, products, ranges] = await Promise.all([
    repo.stockCounts(db, productId),
    repo.listThresholds(db, productId),
    productId === undefined ? catalogRepo.listProductRows(db) : catalogRepo.findProductRow(db, productId).then((row) => (row ? [row] : [])),
    catalogRepo.listDenominationRows(db, productId === undefined ? {} : { productId }),
  ]);
  const byId = new Map<number, ProductRow>(products.map((product) => [product.id, product]));
  const levels = new Map<string, { productId: number; denomination: string; counts?: repo.StockCountRow; threshold?: number }>();
  const entry = (productId: number, denomination: string) => {
    const id = `${productId}/${denomination}`;
    let level = levels.get(id);
    if (!level) levels.set(id, (level = { productId, denomination }));
    return level;
  };
  for (const row of counts) entry(row.product_id, row.denomination).counts = row;
  for (const row of thresholds) entry(row.product_id, row.denomination).threshold = row.threshold;
  for (const row of ranges) {
    if (byId.get(row.product_id)?.supplier !== 'inventory') continue;
    const range = toRange(row);
    if (compareDecimal(range.min, range.max) === 0) entry(row.product_id, formatDecimal(range.min, STORED_PLACES));
  }
  if (productId !== undefined && only !== undefined) entry(productId, only);
  return [...levels.values()]
    .filter((level) => byId.has(level.productId) && (only === undefined || level.denomination === only))
    .sort((a, b) => a.productId - b.productId || compareDecimal(parseDecimal(a.denomination)!, parseDecimal(b.denomination)!))
    .map((level) => {
      const product = byId.get(level.productId)!;
      const available = level.counts?.available ?? 0;
      const threshold = level.threshold ?? null;
      return {
        product_id: product.id,
        product_name: product.name,
        supplier: product.supplier,
        currency: product.currency_code,
        denomination: toJsonNumber(parseDecimal(level.denomination)!, product.currency_precision),
        available,
        reserved: level.counts?.reserved ?? 0,
        issued: level.counts?.issued ?? 0,
        expired: level.counts?.expired ?? 0,
        threshold,
        low_stock: available < (threshold ?? 1),
      };
    });
}
