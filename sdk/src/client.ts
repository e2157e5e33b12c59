import { Api, type RequestInit } from './api.js';
import { Products, ReferenceList } from './resources/catalog.js';
import { Transactions, Wallets } from './resources/ledger.js';
import { Orders } from './resources/orders.js';
import { Events, Webhooks } from './resources/webhooks.js';
import { retryPolicy, type RetryOptions } from './retry.js';
import { Session, type SessionOptions } from './session.js';
import { Transport, type Answer, type FetchLike } from './transport.js';
import type { ApiPath, HttpMethod, LoginResult, ResponseOf } from './types.js';

export interface PopupStoreOptions extends SessionOptions {
  /** The store's address: `https://store.example.com` (paths `/auth/…` and `/api/v1/…` are added). */
  baseUrl: string;
  /** The API credential the operator issued: username (`prs_…`) and password. */
  username: string;
  password: string;
  /** Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Retries of a failed request, or how to retry (retry.ts). Default 3. */
  retries?: number | RetryOptions;
  /** One attempt's limit in ms, answer included (default 30,000). */
  timeoutMs?: number;
}

/**
 * A client of one store with one credential. It logs in on first use and keeps its tokens fresh;
 * every method answers the API's objects as they are on the wire, or throws PopupStoreError.
 */
export class PopupStore {
  readonly products: Products;
  readonly orders: Orders;
  readonly wallets: Wallets;
  readonly transactions: Transactions;
  readonly webhooks: Webhooks;
  readonly events: Events;
  readonly countries: ReferenceList<'/api/v1/countries'>;
  readonly currencies: ReferenceList<'/api/v1/currencies'>;
  readonly categories: ReferenceList<'/api/v1/categories'>;
  readonly subcategories: ReferenceList<'/api/v1/subcategories'>;
  private readonly session: Session;
  private readonly api: Api;

  constructor(options: PopupStoreOptions) {
    const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const transport = new Transport({ baseUrl: options.baseUrl, fetch, retry: retryPolicy(options.retries), timeoutMs: options.timeoutMs ?? 30_000 });
    this.session = new Session(transport, { username: options.username, password: options.password }, options);
    this.api = new Api(transport, this.session);
    this.products = new Products(this.api);
    this.orders = new Orders(this.api);
    this.wallets = new Wallets(this.api);
    this.transactions = new Transactions(this.api);
    this.events = new Events(this.api);
    this.webhooks = new Webhooks(this.api, this.events);
    this.countries = new ReferenceList(this.api, '/api/v1/countries');
    this.currencies = new ReferenceList(this.api, '/api/v1/currencies');
    this.categories = new ReferenceList(this.api, '/api/v1/categories');
    this.subcategories = new ReferenceList(this.api, '/api/v1/subcategories');
  }

  /** Logs in now, checking the credential (a new login; otherwise the first request logs in). */
  login(): Promise<LoginResult> {
    return this.session.login();
  }

  /**
   * Logs out: the store revokes every access and refresh token of the client, those of its other
   * logins and integrations too. A later call logs in again.
   */
  logout(): Promise<void> {
    return this.session.logout();
  }

  /** Any client operation of the document by its path, authenticated and retried like the methods. */
  request<P extends ApiPath, M extends HttpMethod>(method: M, path: P, init?: RequestInit<P, M>): Promise<Answer<ResponseOf<P, M>>> {
    return this.api.call(method, path, init);
  }
}
