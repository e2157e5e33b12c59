import type { PopupStoreError } from './errors.js';
import { eachItem, eachPage, pageFrom, type Page } from './pages.js';
import type { RetryMode } from './retry.js';
import type { Answer, Authorizer, Exchange, QueryParams, Transport } from './transport.js';
import type { ApiPath, BodyOf, HttpMethod, Id, QueryOf, ResponseOf } from './types.js';

/** What every method takes last. */
export interface CallOptions {
  /** Aborts the call, its retries and their waits (`ABORTED`). */
  signal?: AbortSignal;
}

export interface RequestInit<P extends ApiPath, M extends HttpMethod> extends CallOptions {
  /** Values of the path's `{…}` parameters. */
  params?: Record<string, Id>;
  query?: QueryOf<P, M>;
  body?: BodyOf<P, M>;
  headers?: Record<string, string>;
  /** Default: `safe` for GET, `unsafe` for anything else (retry.ts). */
  retry?: RetryMode;
  retryWhen?: (error: PopupStoreError) => boolean;
}

function fillPath(path: string, params: Record<string, Id> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

/** Typed calls of the store's paths, authenticated by the session. */
export class Api {
  constructor(
    private readonly transport: Transport,
    private readonly session: Authorizer,
  ) {}

  call<P extends ApiPath, M extends HttpMethod>(method: M, path: P, init: RequestInit<P, M> = {}): Promise<Answer<ResponseOf<P, M>>> {
    const exchange: Exchange = {
      method: method.toUpperCase() as Exchange['method'],
      path: fillPath(path, init.params),
      query: init.query as QueryParams | undefined,
      body: init.body,
      headers: init.headers,
      retry: init.retry ?? (method === 'get' ? 'safe' : 'unsafe'),
      retryWhen: init.retryWhen,
      authorizer: path.startsWith('/api/') ? this.session : undefined,
      signal: init.signal,
    };
    return this.transport.send<ResponseOf<P, M>>(exchange);
  }

  async data<P extends ApiPath, M extends HttpMethod>(method: M, path: P, init: RequestInit<P, M> = {}): Promise<ResponseOf<P, M>> {
    return (await this.call(method, path, init)).data;
  }
}

type ListPath = '/api/v1/products' | '/api/v1/orders' | '/api/v1/wallets' | '/api/v1/transactions' | '/api/v1/webhooks' | '/api/v1/events';
type ItemOf<P extends ListPath> = ResponseOf<P, 'get'> extends readonly (infer Item)[] ? Item : never;

/** A paginated list: one page with its headers, every page, or every item. */
export class Listing<P extends ListPath> {
  constructor(
    protected readonly api: Api,
    private readonly path: P,
    /** Paged by the events cursor (`after`) rather than by page number. */
    private readonly cursor = false,
  ) {}

  /** One page: its items, and the list's size and position from the `X-` headers. */
  async list(query: QueryOf<P, 'get'> = {}, options: CallOptions = {}): Promise<Page<ItemOf<P>>> {
    const answer = await this.api.call('get', this.path, { query, ...options });
    return pageFrom(answer.data as ItemOf<P>[], answer.headers, this.cursor);
  }

  /** Every page, from the one `query` asks for (the first by default) to the last. */
  pages(query: QueryOf<P, 'get'> = {}, options: CallOptions = {}): AsyncGenerator<Page<ItemOf<P>>, void, undefined> {
    return eachPage(query, (next) => this.list(next, options));
  }

  /**
   * Every item of every page, a page per request. Pages are cut when each is asked for: an item
   * created meanwhile in a newest-first list pushes the later ones down (one may come twice).
   */
  iterate(query: QueryOf<P, 'get'> = {}, options: CallOptions = {}): AsyncGenerator<ItemOf<P>, void, undefined> {
    return eachItem(this.pages(query, options));
  }
}
