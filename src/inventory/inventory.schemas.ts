import { Type, type Static } from 'typebox';
import { OPTIONAL_PAGES, pageQueryProperties, parseOptionalPageRequest, sortQueryProperties } from '../http/pagination.ts';
import { QueryBoolean, queryBoolean, QueryId, queryId, QueryText, queryText } from '../http/query-params.ts';
import { errorResponses } from '../http/schemas.ts';
import type { Sort } from '../shared/pages.ts';
import { MAX_INVENTORY_IMPORT } from './inventory.import.ts';
import { MAX_THRESHOLD, STOCK_SORT_FIELDS, type StockSortField } from './inventory.service.ts';

const adminErrors = errorResponses(400, 401, 404, 413, 415);
const security = [{ operatorAuth: [] }];
const tags = ['admin: inventory'];

const ProductId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const Denomination = Type.Number({
  exclusiveMinimum: 0,
  maximum: 1_000_000_000,
  description: "Face value per voucher, product currency (one of the product's values)",
});

export const InventoryImportBody = Type.Object(
  {
    product_id: ProductId,
    denomination: Denomination,
    records: Type.Array(
      Type.Object(
        {
          line: Type.Integer({ minimum: 1, description: 'Where the voucher is in the file (for messages)' }),
          // Checked by the import itself, so a bad record is reported with its line like any other.
          fields: Type.Unknown({ description: '{code, pin, claim_url, expires_at, serial} as in the file' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_INVENTORY_IMPORT + 1 },
    ),
    dry_run: Type.Optional(Type.Boolean({ description: 'Check and report, write nothing' })),
    source: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()], { description: 'The file name, kept with the batch' })),
  },
  { additionalProperties: false },
);

export const InventoryImportReport = Type.Object(
  {
    ok: Type.Boolean(),
    dry_run: Type.Boolean(),
    product_id: Type.Integer(),
    product_name: Type.String(),
    supplier: Type.String({ description: 'Codes are handed out only while this is `inventory`' }),
    denomination: Type.Number(),
    errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
    imported: Type.Integer({ description: 'Codes imported (a dry run: that would be)' }),
    batch_id: Type.Union([Type.Integer(), Type.Null()]),
    available: Type.Integer({ description: 'Unexpired codes of that value in stock afterwards' }),
  },
  { title: 'InventoryImportReport' },
);

export const StockLevel = Type.Object(
  {
    product_id: Type.Integer(),
    product_name: Type.String(),
    supplier: Type.String(),
    currency: Type.String(),
    denomination: Type.Number(),
    available: Type.Integer({ description: 'Unexpired codes in stock' }),
    reserved: Type.Integer({ description: 'Held for orders not yet delivered' }),
    issued: Type.Integer(),
    expired: Type.Integer({ description: 'In stock but expired: never handed out' }),
    threshold: Type.Union([Type.Integer(), Type.Null()]),
    low_stock: Type.Boolean({ description: 'available < threshold (no threshold: available = 0)' }),
  },
  { title: 'StockLevel' },
);

const DEFAULT_STOCK_SORT: Sort<StockSortField> = { field: 'product_id', direction: 'ASC' };

export const StockQuery = Type.Object({
  ...pageQueryProperties,
  ...sortQueryProperties(STOCK_SORT_FIELDS, DEFAULT_STOCK_SORT),
  product_id: QueryId.required('Only this product (unknown: 404)'),
  low_stock: QueryBoolean('Only values with fewer codes available than their threshold (without one: none available), or only the others'),
  search: QueryText('Only products whose name contains this (any case), or whose id it is'),
  supplier: QueryText('Only products of this supplier (its name, exactly)', 64),
});

/** The filter, sort and page of GET /admin/v1/inventory/stock, read from its validated query. */
export function readStockList(query: Static<typeof StockQuery>) {
  return {
    filter: {
      productId: queryId(query.product_id),
      lowStock: queryBoolean(query.low_stock),
      search: queryText(query.search),
      supplier: queryText(query.supplier),
    },
    request: parseOptionalPageRequest(query, { sortFields: STOCK_SORT_FIELDS, defaultSort: DEFAULT_STOCK_SORT }),
  };
}

export const ThresholdBody = Type.Object(
  {
    product_id: ProductId,
    denomination: Denomination,
    threshold: Type.Union([Type.Integer({ minimum: 0, maximum: MAX_THRESHOLD }), Type.Null()], { description: 'null removes it' }),
  },
  { additionalProperties: false },
);

export const adminSchemas = {
  import: {
    tags,
    security,
    summary: 'Import voucher codes for a product and face value (all or nothing)',
    description:
      'Records as read from a CSV file by `popup-store inventory import`. Every line is checked; when any is bad the answer is ' +
      '400 VALIDATION_FAILURE with one `details` entry per bad line (`field`: "line N") and nothing is written. Codes never appear in answers or logs.',
    body: InventoryImportBody,
    response: { 200: InventoryImportReport, ...adminErrors },
  },
  stock: {
    tags,
    security,
    summary: 'Stock levels per product and face value',
    description:
      'Every product and value with codes or a threshold, and every fixed value of the products the inventory supplier delivers; ' +
      `by product and value unless sorted (threshold: values without one last). Filters combine with AND. ${OPTIONAL_PAGES}`,
    querystring: StockQuery,
    response: { 200: Type.Array(StockLevel), ...adminErrors },
  },
  threshold: {
    tags,
    security,
    summary: 'Set (or remove) the low-stock threshold of a product and face value',
    body: ThresholdBody,
    response: { 200: StockLevel, ...adminErrors },
  },
};
