import type { Kysely } from 'kysely';
import { DomainError, errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database, VoucherType } from '../infra/db/schema.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { compareDecimal, formatDecimal, parseDecimal, type Decimal } from '../money/decimal.ts';
import * as referenceRepo from '../reference/reference.repository.ts';
import type { CountryRecord, CurrencyRecord } from '../reference/reference.repository.ts';
import * as repo from './catalog.repository.ts';
import type { DenominationRow, ProductRow, ProductValues } from './catalog.repository.ts';
import { pick } from '../shared/fields.ts';
import { IMPORT_FIELDS, type ImportField } from './catalog.import-fields.ts';
import { toRange } from './catalog.model.ts';
import { maxLengthOf, PRODUCT_FIELDS, PRODUCT_TEXT_FIELDS, type ProductTextField } from './catalog.schemas.ts';
import { MAX_RANGES_PER_PRODUCT, rangeValues, tooManyRanges, type RangeValues } from './catalog.rules.ts';
import { notUtf8Problem } from '../shared/import-text.ts';
import { longerThan } from '../shared/text-length.ts';

/**
 * Bulk import of the product catalog. The CLI turns a
 * CSV or JSON file into records (`catalog.file.ts`), each with the line it starts on; this module
 * validates every record, collects one error per bad line, and writes nothing unless every line
 * is good — all in one database transaction. The same function serves the local CLI and
 * `POST /admin/v1/catalog/import`, so the rules cannot drift apart.
 */

export const MAX_IMPORT_RECORDS = 50_000;

/** One product as read from a file: the line it starts on and its fields as given. */
export interface ImportRecord {
  line: number;
  fields: Record<string, unknown>;
}

export interface ImportLineError {
  line: number;
  message: string;
}

export type ImportAction = 'created' | 'updated' | 'unchanged';

export interface ImportedProduct {
  line: number;
  /** null for a product a dry run would create. */
  product_id: number | null;
  name: string;
  action: ImportAction;
}

export interface ImportReport {
  /** false: at least one line is bad, and nothing was written. */
  ok: boolean;
  dry_run: boolean;
  /** One per bad line, in line order. */
  errors: ImportLineError[];
  created: number;
  updated: number;
  unchanged: number;
  categories_created: string[];
  /** "Category / Subcategory". */
  subcategories_created: string[];
  products: ImportedProduct[];
}

/**
 * `upsert` (the import): a line with an `id` changes that product; without one, it changes the
 * product of that name, or creates it. `create` (`products create`): every line is a new product.
 */
export type ImportMode = 'upsert' | 'create';

export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Validate and compute what would change, then roll back. */
  dryRun?: boolean;
  mode?: ImportMode;
  /**
   * true: every product of the import is demo data (`popup-store demo`; in production mode only
   * demo clients see it). Absent: new products are not, and existing ones keep their mark — a
   * file never unmarks a demo product (the admin API's `PATCH /products/:id` does).
   */
  demo?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** What the caller must tell the other processes after the commit. */
export interface ImportChanges {
  categories: boolean;
  subcategories: boolean;
  products: boolean;
  /** A range was removed, so negotiated rates for it are gone (every client's pricing). */
  rangesRemoved: boolean;
}

const VOUCHER_TYPES: readonly VoucherType[] = ['CODE', 'CODE_WITH_PIN', 'URL'];
/** The free-text fields of a file other than `image_url` (checked on its own, first): read as they are, blank as null. */
const TEXT_FIELDS = PRODUCT_TEXT_FIELDS.filter((field) => field !== 'image_url');
/** The longest category or subcategory name. */
const CATEGORY_NAME = 200;
const MAX_ID = 2_147_483_647;
const UNIQUE_VIOLATION = '23505';

// ---- the denominations notation ---------------------------------------------------------------

/** One range as written in a file, before validation. */
export interface RawImportRange {
  min_value: string | number;
  max_value: string | number;
  discount?: string | number;
  /** How the range is named in messages: `"25-500:3"`, `denomination 2`. */
  label: string;
}

/**
 * `10|25:1.5|50-500:3` — ranges separated by `|`; each a fixed value `V` or a range `MIN-MAX`,
 * optionally followed by `:DISCOUNT` (percent, default 0). Whitespace around the parts is ignored.
 */
export function parseDenominationSpec(spec: string): RawImportRange[] {
  const text = spec.trim();
  if (!text) return [];
  return text.split('|').map((part) => {
    const entry = part.trim();
    if (!entry) throw new LineError('denominations has an empty entry (two "|" in a row, or one at the end)');
    const match = /^([^:-]*)(?:-([^:]*))?(?::(.*))?$/.exec(entry);
    if (!match) throw new LineError(`denomination "${entry}" is not VALUE, MIN-MAX, VALUE:DISCOUNT or MIN-MAX:DISCOUNT`);
    const [, min = '', max, discount] = match;
    return {
      min_value: min.trim(),
      max_value: (max ?? min).trim(),
      ...(discount === undefined ? {} : { discount: discount.trim() }),
      label: `denomination "${entry}"`,
    };
  });
}

// ---- validation of one record -------------------------------------------------------------------

/** The one error of a line. */
class LineError extends Error {}

interface Context {
  countries: Map<string, CountryRecord>;
  currencies: Map<string, CurrencyRecord>;
  productsById: Map<number, { id: number; name: string; demo: boolean }>;
  productsByName: Map<string, number[]>;
  suppliers: SupplierRegistry;
  mode: ImportMode;
}

interface ValidRecord {
  line: number;
  /** The existing product this line changes; null: a new product. */
  targetId: number | null;
  /** That product is demo data (it stays so). */
  targetDemo: boolean;
  category: string;
  subcategory: string | null;
  country: CountryRecord;
  currency: CurrencyRecord;
  fields: Omit<ProductValues, 'category_id' | 'subcategory_id' | 'country_id' | 'currency_id' | 'demo'>;
  ranges: (RangeValues & { label: string })[];
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const nameKey = (name: string) => name.trim().toLowerCase();

function textField(fields: Record<string, unknown>, key: ImportField, max: number): string | null {
  const value = fields[key];
  if (isBlank(value)) return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw new LineError(`${key} must be text`);
  const text = String(value).trim();
  if (longerThan(text, max)) throw new LineError(`${key} is longer than ${max} characters`);
  const notUtf8 = notUtf8Problem(key, text);
  if (notUtf8) throw new LineError(notUtf8);
  return text;
}

function requiredText(fields: Record<string, unknown>, key: ImportField, max: number): string {
  const text = textField(fields, key, max);
  if (text === null) throw new LineError(`${key} is required`);
  return text;
}

function idField(value: unknown): number | null {
  if (isBlank(value)) return null;
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > MAX_ID) {
    throw new LineError(`id must be a product ID (a whole number), or empty for a new product; got ${JSON.stringify(value)}`);
  }
  return Number(text);
}

function activeField(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  throw new LineError(`active must be true or false; got ${JSON.stringify(value)}`);
}

function voucherTypeField(value: unknown): VoucherType {
  if (isBlank(value)) return 'CODE';
  const text = String(value).trim().toUpperCase() as VoucherType;
  if (!VOUCHER_TYPES.includes(text)) {
    throw new LineError(`voucher_type must be one of ${VOUCHER_TYPES.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return text;
}

function rawRanges(value: unknown): RawImportRange[] {
  if (isBlank(value)) return [];
  if (typeof value === 'string') return parseDenominationSpec(value);
  if (!Array.isArray(value)) throw new LineError('denominations must be text like "10|25-500:3" or a list of {min_value, max_value, discount}');
  return value.flatMap((item, index): RawImportRange[] => {
    const label = `denomination ${index + 1}`;
    if (typeof item === 'string') return parseDenominationSpec(item);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new LineError(`${label} must be an object {min_value, max_value, discount}`);
    }
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).filter((key) => !['min_value', 'max_value', 'discount'].includes(key));
    if (unknown.length) throw new LineError(`${label} has an unknown field "${unknown[0]}"`);
    const number = (key: string, fallback?: unknown) => {
      const given = entry[key] ?? fallback;
      if (typeof given === 'number' || typeof given === 'string') return given;
      throw new LineError(`${label}: ${key} must be a number`);
    };
    return [
      {
        min_value: number('min_value'),
        max_value: number('max_value', entry.min_value),
        ...(entry.discount === undefined || entry.discount === null ? {} : { discount: number('discount') }),
        label,
      },
    ];
  });
}

function validRanges(value: unknown, currency: CurrencyRecord): (RangeValues & { label: string })[] {
  const raw = rawRanges(value);
  if (raw.length > MAX_RANGES_PER_PRODUCT) throw new LineError(tooManyRanges().message);
  const ranges = raw.map((range) => {
    let valid: RangeValues;
    try {
      valid = rangeValues(range, currency);
    } catch (error) {
      if (error instanceof DomainError) throw new LineError(`${range.label}: ${error.message}`);
      throw error;
    }
    return { ...valid, label: range.label };
  });
  // The rule of `assertNoOverlap`, naming the two ranges that break it.
  const sorted = [...ranges].sort((a, b) => compareDecimal(a.min, b.min));
  for (let i = 1; i < sorted.length; i++) {
    if (compareDecimal(sorted[i]!.min, sorted[i - 1]!.max) <= 0) {
      throw new LineError(`${sorted[i - 1]!.label} and ${sorted[i]!.label} overlap (ranges of a product must not overlap)`);
    }
  }
  return ranges;
}

function validateRecord(record: ImportRecord, context: Context): ValidRecord {
  const { fields } = record;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new LineError('a product must be an object');
  const unknown = Object.keys(fields).filter((key) => !(IMPORT_FIELDS as readonly string[]).includes(key));
  if (unknown.length) throw new LineError(`unknown field "${unknown[0]}" (known: ${IMPORT_FIELDS.join(', ')})`);

  const id = idField(fields.id);
  const name = requiredText(fields, 'name', maxLengthOf('name'));
  const category = requiredText(fields, 'category', CATEGORY_NAME);
  const subcategory = textField(fields, 'subcategory', CATEGORY_NAME);

  const countryCode = requiredText(fields, 'country', 16).toUpperCase();
  const country = context.countries.get(countryCode);
  if (!country) throw new LineError(`unknown country "${countryCode}": use an ISO 3166-1 alpha-3 code such as USA, GBR, DEU`);
  const currencyCode = requiredText(fields, 'currency', 16).toUpperCase();
  const currency = context.currencies.get(currencyCode);
  if (!currency) throw new LineError(`unknown currency "${currencyCode}": use an ISO 4217 code such as USD, EUR, GBP`);

  const voucherType = voucherTypeField(fields.voucher_type);
  const supplier = textField(fields, 'supplier', maxLengthOf('supplier')) ?? 'sandbox';
  if (!context.suppliers.has(supplier)) {
    throw new LineError(`unknown supplier "${supplier}" (known: ${context.suppliers.names().join(', ')})`);
  }
  const active = activeField(fields.active);
  const imageUrl = textField(fields, 'image_url', maxLengthOf('image_url'));
  if (imageUrl !== null && !/^https?:\/\/\S+$/.test(imageUrl)) throw new LineError('image_url must be an http:// or https:// URL');
  const ranges = validRanges(fields.denominations, currency);

  let targetId: number | null = null;
  if (context.mode === 'create') {
    if (id !== null) throw new LineError('id must be empty: a new product gets its id when it is created');
    const same = context.productsByName.get(nameKey(name));
    if (same?.length) throw new LineError(`a product named "${name}" already exists (id ${same.join(', ')})`);
  } else if (id !== null) {
    if (!context.productsById.has(id)) throw new LineError(`product ${id} not found; leave id empty to create a new product`);
    targetId = id;
  } else {
    const same = context.productsByName.get(nameKey(name)) ?? [];
    if (same.length > 1) throw new LineError(`${same.length} products are named "${name}" (ids ${same.join(', ')}); give the id to say which`);
    targetId = same[0] ?? null;
  }

  return {
    line: record.line,
    targetId,
    targetDemo: targetId !== null && context.productsById.get(targetId)?.demo === true,
    category,
    subcategory,
    country,
    currency,
    fields: {
      name,
      image_url: imageUrl,
      ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, textField(fields, field, maxLengthOf(field))])) as Record<
        Exclude<ProductTextField, 'image_url'>,
        string | null
      >),
      voucher_type: voucherType,
      supplier,
      active,
    },
    ranges,
  };
}

// ---- the import ---------------------------------------------------------------------------------------

class DryRunRollback extends Error {}

async function loadContext(trx: Executor, suppliers: SupplierRegistry, mode: ImportMode): Promise<Context> {
  const [countries, currencies, products] = await Promise.all([
    referenceRepo.listCountries(trx, { activeOnly: false }),
    referenceRepo.listCurrencies(trx, { activeOnly: false }),
    repo.listProductRows(trx),
  ]);
  const productsByName = new Map<string, number[]>();
  for (const product of products) {
    const key = nameKey(product.name);
    productsByName.set(key, [...(productsByName.get(key) ?? []), product.id]);
  }
  return {
    countries: new Map(countries.map((country) => [country.alpha_3.toUpperCase(), country])),
    currencies: new Map(currencies.map((currency) => [currency.code.toUpperCase(), currency])),
    productsById: new Map(products.map((product) => [product.id, { id: product.id, name: product.name, demo: product.demo }])),
    productsByName,
    suppliers,
    mode,
  };
}

/** Every record checked; one error per bad line, and a product named twice is an error too. */
function validateAll(records: ImportRecord[], context: Context, onProgress?: ImportOptions['onProgress']) {
  const valid: ValidRecord[] = [];
  const lineErrors: ImportLineError[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    try {
      const checked = validateRecord(record, context);
      const key = checked.targetId === null ? `name:${nameKey(checked.fields.name)}` : `id:${checked.targetId}`;
      const first = seen.get(key);
      if (first !== undefined) throw new LineError(`the same product as line ${first}; a product may appear only once`);
      seen.set(key, record.line);
      valid.push(checked);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      lineErrors.push({ line: record.line, message: error.message });
    }
    onProgress?.({ phase: 'validate', done: index + 1, total: records.length });
  });
  lineErrors.sort((a, b) => a.line - b.line);
  return { valid, lineErrors };
}

/** What the audit log keeps of a product: names and exact values, readable on their own. */
function auditView(
  values: ValidRecord['fields'] & { demo: boolean; category: string; subcategory: string | null; country: string; currency: string },
  ranges: { min_value: string; max_value: string; discount: string }[],
) {
  return { ...values, denominations: ranges.map((r) => ({ min_value: r.min_value, max_value: r.max_value, discount: r.discount })) };
}

/** The fields of a product the audit log keeps as they are (the ids of what it references go by name). */
const AUDITED_FIELDS = PRODUCT_FIELDS.filter((field) => !field.endsWith('_id')) as Exclude<
  (typeof PRODUCT_FIELDS)[number],
  'category_id' | 'subcategory_id' | 'country_id' | 'currency_id'
>[];

function rowAuditView(row: ProductRow, ranges: DenominationRow[]) {
  const names = { category: row.category_name, subcategory: row.subcategory_name, country: row.country_code, currency: row.currency_code };
  return auditView({ ...pick(row, AUDITED_FIELDS), ...names }, ranges);
}

/** Face values are stored with 4 decimals at most, so this key is exact. */
const rangeKey = (min: Decimal, max: Decimal) => `${formatDecimal(min, 4)}-${formatDecimal(max, 4)}`;

/**
 * Validates every record, then (when all are good) writes them in the same transaction:
 * missing categories and subcategories (matched by name, case-insensitively) are created, new
 * products inserted, existing ones brought to what the line says — ranges matched by value, so
 * an unchanged range keeps its id and the negotiated rates for it. Unchanged products are not
 * touched. A dry run does all of it and rolls back.
 */
export async function runCatalogImport(
  deps: { db: Kysely<Database>; suppliers: SupplierRegistry; actor: string },
  records: ImportRecord[],
  options: ImportOptions = {},
): Promise<{ report: ImportReport; changes: ImportChanges }> {
  const dryRun = options.dryRun ?? false;
  const report: ImportReport = {
    ok: true,
    dry_run: dryRun,
    errors: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    categories_created: [],
    subcategories_created: [],
    products: [],
  };
  const changes: ImportChanges = { categories: false, subcategories: false, products: false, rangesRemoved: false };
  if (records.length > MAX_IMPORT_RECORDS) {
    report.ok = false;
    report.errors.push({ line: records[MAX_IMPORT_RECORDS]!.line, message: `an import takes at most ${MAX_IMPORT_RECORDS} products` });
    return { report, changes };
  }

  try {
    await deps.db.transaction().execute(async (trx) => {
      const context = await loadContext(trx, deps.suppliers, options.mode ?? 'upsert');
      const { valid, lineErrors } = validateAll(records, context, options.onProgress);
      if (lineErrors.length) {
        report.ok = false;
        report.errors = lineErrors;
        return;
      }
      await writeAll(trx, deps.actor, valid, report, changes, options);
      await recordAudit(trx, {
        actor: deps.actor,
        action: 'catalog.import',
        target: 'catalog',
        details: {
          lines: records.length,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          categories_created: report.categories_created,
          subcategories_created: report.subcategories_created,
        },
      });
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION) {
      throw errors.badRequest(
        'The catalog changed during the import (a category or subcategory of the same name was created meanwhile); run it again',
      );
    }
    if (!(error instanceof DryRunRollback)) throw error;
    for (const product of report.products) if (product.action === 'created') product.product_id = null;
    return { report, changes: { categories: false, subcategories: false, products: false, rangesRemoved: false } };
  }
  return { report, changes };
}

async function writeAll(
  trx: Executor,
  actor: string,
  valid: ValidRecord[],
  report: ImportReport,
  changes: ImportChanges,
  { demo, onProgress }: ImportOptions,
): Promise<void> {
  const categories = new Map((await referenceRepo.listCategories(trx, { activeOnly: false })).map((c) => [nameKey(c.name), c.id]));
  const subcategories = new Map(
    (await referenceRepo.listSubcategories(trx, { visibleOnly: false })).map((s) => [`${s.category_id}/${nameKey(s.name)}`, s.id]),
  );
  const audit = (action: string, target: string, details: Record<string, unknown>) =>
    recordAudit(trx, { actor, action, target, details: { ...details, via: 'catalog.import' } });

  const categoryId = async (name: string): Promise<number> => {
    const known = categories.get(nameKey(name));
    if (known !== undefined) return known;
    const id = await referenceRepo.insertCategory(trx, { name, active: true });
    await audit('category.create', `category:${id}`, { after: await referenceRepo.findCategory(trx, id) });
    categories.set(nameKey(name), id);
    report.categories_created.push(name);
    changes.categories = true;
    return id;
  };
  const subcategoryId = async (categoryName: string, category: number, name: string): Promise<number> => {
    const key = `${category}/${nameKey(name)}`;
    const known = subcategories.get(key);
    if (known !== undefined) return known;
    const id = await referenceRepo.insertSubcategory(trx, { category_id: category, name, active: true });
    await audit('subcategory.create', `subcategory:${id}`, { after: await referenceRepo.findSubcategory(trx, id) });
    subcategories.set(key, id);
    report.subcategories_created.push(`${categoryName} / ${name}`);
    changes.subcategories = true;
    return id;
  };

  for (const [index, record] of valid.entries()) {
    const category = await categoryId(record.category);
    const values: ProductValues = {
      ...record.fields,
      demo: demo === true || record.targetDemo,
      category_id: category,
      subcategory_id: record.subcategory === null ? null : await subcategoryId(record.category, category, record.subcategory),
      country_id: record.country.id,
      currency_id: record.currency.id,
    };
    const names = { category: record.category, subcategory: record.subcategory, country: record.country.alpha_3, currency: record.currency.code };
    const after = auditView({ ...record.fields, demo: values.demo, ...names }, record.ranges);

    if (record.targetId === null) {
      const id = await repo.insertProduct(trx, values);
      for (const range of record.ranges) {
        await repo.insertDenomination(trx, { product_id: id, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
      }
      await audit('product.create', `product:${id}`, { after });
      report.products.push({ line: record.line, product_id: id, name: values.name, action: 'created' });
      report.created++;
      changes.products = true;
    } else {
      const id = record.targetId;
      await repo.lockProduct(trx, id);
      const row = (await repo.findProductRow(trx, id))!;
      const existing = await repo.listDenominationRows(trx, { productId: id });
      const changedFields = PRODUCT_FIELDS.filter((column) => values[column] !== row[column]);

      const wanted = new Map(record.ranges.map((range) => [rangeKey(range.min, range.max), range]));
      const removed: DenominationRow[] = [];
      const rediscounted: { row: DenominationRow; discount: string }[] = [];
      for (const current of existing) {
        const range = toRange(current);
        const match = wanted.get(rangeKey(range.min, range.max));
        if (!match) removed.push(current);
        else {
          wanted.delete(rangeKey(range.min, range.max));
          if (compareDecimal(parseDecimal(match.discount)!, range.discount) !== 0) rediscounted.push({ row: current, discount: match.discount });
        }
      }
      const added = [...wanted.values()];

      if (changedFields.length === 0 && removed.length === 0 && rediscounted.length === 0 && added.length === 0) {
        report.products.push({ line: record.line, product_id: id, name: values.name, action: 'unchanged' });
        report.unchanged++;
      } else {
        if (changedFields.length) await repo.updateProduct(trx, id, values);
        for (const range of removed) await repo.deleteDenomination(trx, range.id);
        for (const { row: range, discount } of rediscounted) await repo.updateDenomination(trx, range.id, { discount });
        for (const range of added) {
          await repo.insertDenomination(trx, { product_id: id, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
        }
        await audit('product.update', `product:${id}`, { before: rowAuditView(row, existing), after });
        report.products.push({ line: record.line, product_id: id, name: values.name, action: 'updated' });
        report.updated++;
        changes.products = true;
        if (removed.length) changes.rangesRemoved = true;
      }
    }
    onProgress?.({ phase: 'write', done: index + 1, total: valid.length });
  }
}
