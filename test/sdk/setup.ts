import { PopupStore, type PopupStoreOptions } from '../../sdk/src/index.ts';
import type { FetchLike } from '../../sdk/src/transport.ts';
import { createClient, type Credentials } from '../helpers/api.ts';
import { startTestStore, type StoreOptions, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import type { Engine } from '../../src/infra/db/database.ts';

export const USD = 840;

/** A store listening on 127.0.0.1 (a real socket), its background workers running. */
export interface SdkStore {
  store: TestStore;
  baseUrl: string;
}

export async function startListeningStore(engine: Engine, options: StoreOptions = {}): Promise<SdkStore> {
  const store = await startTestStore(engine, options);
  const baseUrl = await store.app.listen({ host: '127.0.0.1', port: 0 });
  store.container.startWorkers();
  return { store, baseUrl };
}

export interface Customer extends Credentials {
  walletId: number;
}

/** A client with the `vouchers` feature and a USD wallet holding `balance`. */
export async function customer(store: TestStore, balance = '1000.00', options: { ip_allowlist?: string[] } = {}): Promise<Customer> {
  const credentials = await createClient(store, { features: ['vouchers'], ...options });
  const wallet = await createWallet(store, credentials.client_id, 'USD');
  if (Number(balance) > 0) await topUp(store, wallet.id, balance);
  return { ...credentials, walletId: wallet.id };
}

/** A product of the sandbox supplier in `categoryId`: 10 fixed, 20 … 500 at 2 %. */
export async function product(store: TestStore, name: string, categoryId: number, subcategoryId: number | null = null): Promise<number> {
  const created = await store.container.catalog.createProduct({
    name,
    category_id: categoryId,
    subcategory_id: subcategoryId,
    country_id: USD,
    currency_id: USD,
    supplier: 'sandbox',
    voucher_type: 'CODE',
    denominations: [
      { min_value: 10, max_value: 10, discount: 0 },
      { min_value: 20, max_value: 500, discount: 2 },
    ],
  });
  return created.id;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
  /** The answer's status and X-Request-Id, once it came (undefined: none, or not yet). */
  status?: number;
  requestId?: string | null;
}

/**
 * The global fetch, recording each request; `intercept` may answer one itself (a Response, or a
 * thrown error) instead of the store, or return undefined to let it through.
 */
export class FetchSpy {
  readonly requests: SeenRequest[] = [];

  constructor(private readonly intercept?: (request: SeenRequest, forward: () => Promise<Response>) => Promise<Response> | undefined) {}

  readonly fetch: FetchLike = (input, init) => {
    const url = new URL(input);
    const seen: SeenRequest = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    this.requests.push(seen);
    const forward = () => fetch(input, init);
    const response = this.intercept?.(seen, forward) ?? forward();
    return response.then((answered) => {
      seen.status = answered.status;
      seen.requestId = answered.headers.get('x-request-id');
      return answered;
    });
  };

  /** Requests to `path` (without the query), by `method`. */
  to(method: string, path: string): SeenRequest[] {
    return this.requests.filter((request) => request.method === method && request.path.split('?')[0] === path);
  }
}

/** A JSON answer as the store writes it. */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': `injected-${status}`, ...headers },
  });
}

export function sdkFor(base: SdkStore, credentials: Credentials, options: Partial<PopupStoreOptions> = {}): PopupStore {
  return new PopupStore({
    baseUrl: base.baseUrl,
    username: credentials.username,
    password: credentials.password,
    retries: { max: 3, baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
}
