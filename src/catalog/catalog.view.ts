import type { Kysely } from 'kysely';
import { CLIENT_TOPIC } from '../auth/client-auth-cache.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import type { StoreMode } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { CachedValue, KeyedCache } from '../infra/cache.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { formatDecimal, parseDecimal, type Decimal } from '../money/decimal.ts';
import { REFERENCE_TOPIC } from '../reference/reference.service.ts';
import * as repo from './catalog.repository.ts';
import type { DenominationRow } from './catalog.repository.ts';
import {
  buildCatalogProduct,
  CatalogSnapshot,
  isOrderable,
  renderProduct,
  type CatalogProduct,
  type ClientPricing,
  type ProductListQuery,
  type RenderedPage,
} from './catalog.model.ts';

/** Bus topics: the catalog changed (any key), a client's pricing changed (key: client id, `*`: all). */
export const CATALOG_TOPIC = 'catalog';
export const CLIENT_PRICING_TOPIC = 'client-pricing';

/** 500 messages (api.md 1.5; by analogy with api.md 3). */
const FAILURE = {
  list: 'Failed to retrieve products',
  one: 'Failed to retrieve product',
} as const;

export const PRODUCT_NOT_FOUND = 'Product not found';

/** A product as one client sees it, for the quote and the order (api.md 4.4, 6.1). */
export interface VisibleProduct {
  product: CatalogProduct;
  pricing: ClientPricing;
}

/** The categories, countries and currencies of the products one client sees. */
export interface CatalogFilters {
  categories: string[];
  countries: { id: number; code: string }[];
  currencies: { id: number; code: string }[];
}

export interface CatalogViewDeps {
  db: Kysely<Database>;
  bus: InvalidationBus;
  suppliers: SupplierRegistry;
  /** In production mode only demo clients see demo products; in sandbox mode every client does. */
  storeMode: StoreMode;
}

/**
 * The catalog as clients read it (api.md 4.1–4.3), from a per-process snapshot of the orderable
 * catalog and a per-client pricing cache, both dropped when the bus says what they hold changed.
 */
export class CatalogView {
  private readonly snapshot: CachedValue<CatalogSnapshot>;
  private readonly pricing: KeyedCache<number, ClientPricing>;

  constructor(private readonly deps: CatalogViewDeps) {
    const { db, bus, suppliers } = deps;
    const snapshot = (this.snapshot = new CachedValue(() => loadSnapshot(db, suppliers)));
    const pricing = (this.pricing = new KeyedCache<number, ClientPricing>((clientId) => loadPricing(db, clientId)));
    bus.subscribe(
      CATALOG_TOPIC,
      () => snapshot.invalidate(),
      () => snapshot.invalidate(),
    );
    // Category, subcategory, country and currency names and states are part of the snapshot.
    bus.subscribe(
      REFERENCE_TOPIC,
      () => snapshot.invalidate(),
      () => snapshot.invalidate(),
    );
    bus.subscribe(
      CLIENT_PRICING_TOPIC,
      (key) => (/^\d+$/.test(key) ? pricing.invalidate(Number(key)) : pricing.clear()),
      () => pricing.clear(),
    );
    // A client's demo mark is part of its view (clients publish every change of a client here).
    bus.subscribe(
      CLIENT_TOPIC,
      (key) => (/^\d+$/.test(key) ? pricing.invalidate(Number(key)) : pricing.clear()),
      () => pricing.clear(),
    );
  }

  /** One page of the products this client sees (api.md 4.2), serialised, with its page facts. */
  async listVisible(scope: ClientScope, query: ProductListQuery): Promise<RenderedPage> {
    const { snapshot, pricing } = await this.view(scope, FAILURE.list);
    return snapshot.page(query, pricing);
  }

  /** `listVisible` without waiting, when the catalog and the client's pricing are in memory (nearly always); else undefined. */
  listVisibleNow(scope: ClientScope, query: ProductListQuery): RenderedPage | undefined {
    const view = this.viewNow(scope);
    return view && view.snapshot.page(query, view.pricing);
  }

  /**
   * What the products this client sees can be filtered by (the client portal's choices): their
   * categories, countries and currencies, each once, by name or code.
   */
  async filters(scope: ClientScope): Promise<CatalogFilters> {
    const { snapshot, pricing } = await this.view(scope, FAILURE.list);
    const categories = new Set<string>();
    const countries = new Map<number, string>();
    const currencies = new Map<number, string>();
    for (const product of snapshot.products) {
      if (pricing.blacklist.has(product.id)) continue;
      categories.add(product.category);
      countries.set(product.countryId, product.detail.country_code);
      currencies.set(product.currencyId, product.currencyCode);
    }
    const byCode = (entries: Map<number, string>) =>
      [...entries].map(([id, code]) => ({ id, code })).sort((a, b) => a.code.localeCompare(b.code) || a.id - b.id);
    return { categories: [...categories].sort((a, b) => a.localeCompare(b)), countries: byCode(countries), currencies: byCode(currencies) };
  }

  /** The product object with its detail fields (api.md 4.1), serialised; 404 when not visible. */
  async getVisible(scope: ClientScope, productId: number): Promise<string> {
    const found = await this.visibleProduct(scope, productId, FAILURE.one);
    if (!found) throw errors.notFound(PRODUCT_NOT_FOUND);
    return renderProduct(found.product, found.pricing, true);
  }

  /**
   * Whether the product's supplier can deliver `quantity` vouchers of `value` now (api.md 4.3),
   * for a line that passed the order-line rules (`QuoteService.availability`); false when the
   * product's supplier is not registered. `failure` is the 500 message when the supplier cannot
   * answer.
   */
  async canDeliver(product: CatalogProduct, value: Decimal, quantity: number, failure: string): Promise<boolean> {
    const supplier = this.deps.suppliers.get(product.supplier);
    if (!supplier) return false;
    try {
      return await supplier.capacity({ productId: product.id, denomination: formatDecimal(value, product.precision), quantity });
    } catch (error) {
      throw Object.assign(errors.internal(failure), { cause: error });
    }
  }

  /** The product if this client may see it (active, orderable, not blacklisted), with its pricing. */
  async visibleProduct(scope: ClientScope, productId: number, failure: string = FAILURE.one): Promise<VisibleProduct | null> {
    const { snapshot, pricing } = await this.view(scope, failure);
    const product = snapshot.byId.get(productId);
    if (!product || pricing.blacklist.has(productId)) return null;
    return { product, pricing };
  }

  /**
   * What one client may see, decided here for every client read (list, detail, availability,
   * the quote and so every order): the orderable catalog — without its demo products for a
   * client that is not a demo client in production mode — and the client's pricing, whose
   * blacklist hides more. A hidden product is `404 Product not found` everywhere.
   */
  private async view(scope: ClientScope, failure: string): Promise<ClientView> {
    try {
      const now = this.viewNow(scope);
      if (now) return now;
      const [snapshot, pricing] = await Promise.all([this.snapshot.get(), this.pricing.get(scope.clientId)]);
      return this.seenBy(snapshot, pricing);
    } catch (error) {
      // The cause goes to the server log with the 500; the caller sees only the message.
      throw Object.assign(errors.internal(failure), { cause: error });
    }
  }

  /** `view` when both of its parts are in memory, without waiting; else undefined. */
  private viewNow(scope: ClientScope): ClientView | undefined {
    const snapshot = this.snapshot.peek();
    const pricing = snapshot && this.pricing.peek(scope.clientId);
    return pricing && this.seenBy(snapshot.value, pricing.value);
  }

  private seenBy(snapshot: CatalogSnapshot, pricing: ClientPricing): ClientView {
    const seesDemo = this.deps.storeMode === 'sandbox' || pricing.demo;
    return { snapshot: seesDemo ? snapshot : snapshot.withoutDemo(), pricing };
  }
}

interface ClientView {
  snapshot: CatalogSnapshot;
  pricing: ClientPricing;
}

/** Ranges by product id. */
export function groupRanges(rows: DenominationRow[]): Map<number, DenominationRow[]> {
  const byProduct = new Map<number, DenominationRow[]>();
  for (const row of rows) {
    const list = byProduct.get(row.product_id);
    if (list) list.push(row);
    else byProduct.set(row.product_id, [row]);
  }
  return byProduct;
}

/** Products and ranges read in one repeatable-read transaction, so they agree with each other. */
async function loadSnapshot(db: Kysely<Database>, suppliers: SupplierRegistry): Promise<CatalogSnapshot> {
  const { rows, ranges } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => ({ rows: await repo.listProductRows(trx), ranges: await repo.listDenominationRows(trx) }));
  const byProduct = groupRanges(ranges);
  const products = rows
    .filter((row) => isOrderable(row, byProduct.get(row.id)?.length ?? 0, (name) => suppliers.has(name)))
    .map((row) => buildCatalogProduct(row, byProduct.get(row.id)!));
  return new CatalogSnapshot(products);
}

async function loadPricing(db: Kysely<Database>, clientId: number): Promise<ClientPricing> {
  const { demo, blacklist, discounts } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => ({
      demo: await repo.isDemoClient(trx, clientId),
      blacklist: await repo.listBlacklist(trx, clientId),
      discounts: await repo.listDiscounts(trx, clientId),
    }));
  const productRates = new Map<number, Decimal>();
  const rangeRates = new Map<number, Decimal>();
  for (const row of discounts) {
    const rate = parseDecimal(row.discount)!;
    if (row.denomination_id === null) productRates.set(row.product_id, rate);
    else rangeRates.set(row.denomination_id, rate);
  }
  return {
    demo,
    blacklist: new Set(blacklist.map((row) => row.product_id)),
    productRates,
    rangeRates,
    negotiated: new Set(discounts.map((row) => row.product_id)),
  };
}
