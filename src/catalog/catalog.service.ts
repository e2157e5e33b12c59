import type { Kysely } from 'kysely';
import { CLIENT_TOPIC } from '../auth/client-auth-cache.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import type { StoreMode } from '../config.ts';
import { errors } from '../shared/errors.ts';
import type { ListRequest } from '../http/pagination.ts';
import { recordAudit } from '../infra/audit.ts';
import { CachedValue, KeyedCache } from '../infra/cache.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database, VoucherType } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { SupplierRegistry } from '../fulfilment/registry.ts';
import { decimalPlaces, formatDecimal, parseDecimal, toJsonNumber, type Decimal } from '../money/decimal.ts';
import * as referenceRepo from '../reference/reference.repository.ts';
import { REFERENCE_TOPIC } from '../reference/reference.service.ts';
import * as repo from './catalog.repository.ts';
import { assertNoOverlap, discountValue, MAX_RANGES_PER_PRODUCT, rangeValues, tooManyRanges } from './catalog.rules.ts';
import { runCatalogImport, type ImportOptions, type ImportRecord, type ImportReport } from './catalog.import.ts';
import type { DenominationRow, ProductRow, ProductValues } from './catalog.repository.ts';
import {
  buildCatalogProduct,
  CatalogSnapshot,
  DISCOUNT_PLACES,
  isOrderable,
  renderProduct,
  sortRanges,
  toRange,
  type CatalogProduct,
  type ClientPricing,
  type ProductFilter,
  type ProductSortField,
  type RenderedPage,
} from './catalog.model.ts';

/** Bus topics: the catalog changed (any key), a client's pricing changed (key: client id, `*`: all). */
export const CATALOG_TOPIC = 'catalog';
export const CLIENT_PRICING_TOPIC = 'client-pricing';

export { MAX_RANGES_PER_PRODUCT };

/** 500 messages (api.md 1.5; by analogy with api.md 3). */
const FAILURE = {
  list: 'Failed to retrieve products',
  one: 'Failed to retrieve product',
  availability: 'Failed to check product availability',
} as const;

const PRODUCT_NOT_FOUND = 'Product not found';

// ---- operator inputs and views ------------------------------------------------------------------

export interface DenominationInput {
  min_value: number;
  max_value: number;
  /** Default discount, a percentage (0 ≤ d < 100, two decimals); 0 when absent. */
  discount?: number;
}

export interface ProductFields {
  name: string;
  category_id: number;
  subcategory_id?: number | null;
  country_id: number;
  currency_id: number;
  image_url?: string | null;
  delivery_mode?: string | null;
  delivery_time?: string | null;
  validity?: string | null;
  description?: string | null;
  redemption_instructions?: string | null;
  terms?: string | null;
  voucher_type?: VoucherType;
  supplier?: string;
  active?: boolean;
  /** Demo data: in production mode only demo clients see it (default false). */
  demo?: boolean;
}

export interface CreateProductInput extends ProductFields {
  denominations?: DenominationInput[];
}

export type ProductChanges = Partial<ProductFields>;

export interface AdminDenomination {
  id: number;
  min_value: number;
  max_value: number;
  discount: number;
}

/** The operator's view of a product: every field, ids and names, and whether clients see it. */
export interface AdminProduct {
  id: number;
  name: string;
  category_id: number;
  category: string;
  subcategory_id: number | null;
  sub_category: string | null;
  country_id: number;
  country_code: string;
  currency_id: number;
  currency_code: string;
  image_url: string | null;
  delivery_mode: string | null;
  delivery_time: string | null;
  validity: string | null;
  description: string | null;
  redemption_instructions: string | null;
  terms: string | null;
  voucher_type: VoucherType;
  supplier: string;
  active: boolean;
  /** Visible to clients (see `isOrderable`), before any client's blacklist. */
  orderable: boolean;
  /** Demo data (`popup-store demo`): in production mode only demo clients see it. */
  demo: boolean;
  denominations: AdminDenomination[];
  created_at: Date;
  updated_at: Date;
}

export interface ClientPricingView {
  client_id: number;
  blacklist: { product_id: number; product_name: string; created_at: Date }[];
  discounts: { product_id: number; denomination_id: number | null; discount: number; updated_at: Date }[];
}

/** What an operator can do to the catalog and to client pricing (admin HTTP API, later the CLI). */
export interface CatalogAdministration {
  listProducts(): Promise<AdminProduct[]>;
  getProduct(id: number): Promise<AdminProduct>;
  createProduct(input: CreateProductInput): Promise<AdminProduct>;
  updateProduct(id: number, changes: ProductChanges): Promise<AdminProduct>;
  setProductActive(id: number, active: boolean): Promise<AdminProduct>;
  addDenomination(productId: number, input: DenominationInput): Promise<AdminProduct>;
  updateDenomination(id: number, changes: Partial<DenominationInput>): Promise<AdminProduct>;
  removeDenomination(id: number): Promise<AdminProduct>;
  clientPricing(clientId: number): Promise<ClientPricingView>;
  blacklistProduct(clientId: number, productId: number): Promise<ClientPricingView>;
  unblacklistProduct(clientId: number, productId: number): Promise<ClientPricingView>;
  setNegotiatedDiscount(clientId: number, input: { productId: number; denominationId: number | null; discount: number }): Promise<ClientPricingView>;
  removeNegotiatedDiscount(clientId: number, input: { productId: number; denominationId: number | null }): Promise<ClientPricingView>;
  /** Bulk import (`catalog.import.ts`): all lines or none; the report lists every bad line. */
  importCatalog(records: ImportRecord[], options?: ImportOptions): Promise<ImportReport>;
}

interface Deps {
  db: Kysely<Database>;
  bus: InvalidationBus;
  suppliers: SupplierRegistry;
  /** In production mode only demo clients see demo products; in sandbox mode every client does. */
  storeMode: StoreMode;
  snapshot: CachedValue<CatalogSnapshot>;
  pricing: KeyedCache<number, ClientPricing>;
}

/** A product as one client sees it, for the quote and the order (api.md 4.4, 6.1). */
export interface VisibleProduct {
  product: CatalogProduct;
  pricing: ClientPricing;
}

/** What a client route may ask of the catalog: the view of the request's client (`ClientScope`). */
export type ClientCatalog = Pick<CatalogService, 'listVisible' | 'getVisible'>;

/**
 * Products, their denominations and per-client pricing (api.md 4.1–4.3, operator.md 2).
 * Client reads come from a per-process snapshot of the orderable catalog and a per-client
 * pricing cache; every operator write is audited, then every process drops what changed.
 */
export class CatalogService implements CatalogAdministration {
  private constructor(
    private readonly deps: Deps,
    private readonly actor: string,
  ) {}

  static create(
    deps: { db: Kysely<Database>; bus: InvalidationBus; suppliers: SupplierRegistry; storeMode?: StoreMode },
    actor = 'system',
  ): CatalogService {
    const { db, bus, suppliers, storeMode = 'production' } = deps;
    const snapshot = new CachedValue(() => loadSnapshot(db, suppliers));
    const pricing = new KeyedCache<number, ClientPricing>((clientId) => loadPricing(db, clientId));
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
    return new CatalogService({ db, bus, suppliers, storeMode, snapshot, pricing }, actor);
  }

  /** The same service acting for another operator identity (audit log); caches are shared. */
  as(actor: string): CatalogService {
    return new CatalogService(this.deps, actor);
  }

  // ---- client reads (cached) ----------------------------------------------------------------------

  /** One page of the products this client sees (api.md 4.2), serialised, with its page facts. */
  async listVisible(scope: ClientScope, request: ListRequest<ProductSortField>, filter: ProductFilter): Promise<RenderedPage> {
    const { snapshot, pricing } = await this.view(scope, FAILURE.list);
    return snapshot.page(filter, request, pricing);
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
  private async view(scope: ClientScope, failure: string): Promise<{ snapshot: CatalogSnapshot; pricing: ClientPricing }> {
    try {
      const [snapshot, pricing] = await Promise.all([this.deps.snapshot.get(), this.deps.pricing.get(scope.clientId)]);
      const seesDemo = this.deps.storeMode === 'sandbox' || pricing.demo;
      return { snapshot: seesDemo ? snapshot : snapshot.withoutDemo(), pricing };
    } catch (error) {
      // The cause goes to the server log with the 500; the caller sees only the message.
      throw Object.assign(errors.internal(failure), { cause: error });
    }
  }

  // ---- operator: products ---------------------------------------------------------------------------

  async listProducts(): Promise<AdminProduct[]> {
    const [rows, ranges] = await Promise.all([repo.listProductRows(this.deps.db), repo.listDenominationRows(this.deps.db)]);
    const byProduct = groupRanges(ranges);
    return rows.map((row) => this.adminView(row, byProduct.get(row.id) ?? []));
  }

  async getProduct(id: number): Promise<AdminProduct> {
    const product = await this.loadAdmin(this.deps.db, id);
    if (!product) throw errors.notFound(PRODUCT_NOT_FOUND);
    return product;
  }

  async createProduct(input: CreateProductInput): Promise<AdminProduct> {
    const created = await this.deps.db.transaction().execute(async (trx) => {
      const values = this.productValues(input);
      const { currency } = await checkReferences(trx, values);
      const ranges = (input.denominations ?? []).map((range, index) => rangeValues(range, currency, `denominations.${index}`));
      if (ranges.length > MAX_RANGES_PER_PRODUCT) throw tooManyRanges();
      assertNoOverlap(ranges);
      const id = await repo.insertProduct(trx, values);
      for (const range of ranges) {
        await repo.insertDenomination(trx, { product_id: id, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
      }
      const after = (await this.loadAdmin(trx, id))!;
      await this.audit(trx, 'product.create', `product:${id}`, { after });
      return after;
    });
    await this.publishCatalog();
    return created;
  }

  async updateProduct(id: number, changes: ProductChanges): Promise<AdminProduct> {
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (given.length === 0) throw errors.validation('Nothing to change: give at least one field');
    const onlyActive = given.length === 1 && changes.active !== undefined;
    const action = onlyActive ? (changes.active ? 'product.activate' : 'product.deactivate') : 'product.update';
    return this.changeProduct(id, action, async (trx, before) => {
      // An unchanged supplier is kept even if this process does not know it (yet).
      const merged = this.productValues({ ...adminFields(before), ...definedOnly(changes) }, changes.supplier !== undefined);
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

  setProductActive(id: number, active: boolean): Promise<AdminProduct> {
    return this.updateProduct(id, { active });
  }

  // ---- operator: denomination ranges ----------------------------------------------------------------

  addDenomination(productId: number, input: DenominationInput): Promise<AdminProduct> {
    return this.changeProduct(productId, 'product.denomination_add', async (trx, before) => {
      const currency = (await referenceRepo.findCurrency(trx, before.currency_id))!;
      const range = rangeValues(input, currency);
      const existing = await repo.listDenominationRows(trx, { productId });
      if (existing.length >= MAX_RANGES_PER_PRODUCT) throw tooManyRanges();
      assertNoOverlap([...existing.map(rangeOfRow), range]);
      await repo.insertDenomination(trx, { product_id: productId, min_value: range.min_value, max_value: range.max_value, discount: range.discount });
    });
  }

  async updateDenomination(id: number, changes: Partial<DenominationInput>): Promise<AdminProduct> {
    if (changes.min_value === undefined && changes.max_value === undefined && changes.discount === undefined) {
      throw errors.validation('Nothing to change: give min_value, max_value and/or discount');
    }
    const productId = await this.productOfDenomination(id);
    return this.changeProduct(productId, 'product.denomination_update', async (trx, before) => {
      const current = await repo.findDenominationRow(trx, id);
      if (!current || current.product_id !== productId) throw denominationNotFound();
      const currency = (await referenceRepo.findCurrency(trx, before.currency_id))!;
      // Unchanged values are taken as stored (exact text), never through a double.
      const range = rangeValues(
        {
          min_value: changes.min_value ?? current.min_value,
          max_value: changes.max_value ?? current.max_value,
          discount: changes.discount ?? current.discount,
        },
        currency,
      );
      const others = (await repo.listDenominationRows(trx, { productId })).filter((row) => row.id !== id);
      assertNoOverlap([...others.map(rangeOfRow), range]);
      await repo.updateDenomination(trx, id, { min_value: range.min_value, max_value: range.max_value, discount: range.discount });
    });
  }

  /** Negotiated rates for the range go with it (ON DELETE CASCADE). */
  async removeDenomination(id: number): Promise<AdminProduct> {
    const productId = await this.productOfDenomination(id);
    const after = await this.changeProduct(productId, 'product.denomination_remove', async (trx) => {
      const current = await repo.findDenominationRow(trx, id);
      if (!current || current.product_id !== productId) throw denominationNotFound();
      await repo.deleteDenomination(trx, id);
    });
    await this.deps.bus.publish(CLIENT_PRICING_TOPIC, '*');
    return after;
  }

  private async productOfDenomination(id: number): Promise<number> {
    const row = await repo.findDenominationRow(this.deps.db, id);
    if (!row) throw denominationNotFound();
    return row.product_id;
  }

  // ---- operator: client pricing ---------------------------------------------------------------------

  async clientPricing(clientId: number): Promise<ClientPricingView> {
    if (!(await repo.clientExists(this.deps.db, clientId))) throw errors.notFound('Client not found');
    return pricingView(this.deps.db, clientId);
  }

  blacklistProduct(clientId: number, productId: number): Promise<ClientPricingView> {
    return this.changePricing(clientId, productId, async (trx) => {
      if (await repo.addToBlacklist(trx, clientId, productId)) {
        await this.audit(trx, 'client.blacklist_add', `client:${clientId}`, { product_id: productId });
      }
    });
  }

  unblacklistProduct(clientId: number, productId: number): Promise<ClientPricingView> {
    return this.changePricing(clientId, productId, async (trx) => {
      if (!(await repo.removeFromBlacklist(trx, clientId, productId))) throw errors.notFound('Blacklist entry not found');
      await this.audit(trx, 'client.blacklist_remove', `client:${clientId}`, { product_id: productId });
    });
  }

  setNegotiatedDiscount(clientId: number, input: { productId: number; denominationId: number | null; discount: number }): Promise<ClientPricingView> {
    const discount = discountValue(input.discount, 'discount');
    return this.changePricing(clientId, input.productId, async (trx) => {
      await checkDenominationOf(trx, input.productId, input.denominationId);
      const before = findRate(await repo.listDiscounts(trx, clientId), input.productId, input.denominationId);
      await repo.upsertDiscount(trx, {
        client_id: clientId,
        product_id: input.productId,
        denomination_id: input.denominationId,
        discount,
      });
      await this.audit(trx, 'client.discount_set', `client:${clientId}`, {
        product_id: input.productId,
        denomination_id: input.denominationId,
        before: before ?? null,
        after: discount,
      });
    });
  }

  removeNegotiatedDiscount(clientId: number, input: { productId: number; denominationId: number | null }): Promise<ClientPricingView> {
    return this.changePricing(clientId, input.productId, async (trx) => {
      const before = findRate(await repo.listDiscounts(trx, clientId), input.productId, input.denominationId);
      if (!(await repo.removeDiscount(trx, clientId, input.productId, input.denominationId))) {
        throw errors.notFound('Negotiated discount not found');
      }
      await this.audit(trx, 'client.discount_remove', `client:${clientId}`, {
        product_id: input.productId,
        denomination_id: input.denominationId,
        before: before ?? null,
      });
    });
  }

  // ---- operator: bulk import ------------------------------------------------------------------------

  /** Validates every record and writes all of them in one transaction, or none; then every process is told. */
  async importCatalog(records: ImportRecord[], options: ImportOptions = {}): Promise<ImportReport> {
    const { report, changes } = await runCatalogImport({ db: this.deps.db, suppliers: this.deps.suppliers, actor: this.actor }, records, options);
    if (changes.categories) await this.deps.bus.publish(REFERENCE_TOPIC, 'categories');
    if (changes.subcategories) await this.deps.bus.publish(REFERENCE_TOPIC, 'subcategories');
    if (changes.products || changes.categories || changes.subcategories) await this.publishCatalog();
    if (changes.rangesRemoved) await this.deps.bus.publish(CLIENT_PRICING_TOPIC, '*');
    return report;
  }

  // ---- plumbing -------------------------------------------------------------------------------------

  private async loadAdmin(db: Executor, id: number): Promise<AdminProduct | undefined> {
    const row = await repo.findProductRow(db, id);
    if (!row) return undefined;
    return this.adminView(row, await repo.listDenominationRows(db, { productId: id }));
  }

  private adminView(row: ProductRow, ranges: DenominationRow[]): AdminProduct {
    const precision = row.currency_precision;
    return {
      id: row.id,
      name: row.name,
      category_id: row.category_id,
      category: row.category_name,
      subcategory_id: row.subcategory_id,
      sub_category: row.subcategory_name,
      country_id: row.country_id,
      country_code: row.country_code,
      currency_id: row.currency_id,
      currency_code: row.currency_code,
      image_url: row.image_url,
      delivery_mode: row.delivery_mode,
      delivery_time: row.delivery_time,
      validity: row.validity,
      description: row.description,
      redemption_instructions: row.redemption_instructions,
      terms: row.terms,
      voucher_type: row.voucher_type,
      supplier: row.supplier,
      active: row.active,
      orderable: isOrderable(row, ranges.length, (name) => this.deps.suppliers.has(name)),
      demo: row.demo,
      denominations: sortRanges(ranges.map(toRange)).map((range) => ({
        id: range.id,
        min_value: toJsonNumber(range.min, precision),
        max_value: toJsonNumber(range.max, precision),
        discount: toJsonNumber(range.discount, DISCOUNT_PLACES),
      })),
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
  }

  /** Trimmed text, empty text as null, the supplier checked against the registry. */
  private productValues(input: ProductFields, checkSupplier = true): ProductValues {
    const name = input.name.trim();
    if (!name) throw errors.validation('Product name is required', [{ field: 'name', message: 'must not be empty' }]);
    const supplier = input.supplier ?? 'sandbox';
    if (checkSupplier && !this.deps.suppliers.has(supplier)) {
      throw errors.badRequest(`Unknown supplier: ${supplier} (known: ${this.deps.suppliers.names().join(', ')})`);
    }
    return {
      name,
      category_id: input.category_id,
      subcategory_id: input.subcategory_id ?? null,
      country_id: input.country_id,
      currency_id: input.currency_id,
      image_url: text(input.image_url),
      delivery_mode: text(input.delivery_mode),
      delivery_time: text(input.delivery_time),
      validity: text(input.validity),
      description: text(input.description),
      redemption_instructions: text(input.redemption_instructions),
      terms: text(input.terms),
      voucher_type: input.voucher_type ?? 'CODE',
      supplier,
      active: input.active ?? true,
      demo: input.demo ?? false,
    };
  }

  /** One audited change of a product (row locked): before/after in the audit log, then every process is told. */
  private async changeProduct(id: number, action: string, apply: (trx: Executor, before: AdminProduct) => Promise<void>): Promise<AdminProduct> {
    const after = await this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.lockProduct(trx, id))) throw errors.notFound(PRODUCT_NOT_FOUND);
      const before = (await this.loadAdmin(trx, id))!;
      await apply(trx, before);
      const updated = (await this.loadAdmin(trx, id))!;
      await this.audit(trx, action, `product:${id}`, { before, after: updated });
      return updated;
    });
    await this.publishCatalog();
    return after;
  }

  private async changePricing(clientId: number, productId: number, apply: (trx: Executor) => Promise<void>): Promise<ClientPricingView> {
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.clientExists(trx, clientId))) throw errors.notFound('Client not found');
      if (!(await repo.findProductRow(trx, productId))) throw errors.notFound(PRODUCT_NOT_FOUND);
      await apply(trx);
    });
    await this.deps.bus.publish(CLIENT_PRICING_TOPIC, String(clientId));
    return pricingView(this.deps.db, clientId);
  }

  private audit(trx: Executor, action: string, target: string, details: Record<string, unknown>): Promise<void> {
    return recordAudit(trx, { actor: this.actor, action, target, details });
  }

  private publishCatalog(): Promise<void> {
    return this.deps.bus.publish(CATALOG_TOPIC, 'products');
  }
}

// ---- loading ----------------------------------------------------------------------------------------

function groupRanges(rows: DenominationRow[]): Map<number, DenominationRow[]> {
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

async function pricingView(db: Executor, clientId: number): Promise<ClientPricingView> {
  const [blacklist, discounts] = await Promise.all([repo.listBlacklist(db, clientId), repo.listDiscounts(db, clientId)]);
  return {
    client_id: clientId,
    blacklist,
    discounts: discounts.map((row) => ({
      product_id: row.product_id,
      denomination_id: row.denomination_id,
      discount: toJsonNumber(parseDecimal(row.discount)!, DISCOUNT_PLACES),
      updated_at: row.updated_at,
    })),
  };
}

// ---- validation ---------------------------------------------------------------------------------------

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function adminFields(product: AdminProduct): ProductFields {
  return {
    name: product.name,
    category_id: product.category_id,
    subcategory_id: product.subcategory_id,
    country_id: product.country_id,
    currency_id: product.currency_id,
    image_url: product.image_url,
    delivery_mode: product.delivery_mode,
    delivery_time: product.delivery_time,
    validity: product.validity,
    description: product.description,
    redemption_instructions: product.redemption_instructions,
    terms: product.terms,
    voucher_type: product.voucher_type,
    supplier: product.supplier,
    active: product.active,
    demo: product.demo,
  };
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

function rangeOfRow(row: DenominationRow): { min: Decimal; max: Decimal } {
  const range = toRange(row);
  return { min: range.min, max: range.max };
}

function denominationNotFound() {
  return errors.notFound('Denomination range not found');
}

async function checkDenominationOf(trx: Executor, productId: number, denominationId: number | null): Promise<void> {
  if (denominationId === null) return;
  const row = await repo.findDenominationRow(trx, denominationId);
  if (!row || row.product_id !== productId) throw denominationNotFound();
}

function findRate(rows: repo.DiscountRow[], productId: number, denominationId: number | null): number | undefined {
  const row = rows.find((r) => r.product_id === productId && r.denomination_id === denominationId);
  return row ? toJsonNumber(parseDecimal(row.discount)!, DISCOUNT_PLACES) : undefined;
}
