import { errorFromAnswer, PopupStoreError, sdkError } from './errors.js';
import { abortError, backoffMs, isRetryable, sleep, type RetryMode, type RetryPolicy } from './retry.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Gives requests their access token, and a new one when the store refuses it (session.ts). */
export interface Authorizer {
  token(): Promise<string>;
  renew(rejected: string): Promise<string>;
}

export type QueryParams = Record<string, unknown>;

export interface Exchange {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path with its parameters filled in, from the base URL's root: `/api/v1/orders/7`. */
  path: string;
  query?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  retry: RetryMode;
  /** Further errors to retry after (an order's `IDEMPOTENCY_IN_PROGRESS`). */
  retryWhen?: (error: PopupStoreError) => boolean;
  /** Sends `Authorization: Bearer …`, and after a 401 renews the token once and sends again. */
  authorizer?: Authorizer;
  signal?: AbortSignal;
}

export interface Answer<T> {
  status: number;
  data: T;
  headers: Headers;
}

export interface TransportOptions {
  baseUrl: string;
  fetch: FetchLike;
  retry: RetryPolicy;
  /** One attempt's limit, from sending to the end of the answer's body. */
  timeoutMs: number;
}

/** `sort` objects as JSON, lists comma-separated (events' `type`), other values as text; undefined and null are left out. */
export function queryString(query: QueryParams | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    search.append(key, Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One HTTP exchange with the store at a time, retried as its `retry` mode allows. */
export class Transport {
  private readonly baseUrl: string;

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send<T>(exchange: Exchange): Promise<Answer<T>> {
    const { authorizer } = exchange;
    let token = authorizer ? await authorizer.token() : null;
    let renewed = false;
    let retries = 0;
    for (;;) {
      let error: PopupStoreError;
      try {
        return await this.attempt<T>(exchange, token);
      } catch (caught) {
        if (!(caught instanceof PopupStoreError) || caught.code === 'ABORTED') throw caught;
        error = caught;
      }
      if (authorizer && token !== null && error.status === 401 && !renewed) {
        // The token expired or was revoked at the store: one new token, and the request again (not a retry).
        renewed = true;
        token = await authorizer.renew(token);
        continue;
      }
      const retryable = isRetryable(error, exchange.retry) || exchange.retryWhen?.(error) === true;
      const delay = retryable && retries < this.options.retry.max ? backoffMs(this.options.retry, retries, error) : null;
      if (delay === null) throw error;
      retries++;
      await sleep(delay, exchange.signal);
      if (authorizer) token = await authorizer.token();
    }
  }

  private async attempt<T>(exchange: Exchange, token: string | null): Promise<Answer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...exchange.headers };
    if (exchange.body !== undefined) headers['content-type'] = 'application/json';
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(), this.options.timeoutMs);
    const stop = () => limit.abort();
    exchange.signal?.addEventListener('abort', stop, { once: true });
    try {
      if (exchange.signal?.aborted) throw abortError();
      const response = await this.options.fetch(this.baseUrl + exchange.path + queryString(exchange.query), {
        method: exchange.method,
        headers,
        body: exchange.body === undefined ? undefined : JSON.stringify(exchange.body),
        signal: limit.signal,
      });
      const text = await response.text();
      if (!response.ok) throw errorFromAnswer(response.status, response.headers, text);
      return { status: response.status, data: parseBody(response, text) as T, headers: response.headers };
    } catch (error) {
      if (error instanceof PopupStoreError) throw error;
      if (exchange.signal?.aborted) throw abortError();
      if (limit.signal.aborted) throw sdkError('TimeoutError', 'TIMEOUT', `No answer within ${this.options.timeoutMs} ms`, error);
      throw sdkError('NetworkError', 'NETWORK_ERROR', `The request could not be completed: ${(error as Error)?.message ?? error}`, error);
    } finally {
      clearTimeout(timer);
      exchange.signal?.removeEventListener('abort', stop);
    }
  }
}

function parseBody(response: Response, text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PopupStoreError({
      status: response.status,
      name: 'HttpError',
      code: 'UNEXPECTED_RESPONSE',
      message: `HTTP ${response.status} with a body that is not JSON`,
      requestId: response.headers.get('x-request-id'),
      cause: error,
    });
  }
}
