import type { PageMeta } from '../http/pagination.ts';

/** The running server could not be reached, or answered with an error (its message). */
export class RemoteError extends Error {}

/** A failed admin call with the server's status and `details` (e.g. one per bad import line). */
export class RemoteCallError extends RemoteError {
  constructor(
    message: string,
    readonly status: number,
    readonly details: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export interface AdminResponse<T> {
  body: T;
  headers: Headers;
}

/** One admin API call (`/admin/v1${path}`) of a running server, with the response headers. */
export async function adminRequest<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<AdminResponse<T>> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/admin/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new RemoteError(`Could not reach the running server at ${baseUrl}: ${(error as Error).message}`);
  }
  const payload = (await response.json().catch(() => null)) as {
    error?: { message: string; details?: { field: string; message: string }[] };
  } | null;
  if (!response.ok) {
    throw new RemoteCallError(payload?.error?.message ?? `Server answered ${response.status}`, response.status, payload?.error?.details ?? []);
  }
  return { body: payload as T, headers: response.headers };
}

/** One admin API call; the answer's body. Errors carry the server's message. */
export async function adminCall<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  return (await adminRequest<T>(baseUrl, token, method, path, body)).body;
}

/** `?a=1&b=x` from the parameters that are set ('' when none is). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}` : '';
}

/** The page of a list answer from its X-Page… headers (api.md 1.7). */
export function pageMetaFromHeaders(headers: Headers): PageMeta {
  const number = (name: string) => Number(headers.get(name) ?? 0);
  return {
    page: number('x-page'),
    limit: number('x-per-page'),
    total: number('x-total-count'),
    totalPages: number('x-total-pages'),
    pageSize: number('x-page-size'),
    hasMore: headers.get('x-has-more') === 'true',
  };
}
