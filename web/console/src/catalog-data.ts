import { useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../shared/api.ts';
import type { components } from '../../shared/generated/admin-api.ts';

/**
 * The choices of the catalog's forms and filters — categories, subcategories, countries,
 * currencies and suppliers — in one request (GET /admin/v1/catalog/choices), shared by the
 * catalog, inventory and FX pages. A catalog write reads them again; otherwise a page reads them
 * again after five minutes at most.
 */

export type Product = components['schemas']['AdminProduct'];
export type Category = components['schemas']['AdminCategory'];
export type Subcategory = components['schemas']['AdminSubcategory'];
export type Choices = components['schemas']['CatalogChoices'];

export const choicesQuery = {
  queryKey: ['choices'],
  queryFn: () => unwrap(adminApi.GET('/admin/v1/catalog/choices')),
  staleTime: 5 * 60_000,
};

/** After a catalog write: every list that shows products, categories or stock reads again. */
export function useRefreshCatalog() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['products', 'product', 'categories', 'subcategories', 'choices', 'stock'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
    );
}

/** A face value range as people read it ("10–500"; "range 10–500 USD"): the store's wording, which the CLI prints too. */
export { rangeInWords, rangeText } from '../../../src/catalog/range-words.ts';

/** Active first, then by name: the options of a select. */
export function options<T extends { id: number; name: string; active: boolean }>(rows: T[], label = (row: T) => row.name) {
  return [...rows]
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name))
    .map((row) => ({ value: String(row.id), label: row.active ? label(row) : `${label(row)} (inactive)` }));
}
