import { errors } from '../shared/errors.ts';
import { compareDecimal, decimalPlaces, formatDecimal, parseDecimal, type Decimal } from '../money/decimal.ts';
import type { CurrencyRecord } from '../reference/reference.repository.ts';
import { DISCOUNT_PLACES } from './catalog.model.ts';
import { MAX_FACE_VALUE, MIN_FACE_VALUE } from './face-values.ts';

/**
 * The rules every write of a denomination range obeys, whether it comes from the admin API
 * (`CatalogService`) or from a bulk import (`catalog.import.ts`).
 */

export const MAX_RANGES_PER_PRODUCT = 100;

export interface RangeValues {
  min_value: string;
  max_value: string;
  discount: string;
  min: Decimal;
  max: Decimal;
}

const MIN_FACE = parseDecimal(MIN_FACE_VALUE)!;
const MAX_FACE = parseDecimal(MAX_FACE_VALUE)!;

export function invalidField(field: string, message: string) {
  return errors.validation(`${field} ${message}`, [{ field, message }]);
}

/**
 * A face value: > 0, at most the currency's decimals, and one an order may name (a KWD 0.005
 * voucher could be listed but never ordered); exact text at that precision.
 */
export function moneyValue(input: number | string, field: string, currency: CurrencyRecord): { text: string; value: Decimal } {
  const value = parseDecimal(input);
  if (!value || compareDecimal(value, { units: 0n, scale: 0 }) <= 0) throw invalidField(field, 'must be a number greater than 0');
  if (decimalPlaces(value) > currency.minor_units) {
    throw invalidField(field, `has more decimal places than ${currency.code} allows (${currency.minor_units})`);
  }
  if (compareDecimal(value, MIN_FACE) < 0) throw invalidField(field, `must be at least ${MIN_FACE_VALUE}`);
  if (compareDecimal(value, MAX_FACE) > 0) throw invalidField(field, `must be at most ${MAX_FACE_VALUE}`);
  return { text: formatDecimal(value, currency.minor_units), value };
}

/** A percentage: 0 ≤ d < 100, at most two decimals. */
export function discountValue(input: number | string, field: string): string {
  const value = parseDecimal(input);
  if (!value || compareDecimal(value, { units: 0n, scale: 0 }) < 0 || compareDecimal(value, { units: 100n, scale: 0 }) >= 0) {
    throw invalidField(field, 'must be a percentage from 0 to less than 100');
  }
  if (decimalPlaces(value) > DISCOUNT_PLACES) throw invalidField(field, `may have at most ${DISCOUNT_PLACES} decimal places`);
  return formatDecimal(value, DISCOUNT_PLACES);
}

/** A range as given (JSON numbers) or as stored (NUMERIC text). */
export interface RawRange {
  min_value: number | string;
  max_value: number | string;
  discount?: number | string;
}

export function rangeValues(input: RawRange, currency: CurrencyRecord, prefix?: string): RangeValues {
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const min = moneyValue(input.min_value, name('min_value'), currency);
  const max = moneyValue(input.max_value, name('max_value'), currency);
  if (compareDecimal(min.value, max.value) > 0) throw invalidField(name('min_value'), 'must not be greater than max_value');
  return {
    min_value: min.text,
    max_value: max.text,
    discount: discountValue(input.discount ?? 0, name('discount')),
    min: min.value,
    max: max.value,
  };
}

/** A face value must fall in at most one range, so its discount is never ambiguous. */
export function assertNoOverlap(ranges: { min: Decimal; max: Decimal }[]): void {
  const sorted = [...ranges].sort((a, b) => compareDecimal(a.min, b.min));
  for (let i = 1; i < sorted.length; i++) {
    if (compareDecimal(sorted[i]!.min, sorted[i - 1]!.max) <= 0) {
      throw errors.badRequest('Denomination ranges of a product must not overlap');
    }
  }
}

export function tooManyRanges() {
  return errors.badRequest(`A product has at most ${MAX_RANGES_PER_PRODUCT} denomination ranges`);
}
