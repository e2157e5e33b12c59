import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { categoriesQuery, options, productsQuery, rangeText, type Product } from '../catalog-data.ts';
import { contains, listSearch, pageRows, sortRows, type ListSearch } from '../local-list.ts';
import { integer, text } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { ProductFormDialog } from './product-form.tsx';

export interface ProductsSearch extends ListSearch {
  q?: string;
  category_id?: number;
  country?: string;
  currency?: string;
  supplier?: string;
  state?: 'active' | 'inactive' | 'orderable' | 'not-orderable';
}

const STATES = [
  { value: '', label: 'Any state' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
  { value: 'orderable', label: 'Orderable by clients' },
  { value: 'not-orderable', label: 'Not orderable' },
] as const;
const stateOf = (value: unknown) => STATES.find((state) => state.value && state.value === value)?.value || undefined;
const upper = (value: unknown) => text(value)?.toUpperCase();

export const productsSearch = (search: Record<string, unknown>): ProductsSearch => ({
  ...listSearch(search),
  q: text(search.q),
  category_id: integer(search.category_id),
  country: upper(search.country),
  currency: upper(search.currency),
  supplier: text(search.supplier),
  state: stateOf(search.state),
});

const PAGE_SIZE = 25;
const SORT_KEYS = {
  id: (p: Product) => p.id,
  name: (p: Product) => p.name,
  category: (p: Product) => p.category,
  updated_at: (p: Product) => p.updated_at,
};

function matches(product: Product, search: ProductsSearch): boolean {
  const state =
    !search.state ||
    (search.state === 'active' && product.active) ||
    (search.state === 'inactive' && !product.active) ||
    (search.state === 'orderable' && product.orderable) ||
    (search.state === 'not-orderable' && !product.orderable);
  return (
    state &&
    (contains(product.name, search.q) || String(product.id) === search.q) &&
    (!search.category_id || product.category_id === search.category_id) &&
    (!search.country || product.country_code === search.country) &&
    (!search.currency || product.currency_code === search.currency) &&
    (!search.supplier || product.supplier === search.supplier)
  );
}

const columns: ColumnDef<Product, unknown>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <Link to="/catalog/products/$productId" params={{ productId: String(row.original.id) }} className="font-medium text-blue-700 underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: 'id', header: 'ID', accessorKey: 'id' },
  { id: 'category', header: 'Category', cell: ({ row }) => [row.original.category, row.original.sub_category].filter(Boolean).join(' / ') },
  { id: 'country', header: 'Country', accessorKey: 'country_code' },
  { id: 'currency', header: 'Currency', accessorKey: 'currency_code' },
  { id: 'values', header: 'Face values', cell: ({ row }) => row.original.denominations.map(rangeText).join(', ') || 'none' },
  { id: 'supplier', header: 'Supplier', accessorKey: 'supplier' },
  {
    id: 'state',
    header: 'State',
    cell: ({ row }) =>
      `${row.original.active ? 'Active' : 'Inactive'}${row.original.orderable ? ', orderable' : ''}${row.original.demo ? ', demo' : ''}`,
  },
  { id: 'updated_at', header: 'Changed', cell: ({ row }) => time(row.original.updated_at) },
];

/** Every product, inactive ones included: filters kept in the address, a page at a time, CSV of every match. */
export function ProductsPage() {
  const search = useSearch({ from: '/app/catalog' });
  const navigate = useNavigate({ from: '/catalog' });
  const products = useQuery(productsQuery);
  const categories = useQuery(categoriesQuery);
  const [creating, setCreating] = useState(false);
  const filter = (patch: Partial<ProductsSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const sorting: Sorting = { field: search.sort_by ?? 'id', direction: search.sort_dir ?? 'DESC' };
  const all = products.data ?? [];
  const shown = sortRows(
    all.filter((product) => matches(product, search)),
    sorting,
    SORT_KEYS,
  );
  const current = pageRows(shown, search.page, PAGE_SIZE);
  const distinct = (values: string[]) => [...new Set(values)].sort().map((value) => ({ value, label: value }));

  return (
    <>
      <PageHeader title="Catalog">
        <Button onClick={() => setCreating(true)}>Create product</Button>
      </PageHeader>
      <CatalogTabs />
      <form
        className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6"
        onSubmit={(event) => event.preventDefault()}
        aria-label="Filter products"
      >
        <TextField
          label="Search products"
          type="search"
          placeholder="Name or ID"
          value={search.q ?? ''}
          onChange={(event) => filter({ q: text(event.target.value) })}
        />
        <SelectField
          label="Category"
          value={search.category_id ? String(search.category_id) : ''}
          options={[{ value: '', label: 'Every category' }, ...options(categories.data ?? [])]}
          onChange={(event) => filter({ category_id: integer(event.target.value) })}
        />
        <SelectField
          label="Country"
          value={search.country ?? ''}
          options={[{ value: '', label: 'Every country' }, ...distinct(all.map((product) => product.country_code))]}
          onChange={(event) => filter({ country: upper(event.target.value) })}
        />
        <SelectField
          label="Currency"
          value={search.currency ?? ''}
          options={[{ value: '', label: 'Every currency' }, ...distinct(all.map((product) => product.currency_code))]}
          onChange={(event) => filter({ currency: upper(event.target.value) })}
        />
        <SelectField
          label="Supplier"
          value={search.supplier ?? ''}
          options={[{ value: '', label: 'Every supplier' }, ...distinct(all.map((product) => product.supplier))]}
          onChange={(event) => filter({ supplier: text(event.target.value) })}
        />
        <SelectField
          label="State"
          value={search.state ?? ''}
          options={[...STATES]}
          onChange={(event) => filter({ state: stateOf(event.target.value) })}
        />
      </form>
      {products.isPending ? (
        <Loading what="products" />
      ) : products.isError ? (
        <ErrorNotice error={products.error} onRetry={() => products.refetch()} />
      ) : shown.length === 0 ? (
        <Empty title={all.length ? 'No product matches these filters' : 'No products yet'}>
          {!all.length && 'Create a product, or import a catalog file (Import and export).'}
        </Empty>
      ) : (
        <DataTable
          caption="Products"
          rows={current.items}
          columns={columns}
          sortable={Object.keys(SORT_KEYS)}
          sorting={sorting}
          onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
          page={{ ...current.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
          exportName="products"
          exportRows={async () =>
            shown.map(({ denominations, ...product }) => ({ ...product, denominations: denominations.map(rangeText).join(' | ') }))
          }
        />
      )}
      {creating && (
        <ProductFormDialog
          onDone={(saved) => {
            setCreating(false);
            if (saved) void navigate({ to: '/catalog/products/$productId', params: { productId: String(saved.id) } });
          }}
        />
      )}
    </>
  );
}
