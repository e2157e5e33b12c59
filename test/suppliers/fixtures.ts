import { randomBytes } from 'node:crypto';
import type { VoucherType } from '../../src/infra/db/schema.ts';
import type { Executor } from '../../src/infra/db/executor.ts';
import type { TestStore } from '../helpers/store.ts';

export const USD = 840;
export const USA = 840;

/** A product delivered by the inventory supplier: fixed 10 and 25, and a 50–100 range. */
export async function createInventoryProduct(store: TestStore, options: { name?: string; voucherType?: VoucherType } = {}): Promise<number> {
  const { reference, catalog } = store.container;
  const categories = await reference.listCategories();
  const category = categories.find((c) => c.name === 'Stocked') ?? (await reference.createCategory({ name: 'Stocked' }));
  const product = await catalog.createProduct({
    name: options.name ?? `Stocked card ${randomBytes(3).toString('hex')}`,
    category_id: category.id,
    country_id: USA,
    currency_id: USD,
    voucher_type: options.voucherType ?? 'CODE',
    supplier: 'inventory',
    denominations: [
      { min_value: 10, max_value: 10 },
      { min_value: 25, max_value: 25 },
      { min_value: 50, max_value: 100 },
    ],
  });
  return product.id;
}

/** Distinct, recognisable codes: `SECRET-<tag>-0001`, … */
export function codes(count: number, tag = randomBytes(3).toString('hex').toUpperCase()): string[] {
  return Array.from({ length: count }, (_, i) => `SECRET-${tag}-${String(i + 1).padStart(4, '0')}`);
}

/** Puts codes in stock through the operator import (the code in `code`, a PIN, a serial). */
export async function stock(store: TestStore, productId: number, denomination: number | string, list: string[], extra: Record<string, string> = {}) {
  const report = await store.container.inventory.as('test').importCodes({
    productId,
    denomination,
    records: list.map((code, i) => ({ line: i + 2, fields: { code, pin: `${1000 + i}`, serial: `SER-${code}`, ...extra } })),
  });
  if (!report.ok) throw new Error(`stock: ${JSON.stringify(report.errors)}`);
  return report;
}

export async function statusCounts(db: Executor, productId: number): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('voucher_inventory')
    .select(['status', (eb) => eb.fn.countAll<bigint>().as('count')])
    .where('product_id', '=', productId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
