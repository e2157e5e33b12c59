import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrapPage } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { choicesQuery, options, rangeText, type Product } from '../catalog-data.ts';
import { allPages, flag, integer, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { ProductFormDialog } from './product-form.tsx';

export interface ProductsSearch extends ListSearch {
  q?: string;
  category_id?: number;
  country_id?: number;
  currency_id?: number;
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

export const productsSearch = (search: Record<string, unknown>): ProductsSearch => ({
  ...listSearch(search),
  q: text(search.q),
  category_id: integer(search.category_id),
  country_id: integer(search.country_id),
  currency_id: integer(search.currency_id),
  supplier: text(search.supplier),
  state: stateOf(search.state),
});

const PAGE_SIZE = 25;
const SORTABLE = ['id', 'name', 'category', 'updated_at'];
const DEFAULT_SORT: Sorting = { field: 'id', direction: 'DESC' };

function queryOf(search: ProductsSearch, sorting: Sorting) {
  const { state } = search;
  const filters = {
    search: search.q,
    category_id: search.category_id,
    country_id: search.country_id,
    currency_id: search.currency_id,
    supplier: search.supplier,
    active: flag(state === 'active' ? true : state === 'inactive' ? false : undefined),
    orderable: flag(state === 'orderable' ? true : state === 'not-orderable' ? false : undefined),
  };
  return pageQuery(filters, sorting, search, PAGE_SIZE);
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
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = queryOf(search, sorting);
  const products = useQuery({
    queryKey: ['products', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/products', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  // The filters' choices: one request with the page's products.
  const choices = useQuery(choicesQuery);
  const [creating, setCreating] = useState(false);
  const filter = (patch: Partial<ProductsSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const filtered = Boolean(search.q || search.category_id || search.country_id || search.currency_id || search.supplier || search.state);

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
          options={[{ value: '', label: 'Every category' }, ...options(choices.data?.categories ?? [])]}
          onChange={(event) => filter({ category_id: integer(event.target.value) })}
        />
        <SelectField
          label="Country"
          value={search.country_id ? String(search.country_id) : ''}
          options={[
            { value: '', label: 'Every country' },
            ...options(choices.data?.countries ?? [], (country) => `${country.name} (${country.alpha_3})`),
          ]}
          onChange={(event) => filter({ country_id: integer(event.target.value) })}
        />
        <SelectField
          label="Currency"
          value={search.currency_id ? String(search.currency_id) : ''}
          options={[
            { value: '', label: 'Every currency' },
            ...options(choices.data?.currencies ?? [], (currency) => `${currency.currency} ${currency.name}`),
          ]}
          onChange={(event) => filter({ currency_id: integer(event.target.value) })}
        />
        <SelectField
          label="Supplier"
          value={search.supplier ?? ''}
          options={[
            { value: '', label: 'Every supplier' },
            ...(choices.data?.suppliers ?? []).map((supplier) => ({ value: supplier, label: supplier })),
          ]}
          onChange={(event) => filter({ supplier: text(event.target.value) })}
        />
        <SelectField
          label="State"
          value={search.state ?? ''}
          options={[...STATES]}
          onChange={(event) => filter({ state: stateOf(event.target.value) })}
        />
      </form>
      {choices.isError && <ErrorNotice error={choices.error} onRetry={() => choices.refetch()} />}
      <QueryResult
        query={products}
        what="products"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Empty title={filtered ? 'No product matches these filters' : 'No products yet'}>
            {!filtered && 'Create a product, or import a catalog file (Import and export).'}
          </Empty>
        }
      >
        {(data) => (
          <DataTable
            caption="Products"
            rows={data.items}
            columns={columns}
            sortable={SORTABLE}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="products"
            exportRows={async () =>
              (await allPages((page, limit) => adminApi.GET('/admin/v1/products', { params: { query: { ...query, page, limit } } }))).map(
                ({ denominations, ...product }) => ({
                  ...product,
                  denominations: (denominations as Product['denominations']).map(rangeText).join(' | '),
                }),
              )
            }
          />
        )}
      </QueryResult>
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
