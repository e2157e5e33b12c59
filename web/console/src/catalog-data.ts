import { useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../shared/api.ts';
import type { components } from '../../shared/generated/admin-api.ts';

/**
 * The catalog's lists as the admin API sends them whole, for the choices of forms and filters,
 * shared by the catalog, inventory and FX pages. Countries, currencies and suppliers change
 * rarely: a page reads them again after five minutes at most.
 */

export type Product = components['schemas']['AdminProduct'];
export type Category = components['schemas']['AdminCategory'];
export type Subcategory = components['schemas']['AdminSubcategory'];
export type Currency = components['schemas']['AdminCurrency'];

export const productsQuery = { queryKey: ['products'], queryFn: () => unwrap(adminApi.GET('/admin/v1/products')) };
export const categoriesQuery = { queryKey: ['categories'], queryFn: () => unwrap(adminApi.GET('/admin/v1/categories')) };
export const subcategoriesQuery = { queryKey: ['subcategories'], queryFn: () => unwrap(adminApi.GET('/admin/v1/subcategories')) };
const RARELY_CHANGED = 5 * 60_000;
export const countriesQuery = { queryKey: ['countries'], queryFn: () => unwrap(adminApi.GET('/admin/v1/countries')), staleTime: RARELY_CHANGED };
export const currenciesQuery = { queryKey: ['currencies'], queryFn: () => unwrap(adminApi.GET('/admin/v1/currencies')), staleTime: RARELY_CHANGED };
export const suppliersQuery = { queryKey: ['suppliers'], queryFn: () => unwrap(adminApi.GET('/admin/v1/suppliers')), staleTime: RARELY_CHANGED };

/** After a catalog write: every list that shows products, categories or stock reads again. */
export function useRefreshCatalog() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(['products', 'product', 'categories', 'subcategories', 'stock'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

/** A face value range as operators write it: "25" or "10–500". */
export const rangeText = (range: { min_value: number; max_value: number }) =>
  range.min_value === range.max_value ? String(range.min_value) : `${range.min_value}–${range.max_value}`;

/** Active first, then by name: the options of a select. */
export function options<T extends { id: number; name: string; active: boolean }>(rows: T[], label = (row: T) => row.name) {
  return [...rows]
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name))
    .map((row) => ({ value: String(row.id), label: row.active ? label(row) : `${label(row)} (inactive)` }));
}
