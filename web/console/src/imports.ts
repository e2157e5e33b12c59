import { adminApi, ApiError, unwrap } from '../../shared/api.ts';
import type { components, operations } from '../../shared/generated/admin-api.ts';

/**
 * The bulk imports (catalog, voucher codes) as the console runs them: asked with
 * `Accept: application/x-ndjson`, the store answers with progress lines while it works, then a
 * last line with the status and body a plain answer would have had (src/http/progress-stream.ts).
 */

export type CatalogImportReport = components['schemas']['CatalogImportReport'];
export type InventoryImportReport = components['schemas']['InventoryImportReport'];
type CatalogImportBody = operations['importCatalog']['requestBody']['content']['application/json'];
type InventoryImportBody = operations['importInventory']['requestBody']['content']['application/json'];

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

/** The progress lines as they arrive, then the answer of the last line as the store's plain answer would be. */
async function followProgress<T>(
  call: Promise<{ data?: ReadableStream<Uint8Array> | null; error?: unknown; response: Response }>,
  onProgress: (progress: Progress) => void,
): Promise<T> {
  const answer = await call.catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', 'The store could not be reached. Check the connection and try again.');
  });
  // Refused before the work began (e.g. the body's shape, the session): a plain answer.
  if (!answer.response.ok || !answer.data || !(answer.response.headers.get('content-type') ?? '').startsWith(PROGRESS_MEDIA_TYPE)) {
    const body = answer.data ? await new Response(answer.data).json() : undefined;
    return unwrap(Promise.resolve({ data: body as T, error: answer.error, response: answer.response }));
  }
  const reader = answer.data.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let last: { status: number; body: unknown } | null = null;
  const read = (line: string) => {
    if (!line.trim()) return;
    const parsed = JSON.parse(line) as { progress?: Progress; status?: number; body?: unknown };
    if (parsed.progress) onProgress(parsed.progress);
    else if (parsed.status !== undefined) last = { status: parsed.status, body: parsed.body };
  };
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new ApiError(0, 'NETWORK_ERROR', 'The connection to the store was lost during the import. Check the result before trying again.');
    });
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop()!;
    lines.forEach(read);
  }
  read(pending);
  const result = last as { status: number; body: unknown } | null;
  if (!result) throw new ApiError(0, 'NETWORK_ERROR', 'The store ended the answer early. Check the result before trying again.');
  const response = new Response(null, { status: result.status });
  return unwrap(Promise.resolve({ data: result.body as T, error: result.body, response }));
}

const streamed = { headers: { accept: PROGRESS_MEDIA_TYPE }, parseAs: 'stream' } as const;

export const importCatalog = (body: CatalogImportBody, onProgress: (progress: Progress) => void) =>
  followProgress<CatalogImportReport>(adminApi.POST('/admin/v1/catalog/import', { body, ...streamed }), onProgress);

export const importCodes = (body: InventoryImportBody, onProgress: (progress: Progress) => void) =>
  followProgress<InventoryImportReport>(adminApi.POST('/admin/v1/inventory/import', { body, ...streamed }), onProgress);

/** The bad lines of a refused import (400 with one `details` entry per line, "line N"), or null for another error. */
export function badLines(error: unknown): { line: number; message: string }[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const lines = error.details.filter((detail) => /^line \d+$/.test(detail.field));
  return lines.length ? lines.map((detail) => ({ line: Number(detail.field.slice(5)), message: detail.message })) : null;
}
