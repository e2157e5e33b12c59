import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './generated/admin-api.ts';
import type { paths as portalPaths } from './generated/portal-api.ts';

/** An error answer of the API: its status and the envelope's name, code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent with every write (the session cookie itself is httpOnly). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header as typed parameters, for APIs whose documents require it on every write. */
export const csrfHeader = () => ({ 'X-CSRF-Token': csrfToken ?? '' });

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

const changesInFlight = new Map<string, Promise<Response>>();

/**
 * `fetch`, except that a change sent again while the same one (method, address and body) is still
 * on its way — a double click on any button that sends one — is not sent twice: every caller gets
 * the one answer. Each gets a copy of it, so each can read its body.
 */
export async function fetchOnce(request: Request): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return fetch(request);
  const key = `${request.method} ${request.url} ${await request.clone().text()}`;
  let sent = changesInFlight.get(key);
  if (!sent) {
    sent = fetch(request).finally(() => changesInFlight.delete(key));
    changesInFlight.set(key, sent);
  }
  return (await sent).clone();
}

/** The admin API, typed from its OpenAPI document; the browser sends the session cookie. */
export const adminApi = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: fetchOnce });
adminApi.use(csrf);

/** The client portal's API, typed from its OpenAPI document; the browser sends the portal's session cookie. */
export const portalApi = createClient<portalPaths>({ baseUrl: '', credentials: 'same-origin', fetch: fetchOnce });
portalApi.use(csrf);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiError with the envelope's fields. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The store could not be reached. Check the connection and try again.');
  }
  if (answer.response.ok) return answer.data as T;
  const envelope = (answer.error as { error?: { code?: string; message?: string; details?: { field: string; message: string }[] } })?.error;
  throw new ApiError(
    answer.response.status,
    envelope?.code ?? 'ERROR',
    envelope?.message ?? `The store answered ${answer.response.status}`,
    envelope?.details,
  );
}

/** The page headers of a list answer (X-Total-Count, X-Page…). */
export function pageOf(response: Response): { total: number; page: number; perPage: number; totalPages: number } {
  const number = (name: string) => Number(response.headers.get(name) ?? 0);
  return { total: number('x-total-count'), page: number('x-page'), perPage: number('x-per-page'), totalPages: number('x-total-pages') };
}

/** A page of a list and its page headers. */
export async function unwrapPage<T>(call: Promise<Answer<T[]>>): Promise<{ items: T[]; page: ReturnType<typeof pageOf> }> {
  const answer = await call.catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', 'The store could not be reached. Check the connection and try again.');
  });
  const items = await unwrap(Promise.resolve(answer));
  return { items, page: pageOf(answer.response) };
}
