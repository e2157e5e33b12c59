import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, searchMatches } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';

export interface CountryRecord {
  id: number;
  name: string;
  official_name: string;
  alpha_2: string;
  alpha_3: string;
  numeric_code: string;
  dialing_prefix: string | null;
  active: boolean;
}

export interface CurrencyRecord {
  id: number;
  code: string;
  name: string;
  numeric_code: string;
  minor_units: number;
  active: boolean;
}

export interface CategoryRecord {
  id: number;
  name: string;
  active: boolean;
}

export interface SubcategoryRecord {
  id: number;
  category_id: number;
  name: string;
  active: boolean;
}

const now = () => sql`now()` as unknown as Date;

/** What the operator's category and subcategory lists can be narrowed to; the fields combine with AND. */
export interface CategoryFilter {
  /** The name contains it (any case), or it is the id. */
  search?: string;
  active?: boolean;
}

export interface SubcategoryFilter extends CategoryFilter {
  categoryId?: number;
}

/** The sorts of the operator's categories (names without case), each then by id. */
export const CATEGORY_SORT_FIELDS = ['id', 'name'] as const;
export type CategorySortField = (typeof CATEGORY_SORT_FIELDS)[number];
/** Subcategories also by their category's name (then their own). */
export const SUBCATEGORY_SORT_FIELDS = ['id', 'name', 'category'] as const;
export type SubcategorySortField = (typeof SUBCATEGORY_SORT_FIELDS)[number];

const byId = { sort: { field: 'id' as const, direction: 'ASC' as const }, page: null };

const countryColumns = ['id', 'name', 'official_name', 'alpha_2', 'alpha_3', 'numeric_code', 'dialing_prefix', 'active'] as const;
const currencyColumns = ['id', 'code', 'name', 'numeric_code', 'minor_units', 'active'] as const;

// ---- countries ------------------------------------------------------------------------------

export function listCountries(db: Executor, options: { activeOnly: boolean }): Promise<CountryRecord[]> {
  let query = db.selectFrom('countries').select(countryColumns).orderBy('id');
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.execute();
}

export function findCountry(db: Executor, id: number): Promise<CountryRecord | undefined> {
  return db.selectFrom('countries').select(countryColumns).where('id', '=', id).executeTakeFirst();
}

export async function setCountryActive(db: Executor, id: number, active: boolean): Promise<boolean> {
  const result = await db.updateTable('countries').set({ active, updated_at: now() }).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- currencies -----------------------------------------------------------------------------

export function listCurrencies(db: Executor, options: { activeOnly: boolean }): Promise<CurrencyRecord[]> {
  let query = db.selectFrom('currencies').select(currencyColumns).orderBy('id');
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.execute();
}

export function findCurrency(db: Executor, id: number): Promise<CurrencyRecord | undefined> {
  return db.selectFrom('currencies').select(currencyColumns).where('id', '=', id).executeTakeFirst();
}

export async function setCurrencyActive(db: Executor, id: number, active: boolean): Promise<boolean> {
  const result = await db.updateTable('currencies').set({ active, updated_at: now() }).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- categories -----------------------------------------------------------------------------

export function listCategories(db: Executor, options: { activeOnly: boolean }): Promise<CategoryRecord[]> {
  return listCategoryRecords(db, options.activeOnly ? { active: true } : {}, byId);
}

function filteredCategories(db: Executor, filter: CategoryFilter) {
  let query = db.selectFrom('categories');
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('name')], sql.ref('id')));
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  return query;
}

export async function countCategoryRecords(db: Executor, filter: CategoryFilter): Promise<number> {
  const row = await filteredCategories(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The categories the filter selects, in the request's sort; a page of them or all. */
export function listCategoryRecords(
  db: Executor,
  filter: CategoryFilter,
  request: OptionalPageRequest<CategorySortField>,
): Promise<CategoryRecord[]> {
  const keys = request.sort.field === 'name' ? [sql`lower(name)`] : [];
  return orderedPage(
    filteredCategories(db, filter).select(['id', 'name', 'active']),
    [...keys, sql.ref('id')],
    request.sort.direction,
    request.page,
  ).execute();
}

export function findCategory(db: Executor, id: number): Promise<CategoryRecord | undefined> {
  return db.selectFrom('categories').select(['id', 'name', 'active']).where('id', '=', id).executeTakeFirst();
}

/** Case-insensitive, as the unique index `categories_name_unique` is. */
export function findCategoryByName(db: Executor, name: string): Promise<CategoryRecord | undefined> {
  return db
    .selectFrom('categories')
    .select(['id', 'name', 'active'])
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function insertCategory(db: Executor, values: { name: string; active: boolean }): Promise<number> {
  const row = await db.insertInto('categories').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCategory(db: Executor, id: number, changes: { name?: string; active?: boolean }): Promise<boolean> {
  const result = await db
    .updateTable('categories')
    .set({ ...changes, updated_at: now() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ---- subcategories --------------------------------------------------------------------------

/** `visibleOnly`: active subcategories of active categories, as clients see them. */
export function listSubcategories(db: Executor, options: { visibleOnly: boolean }): Promise<SubcategoryRecord[]> {
  return listSubcategoryRecords(db, options.visibleOnly ? { active: true, categoryActive: true } : {}, byId);
}

function filteredSubcategories(db: Executor, filter: SubcategoryFilter & { categoryActive?: boolean }) {
  let query = db.selectFrom('subcategories as s').innerJoin('categories as c', 'c.id', 's.category_id');
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('s.name')], sql.ref('s.id')));
  if (filter.active !== undefined) query = query.where('s.active', '=', filter.active);
  if (filter.categoryId !== undefined) query = query.where('s.category_id', '=', filter.categoryId);
  if (filter.categoryActive !== undefined) query = query.where('c.active', '=', filter.categoryActive);
  return query;
}

export async function countSubcategoryRecords(db: Executor, filter: SubcategoryFilter): Promise<number> {
  const row = await filteredSubcategories(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The subcategories the filter selects (`categoryActive`: of active categories only), in the request's sort; a page of them or all. */
export function listSubcategoryRecords(
  db: Executor,
  filter: SubcategoryFilter & { categoryActive?: boolean },
  request: OptionalPageRequest<SubcategorySortField>,
): Promise<SubcategoryRecord[]> {
  const keys = { id: [], name: [sql`lower(s.name)`], category: [sql`lower(c.name)`, sql`lower(s.name)`] }[request.sort.field];
  const query = filteredSubcategories(db, filter).select(['s.id', 's.category_id', 's.name', 's.active']);
  return orderedPage(query, [...keys, sql.ref('s.id')], request.sort.direction, request.page).execute();
}

export function findSubcategory(db: Executor, id: number): Promise<SubcategoryRecord | undefined> {
  return db.selectFrom('subcategories').select(['id', 'category_id', 'name', 'active']).where('id', '=', id).executeTakeFirst();
}

export function findSubcategoryByName(db: Executor, categoryId: number, name: string): Promise<SubcategoryRecord | undefined> {
  return db
    .selectFrom('subcategories')
    .select(['id', 'category_id', 'name', 'active'])
    .where('category_id', '=', categoryId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function insertSubcategory(db: Executor, values: { category_id: number; name: string; active: boolean }): Promise<number> {
  const row = await db.insertInto('subcategories').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSubcategory(db: Executor, id: number, changes: { name?: string; active?: boolean }): Promise<boolean> {
  const result = await db
    .updateTable('subcategories')
    .set({ ...changes, updated_at: now() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
