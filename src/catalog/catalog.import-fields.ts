import type { Static } from 'typebox';
import { CatalogFileProduct } from './catalog.schemas.ts';

/**
 * What a catalog file and the import agree on, without the import itself: the fields of one
 * product and the writer of the denominations notation (`catalog.import.ts` reads it). The CLI
 * formats files with these alone.
 */

/** The fields of one product in an import (CSV columns, JSON keys): those of `CatalogFileProduct`, in its order. */
export type ImportField = keyof Static<typeof CatalogFileProduct>;
export const IMPORT_FIELDS = Object.keys(CatalogFileProduct.properties) as ImportField[];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'category', 'country', 'currency'];

/** The notation `parseDenominationSpec` (catalog.import.ts) reads, for ranges as numbers or exact text (export). */
export function formatDenominationSpec(ranges: { min_value: number | string; max_value: number | string; discount: number | string }[]): string {
  return ranges
    .map((range) => {
      const min = String(range.min_value);
      const max = String(range.max_value);
      const value = min === max ? min : `${min}-${max}`;
      return Number(range.discount) === 0 ? value : `${value}:${range.discount}`;
    })
    .join('|');
}
