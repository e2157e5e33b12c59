import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

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
  let query = db.selectFrom('categories').select(['id', 'name', 'active']).orderBy('id');
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.execute();
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
  let query = db
    .selectFrom('subcategories as s')
    .innerJoin('categories as c', 'c.id', 's.category_id')
    .select(['s.id', 's.category_id', 's.name', 's.active'])
    .orderBy('s.id');
  if (options.visibleOnly) query = query.where('s.active', '=', true).where('c.active', '=', true);
  return query.execute();
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
