import type { Static, TSchema } from 'typebox';
import type { PageMeta } from '../shared/pages.ts';
import { PROGRESS_MEDIA_TYPE, type Progress } from '../http/progress-stream.ts';

/**
 * The one way the CLI reaches a store: the admin API (`/admin/v1…`). Over HTTP to the server
 * that holds the data directory, or in-process (`app.inject`) on an app the CLI builds itself
 * when no server does (`admin-connection.ts`). Both answer with the same wire objects: snake_case,
 * dates as RFC 3339 strings, exactly what the route schemas say.
 */

/** A route schema's answer: its 200 (or 201) response. */
export type ReplyOf<S> = S extends { response: infer R }
  ? R extends { 200: infer T extends TSchema }
    ? Static<T>
    : R extends { 201: infer T extends TSchema }
      ? Static<T>
      : unknown
  : unknown;
/** A route schema's body. */
export type BodyOf<S> = S extends { body: infer B extends TSchema } ? Static<B> : never;
/** A route schema's query string (values as sent: the admin routes read text). */
export type QueryOf<S> = S extends { querystring: infer Q extends TSchema } ? { [K in keyof Static<Q>]?: string | number } : never;

export type ErrorDetails = { field: string; message: string }[];

/** A failed admin call: the server's message, status and `details` (one per bad import line, …); status 0 when it was not reached. */
export class AdminCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details: ErrorDetails = [],
  ) {
    super(message);
  }
}

/** What a transport answers: the status, the headers (lower-case names) and the body text. */
export interface RawResponse {
  status: number;
  header(name: string): string | null;
  text: string;
}

/** How the body of a call travels, and how its answer is followed while it arrives. */
export interface SendOptions {
  body?: string;
  accept?: string;
  /** An `Idempotency-Key` (wallet credits and debits). */
  idempotencyKey?: string;
  /** Called with each piece of the answer's body as it arrives (progress lines). */
  onText?: (chunk: string) => void;
}

/** How the calls travel: HTTP to a running server, or in-process. */
export interface AdminTransport {
  /** Where the commands run, for messages: the server URL, or "in-process". */
  readonly via: string;
  send(method: string, path: string, options: SendOptions): Promise<RawResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  /** Follow a long call (an import) as it runs: the route answers with progress lines first. */
  onProgress?: (progress: Progress) => void;
}

export type { Progress };

/** Headers of a call: the token, and the type of the body and of the answer wanted. */
export function requestHeaders(token: string, options: SendOptions): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(options.accept ? { accept: options.accept } : {}),
    ...(options.idempotencyKey === undefined ? {} : { 'idempotency-key': options.idempotencyKey }),
  };
}

/** Calls `onProgress` for each complete `{"progress":…}` line of the pieces given to the returned function. */
function progressLines(onProgress: (progress: Progress) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const parsed = JSON.parse(line) as { progress?: Progress };
      if (parsed.progress) onProgress(parsed.progress);
    }
  };
}

/** The answer a progress stream ends with (its last line), as if it had been sent plainly. */
function lastAnswer(text: string): { status: number; payload: unknown } {
  const last = text.trimEnd().split('\n').pop() ?? '';
  const { status, body } = JSON.parse(last) as { status: number; body: unknown };
  return { status, payload: body };
}

export interface AdminResponse<T> {
  body: T;
  header(name: string): string | null;
}

/** `?a=1&b=x` from the parameters that are set ('' when none is). */
export function queryString(params: Record<string, string | number | boolean | undefined> = {}): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}` : '';
}

/** The page of a list answer from its X-Page… headers (api.md 1.7). */
export function pageMetaFromHeaders(header: (name: string) => string | null): PageMeta {
  const number = (name: string) => Number(header(name) ?? 0);
  return {
    page: number('x-page'),
    limit: number('x-per-page'),
    total: number('x-total-count'),
    totalPages: number('x-total-pages'),
    pageSize: number('x-page-size'),
    hasMore: header('x-has-more') === 'true',
  };
}

export class AdminClient {
  constructor(private readonly transport: AdminTransport) {}

  /** "in-process", or the URL of the server the calls go to. */
  get via(): string {
    return this.transport.via;
  }

  /** One call of `/admin/v1${path}`; a non-2xx answer throws AdminCallError with the server's message. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<AdminResponse<T>> {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const { onProgress } = options;
    const response = await this.transport.send(method, `/admin/v1${path}${queryString(options.query)}`, {
      body,
      idempotencyKey: options.idempotencyKey,
      ...(onProgress ? { accept: PROGRESS_MEDIA_TYPE, onText: progressLines(onProgress) } : {}),
    });
    let status = response.status;
    let payload: unknown = null;
    try {
      if ((response.header('content-type') ?? '').startsWith(PROGRESS_MEDIA_TYPE)) ({ status, payload } = lastAnswer(response.text));
      else payload = response.text === '' ? null : JSON.parse(response.text);
    } catch {
      payload = null;
    }
    if (status < 200 || status >= 300) {
      const error = (payload as { error?: { message?: string; details?: ErrorDetails } } | null)?.error;
      throw new AdminCallError(error?.message ?? `Server answered ${status}`, status, error?.details ?? []);
    }
    return { body: payload as T, header: response.header };
  }

  /** A call typed by its route schema: `call<typeof schemas.show>('GET', '/clients/1')`. */
  async call<S>(
    method: string,
    path: string,
    options: { query?: QueryOf<S>; body?: BodyOf<S>; idempotencyKey?: string; onProgress?: RequestOptions['onProgress'] } = {},
  ): Promise<ReplyOf<S>> {
    return (await this.request<ReplyOf<S>>(method, path, options as RequestOptions)).body;
  }

  /** A paginated list: the page's items and the X-Page… meta. */
  async page<S>(path: string, query?: QueryOf<S>): Promise<{ items: ReplyOf<S>; meta: PageMeta }> {
    const { body, header } = await this.request<ReplyOf<S>>('GET', path, { query: query as RequestOptions['query'] });
    return { items: body, meta: pageMetaFromHeaders(header) };
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

/**
 * How long the CLI waits for a running server that says nothing: no answer yet, or no new piece of
 * one (an import's progress lines keep coming while it works). A server that is stopped or hung
 * would otherwise hold the command for fetch's own five minutes.
 */
export const SERVER_SILENCE_MS = 60_000;

/** Over HTTP to the server that holds the data directory, with the token it keeps there. */
export function httpTransport(baseUrl: string, token: string, silenceMs = SERVER_SILENCE_MS): AdminTransport {
  return {
    via: baseUrl,
    async send(method, path, options) {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const wait = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), silenceMs);
      };
      const failure = (error: unknown) =>
        controller.signal.aborted
          ? new AdminCallError(`The running server at ${baseUrl} sent nothing for ${silenceMs / 1000} s: is it stopped or overloaded?`, 0)
          : new AdminCallError(`Could not reach the running server at ${baseUrl}: ${(error as Error).message}`, 0);
      wait();
      try {
        let response: Response;
        try {
          response = await fetch(`${baseUrl}${path}`, {
            method,
            headers: requestHeaders(token, options),
            body: options.body,
            signal: controller.signal,
          });
        } catch (error) {
          throw failure(error);
        }
        let text = '';
        try {
          const decoder = new TextDecoder();
          if (response.body) {
            const reader = response.body.getReader();
            for (let read = await reader.read(); !read.done; read = await reader.read()) {
              wait();
              const piece = decoder.decode(read.value, { stream: true });
              text += piece;
              options.onText?.(piece);
            }
          }
          text += decoder.decode();
        } catch (error) {
          throw failure(error);
        }
        return { status: response.status, header: (name) => response.headers.get(name), text };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {},
  };
}
