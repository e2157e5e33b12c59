import { stringify } from 'csv-stringify/sync';
import { parseCsvRecords } from '../infra/csv-records.ts';
import { parseJsonRecords } from '../infra/json-records.ts';
import type { Static } from 'typebox';
import { protectCsvCell, readCsvCell } from '../shared/csv-cells.ts';
import { pick } from '../shared/fields.ts';
import { formatDenominationSpec, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from './catalog.import-fields.ts';
import type { ImportLineError, ImportRecord } from './catalog.import.ts';
import type { AdminProduct } from './catalog.products.ts';
import type { CatalogFileProduct, CatalogFormat as CatalogFormatSchema } from './catalog.schemas.ts';

/**
 * The catalog as a file (docs/catalog.md, "Bulk import and export"): CSV with one product per
 * row and its ranges in one `denominations` cell (`10|25:1.5|50-500:3`), or a JSON array of
 * product objects. Reading only turns the file into records with their line numbers; every rule
 * is checked by the import itself (`catalog.import.ts`), locally or on the server.
 */

export type CatalogFormat = Static<typeof CatalogFormatSchema>;
export const CATALOG_FORMATS: readonly CatalogFormat[] = ['csv', 'json'];

export interface ParsedCatalogFile {
  records: ImportRecord[];
  /** Problems of the file itself (CSV syntax, header, JSON syntax), by line. */
  errors: ImportLineError[];
}

/** `.json` → json, `.csv` → csv, otherwise undefined. */
export function formatOfFileName(name: string): CatalogFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

export function parseCatalogFile(text: string, format: CatalogFormat): ParsedCatalogFile {
  return format === 'json' ? parseJson(text) : parseCsv(text);
}

// ---- CSV --------------------------------------------------------------------------------------------

/** A CSV catalog; a cell the export wrote with a formula's apostrophe (`protectCsvCell`) is read without it. */
function parseCsv(text: string): ParsedCatalogFile {
  const parsed = parseCsvRecords(text, {
    columns: IMPORT_FIELDS,
    required: REQUIRED_IMPORT_FIELDS,
    headerHint: `${REQUIRED_IMPORT_FIELDS.join(', ')}, …`,
  });
  for (const record of parsed.records) {
    for (const [column, cell] of Object.entries(record.fields)) if (typeof cell === 'string') record.fields[column] = readCsvCell(cell);
  }
  return parsed;
}

// ---- JSON -------------------------------------------------------------------------------------------

function parseJson(text: string): ParsedCatalogFile {
  return parseJsonRecords(text, 'expected a JSON array of products: [{"name": …, "category": …}, …]');
}

// ---- export -----------------------------------------------------------------------------------------

export interface ExportOptions {
  /** Include each product's id (default true): a re-import then changes the same products. */
  ids?: boolean;
}

/** A product as the export reads it: the operator's view (from the service or the admin API), its times aside. */
export type ExportableProduct = Omit<AdminProduct, 'created_at' | 'updated_at'>;

/** The file's fields that the operator's view names otherwise or shapes otherwise; every other one has the same name in both. */
type Renamed = 'subcategory' | 'country' | 'currency' | 'denominations';
const SAME_NAMED = IMPORT_FIELDS.filter((field) => !['subcategory', 'country', 'currency', 'denominations'].includes(field)) as Exclude<
  ImportField,
  Renamed
>[];
const WITHOUT_ID = IMPORT_FIELDS.filter((field) => field !== 'id');

/** One product as import fields (`CatalogFileProduct`): what a line of the file says. */
export function exportFields(product: ExportableProduct, options: ExportOptions = {}): Static<typeof CatalogFileProduct> {
  const fields: Static<typeof CatalogFileProduct> = {
    ...pick(product, SAME_NAMED),
    subcategory: product.sub_category,
    country: product.country_code,
    currency: product.currency_code,
    denominations: product.denominations.map(({ min_value, max_value, discount }) => ({ min_value, max_value, discount })),
  };
  return pick(fields, options.ids === false ? WITHOUT_ID : IMPORT_FIELDS);
}

/** The whole catalog as a file that `catalog import` reads back to the same catalog. */
export function formatCatalog(products: ExportableProduct[], format: CatalogFormat, options: ExportOptions = {}): string {
  const sorted = [...products].sort((a, b) => a.id - b.id);
  if (format === 'json')
    return `${JSON.stringify(
      sorted.map((product) => exportFields(product, options)),
      null,
      2,
    )}\n`;
  const columns = options.ids === false ? WITHOUT_ID : IMPORT_FIELDS;
  const rows = sorted.map((product) => {
    const fields = exportFields(product, options) as Record<string, unknown>;
    return columns.map((column) => {
      const value = fields[column];
      if (column === 'denominations') return formatDenominationSpec(product.denominations);
      return value === null || value === undefined ? '' : protectCsvCell(String(value));
    });
  });
  return stringify([columns as unknown as string[], ...rows]);
}
