import { parseCsvRecords } from '../../../src/infra/csv-records.ts';
import { parseJsonRecords } from '../../../src/infra/json-records.ts';
export { parseInventoryCsv } from '../../../src/inventory/inventory.file.ts';

/**
 * The bulk imports' files, read in the browser by the store's own readers (src/infra), so line
 * numbers and file problems are the CLI's. Only the file itself is checked here; every rule about
 * the values is the store's (a dry run). Loaded on demand: the CSV reader is sizeable.
 */

export interface FileLine {
  line: number;
  message: string;
}

export interface ReadFile {
  records: { line: number; fields: Record<string, unknown> }[];
  /** Problems of the file itself (CSV syntax, header, JSON syntax), by line. */
  errors: FileLine[];
}

/** The columns of a catalog file, in order: the store's IMPORT_FIELDS (src/catalog/catalog.import-fields.ts; a test keeps them equal). */
export const CATALOG_COLUMNS = [
  'id',
  'name',
  'category',
  'subcategory',
  'country',
  'currency',
  'voucher_type',
  'supplier',
  'active',
  'denominations',
  'image_url',
  'delivery_mode',
  'delivery_time',
  'validity',
  'description',
  'redemption_instructions',
  'terms',
] as const;
export const REQUIRED_CATALOG_COLUMNS = ['name', 'category', 'country', 'currency'] as const;

export type CatalogFormat = 'csv' | 'json';

/** `.json` → JSON, `.csv` → CSV; otherwise the text decides (an array is JSON). */
export function catalogFormatOf(fileName: string, text: string): CatalogFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('[')
    ? 'json'
    : 'csv';
}

export function parseCatalogText(text: string, format: CatalogFormat): ReadFile {
  if (format === 'json') return parseJsonRecords(text, 'expected a JSON array of products: [{"name": …, "category": …}, …]');
  return parseCsvRecords(text, {
    columns: CATALOG_COLUMNS,
    required: REQUIRED_CATALOG_COLUMNS,
    headerHint: `${REQUIRED_CATALOG_COLUMNS.join(', ')}, …`,
  });
}
