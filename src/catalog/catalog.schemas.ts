import { Type, type Static } from 'typebox';
import { IdParams } from '../http/path-id.ts';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties, type Sort } from '../http/pagination.ts';
import { QueryBoolean, queryBoolean, QueryId, queryId, QueryText, queryText } from '../http/query-params.ts';
import { ADMIN_PRODUCT_SORT_FIELDS, type AdminProductSortField } from './catalog.repository.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { pick } from '../shared/fields.ts';
import { MAX_FACE_VALUE, MIN_FACE_VALUE } from './face-values.ts';

/**
 * Each catalog entity's fields, defined once: the service inputs are the `Static` types of these
 * bodies, the client and admin views are built from these objects' properties (`catalog.model.ts`,
 * `catalog.products.ts`), and the fields of a catalog file are `CatalogFileProduct`'s.
 */

export const PRODUCT_SORT_FIELDS = ['id', 'name', 'category'] as const;
export type ProductSortField = (typeof PRODUCT_SORT_FIELDS)[number];
export const DEFAULT_PRODUCT_SORT: Sort<ProductSortField> = { field: 'id', direction: 'DESC' };

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const VoucherType = Type.Union([Type.Literal('CODE'), Type.Literal('CODE_WITH_PIN'), Type.Literal('URL')]);

/** A product's free-text fields as every view sends them: the text, or null when there is none. */
const textViews = {
  image_url: Nullable(Type.String()),
  delivery_mode: Nullable(Type.String()),
  delivery_time: Nullable(Type.String()),
  validity: Nullable(Type.String()),
  description: Nullable(Type.String()),
  redemption_instructions: Nullable(Type.String()),
  terms: Nullable(Type.String()),
};

export const Denomination = Type.Object(
  {
    min_value: Type.Number({ description: 'Face value, product currency; equal to max_value for a fixed value' }),
    max_value: Type.Number(),
    discount: Type.Number({ description: 'Percentage; already the best rate for this client' }),
  },
  { title: 'Denomination' },
);

/** api.md 4.1 */
export const Product = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    category: Type.String({ description: 'Category name' }),
    sub_category: Nullable(Type.String()),
    country_code: Type.String({ description: 'ISO 3166-1 alpha-3' }),
    currency_code: Type.String({ description: 'ISO 4217' }),
    ...pick(textViews, ['image_url', 'delivery_mode', 'delivery_time', 'validity']),
    available_denominations: Type.Array(Denomination),
  },
  { title: 'Product' },
);

export const ProductDetail = Type.Object(
  {
    ...Product.properties,
    ...pick(textViews, ['description', 'redemption_instructions', 'terms']),
    voucher_type: VoucherType,
  },
  { title: 'ProductDetail' },
);

/** api.md 4.2 + 1.7 */
export const ProductListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(PRODUCT_SORT_FIELDS, DEFAULT_PRODUCT_SORT),
  category: Type.Optional(Type.String({ maxLength: 200, description: 'Exact category name (case-insensitive)' })),
  sub_category: Type.Optional(Type.String({ maxLength: 200, description: 'Exact subcategory name (case-insensitive)' })),
  country_id: QueryId.catalog('Country id (ISO 3166-1 numeric, e.g. 840)'),
  currency_id: QueryId.catalog('Currency id (ISO 4217 numeric, e.g. 840)'),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive substring of the name' })),
});

const security = [{ bearerAuth: [] }];
const tags = ['products'];
const gate = ' Requires the `vouchers` feature (else 400 INVALID_FEATURE).';
const paginationHeaders = {
  'X-Page': { type: 'integer' },
  'X-Per-Page': { type: 'integer' },
  'X-Total-Count': { type: 'integer' },
  'X-Total-Pages': { type: 'integer' },
  'X-Page-Size': { type: 'integer' },
  'X-Has-More': { type: 'string', enum: ['true', 'false'] },
};

export const schemas = {
  list: {
    tags,
    security,
    summary: 'List products',
    description: `Active, orderable products not blacklisted for this client; paginated (X-Page… headers).${gate}`,
    querystring: ProductListQuery,
    response: {
      200: Type.Array(Product, { headers: paginationHeaders } as Record<string, unknown>),
      ...errorResponses(400, 401, 403, 429, 500),
    },
  },
  show: {
    tags,
    security,
    summary: 'Show a product',
    description: `404 when missing, inactive, not orderable or blacklisted for this client.${gate}`,
    params: IdParams,
    response: { 200: ProductDetail, ...errorResponses(400, 401, 403, 404, 429, 500) },
  },
};

// ---- admin (/admin/v1) --------------------------------------------------------------------------

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const shortText = Type.Union([Type.String({ maxLength: 200 }), Type.Null()]);
const longText = Type.Union([Type.String({ maxLength: 20_000 }), Type.Null()]);
const money = Type.Number({ minimum: MIN_FACE_VALUE, maximum: MAX_FACE_VALUE, description: 'At most the currency precision in decimals' });
const percentage = Type.Number({ minimum: 0, exclusiveMaximum: 100, description: 'Percentage, at most 2 decimals' });

export const DenominationBody = Type.Object(
  { min_value: money, max_value: money, discount: Type.Optional(percentage) },
  { additionalProperties: false },
);
export const DenominationChangeBody = Type.Object(
  { min_value: Type.Optional(money), max_value: Type.Optional(money), discount: Type.Optional(percentage) },
  { additionalProperties: false },
);

/** The fields of a product an operator gives (create) or changes (update), in the order of the table's columns. */
export const productFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  category_id: id,
  subcategory_id: Type.Optional(Type.Union([id, Type.Null()])),
  country_id: id,
  currency_id: id,
  image_url: Type.Optional(Type.Union([Type.String({ maxLength: 2048, pattern: '^https?://[^\\s]+$' }), Type.Null()])),
  delivery_mode: Type.Optional(shortText),
  delivery_time: Type.Optional(shortText),
  validity: Type.Optional(shortText),
  description: Type.Optional(longText),
  redemption_instructions: Type.Optional(longText),
  terms: Type.Optional(longText),
  voucher_type: Type.Optional(VoucherType),
  supplier: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  active: Type.Optional(Type.Boolean()),
  demo: Type.Optional(Type.Boolean({ description: 'Demo data: in production mode only demo clients see it (default false)' })),
};

export const CreateProductBody = Type.Object(
  { ...productFields, denominations: Type.Optional(Type.Array(DenominationBody, { maxItems: 100 })) },
  { title: 'CreateProductRequest', additionalProperties: false },
);

export type ProductField = keyof typeof productFields;
/** Every field of `productFields`, in order: the columns a product's write sets. */
export const PRODUCT_FIELDS = Object.keys(productFields) as ProductField[];

interface JsonSchema {
  type?: string;
  maxLength?: number;
  anyOf?: JsonSchema[];
}
const alternatives = (schema: JsonSchema): JsonSchema[] => schema.anyOf ?? [schema];

/** The fields that are free text or null (blank text is stored as null), e.g. `description`. */
export type ProductTextField = {
  [K in ProductField]: string extends NonNullable<ProductFields[K]> ? (null extends ProductFields[K] ? K : never) : never;
}[ProductField];
export const PRODUCT_TEXT_FIELDS = PRODUCT_FIELDS.filter((field) => {
  const types = alternatives(productFields[field]).map((schema) => schema.type);
  return types.includes('string') && types.includes('null');
}) as ProductTextField[];

/** The longest text a field takes (its schema's `maxLength`). */
export function maxLengthOf(field: ProductField): number {
  const lengths = alternatives(productFields[field]).flatMap((schema) => (schema.maxLength === undefined ? [] : [schema.maxLength]));
  if (!lengths.length) throw new Error(`${field} has no maxLength`);
  return Math.max(...lengths);
}

export const UpdateProductBody = Type.Object(
  {
    ...productFields,
    name: Type.Optional(productFields.name),
    category_id: Type.Optional(id),
    country_id: Type.Optional(id),
    currency_id: Type.Optional(id),
  },
  { additionalProperties: false },
);

export const AdminProduct = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    category_id: Type.Integer(),
    category: Type.String(),
    subcategory_id: Type.Union([Type.Integer(), Type.Null()]),
    sub_category: Nullable(Type.String()),
    country_id: Type.Integer(),
    country_code: Type.String(),
    currency_id: Type.Integer(),
    currency_code: Type.String(),
    ...textViews,
    voucher_type: VoucherType,
    supplier: Type.String(),
    active: Type.Boolean(),
    orderable: Type.Boolean({ description: 'Visible to clients (before any client blacklist)' }),
    demo: Type.Boolean({ description: 'Demo data: in production mode visible to demo clients only' }),
    denominations: Type.Array(Type.Object({ id: Type.Integer(), min_value: Type.Number(), max_value: Type.Number(), discount: Type.Number() })),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'AdminProduct' },
);

export const ClientPricing = Type.Object(
  {
    client_id: Type.Integer(),
    blacklist: Type.Array(Type.Object({ product_id: Type.Integer(), product_name: Type.String(), created_at: Timestamp })),
    discounts: Type.Array(
      Type.Object({
        product_id: Type.Integer(),
        product_name: Type.String({ description: "The product's name, as the blacklist names it" }),
        denomination_id: Type.Union([Type.Integer(), Type.Null()], { description: 'null: every range of the product' }),
        denomination: Type.Union(
          [
            Type.Object({
              min_value: Type.Number({ description: 'Face value, product currency; equal to max_value for a fixed value' }),
              max_value: Type.Number(),
              currency_code: Type.String({ description: "The product's currency" }),
            }),
            Type.Null(),
          ],
          { description: 'The range denomination_id names, as the product lists it; null: every range of the product' },
        ),
        discount: Type.Number(),
        updated_at: Timestamp,
      }),
    ),
  },
  { title: 'ClientPricing' },
);

/** The service inputs: the bodies' own types. */
export type CreateProductInput = Static<typeof CreateProductBody>;
export type ProductFields = Omit<CreateProductInput, 'denominations'>;
export type ProductChanges = Static<typeof UpdateProductBody>;
export type DenominationInput = Static<typeof DenominationBody>;
export type DenominationChanges = Static<typeof DenominationChangeBody>;

export const ProductRefBody = Type.Object({ product_id: id }, { additionalProperties: false });
export const DiscountBody = Type.Object(
  {
    product_id: id,
    denomination_id: Type.Optional(Type.Union([id, Type.Null()], { description: 'Omit or null: the whole product' })),
    discount: percentage,
  },
  { additionalProperties: false },
);
export const DiscountRefBody = Type.Object(
  { product_id: id, denomination_id: Type.Optional(Type.Union([id, Type.Null()])) },
  { additionalProperties: false },
);
/** A negotiated discount as the service takes it (the body's type; no denomination_id or null: the whole product). */
export type DiscountInput = Static<typeof DiscountBody>;
export type DiscountRef = Static<typeof DiscountRefBody>;

const adminErrors = errorResponses(400, 401, 404, 413, 415);
const adminSecurity = [{ operatorAuth: [] }];
const productTags = ['admin: products'];
const pricingTags = ['admin: client pricing'];

const DEFAULT_ADMIN_PRODUCT_SORT: Sort<AdminProductSortField> = { field: 'id', direction: 'ASC' };

export const AdminProductListQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(ADMIN_PRODUCT_SORT_FIELDS, DEFAULT_ADMIN_PRODUCT_SORT),
  search: QueryText('Only products whose name contains this (any case), or whose id it is'),
  category_id: QueryId.filter('Only products of this category'),
  country_id: QueryId.filter('Only products of this country (ISO 3166-1 numeric, e.g. 840)'),
  currency_id: QueryId.filter('Only products in this currency (ISO 4217 numeric, e.g. 840)'),
  supplier: QueryText('Only products of this supplier (its name, exactly)', 64),
  active: QueryBoolean('Only active (true) or inactive (false) products'),
  orderable: QueryBoolean(
    'Only products clients could order (true: active, so are their category, subcategory, country and currency, with a range and a known supplier) or only the others (false)',
  ),
});

/** The filter, sort and page of GET /admin/v1/products, read from its validated query. */
export function readAdminProductList(query: Static<typeof AdminProductListQuery>) {
  return {
    filter: {
      search: queryText(query.search),
      categoryId: queryId(query.category_id),
      countryId: queryId(query.country_id),
      currencyId: queryId(query.currency_id),
      supplier: queryText(query.supplier),
      active: queryBoolean(query.active),
      orderable: queryBoolean(query.orderable),
    },
    request: parseOptionalPageRequest(query, { sortFields: ADMIN_PRODUCT_SORT_FIELDS, defaultSort: DEFAULT_ADMIN_PRODUCT_SORT }),
  };
}

export const adminSchemas = {
  list: {
    tags: productTags,
    security: adminSecurity,
    summary: 'All products, inactive included',
    description: `By id unless sorted (category: by its name, then the product's). Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: AdminProductListQuery,
    response: { 200: Type.Array(AdminProduct), ...adminErrors },
  },
  show: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Show a product, inactive included',
    params: IdParams,
    response: { 200: AdminProduct, ...adminErrors },
  },
  create: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Create a product (optionally with its denomination ranges)',
    body: CreateProductBody,
    response: { 201: AdminProduct, ...adminErrors },
  },
  update: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Change a product',
    params: IdParams,
    body: UpdateProductBody,
    response: { 200: AdminProduct, ...adminErrors },
  },
  change: { tags: productTags, security: adminSecurity, params: IdParams, response: { 200: AdminProduct, ...adminErrors } },
  addDenomination: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Add a denomination range to a product',
    params: IdParams,
    body: DenominationBody,
    response: { 201: AdminProduct, ...adminErrors },
  },
  updateDenomination: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Change a denomination range (id from the product view)',
    params: IdParams,
    body: DenominationChangeBody,
    response: { 200: AdminProduct, ...adminErrors },
  },
  removeDenomination: {
    tags: productTags,
    security: adminSecurity,
    summary: 'Remove a denomination range (and the negotiated rates for it)',
    params: IdParams,
    response: { 200: AdminProduct, ...adminErrors },
  },
  pricing: {
    tags: pricingTags,
    security: adminSecurity,
    summary: "A client's blacklist and negotiated discounts",
    params: IdParams,
    response: { 200: ClientPricing, ...adminErrors },
  },
  blacklist: { tags: pricingTags, security: adminSecurity, params: IdParams, body: ProductRefBody, response: { 200: ClientPricing, ...adminErrors } },
  setDiscount: {
    tags: pricingTags,
    security: adminSecurity,
    summary: 'Set the negotiated discount of a client for a product or one of its ranges',
    params: IdParams,
    body: DiscountBody,
    response: { 200: ClientPricing, ...adminErrors },
  },
  removeDiscount: {
    tags: pricingTags,
    security: adminSecurity,
    summary: "Remove a client's negotiated discount for a product or one of its ranges",
    params: IdParams,
    body: DiscountRefBody,
    response: { 200: ClientPricing, ...adminErrors },
  },
};

// ---- bulk import and export (/admin/v1/catalog/import, /admin/v1/catalog/export) -------------------

/**
 * One product of a catalog file (CSV columns in this order, JSON keys), as the export writes it
 * and the import reads it back (`catalog.import-fields.ts`); names instead of ids for what a
 * product references, its ranges in one field. The import also takes looser values (text for
 * numbers, `yes`/`no`, the `10|25-500:3` notation): `catalog.import.ts`.
 */
export const CatalogFileProduct = Type.Object({
  id: Type.Optional(Type.Integer({ description: 'Absent for a new product (and in an export without ids)' })),
  name: Type.String(),
  category: Type.String({ description: 'Category name (created when missing)' }),
  subcategory: Nullable(Type.String()),
  country: Type.String({ description: 'ISO 3166-1 alpha-3' }),
  currency: Type.String({ description: 'ISO 4217' }),
  voucher_type: VoucherType,
  supplier: Type.String(),
  active: Type.Boolean(),
  denominations: Type.Array(Type.Object({ min_value: Type.Number(), max_value: Type.Number(), discount: Type.Number() })),
  ...textViews,
});

export const CatalogFormat = Type.Union([Type.Literal('csv'), Type.Literal('json')]);

export const CatalogExportQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'The file format (default json)' })),
  ids: Type.Optional(
    Type.Union([Type.Literal('true'), Type.Literal('false')], {
      description: "false: without each product's id (the file then creates products, or matches them by name); default true",
    }),
  ),
});

export const CatalogExport = Type.Object({
  format: CatalogFormat,
  count: Type.Integer({ description: 'Products in the file' }),
  file: Type.String({ description: 'The catalog file, exactly what `popup-store catalog import` and POST /admin/v1/catalog/import read' }),
});

export const exportSchema = {
  tags: ['admin: products'],
  security: adminSecurity,
  summary: 'Export the whole catalog as a CSV or JSON file (the layout of the import)',
  description: 'Every product, inactive and demo ones included, by id. Importing the file back changes nothing.',
  querystring: CatalogExportQuery,
  response: { 200: CatalogExport, ...adminErrors },
};

const Choice = { id: Type.Integer(), name: Type.String(), active: Type.Boolean() };

export const CatalogChoices = Type.Object(
  {
    categories: Type.Array(Type.Object(Choice), { description: 'Every category, inactive ones included, by name' }),
    subcategories: Type.Array(Type.Object({ ...Choice, category_id: Type.Integer() }), { description: 'Every subcategory, by name' }),
    countries: Type.Array(Type.Object({ ...Choice, alpha_3: Type.String() }), { description: 'Every country, by name' }),
    currencies: Type.Array(Type.Object({ ...Choice, currency: Type.String({ description: 'ISO 4217 code' }) }), {
      description: 'Every currency, by code',
    }),
    suppliers: Type.Array(Type.String(), { description: 'The registered suppliers, by name' }),
  },
  { title: 'CatalogChoices' },
);
export type CatalogChoices = Static<typeof CatalogChoices>;

export const choicesSchema = {
  tags: ['admin: products'],
  security: adminSecurity,
  summary: "The choices of the catalog's forms and filters: categories, subcategories, countries, currencies (id and name), suppliers",
  description:
    "Every category, subcategory, country and currency, inactive ones included, and the registered suppliers, in one answer: what the console's catalog, inventory and FX pages offer to choose from.",
  response: { 200: CatalogChoices, ...errorResponses(401) },
};

export const CatalogImportBody = Type.Object(
  {
    records: Type.Array(
      Type.Object(
        {
          line: Type.Integer({ minimum: 1, description: 'Where the product starts in the file (for messages)' }),
          // Checked by the import itself, so a bad record is reported with its line like any other.
          fields: Type.Unknown({ description: 'The product as in the file: {name, category, country, …}' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50_001 },
    ),
    dry_run: Type.Optional(Type.Boolean({ description: 'Validate and report, then roll back' })),
    mode: Type.Optional(Type.Union([Type.Literal('upsert'), Type.Literal('create')], { description: 'create: every record is a new product' })),
    demo: Type.Optional(Type.Boolean({ description: 'true: every product of the import is demo data (popup-store demo)' })),
  },
  { additionalProperties: false },
);

export const CatalogImportReport = Type.Object(
  {
    ok: Type.Boolean(),
    dry_run: Type.Boolean(),
    errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
    created: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    categories_created: Type.Array(Type.String()),
    subcategories_created: Type.Array(Type.String()),
    products: Type.Array(
      Type.Object({
        line: Type.Integer(),
        product_id: Type.Union([Type.Integer(), Type.Null()]),
        name: Type.String(),
        action: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('unchanged')]),
      }),
    ),
  },
  { title: 'CatalogImportReport' },
);

export const importSchema = {
  tags: ['admin: products'],
  security: adminSecurity,
  summary: 'Import products in bulk (all or nothing)',
  description:
    'Records as read from a CSV or JSON file by `popup-store catalog import`. Every line is validated; when any is bad the answer ' +
    'is 400 VALIDATION_FAILURE with one `details` entry per bad line (`field`: "line N") and nothing is written.',
  body: CatalogImportBody,
  response: { 200: CatalogImportReport, ...adminErrors },
};
