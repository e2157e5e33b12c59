import { unwrapPage } from '../../shared/api.ts';

/** A positive integer from the address or a form, else nothing. */
export function integer(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** A non-empty text from the address or a form, else nothing. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const EXPORT_PAGE = 1000;
const EXPORT_MAX = 50_000;

/** Every row of a paged list (at most EXPORT_MAX), for a CSV file. */
export async function allPages<T>(
  read: (page: number, limit: number) => Promise<{ data?: T[]; error?: unknown; response: Response }>,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; rows.length < EXPORT_MAX; page += 1) {
    const { items, page: meta } = await unwrapPage(read(page, EXPORT_PAGE));
    rows.push(...(items as Record<string, unknown>[]));
    if (page >= meta.totalPages || items.length === 0) break;
  }
  return rows;
}
