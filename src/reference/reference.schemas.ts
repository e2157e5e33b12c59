import { Type, type Static, type TSchema } from 'typebox';
import { errorResponses } from '../http/schemas.ts';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties } from '../http/pagination.ts';
import { QueryBoolean, queryBoolean, QueryId, queryId, QueryText, queryText } from '../http/query-params.ts';
import type { Sort } from '../shared/pages.ts';
import { CATEGORY_SORT_FIELDS, SUBCATEGORY_SORT_FIELDS, type CategorySortField, type SubcategorySortField } from './reference.service.ts';

/** A path id (api.md 1.8): an integer 1 … 2,147,483,647, else 400 "Invalid <thing> ID". */
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const Country = Type.Object(
  {
    id: Type.Integer({ description: 'The ISO 3166-1 numeric code as an integer' }),
    name: Type.String({ description: 'Common name, e.g. United States' }),
    official_name: Type.String({ description: 'Official name, e.g. United States of America' }),
    alpha_2: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
    alpha_3: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 3166-1 alpha-3' }),
    numeric_code: Type.String({ pattern: '^[0-9]{3}$', description: 'ISO 3166-1 numeric, 3 digits' }),
    dialing_prefix: Type.Union([Type.String(), Type.Null()], { description: 'e.g. +1; null where none exists' }),
  },
  { title: 'Country' },
);

export const Currency = Type.Object(
  {
    id: Type.Integer({ description: 'The ISO 4217 numeric code as an integer' }),
    name: Type.String({ description: 'e.g. US Dollar' }),
    currency: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217 code' }),
    precision: Type.Integer({ minimum: 0, description: 'ISO 4217 minor unit (USD 2, JPY 0, KWD 3)' }),
  },
  { title: 'Currency' },
);

export const Category = Type.Object({ id: Type.Integer(), name: Type.String() }, { title: 'Category' });
export const Subcategory = Type.Object({ id: Type.Integer(), name: Type.String() }, { title: 'Subcategory' });

// ---- client routes (/api/v1) --------------------------------------------------------------------

const security = [{ bearerAuth: [] }];
const notModified = { 304: Type.Null({ description: 'Not modified (If-None-Match matched the ETag)' }) };
const listErrors = errorResponses(401, 403, 429, 500);
const itemErrors = errorResponses(400, 401, 403, 404, 429, 500);
const gatedListErrors = errorResponses(400, 401, 403, 429, 500);

function clientSchemas(tag: string, thing: string, item: TSchema, gated: boolean) {
  const tags = [tag];
  const note = gated ? ' Requires the `vouchers` feature.' : '';
  return {
    list: {
      tags,
      security,
      summary: `List active ${tag}`,
      description: `The whole list, never paginated; supports ETag / If-None-Match.${note}`,
      response: { 200: Type.Array(item), ...notModified, ...(gated ? gatedListErrors : listErrors) },
    },
    show: {
      tags,
      security,
      summary: `Show one ${thing}`,
      description: `404 when missing or inactive.${note}`,
      params: IdParams,
      response: { 200: item, ...notModified, ...itemErrors },
    },
  };
}

export const schemas = {
  countries: clientSchemas('countries', 'country', Country, false),
  currencies: clientSchemas('currencies', 'currency', Currency, false),
  categories: clientSchemas('categories', 'category', Category, true),
  subcategories: clientSchemas('subcategories', 'subcategory', Subcategory, true),
};

// ---- admin routes (/admin/v1) -------------------------------------------------------------------

export const AdminCountry = Type.Object({ ...Country.properties, active: Type.Boolean() }, { title: 'AdminCountry' });
export const AdminCurrency = Type.Object({ ...Currency.properties, numeric_code: Type.String(), active: Type.Boolean() }, { title: 'AdminCurrency' });
export const AdminCategory = Type.Object({ id: Type.Integer(), name: Type.String(), active: Type.Boolean() }, { title: 'AdminCategory' });
export const AdminSubcategory = Type.Object(
  {
    id: Type.Integer(),
    category_id: Type.Integer(),
    name: Type.String(),
    active: Type.Boolean(),
  },
  { title: 'AdminSubcategory' },
);

const Name = Type.String({ minLength: 1, maxLength: 200 });
export const CreateCategoryBody = Type.Object({ name: Name, active: Type.Optional(Type.Boolean()) });
export const UpdateBody = Type.Object({ name: Type.Optional(Name), active: Type.Optional(Type.Boolean()) });
export const CreateSubcategoryBody = Type.Object({
  category_id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  name: Name,
  active: Type.Optional(Type.Boolean()),
});

const DEFAULT_CATEGORY_SORT: Sort<CategorySortField> = { field: 'id', direction: 'ASC' };
const DEFAULT_SUBCATEGORY_SORT: Sort<SubcategorySortField> = { field: 'id', direction: 'ASC' };

const categoryFilters = {
  search: QueryText('Only those whose name contains this (any case), or whose id it is'),
  active: QueryBoolean('Only active (true) or inactive (false) ones'),
};

export const CategoryListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(CATEGORY_SORT_FIELDS, DEFAULT_CATEGORY_SORT),
  ...categoryFilters,
});

export const SubcategoryListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(SUBCATEGORY_SORT_FIELDS, DEFAULT_SUBCATEGORY_SORT),
  ...categoryFilters,
  category_id: QueryId.filter('Only the subcategories of this category'),
});

/** The filter, sort and page of GET /admin/v1/categories, read from its validated query. */
export function readCategoryList(query: Static<typeof CategoryListQuery>) {
  return {
    filter: { search: queryText(query.search), active: queryBoolean(query.active) },
    request: parseOptionalPageRequest(query, { sortFields: CATEGORY_SORT_FIELDS, defaultSort: DEFAULT_CATEGORY_SORT }),
  };
}

/** The filter, sort and page of GET /admin/v1/subcategories, read from its validated query. */
export function readSubcategoryList(query: Static<typeof SubcategoryListQuery>) {
  return {
    filter: { search: queryText(query.search), active: queryBoolean(query.active), categoryId: queryId(query.category_id) },
    request: parseOptionalPageRequest(query, { sortFields: SUBCATEGORY_SORT_FIELDS, defaultSort: DEFAULT_SUBCATEGORY_SORT }),
  };
}

const adminErrors = errorResponses(400, 401, 404, 413, 415);
const adminSecurity = [{ operatorAuth: [] }];

/** The list of an operator's categories or subcategories: sorted, filtered, paged. */
const pagedList = <V extends TSchema, Q extends TSchema>(tag: string, view: V, querystring: Q) => ({
  tags: [`admin: ${tag}`],
  security: adminSecurity,
  summary: `List all ${tag}, inactive included`,
  description: `By id unless sorted. Filters combine with AND. ${OPTIONAL_PAGES}`,
  querystring,
  response: { 200: Type.Array(view), ...adminErrors },
});

function adminListSchemas<V extends TSchema>(tag: string, thing: string, view: V) {
  const tags = [`admin: ${tag}`];
  return {
    list: {
      tags,
      security: adminSecurity,
      summary: `List all ${tag}, inactive included`,
      response: { 200: Type.Array(view), ...adminErrors },
    },
    activate: { tags, security: adminSecurity, summary: `Activate a ${thing}`, params: IdParams, response: { 200: view, ...adminErrors } },
    deactivate: { tags, security: adminSecurity, summary: `Deactivate a ${thing}`, params: IdParams, response: { 200: view, ...adminErrors } },
  };
}

export const adminSchemas = {
  countries: adminListSchemas('countries', 'country', AdminCountry),
  currencies: adminListSchemas('currencies', 'currency', AdminCurrency),
  categories: {
    ...adminListSchemas('categories', 'category', AdminCategory),
    list: pagedList('categories', AdminCategory, CategoryListQuery),
    show: {
      tags: ['admin: categories'],
      security: adminSecurity,
      summary: 'Show a category, inactive included',
      params: IdParams,
      response: { 200: AdminCategory, ...adminErrors },
    },
    create: {
      tags: ['admin: categories'],
      security: adminSecurity,
      summary: 'Create a category',
      body: CreateCategoryBody,
      response: { 201: AdminCategory, ...adminErrors },
    },
    update: {
      tags: ['admin: categories'],
      security: adminSecurity,
      summary: 'Rename, activate or deactivate a category',
      params: IdParams,
      body: UpdateBody,
      response: { 200: AdminCategory, ...adminErrors },
    },
  },
  subcategories: {
    ...adminListSchemas('subcategories', 'subcategory', AdminSubcategory),
    list: pagedList('subcategories', AdminSubcategory, SubcategoryListQuery),
    show: {
      tags: ['admin: subcategories'],
      security: adminSecurity,
      summary: 'Show a subcategory, inactive included',
      params: IdParams,
      response: { 200: AdminSubcategory, ...adminErrors },
    },
    create: {
      tags: ['admin: subcategories'],
      security: adminSecurity,
      summary: 'Create a subcategory in a category',
      body: CreateSubcategoryBody,
      response: { 201: AdminSubcategory, ...adminErrors },
    },
    update: {
      tags: ['admin: subcategories'],
      security: adminSecurity,
      summary: 'Rename, activate or deactivate a subcategory',
      params: IdParams,
      body: UpdateBody,
      response: { 200: AdminSubcategory, ...adminErrors },
    },
  },
};
