import { sql, type Selectable } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, searchMatches } from '../infra/db/ordered-page.ts';
import type { ProductsTable } from '../infra/db/schema.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';

/**
 * A product: its own columns (`ProductsTable`), with the names and states of what it references
 * (one row per product).
 */
export type ProductRow = Selectable<ProductsTable> & {
  category_name: string;
  category_active: boolean;
  subcategory_name: string | null;
  subcategory_active: boolean | null;
  country_code: string;
  country_active: boolean;
  currency_code: string;
  currency_precision: number;
  currency_active: boolean;
};

/** NUMERIC values as exact decimal text. */
export interface DenominationRow {
  id: number;
  product_id: number;
  min_value: string;
  max_value: string;
  discount: string;
}

export interface BlacklistRow {
  product_id: number;
  product_name: string;
  created_at: Date;
}

export interface DiscountRow {
  product_id: number;
  denomination_id: number | null;
  discount: string;
  updated_at: Date;
}

/** A negotiated discount with what the operator reads of it: the product's name and currency, and the range's face values (null for the whole product). */
export interface DescribedDiscountRow extends DiscountRow {
  product_name: string;
  min_value: string | null;
  max_value: string | null;
  currency_code: string;
  currency_precision: number;
}

/** What a write sets: every column of the product but its id and timestamps. */
export type ProductValues = Omit<Selectable<ProductsTable>, 'id' | 'created_at' | 'updated_at'>;

const now = () => sql`now()` as unknown as Date;

// ---- products -----------------------------------------------------------------------------------

function productQuery(db: Executor) {
  return db
    .selectFrom('products as p')
    .innerJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('subcategories as s', 's.id', 'p.subcategory_id')
    .innerJoin('countries as co', 'co.id', 'p.country_id')
    .innerJoin('currencies as cu', 'cu.id', 'p.currency_id')
    .selectAll('p')
    .select([
      'c.name as category_name',
      'c.active as category_active',
      's.name as subcategory_name',
      's.active as subcategory_active',
      'co.alpha_3 as country_code',
      'co.active as country_active',
      'cu.code as currency_code',
      'cu.minor_units as currency_precision',
      'cu.active as currency_active',
    ]);
}

export function listProductRows(db: Executor): Promise<ProductRow[]> {
  return productQuery(db).orderBy('p.id').execute();
}

/** What the operator's product list can be narrowed to; the fields combine with AND. */
export interface ProductRowFilter {
  /** The name contains it (any case), or it is the id. */
  search?: string;
  categoryId?: number;
  countryId?: number;
  currencyId?: number;
  supplier?: string;
  active?: boolean;
  /** Clients could order it (`isOrderable`, with these suppliers known), or not. */
  orderable?: { orderable: boolean; suppliers: readonly string[] };
}

/** The sorts of the operator's product list (names without case; `category`: then the product's name), each then by id. */
export const ADMIN_PRODUCT_SORT_FIELDS = ['id', 'name', 'category', 'created_at', 'updated_at'] as const;
export type AdminProductSortField = (typeof ADMIN_PRODUCT_SORT_FIELDS)[number];

/** `isOrderable` (catalog.model.ts) in SQL: active, and so is what it references, with a range and a known supplier. */
const orderable = (suppliers: readonly string[]) =>
  sql<boolean>`(p.active and c.active and (p.subcategory_id is null or s.active) and co.active and cu.active
    and exists (select 1 from product_denominations d where d.product_id = p.id) and p.supplier = any(${[...suppliers]}::text[]))`;

function filteredProducts(db: Executor, filter: ProductRowFilter) {
  let query = productQuery(db);
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('p.name')], sql.ref('p.id')));
  if (filter.categoryId !== undefined) query = query.where('p.category_id', '=', filter.categoryId);
  if (filter.countryId !== undefined) query = query.where('p.country_id', '=', filter.countryId);
  if (filter.currencyId !== undefined) query = query.where('p.currency_id', '=', filter.currencyId);
  if (filter.supplier !== undefined) query = query.where('p.supplier', '=', filter.supplier);
  if (filter.active !== undefined) query = query.where('p.active', '=', filter.active);
  if (filter.orderable !== undefined) query = query.where(sql<boolean>`${orderable(filter.orderable.suppliers)} = ${filter.orderable.orderable}`);
  return query;
}

export async function countProductRows(db: Executor, filter: ProductRowFilter): Promise<number> {
  const row = await filteredProducts(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The products the filter selects, in the request's sort; a page of them or all. */
export function listProductRowsPage(
  db: Executor,
  filter: ProductRowFilter,
  request: OptionalPageRequest<AdminProductSortField>,
): Promise<ProductRow[]> {
  const keys = {
    id: [],
    name: [sql`lower(p.name)`],
    category: [sql`lower(c.name)`, sql`lower(p.name)`],
    created_at: [sql.ref('p.created_at')],
    updated_at: [sql.ref('p.updated_at')],
  }[request.sort.field];
  return orderedPage(filteredProducts(db, filter), [...keys, sql.ref('p.id')], request.sort.direction, request.page).execute();
}

export function findProductRow(db: Executor, id: number): Promise<ProductRow | undefined> {
  return productQuery(db).where('p.id', '=', id).executeTakeFirst();
}

/** Serialises writes that check a product's ranges together (no overlap). */
export async function lockProduct(db: Executor, id: number): Promise<boolean> {
  const row = await db.selectFrom('products').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

export async function insertProduct(db: Executor, values: ProductValues): Promise<number> {
  const row = await db.insertInto('products').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProduct(db: Executor, id: number, changes: Partial<ProductValues>): Promise<boolean> {
  const result = await db
    .updateTable('products')
    .set({ ...changes, updated_at: now() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- denomination ranges ------------------------------------------------------------------------

const denominationColumns = [
  'id',
  'product_id',
  sql<string>`min_value::text`.as('min_value'),
  sql<string>`max_value::text`.as('max_value'),
  sql<string>`discount::text`.as('discount'),
] as const;

/** Every range, or those of one product or of some. */
export function listDenominationRows(db: Executor, options: { productId?: number; productIds?: readonly number[] } = {}): Promise<DenominationRow[]> {
  let query = db.selectFrom('product_denominations').select(denominationColumns).orderBy('product_id').orderBy('min_value').orderBy('id');
  if (options.productId !== undefined) query = query.where('product_id', '=', options.productId);
  if (options.productIds !== undefined) query = query.where(sql<boolean>`product_id = any(${[...options.productIds]}::int[])`);
  return query.execute();
}

export function findDenominationRow(db: Executor, id: number): Promise<DenominationRow | undefined> {
  return db.selectFrom('product_denominations').select(denominationColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertDenomination(
  db: Executor,
  values: { product_id: number; min_value: string; max_value: string; discount: string },
): Promise<number> {
  const row = await db.insertInto('product_denominations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDenomination(
  db: Executor,
  id: number,
  changes: { min_value?: string; max_value?: string; discount?: string },
): Promise<void> {
  await db
    .updateTable('product_denominations')
    .set({ ...changes, updated_at: now() })
    .where('id', '=', id)
    .execute();
}

export async function deleteDenomination(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('product_denominations').where('id', '=', id).execute();
}

// ---- client pricing -----------------------------------------------------------------------------

export async function clientExists(db: Executor, clientId: number): Promise<boolean> {
  return (await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()) !== undefined;
}

/** The client is a demo client (`clients.demo`); false for an unknown id. */
export async function isDemoClient(db: Executor, clientId: number): Promise<boolean> {
  const row = await db.selectFrom('clients').select('demo').where('id', '=', clientId).executeTakeFirst();
  return row?.demo === true;
}

export function listBlacklist(db: Executor, clientId: number): Promise<BlacklistRow[]> {
  return db
    .selectFrom('client_product_blacklist as b')
    .innerJoin('products as p', 'p.id', 'b.product_id')
    .select(['b.product_id', 'p.name as product_name', 'b.created_at'])
    .where('b.client_id', '=', clientId)
    .orderBy('b.product_id')
    .execute();
}

export async function addToBlacklist(db: Executor, clientId: number, productId: number): Promise<boolean> {
  const result = await db
    .insertInto('client_product_blacklist')
    .values({ client_id: clientId, product_id: productId })
    .onConflict((oc) => oc.columns(['client_id', 'product_id']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function removeFromBlacklist(db: Executor, clientId: number, productId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('client_product_blacklist')
    .where('client_id', '=', clientId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function listDiscounts(db: Executor, clientId: number): Promise<DiscountRow[]> {
  return db
    .selectFrom('client_product_discounts')
    .select(['product_id', 'denomination_id', sql<string>`discount::text`.as('discount'), 'updated_at'])
    .where('client_id', '=', clientId)
    .orderBy('product_id')
    .orderBy('denomination_id', (ob) => ob.nullsFirst())
    .execute();
}

/** The client's negotiated discounts as `listDiscounts` orders them, each with its product's name and currency and its range's values, in one statement. */
export function listDescribedDiscounts(db: Executor, clientId: number): Promise<DescribedDiscountRow[]> {
  return db
    .selectFrom('client_product_discounts as d')
    .innerJoin('products as p', 'p.id', 'd.product_id')
    .innerJoin('currencies as cu', 'cu.id', 'p.currency_id')
    .leftJoin('product_denominations as r', 'r.id', 'd.denomination_id')
    .select([
      'd.product_id',
      'p.name as product_name',
      'd.denomination_id',
      sql<string>`d.discount::text`.as('discount'),
      'd.updated_at',
      sql<string | null>`r.min_value::text`.as('min_value'),
      sql<string | null>`r.max_value::text`.as('max_value'),
      'cu.code as currency_code',
      'cu.minor_units as currency_precision',
    ])
    .where('d.client_id', '=', clientId)
    .orderBy('d.product_id')
    .orderBy('d.denomination_id', (ob) => ob.nullsFirst())
    .execute();
}

/** Inserts or replaces the client's rate for the product (denominationId null) or one range. */
export async function upsertDiscount(
  db: Executor,
  values: { client_id: number; product_id: number; denomination_id: number | null; discount: string },
): Promise<void> {
  const set = { discount: values.discount, updated_at: now() };
  await db
    .insertInto('client_product_discounts')
    .values(values)
    .onConflict((oc) =>
      values.denomination_id === null
        ? oc.columns(['client_id', 'product_id']).where('denomination_id', 'is', null).doUpdateSet(set)
        : oc.columns(['client_id', 'denomination_id']).where('denomination_id', 'is not', null).doUpdateSet(set),
    )
    .execute();
}

export async function removeDiscount(db: Executor, clientId: number, productId: number, denominationId: number | null): Promise<boolean> {
  let query = db.deleteFrom('client_product_discounts').where('client_id', '=', clientId).where('product_id', '=', productId);
  query = denominationId === null ? query.where('denomination_id', 'is', null) : query.where('denomination_id', '=', denominationId);
  const result = await query.executeTakeFirst();
  return result.numDeletedRows > 0n;
}
