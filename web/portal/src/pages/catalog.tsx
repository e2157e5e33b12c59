import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { portalApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { ranges } from '../shop.ts';

type Product = components['schemas']['Product'];

export interface CatalogSearch {
  search?: string;
  category?: string;
  country_id?: number;
  currency_id?: number;
  page?: number;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const id = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

export const catalogSearch = (search: Record<string, unknown>): CatalogSearch => ({
  search: text(search.search),
  category: text(search.category),
  country_id: id(search.country_id),
  currency_id: id(search.currency_id),
  page: id(search.page),
});

const columns: ColumnDef<Product, unknown>[] = [
  {
    id: 'name',
    header: 'Product',
    cell: ({ row }) => (
      <Link to="/catalog/$productId" params={{ productId: String(row.original.id) }} className="font-medium text-blue-700 underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: 'category', header: 'Category', accessorKey: 'category' },
  { id: 'country_code', header: 'Country', accessorKey: 'country_code' },
  { id: 'currency_code', header: 'Currency', accessorKey: 'currency_code' },
  { id: 'denominations', header: 'Values and your discount', cell: ({ row }) => ranges(row.original) },
];

/** The products the client may buy, with its own discounts: searched by name, filtered by category, country and currency. */
export function CatalogPage() {
  const search = useSearch({ from: '/app/catalog' });
  const navigate = useNavigate({ from: '/catalog' });
  const [name, setName] = useState(search.search ?? '');
  const filters = useQuery({ queryKey: ['catalog-filters'], queryFn: () => unwrap(portalApi.GET('/portal/v1/products/filters')) });
  const products = useQuery({
    queryKey: ['products', search],
    queryFn: () =>
      unwrapPage(
        portalApi.GET('/portal/v1/products', {
          params: {
            query: {
              search: search.search,
              category: search.category,
              country_id: search.country_id,
              currency_id: search.currency_id,
              sort_by: 'name',
              sort_dir: 'asc',
              page: search.page ?? 1,
              limit: 25,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const filter = (changes: Partial<CatalogSearch>) => navigate({ search: { ...search, ...changes, page: undefined } });
  function find(event: FormEvent) {
    event.preventDefault();
    filter({ search: name.trim() || undefined });
  }
  const choices = filters.data;

  return (
    <>
      <h1 className="text-2xl font-semibold">Catalog</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        The products your account may buy, with your own discounts. Open a product to see what an order would cost from your wallets.
      </p>
      {/* When the products fail too (the store unreachable), their notice says it once. */}
      {filters.isError && !products.isError && <ErrorNotice error={filters.error} onRetry={() => filters.refetch()} />}
      <div className="grid max-w-5xl grid-cols-1 gap-3 md:grid-cols-4">
        <form onSubmit={find} className="flex items-end gap-2">
          <TextField label="Search by name" type="search" value={name} onChange={(event) => setName(event.target.value)} />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        <SelectField
          label="Category"
          value={search.category ?? ''}
          onChange={(event) => filter({ category: event.target.value || undefined })}
          options={[{ value: '', label: 'Any category' }, ...(choices?.categories ?? []).map((category) => ({ value: category, label: category }))]}
        />
        <SelectField
          label="Country"
          value={search.country_id === undefined ? '' : String(search.country_id)}
          onChange={(event) => filter({ country_id: event.target.value ? Number(event.target.value) : undefined })}
          options={[
            { value: '', label: 'Any country' },
            ...(choices?.countries ?? []).map((country) => ({ value: String(country.id), label: country.code })),
          ]}
        />
        <SelectField
          label="Currency"
          value={search.currency_id === undefined ? '' : String(search.currency_id)}
          onChange={(event) => filter({ currency_id: event.target.value ? Number(event.target.value) : undefined })}
          options={[
            { value: '', label: 'Any currency' },
            ...(choices?.currencies ?? []).map((currency) => ({ value: String(currency.id), label: currency.code })),
          ]}
        />
      </div>
      {products.isPending ? (
        <Loading what="products" />
      ) : products.isError ? (
        <ErrorNotice error={products.error} onRetry={() => Promise.all([products.refetch(), filters.isError && filters.refetch()])} />
      ) : products.data.items.length === 0 ? (
        <Empty title="No products match">Try another name, or any category, country or currency.</Empty>
      ) : (
        <DataTable
          caption="Products"
          rows={products.data.items}
          columns={columns}
          page={{ ...products.data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
        />
      )}
    </>
  );
}
