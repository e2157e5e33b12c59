import type { Kysely } from 'kysely';
import type { StoreMode } from '../config.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { REFERENCE_TOPIC } from '../reference/reference.service.ts';
import { runCatalogImport, type ImportOptions, type ImportRecord, type ImportReport } from './catalog.import.ts';
import { formatCatalog, type CatalogFormat, type ExportOptions } from './catalog.file.ts';
import type { CatalogContext } from './catalog.context.ts';
import { publishCatalog } from './catalog.context.ts';
import { CatalogView, CLIENT_PRICING_TOPIC } from './catalog.view.ts';
import * as products from './catalog.products.ts';
import * as ranges from './catalog.ranges.ts';
import * as pricing from './catalog.client-pricing.ts';
import type { AdminProduct, AdminProductFilter } from './catalog.products.ts';
import type { AdminProductSortField } from './catalog.repository.ts';
import type { OptionalPage, OptionalPageRequest } from '../shared/pages.ts';
import type { ClientPricingView } from './catalog.client-pricing.ts';
import type { CreateProductInput, DenominationChanges, DenominationInput, DiscountInput, DiscountRef, ProductChanges } from './catalog.schemas.ts';

export { MAX_RANGES_PER_PRODUCT } from './catalog.rules.ts';
export { CATALOG_TOPIC, CLIENT_PRICING_TOPIC, type VisibleProduct } from './catalog.view.ts';
export type { AdminProduct, AdminProductFilter } from './catalog.products.ts';
export { ADMIN_PRODUCT_SORT_FIELDS, type AdminProductSortField } from './catalog.repository.ts';
export type { ClientPricingView } from './catalog.client-pricing.ts';
export type { CreateProductInput, DenominationInput, ProductChanges, ProductFields } from './catalog.schemas.ts';

/** The catalog file an export answers: its format, how many products it holds, its text. */
export interface CatalogExport {
  format: CatalogFormat;
  count: number;
  file: string;
}

/** What an operator can do to the catalog and to client pricing (admin API; the CLI goes through it). */
export interface CatalogAdministration {
  /** Every product, by id. */
  listProducts(): Promise<AdminProduct[]>;
  /** The products the filter selects, sorted; a page of them, or all when no page is asked. */
  listProductsPage(filter: AdminProductFilter, request: OptionalPageRequest<AdminProductSortField>): Promise<OptionalPage<AdminProduct>>;
  getProduct(id: number): Promise<AdminProduct>;
  createProduct(input: CreateProductInput): Promise<AdminProduct>;
  updateProduct(id: number, changes: ProductChanges): Promise<AdminProduct>;
  setProductActive(id: number, active: boolean): Promise<AdminProduct>;
  addDenomination(productId: number, input: DenominationInput): Promise<AdminProduct>;
  updateDenomination(id: number, changes: DenominationChanges): Promise<AdminProduct>;
  removeDenomination(id: number): Promise<AdminProduct>;
  clientPricing(clientId: number): Promise<ClientPricingView>;
  blacklistProduct(clientId: number, productId: number): Promise<ClientPricingView>;
  unblacklistProduct(clientId: number, productId: number): Promise<ClientPricingView>;
  setNegotiatedDiscount(clientId: number, input: DiscountInput): Promise<ClientPricingView>;
  removeNegotiatedDiscount(clientId: number, input: DiscountRef): Promise<ClientPricingView>;
  /** Bulk import (`catalog.import.ts`): all lines or none; the report lists every bad line. */
  importCatalog(records: ImportRecord[], options?: ImportOptions): Promise<ImportReport>;
}

/** What a client route may ask of the catalog: the view of the request's client (`ClientScope`). */
export type ClientCatalog = Pick<CatalogView, 'listVisible' | 'listVisibleNow' | 'getVisible'>;

/**
 * The catalog module's services in one place, for the composition root and the admin routes:
 * the client view (`catalog.view.ts`, cached), products (`catalog.products.ts`), their ranges
 * (`catalog.ranges.ts`), client pricing (`catalog.client-pricing.ts`), the bulk import
 * (`catalog.import.ts`) and export (`catalog.file.ts`). `as(actor)` names the operator the audit
 * log records; the caches are shared.
 */
export class CatalogService implements CatalogAdministration {
  private constructor(
    /** The client view: what client routes, quotes and orders read. */
    readonly view: CatalogView,
    private readonly context: CatalogContext,
  ) {}

  static create(
    deps: { db: Kysely<Database>; bus: InvalidationBus; suppliers: SupplierRegistry; storeMode?: StoreMode },
    actor = 'system',
  ): CatalogService {
    const { db, bus, suppliers, storeMode = 'production' } = deps;
    return new CatalogService(new CatalogView({ db, bus, suppliers, storeMode }), { db, bus, suppliers, actor });
  }

  /** The registered suppliers (their names are the choices of a product's supplier). */
  get suppliers(): Pick<SupplierRegistry, 'names'> {
    return this.context.suppliers;
  }

  /** The same service acting for another operator identity (audit log); caches are shared. */
  as(actor: string): CatalogService {
    return new CatalogService(this.view, { ...this.context, actor });
  }

  // ---- client reads (the view; quotes and orders read `view` itself) --------------------------------

  listVisible: CatalogView['listVisible'] = (...args) => this.view.listVisible(...args);
  listVisibleNow: CatalogView['listVisibleNow'] = (...args) => this.view.listVisibleNow(...args);
  getVisible: CatalogView['getVisible'] = (...args) => this.view.getVisible(...args);

  // ---- operator ---------------------------------------------------------------------------------------

  listProducts = () => products.listProducts(this.context);
  listProductsPage = (filter: AdminProductFilter, request: OptionalPageRequest<AdminProductSortField>) =>
    products.listProductsPage(this.context, filter, request);
  getProduct = (id: number) => products.getProduct(this.context, id);
  createProduct = (input: CreateProductInput) => products.createProduct(this.context, input);
  updateProduct = (id: number, changes: ProductChanges) => products.updateProduct(this.context, id, changes);
  setProductActive = (id: number, active: boolean) => products.setProductActive(this.context, id, active);

  addDenomination = (productId: number, input: DenominationInput) => ranges.addDenomination(this.context, productId, input);
  updateDenomination = (id: number, changes: DenominationChanges) => ranges.updateDenomination(this.context, id, changes);
  removeDenomination = (id: number) => ranges.removeDenomination(this.context, id);

  clientPricing = (clientId: number) => pricing.clientPricing(this.context, clientId);
  blacklistProduct = (clientId: number, productId: number) => pricing.blacklistProduct(this.context, clientId, productId);
  unblacklistProduct = (clientId: number, productId: number) => pricing.unblacklistProduct(this.context, clientId, productId);
  setNegotiatedDiscount: CatalogAdministration['setNegotiatedDiscount'] = (clientId, input) =>
    pricing.setNegotiatedDiscount(this.context, clientId, input);
  removeNegotiatedDiscount: CatalogAdministration['removeNegotiatedDiscount'] = (clientId, input) =>
    pricing.removeNegotiatedDiscount(this.context, clientId, input);

  /** Validates every record and writes all of them in one transaction, or none; then every process is told. */
  async importCatalog(records: ImportRecord[], options: ImportOptions = {}): Promise<ImportReport> {
    const { db, suppliers, actor, bus } = this.context;
    const { report, changes } = await runCatalogImport({ db, suppliers, actor }, records, options);
    if (changes.categories) await bus.publish(REFERENCE_TOPIC, 'categories');
    if (changes.subcategories) await bus.publish(REFERENCE_TOPIC, 'subcategories');
    if (changes.products || changes.categories || changes.subcategories) await publishCatalog(this.context);
    if (changes.rangesRemoved) await bus.publish(CLIENT_PRICING_TOPIC, '*');
    return report;
  }

  /** The whole catalog as a file the import reads back to the same catalog (`catalog.file.ts`). */
  async exportCatalog(format: CatalogFormat, options: ExportOptions = {}): Promise<CatalogExport> {
    const list = await this.listProducts();
    return { format, count: list.length, file: formatCatalog(list, format, options) };
  }
}
