import type { Static } from 'typebox';
import { paginate, type ListRequest, type PageMeta, type Sort } from '../shared/pages.ts';
import { compareDecimal, decimalPlaces, maxDecimal, parseDecimal, toJsonNumber, type Decimal } from '../money/decimal.ts';
import { pick } from '../shared/fields.ts';
import type { DenominationRow, ProductRow } from './catalog.repository.ts';
import { DEFAULT_PRODUCT_SORT, Product, PRODUCT_SORT_FIELDS, ProductDetail, type ProductSortField } from './catalog.schemas.ts';

/**
 * The catalog as clients see it, built once per load and kept in memory (per process):
 * filtering, sorting, paging and the per-client view are computed here, without the database.
 */

/** Discounts are percentages with two decimals (NUMERIC(5,2)). */
export const DISCOUNT_PLACES = 2;

export { DEFAULT_PRODUCT_SORT, PRODUCT_SORT_FIELDS, type ProductSortField };

/** The product object of api.md 4.1: the `Product` schema. */
export type ProductView = Static<typeof Product>;
export type DenominationView = ProductView['available_denominations'][number];
/** GET /products/:id adds these (api.md 4.1): the `ProductDetail` schema. */
export type ProductDetailView = Static<typeof ProductDetail>;

/** A product row with the names of what it references under the names the views give them. */
export type NamedProductRow = ProductRow & { category: string; sub_category: string | null };

export function namedRow(row: ProductRow): NamedProductRow {
  return { ...row, category: row.category_name, sub_category: row.subcategory_name };
}

/** The fields of the client views, from the schemas: those of the list, and those the detail adds. */
const LIST_FIELDS = Object.keys(Product.properties).filter((key) => key !== 'available_denominations') as Exclude<
  keyof ProductView,
  'available_denominations'
>[];
const DETAIL_FIELDS = Object.keys(ProductDetail.properties).filter((key) => !(key in Product.properties)) as Exclude<
  keyof ProductDetailView,
  keyof ProductView
>[];

export interface CatalogRange {
  id: number;
  min: Decimal;
  max: Decimal;
  /** The product's default discount for this range. */
  discount: Decimal;
}

export interface CatalogProduct {
  id: number;
  name: string;
  category: string;
  subCategory: string | null;
  countryId: number;
  currencyId: number;
  currencyCode: string;
  /** The currency's minor unit: money of this product is rounded to it. */
  precision: number;
  supplier: string;
  /** Demo data: in production mode only demo clients see it (`CatalogService.view`). */
  demo: boolean;
  /** Sorted by min value. */
  ranges: CatalogRange[];
  detail: ProductDetailView;
  /** Pre-serialised default views (no negotiated rate). */
  listJson: string;
  detailJson: string;
  // Lower-cased for the case-insensitive filters.
  nameKey: string;
  categoryKey: string;
  subCategoryKey: string | null;
}

/** What one client has negotiated: rates by product and by range, and the hidden products. */
export interface ClientPricing {
  /** The client is a demo client: in production mode it is the only kind that sees demo products. */
  demo: boolean;
  blacklist: ReadonlySet<number>;
  productRates: ReadonlyMap<number, Decimal>;
  rangeRates: ReadonlyMap<number, Decimal>;
  /** Products with any negotiated rate (their view differs from the default). */
  negotiated: ReadonlySet<number>;
}

export const NO_PRICING: ClientPricing = {
  demo: false,
  blacklist: new Set(),
  productRates: new Map(),
  rangeRates: new Map(),
  negotiated: new Set(),
};

/**
 * Whether clients can see and order a product: the product is active; its category, its
 * subcategory (if any), its country and its currency are active; it has at least one
 * denomination range; a registered supplier fulfils it.
 */
export function isOrderable(row: ProductRow, rangeCount: number, hasSupplier: (name: string) => boolean): boolean {
  return (
    row.active &&
    row.category_active &&
    (row.subcategory_id === null || row.subcategory_active === true) &&
    row.country_active &&
    row.currency_active &&
    rangeCount > 0 &&
    hasSupplier(row.supplier)
  );
}

const decimal = (text: string): Decimal => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return value;
};

export function toRange(row: DenominationRow): CatalogRange {
  return { id: row.id, min: decimal(row.min_value), max: decimal(row.max_value), discount: decimal(row.discount) };
}

export function sortRanges<T extends { min: Decimal; id: number }>(ranges: T[]): T[] {
  return ranges.sort((a, b) => compareDecimal(a.min, b.min) || a.id - b.id);
}

function denominationView(range: CatalogRange, discount: Decimal, precision: number): DenominationView {
  return {
    min_value: toJsonNumber(range.min, precision),
    max_value: toJsonNumber(range.max, precision),
    discount: toJsonNumber(discount, DISCOUNT_PLACES),
  };
}

export function buildCatalogProduct(row: ProductRow, rows: DenominationRow[]): CatalogProduct {
  const ranges = sortRanges(rows.map(toRange));
  const precision = row.currency_precision;
  const named = namedRow(row);
  const list: ProductView = {
    ...pick(named, LIST_FIELDS),
    available_denominations: ranges.map((range) => denominationView(range, range.discount, precision)),
  };
  const detail: ProductDetailView = { ...list, ...pick(named, DETAIL_FIELDS) };
  return {
    id: row.id,
    name: row.name,
    category: row.category_name,
    subCategory: list.sub_category,
    countryId: row.country_id,
    currencyId: row.currency_id,
    currencyCode: row.currency_code,
    precision,
    supplier: row.supplier,
    demo: row.demo,
    ranges,
    detail,
    listJson: JSON.stringify(list),
    detailJson: JSON.stringify(detail),
    nameKey: row.name.toLowerCase(),
    categoryKey: row.category_name.toLowerCase(),
    subCategoryKey: list.sub_category === null ? null : list.sub_category.toLowerCase(),
  };
}

// ---- pricing ------------------------------------------------------------------------------------

/**
 * The rate a client gets for a range (api.md 4.1, 4.4): the best of the product's default, the
 * client's negotiated rate for the product and its negotiated rate for that range. A
 * negotiated rate below the default never lowers it.
 */
export function bestDiscount(productId: number, range: CatalogRange, pricing: ClientPricing): Decimal {
  const candidates = [pricing.productRates.get(productId), pricing.rangeRates.get(range.id)].filter((rate): rate is Decimal => rate !== undefined);
  return maxDecimal(range.discount, ...candidates);
}

/** The range a face value falls in; null when none, or when the value has more decimals than the currency. */
export function findRange(product: CatalogProduct, value: Decimal): CatalogRange | null {
  if (decimalPlaces(value) > product.precision) return null;
  return product.ranges.find((range) => compareDecimal(value, range.min) >= 0 && compareDecimal(value, range.max) <= 0) ?? null;
}

/** The product object for one client, serialised. */
export function renderProduct(product: CatalogProduct, pricing: ClientPricing, detail: boolean): string {
  if (!pricing.negotiated.has(product.id)) return detail ? product.detailJson : product.listJson;
  const available_denominations = product.ranges.map((range) => denominationView(range, bestDiscount(product.id, range, pricing), product.precision));
  if (detail) return JSON.stringify({ ...product.detail, available_denominations });
  return JSON.stringify({ ...pick(product.detail, LIST_FIELDS), available_denominations });
}

// ---- list ---------------------------------------------------------------------------------------

export interface ProductFilter {
  category?: string;
  subCategory?: string;
  countryId?: number;
  currencyId?: number;
  search?: string;
}

const collator = new Intl.Collator('en');

const COMPARATORS: Record<ProductSortField, (a: CatalogProduct, b: CatalogProduct) => number> = {
  id: (a, b) => a.id - b.id,
  name: (a, b) => collator.compare(a.name, b.name) || a.id - b.id,
  category: (a, b) => collator.compare(a.category, b.category) || a.id - b.id,
};

/**
 * Rendered pages kept per snapshot for clients without negotiated rates or a blacklist (they
 * all see the same bytes): at most this many characters of keys and bytes of bodies, then pages are
 * rendered on each request again until the next snapshot.
 */
export const SHARED_PAGES_MAX_CHARS = 8 * 1024 * 1024;

export interface RenderedPage {
  /**
   * The JSON array of the page's products, as UTF-8 bytes: a shared page is sent many times,
   * and a string would be measured and encoded again at every send (a large share of a list
   * request's CPU); the same object each time, so its compressed forms are kept with it.
   */
  body: Buffer;
  meta: Readonly<PageMeta>;
}

/** The visible catalog of one load: products by id and, lazily, in each sort order. */
export class CatalogSnapshot {
  readonly byId: ReadonlyMap<number, CatalogProduct>;
  private readonly orders = new Map<string, readonly CatalogProduct[]>();
  private readonly sharedPages = new Map<string, RenderedPage>();
  private sharedPagesChars = 0;
  private nonDemo: CatalogSnapshot | undefined;

  constructor(readonly products: readonly CatalogProduct[]) {
    this.byId = new Map(products.map((product) => [product.id, product]));
  }

  /** The same catalog without demo products (built once per snapshot; itself when it has none). */
  withoutDemo(): CatalogSnapshot {
    this.nonDemo ??= this.products.some((product) => product.demo) ? new CatalogSnapshot(this.products.filter((product) => !product.demo)) : this;
    return this.nonDemo;
  }

  sorted(sort: Sort<ProductSortField>): readonly CatalogProduct[] {
    const key = `${sort.field}:${sort.direction}`;
    let order = this.orders.get(key);
    if (!order) {
      const compare = COMPARATORS[sort.field];
      order = [...this.products].sort(sort.direction === 'ASC' ? compare : (a, b) => compare(b, a));
      this.orders.set(key, order);
    }
    return order;
  }

  /** Visible to this client, matching the filter, in the requested order. */
  select(filter: ProductFilter, sort: Sort<ProductSortField>, pricing: ClientPricing): readonly CatalogProduct[] {
    const category = filter.category?.toLowerCase();
    const subCategory = filter.subCategory?.toLowerCase();
    const search = filter.search?.toLowerCase();
    const blacklist = pricing.blacklist;
    const order = this.sorted(sort);
    if (
      blacklist.size === 0 &&
      category === undefined &&
      subCategory === undefined &&
      filter.countryId === undefined &&
      filter.currencyId === undefined &&
      search === undefined
    ) {
      return order;
    }
    return order.filter(
      (product) =>
        !blacklist.has(product.id) &&
        (category === undefined || product.categoryKey === category) &&
        (subCategory === undefined || product.subCategoryKey === subCategory) &&
        (filter.countryId === undefined || product.countryId === filter.countryId) &&
        (filter.currencyId === undefined || product.currencyId === filter.currencyId) &&
        (search === undefined || product.nameKey.includes(search)),
    );
  }

  /**
   * One page of the list as this client sees it, serialised. A client without negotiated rates
   * and without a blacklist sees the default view, the same for all of them: that page is
   * rendered once per snapshot (and sent as the same string each time).
   */
  page(query: ProductListQuery, pricing: ClientPricing): RenderedPage {
    const { filter, request } = query;
    const shared = pricing.blacklist.size === 0 && pricing.negotiated.size === 0;
    const key = shared ? query.sharedKey : null;
    const cached = key === null ? undefined : this.sharedPages.get(key);
    if (cached) return cached;
    const { items, meta } = paginate(this.select(filter, request.sort, pricing), request);
    const page: RenderedPage = {
      body: Buffer.from(`[${items.map((product) => renderProduct(product, pricing, false)).join(',')}]`),
      meta: Object.freeze(meta),
    };
    if (key !== null && this.sharedPagesChars + key.length + page.body.length <= SHARED_PAGES_MAX_CHARS) {
      this.sharedPages.set(key, page);
      this.sharedPagesChars += key.length + page.body.length;
    }
    return page;
  }
}

/** A request of the product list: its page and sort, its filter, and the key of the page it selects (computed once). */
export interface ProductListQuery {
  readonly request: ListRequest<ProductSortField>;
  readonly filter: ProductFilter;
  /** Equal for requests that select the same page: filters compared as `select` compares them. */
  readonly sharedKey: string;
}

export function productListQuery(request: ListRequest<ProductSortField>, filter: ProductFilter): ProductListQuery {
  return { request, filter, sharedKey: sharedPageKey(filter, request) };
}

function sharedPageKey(filter: ProductFilter, request: ListRequest<ProductSortField>): string {
  return JSON.stringify([
    request.sort.field,
    request.sort.direction,
    request.page,
    request.limit,
    filter.category?.toLowerCase() ?? null,
    filter.subCategory?.toLowerCase() ?? null,
    filter.countryId ?? null,
    filter.currencyId ?? null,
    filter.search?.toLowerCase() ?? null,
  ]);
}
