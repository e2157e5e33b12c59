import type {
  AdminProduct,
  CatalogAdministration,
  ClientPricingView,
  CreateProductInput,
  DenominationInput,
  ProductChanges,
} from '../catalog/catalog.service.ts';
import type { ImportOptions, ImportRecord, ImportReport } from '../catalog/catalog.import.ts';
import type { CategoryRecord, CountryRecord, CurrencyRecord, ReferenceAdministration, SubcategoryRecord } from '../reference/reference.service.ts';
import { adminCall, RemoteCallError } from './admin-http.ts';

type Wire<T> = Omit<T, 'created_at' | 'updated_at'> & { created_at: string; updated_at: string };

const product = (wire: Wire<AdminProduct>): AdminProduct => ({
  ...wire,
  created_at: new Date(wire.created_at),
  updated_at: new Date(wire.updated_at),
});

interface WirePricing {
  client_id: number;
  blacklist: (Omit<ClientPricingView['blacklist'][number], 'created_at'> & { created_at: string })[];
  discounts: (Omit<ClientPricingView['discounts'][number], 'updated_at'> & { updated_at: string })[];
}

const pricing = (wire: WirePricing): ClientPricingView => ({
  client_id: wire.client_id,
  blacklist: wire.blacklist.map((entry) => ({ ...entry, created_at: new Date(entry.created_at) })),
  discounts: wire.discounts.map((entry) => ({ ...entry, updated_at: new Date(entry.updated_at) })),
});

/** The catalog and client pricing through the admin HTTP API of a running server. */
export class RemoteCatalogAdministration implements CatalogAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return adminCall(this.baseUrl, this.token, method, path, body);
  }

  async listProducts(): Promise<AdminProduct[]> {
    return (await this.call<Wire<AdminProduct>[]>('GET', '/products')).map(product);
  }
  async getProduct(id: number): Promise<AdminProduct> {
    return product(await this.call('GET', `/products/${id}`));
  }
  async createProduct(input: CreateProductInput): Promise<AdminProduct> {
    return product(await this.call('POST', '/products', input));
  }
  async updateProduct(id: number, changes: ProductChanges): Promise<AdminProduct> {
    return product(await this.call('PATCH', `/products/${id}`, changes));
  }
  async setProductActive(id: number, active: boolean): Promise<AdminProduct> {
    return product(await this.call('POST', `/products/${id}/${active ? 'activate' : 'deactivate'}`));
  }
  async addDenomination(productId: number, input: DenominationInput): Promise<AdminProduct> {
    return product(await this.call('POST', `/products/${productId}/denominations`, input));
  }
  async updateDenomination(id: number, changes: Partial<DenominationInput>): Promise<AdminProduct> {
    return product(await this.call('PATCH', `/denominations/${id}`, changes));
  }
  async removeDenomination(id: number): Promise<AdminProduct> {
    return product(await this.call('DELETE', `/denominations/${id}`));
  }
  async clientPricing(clientId: number): Promise<ClientPricingView> {
    return pricing(await this.call('GET', `/clients/${clientId}/pricing`));
  }
  async blacklistProduct(clientId: number, productId: number): Promise<ClientPricingView> {
    return pricing(await this.call('POST', `/clients/${clientId}/blacklist`, { product_id: productId }));
  }
  async unblacklistProduct(clientId: number, productId: number): Promise<ClientPricingView> {
    return pricing(await this.call('POST', `/clients/${clientId}/blacklist/remove`, { product_id: productId }));
  }
  async setNegotiatedDiscount(
    clientId: number,
    input: { productId: number; denominationId: number | null; discount: number },
  ): Promise<ClientPricingView> {
    return pricing(
      await this.call('PUT', `/clients/${clientId}/discounts`, {
        product_id: input.productId,
        denomination_id: input.denominationId,
        discount: input.discount,
      }),
    );
  }
  async removeNegotiatedDiscount(clientId: number, input: { productId: number; denominationId: number | null }): Promise<ClientPricingView> {
    return pricing(
      await this.call('POST', `/clients/${clientId}/discounts/remove`, { product_id: input.productId, denomination_id: input.denominationId }),
    );
  }

  /**
   * One request, so the server imports in one transaction. Bad lines come back as a 400 with one
   * `details` entry per line ("line N"), turned back into the report the local import gives.
   * `onProgress` is not called: the server does the work in one go.
   */
  async importCatalog(records: ImportRecord[], options: ImportOptions = {}): Promise<ImportReport> {
    try {
      return await this.call<ImportReport>('POST', '/catalog/import', { records, dry_run: options.dryRun, mode: options.mode, demo: options.demo });
    } catch (error) {
      const lines = error instanceof RemoteCallError && error.status === 400 ? error.details.filter((d) => /^line \d+$/.test(d.field)) : [];
      if (lines.length === 0) throw error;
      return {
        ok: false,
        dry_run: options.dryRun ?? false,
        errors: lines.map((detail) => ({ line: Number(detail.field.slice(5)), message: detail.message })),
        created: 0,
        updated: 0,
        unchanged: 0,
        categories_created: [],
        subcategories_created: [],
        products: [],
      };
    }
  }
}

interface WireCurrency {
  id: number;
  name: string;
  currency: string;
  precision: number;
  numeric_code: string;
  active: boolean;
}

const currency = (wire: WireCurrency): CurrencyRecord => ({
  id: wire.id,
  code: wire.currency,
  name: wire.name,
  numeric_code: wire.numeric_code,
  minor_units: wire.precision,
  active: wire.active,
});

/** Countries, currencies, categories and subcategories through the admin HTTP API. */
export class RemoteReferenceAdministration implements ReferenceAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return adminCall(this.baseUrl, this.token, method, path, body);
  }

  listCountries(): Promise<CountryRecord[]> {
    return this.call('GET', '/countries');
  }
  setCountryActive(id: number, active: boolean): Promise<CountryRecord> {
    return this.call('POST', `/countries/${id}/${active ? 'activate' : 'deactivate'}`);
  }
  async listCurrencies(): Promise<CurrencyRecord[]> {
    return (await this.call<WireCurrency[]>('GET', '/currencies')).map(currency);
  }
  async setCurrencyActive(id: number, active: boolean): Promise<CurrencyRecord> {
    return currency(await this.call('POST', `/currencies/${id}/${active ? 'activate' : 'deactivate'}`));
  }
  listCategories(): Promise<CategoryRecord[]> {
    return this.call('GET', '/categories');
  }
  getCategory(id: number): Promise<CategoryRecord> {
    return this.call('GET', `/categories/${id}`);
  }
  createCategory(input: { name: string; active?: boolean }): Promise<CategoryRecord> {
    return this.call('POST', '/categories', input);
  }
  updateCategory(id: number, changes: { name?: string; active?: boolean }): Promise<CategoryRecord> {
    return this.call('PATCH', `/categories/${id}`, changes);
  }
  setCategoryActive(id: number, active: boolean): Promise<CategoryRecord> {
    return this.call('POST', `/categories/${id}/${active ? 'activate' : 'deactivate'}`);
  }
  listSubcategories(): Promise<SubcategoryRecord[]> {
    return this.call('GET', '/subcategories');
  }
  getSubcategory(id: number): Promise<SubcategoryRecord> {
    return this.call('GET', `/subcategories/${id}`);
  }
  createSubcategory(input: { categoryId: number; name: string; active?: boolean }): Promise<SubcategoryRecord> {
    return this.call('POST', '/subcategories', { category_id: input.categoryId, name: input.name, active: input.active });
  }
  updateSubcategory(id: number, changes: { name?: string; active?: boolean }): Promise<SubcategoryRecord> {
    return this.call('PATCH', `/subcategories/${id}`, changes);
  }
  setSubcategoryActive(id: number, active: boolean): Promise<SubcategoryRecord> {
    return this.call('POST', `/subcategories/${id}/${active ? 'activate' : 'deactivate'}`);
  }
}
