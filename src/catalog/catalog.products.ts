import type { Static } from 'typebox';
import { errors } from '../shared/errors.ts';
import { pick } from '../shared/fields.ts';
import type { Executor } from '../infra/db/executor.ts';
import { changeAction } from '../infra/audit.ts';
import { decimalPlaces, toJsonNumber } from '../money/decimal.ts';
import * as referenceRepo from '../reference/reference.repository.ts';
import { mapPage, readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';
import * as repo from './catalog.repository.ts';
import type { AdminProductSortField, DenominationRow, ProductRow, ProductRowFilter, ProductValues } from './catalog.repository.ts';
import { assertNoOverlap, MAX_RANGES_PER_PRODUCT, rangeValues, tooManyRanges } from './catalog.rules.ts';
import { DISCOUNT_PLACES, isOrderable, namedRow, sortRanges, toRange } from './catalog.model.ts';
import {
  AdminProduct as AdminProductSchema,
  PRODUCT_FIELDS,
  PRODUCT_TEXT_FIELDS,
  type CreateProductInput,
  type ProductChanges,
  type ProductFields,
  type ProductTextField,
} from './catalog.schemas.ts';
import { audit, publishCatalog, type CatalogContext } from './catalog.context.ts';
import { groupRanges, PRODUCT_NOT_FOUND } from './catalog.view.ts';

/**
 * The operator's products: list, show, create, change, activate. Every write is
 * audited with the product before and after, then every process drops its snapshot.
 */

/** The operator's view of a product: the `AdminProduct` schema, with its times as dates. */
export type AdminProduct = Omit<Static<typeof AdminProductSchema>, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };

const ADMIN_FIELDS = Object.keys(AdminProductSchema.properties) as (keyof AdminProduct)[];
/** Computed, not read from the row. */
type AdminComputed = 'orderable' | 'denominations';
const ADMIN_ROW_FIELDS = ADMIN_FIELDS.filter((field) => field !== 'orderable' && field !== 'denominations') as Exclude<
  keyof AdminProduct,
  AdminComputed
>[];

/** What a product's write sets when the operator leaves a field out (text fields: null). */
const DEFAULTS: Omit<ProductValues, 'name' | 'category_id' | 'country_id' | 'currency_id' | ProductTextField> = {
  subcategory_id: null,
  voucher_type: 'CODE',
  supplier: 'sandbox',
  active: true,
  demo: false,
};

type Context = Pick<CatalogContext, 'db' | 'bus' | 'suppliers' | 'actor'>;

export async function listProducts(context: Pick<CatalogContext, 'db' | 'suppliers'>): Promise<AdminProduct[]> {
  const [rows, ranges] = await Promise.all([repo.listProductRows(context.db), repo.listDenominationRows(context.db)]);
  const byProduct = groupRanges(ranges);
  return rows.map((row) => adminView(context, row, byProduct.get(row.id) ?? []));
}

/** What the operator's product list can be narrowed to: `ProductRowFilter`, orderable as clients see it. */
export type AdminProductFilter = Omit<ProductRowFilter, 'orderable'> & { orderable?: boolean };

/** The products the filter selects, sorted, with their ranges; a page of them, or all when no page is asked. */
export async function listProductsPage(
  context: Pick<CatalogContext, 'db' | 'suppliers'>,
  filter: AdminProductFilter,
  request: OptionalPageRequest<AdminProductSortField>,
): Promise<OptionalPage<AdminProduct>> {
  const { db, suppliers } = context;
  const rowFilter = {
    ...filter,
    orderable: filter.orderable === undefined ? undefined : { orderable: filter.orderable, suppliers: suppliers.names() },
  };
  const page = await readOptionalPage(request.page, {
    count: () => repo.countProductRows(db, rowFilter),
    items: () => repo.listProductRowsPage(db, rowFilter, request),
  });
  const ranges = groupRanges(await repo.listDenominationRows(db, { productIds: page.items.map((row) => row.id) }));
  return mapPage(page, (row) => adminView(context, row, ranges.get(row.id) ?? []));
}

export async function getProduct(context: Pick<CatalogContext, 'db' | 'suppliers'>, id: number): Promise<AdminProduct> {
  const product = await loadAdmin(context, context.db, id);
  if (!product) throw errors.notFound(PRODUCT_NOT_FOUND);
  return product;
}

export async function createProduct(context: Context, input: CreateProductInput): Promise<AdminProduct> {
  const created = await context.db.transaction().execute(async (trx) => {
    const values = productValues(context, input);
    const { currency } = await checkReferences(trx, values);
    const ranges = (input.denominations ?? []).map((range, index) => rangeValues(range, currency, `denominations.${index}`));
    if (ranges.length > MAX_RANGES_PER_PRODUCT) throw tooManyRanges();
    assertNoOverlap(ranges);
    const id = await repo.insertProduct(trx, values);
    for (const range of ranges) {
      await repo.insertDenomination(trx, { product_id: id, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
    }
    const after = (await loadAdmin(context, trx, id))!;
    await audit(context, trx, 'product.create', `product:${id}`, { after });
    return after;
  });
  await publishCatalog(context);
  return created;
}

export async function updateProduct(context: Context, id: number, changes: ProductChanges): Promise<AdminProduct> {
  if (Object.values(changes).every((value) => value === undefined)) throw errors.validation('Nothing to change: give at least one field');
  return changeProduct(context, id, changeAction('product', changes), async (trx, before) => {
    // An unchanged supplier is kept even if this process does not know it (yet).
    const merged = productValues(context, { ...pick(before, PRODUCT_FIELDS), ...definedOnly(changes) }, changes.supplier !== undefined);
    const { currency } = await checkReferences(trx, merged);
    if (merged.currency_id !== before.currency_id) {
      const ranges = await repo.listDenominationRows(trx, { productId: id });
      const places = currency.minor_units;
      const fits = (range: DenominationRow) => decimalPlaces(toRange(range).min) <= places && decimalPlaces(toRange(range).max) <= places;
      if (!ranges.every(fits)) {
        throw errors.badRequest(`Denomination ranges do not fit the precision of ${currency.code} (${places})`);
      }
    }
    await repo.updateProduct(trx, id, merged);
  });
}

export function setProductActive(context: Context, id: number, active: boolean): Promise<AdminProduct> {
  return updateProduct(context, id, { active });
}

/** One audited change of a product (row locked): before/after in the audit log, then every process is told. */
export async function changeProduct(
  context: Context,
  id: number,
  action: string,
  apply: (trx: Executor, before: AdminProduct) => Promise<void>,
): Promise<AdminProduct> {
  const after = await context.db.transaction().execute(async (trx) => {
    if (!(await repo.lockProduct(trx, id))) throw errors.notFound(PRODUCT_NOT_FOUND);
    const before = (await loadAdmin(context, trx, id))!;
    await apply(trx, before);
    const updated = (await loadAdmin(context, trx, id))!;
    await audit(context, trx, action, `product:${id}`, { before, after: updated });
    return updated;
  });
  await publishCatalog(context);
  return after;
}

async function loadAdmin(context: Pick<CatalogContext, 'suppliers'>, db: Executor, id: number): Promise<AdminProduct | undefined> {
  const row = await repo.findProductRow(db, id);
  if (!row) return undefined;
  return adminView(context, row, await repo.listDenominationRows(db, { productId: id }));
}

/** The row's fields the schema lists, with whether clients see it and its ranges, in the schema's order. */
function adminView(context: Pick<CatalogContext, 'suppliers'>, row: ProductRow, ranges: DenominationRow[]): AdminProduct {
  const precision = row.currency_precision;
  const view: AdminProduct = {
    ...pick(namedRow(row), ADMIN_ROW_FIELDS),
    orderable: isOrderable(row, ranges.length, (name) => context.suppliers.has(name)),
    denominations: sortRanges(ranges.map(toRange)).map((range) => ({
      id: range.id,
      min_value: toJsonNumber(range.min, precision),
      max_value: toJsonNumber(range.max, precision),
      discount: toJsonNumber(range.discount, DISCOUNT_PLACES),
    })),
  };
  return pick(view, ADMIN_FIELDS);
}

/** Trimmed text, blank text as null, defaults for what is left out, the supplier checked against the registry. */
function productValues(context: Pick<CatalogContext, 'suppliers'>, input: ProductFields, checkSupplier = true): ProductValues {
  const name = input.name.trim();
  if (!name) throw errors.validation('Product name is required', [{ field: 'name', message: 'must not be empty' }]);
  const values = { ...DEFAULTS, ...definedOnly(input), name } as ProductValues;
  if (checkSupplier && !context.suppliers.has(values.supplier)) {
    throw errors.badRequest(`Unknown supplier: ${values.supplier} (known: ${context.suppliers.names().join(', ')})`);
  }
  for (const field of PRODUCT_TEXT_FIELDS) values[field] = text(values[field]);
  return pick(values, PRODUCT_FIELDS);
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Category, subcategory (of that category), country and currency must exist (any state). */
async function checkReferences(trx: Executor, values: ProductValues): Promise<{ currency: referenceRepo.CurrencyRecord }> {
  if (!(await referenceRepo.findCategory(trx, values.category_id))) throw errors.notFound('Category not found');
  if (values.subcategory_id !== null) {
    const subcategory = await referenceRepo.findSubcategory(trx, values.subcategory_id);
    if (!subcategory) throw errors.notFound('Subcategory not found');
    if (subcategory.category_id !== values.category_id) throw errors.badRequest('Subcategory does not belong to the category');
  }
  if (!(await referenceRepo.findCountry(trx, values.country_id))) throw errors.notFound('Country not found');
  const currency = await referenceRepo.findCurrency(trx, values.currency_id);
  if (!currency) throw errors.notFound('Currency not found');
  return { currency };
}
