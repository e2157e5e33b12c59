import { unwrapPage } from './api.ts';

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
