import { errors } from '../shared/errors.ts';
import type { Decimal } from '../money/decimal.ts';
import * as referenceRepo from '../reference/reference.repository.ts';
import * as repo from './catalog.repository.ts';
import type { DenominationRow } from './catalog.repository.ts';
import { assertNoOverlap, MAX_RANGES_PER_PRODUCT, rangeValues, tooManyRanges } from './catalog.rules.ts';
import { toRange } from './catalog.model.ts';
import type { DenominationChanges, DenominationInput } from './catalog.schemas.ts';
import { CLIENT_PRICING_TOPIC } from './catalog.view.ts';
import type { CatalogContext } from './catalog.context.ts';
import { changeProduct, type AdminProduct } from './catalog.products.ts';

/**
 * A product's denomination ranges: each change is a change of its product
 * (`changeProduct`: locked, audited, told to every process). Ranges never overlap; removing one
 * removes the negotiated rates for it.
 */

type Context = Pick<CatalogContext, 'db' | 'bus' | 'suppliers' | 'actor'>;

export function addDenomination(context: Context, productId: number, input: DenominationInput): Promise<AdminProduct> {
  return changeProduct(context, productId, 'product.denomination_add', async (trx, before) => {
    const currency = (await referenceRepo.findCurrency(trx, before.currency_id))!;
    const range = rangeValues(input, currency);
    const existing = await repo.listDenominationRows(trx, { productId });
    if (existing.length >= MAX_RANGES_PER_PRODUCT) throw tooManyRanges();
    assertNoOverlap([...existing.map(rangeOfRow), range]);
    await repo.insertDenomination(trx, { product_id: productId, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
  });
}

export async function updateDenomination(context: Context, id: number, changes: DenominationChanges): Promise<AdminProduct> {
  if (changes.min_value === undefined && changes.max_value === undefined && changes.discount === undefined) {
    throw errors.validation('Nothing to change: give min_value, max_value and/or discount');
  }
  const productId = await productOfDenomination(context, id);
  return changeProduct(context, productId, 'product.denomination_update', async (trx, before) => {
    const current = await repo.findDenominationRow(trx, id);
    if (!current || current.product_id !== productId) throw denominationNotFound();
    const currency = (await referenceRepo.findCurrency(trx, before.currency_id))!;
    // Unchanged values are taken as stored (exact text), never through a double.
    const range = rangeValues(
      {
        min_value: changes.min_value ?? current.min_value,
        max_value: changes.max_value ?? current.max_value,
        discount: changes.discount ?? current.discount,
      },
      currency,
    );
    const others = (await repo.listDenominationRows(trx, { productId })).filter((row) => row.id !== id);
    assertNoOverlap([...others.map(rangeOfRow), range]);
    await repo.updateDenomination(trx, id, { min_value: range.min_value, max_value: range.max_value, discount: range.discount });
  });
}

/** Negotiated rates for the range go with it (ON DELETE CASCADE). */
export async function removeDenomination(context: Context, id: number): Promise<AdminProduct> {
  const productId = await productOfDenomination(context, id);
  const after = await changeProduct(context, productId, 'product.denomination_remove', async (trx) => {
    const current = await repo.findDenominationRow(trx, id);
    if (!current || current.product_id !== productId) throw denominationNotFound();
    await repo.deleteDenomination(trx, id);
  });
  await context.bus.publish(CLIENT_PRICING_TOPIC, '*');
  return after;
}

async function productOfDenomination(context: Pick<CatalogContext, 'db'>, id: number): Promise<number> {
  const row = await repo.findDenominationRow(context.db, id);
  if (!row) throw denominationNotFound();
  return row.product_id;
}

function rangeOfRow(row: DenominationRow): { min: Decimal; max: Decimal } {
  const range = toRange(row);
  return { min: range.min, max: range.max };
}

export function denominationNotFound() {
  return errors.notFound('Denomination range not found');
}
