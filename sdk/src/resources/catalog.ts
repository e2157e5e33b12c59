import { Listing, type Api, type CallOptions } from '../api.js';
import type { ApiPath, Availability, AvailabilityInput, Id, Product, QueryOf, Quote, QuoteInput, ResponseOf } from '../types.js';

/** The catalog as the client sees it (`vouchers` feature): products, their quotes and availability. */
export class Products extends Listing<'/api/v1/products'> {
  constructor(api: Api) {
    super(api, '/api/v1/products');
  }

  /** One product with its denominations and details. */
  get(id: Id, options: CallOptions = {}): Promise<Product> {
    return this.api.data('get', '/api/v1/products/{id}', { params: { id }, ...options });
  }

  /** The price of an order of this product: exactly what `orders.create` with the same input debits. */
  quote(id: Id, input: QuoteInput, options: CallOptions = {}): Promise<Quote> {
    return this.api.data('post', '/api/v1/products/{id}/charges', { params: { id }, body: input, retry: 'safe', ...options });
  }

  /** Whether `quantity` vouchers of `denomination` can be delivered now. */
  availability(id: Id, input: AvailabilityInput, options: CallOptions = {}): Promise<Availability> {
    return this.api.data('post', '/api/v1/products/{id}/availability', { params: { id }, body: input, retry: 'safe', ...options });
  }
}

type ReferencePath = '/api/v1/countries' | '/api/v1/currencies' | '/api/v1/categories' | '/api/v1/subcategories';

/** Reference data: never paginated, the whole list at once. */
export class ReferenceList<P extends ReferencePath> {
  constructor(
    private readonly api: Api,
    private readonly path: P,
  ) {}

  list(query: QueryOf<P, 'get'> = {}, options: CallOptions = {}): Promise<ResponseOf<P, 'get'>> {
    return this.api.data('get', this.path, { query, ...options });
  }

  get(id: Id, options: CallOptions = {}): Promise<ResponseOf<`${P}/{id}` & ApiPath, 'get'>> {
    return this.api.data('get', `${this.path}/{id}` as `${P}/{id}` & ApiPath, { params: { id }, ...options });
  }
}
