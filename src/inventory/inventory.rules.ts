import { errors } from '../shared/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import * as catalogRepo from '../catalog/catalog.repository.ts';
import type { ProductRow } from '../catalog/catalog.repository.ts';
import { buildCatalogProduct, findRange, toRange } from '../catalog/catalog.model.ts';
import { formatDenominationSpec } from '../catalog/catalog.import-fields.ts';
import { compareDecimal, formatDecimal, parseDecimal, toJsonNumber, type Decimal } from '../money/decimal.ts';
import type { StockKey } from '../suppliers/stock.repository.ts';

/** NUMERIC(19,4): the exact text the inventory tables compare and group by. */
export const STORED_PLACES = 4;

export interface ResolvedStock {
  product: ProductRow;
  key: StockKey;
  /** The face value as a JSON number at the product currency's precision. */
  denomination: number;
}

export const PRODUCT_NOT_FOUND = 'Product not found';

/**
 * The product and face value an import or a threshold is about: the product exists and the
 * value is one of its face values (inside a range, at most the currency's decimals).
 */
export async function resolveStock(db: Executor, productId: number, denomination: number | string): Promise<ResolvedStock> {
  const product = await catalogRepo.findProductRow(db, productId);
  if (!product) throw errors.notFound(PRODUCT_NOT_FOUND);
  const ranges = await catalogRepo.listDenominationRows(db, { productId });
  const value = parseDecimal(denomination);
  const zero: Decimal = { units: 0n, scale: 0 };
  if (!value || compareDecimal(value, zero) <= 0 || !findRange(buildCatalogProduct(product, ranges), value)) {
    const spec = formatDenominationSpec(
      ranges
        .map(toRange)
        .sort((a, b) => compareDecimal(a.min, b.min))
        .map((range) => ({
          min_value: toJsonNumber(range.min, product.currency_precision),
          max_value: toJsonNumber(range.max, product.currency_precision),
          discount: 0,
        })),
    );
    throw errors.badRequest(
      `Denomination ${String(denomination).slice(0, 40)} is not a face value of product ${productId} (${spec ? `${product.currency_code} ${spec}` : 'it has no denomination ranges'})`,
    );
  }
  return {
    product,
    key: { productId, denomination: formatDecimal(value, STORED_PLACES) },
    denomination: toJsonNumber(value, product.currency_precision),
  };
}
