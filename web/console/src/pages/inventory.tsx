import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { money } from '../format.ts';
import { choicesQuery, useRefreshCatalog } from '../catalog-data.ts';
import { allPages, flag, integer, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';
import { InventoryImport } from './inventory-import.tsx';
import { ProductValueFields, type ProductValue } from './product-value.tsx';

type Level = components['schemas']['StockLevel'];

export interface InventorySearch extends ListSearch {
  q?: string;
  product_id?: number;
  supplier?: string;
  low?: boolean;
}

export const inventorySearch = (search: Record<string, unknown>): InventorySearch => ({
  ...listSearch(search),
  q: text(search.q),
  product_id: integer(search.product_id),
  supplier: text(search.supplier),
  low: search.low === true || search.low === 'true' ? true : undefined,
});

const PAGE_SIZE = 50;
const SORTABLE = ['product_name', 'denomination', 'available', 'threshold'];
const DEFAULT_SORT: Sorting = { field: 'product_name', direction: 'ASC' };
const queryOf = (search: InventorySearch, sorting: Sorting) =>
  pageQuery({ search: search.q, product_id: search.product_id, supplier: search.supplier, low_stock: flag(search.low) }, sorting, search, PAGE_SIZE);
const valueOf = (level: Level) => money(level.denomination, level.currency);

/** Codes in stock per product and face value, their low-stock thresholds, and the import of codes. */
export function InventoryPage() {
  const search = useSearch({ from: '/app/inventory' });
  const navigate = useNavigate({ from: '/inventory' });
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = queryOf(search, sorting);
  const stock = useQuery({
    queryKey: ['stock', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/inventory/stock', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  // The suppliers to filter by (the import's and the threshold's product is found as the operator types).
  const choices = useQuery(choicesQuery);
  const [threshold, setThreshold] = useState<Level | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const filter = (patch: Partial<InventorySearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const suppliers = choices.data?.suppliers ?? [];
  const filtered = Boolean(search.q || search.supplier || search.low || search.product_id);

  const columns: ColumnDef<Level, unknown>[] = [
    {
      id: 'product_name',
      header: 'Product',
      cell: ({ row }) => (
        <Link to="/catalog/products/$productId" params={{ productId: String(row.original.product_id) }} className="text-blue-700 underline">
          {row.original.product_name}
        </Link>
      ),
    },
    { id: 'denomination', header: 'Face value', cell: ({ row }) => valueOf(row.original) },
    { id: 'supplier', header: 'Supplier', accessorKey: 'supplier' },
    { id: 'available', header: 'Available', accessorKey: 'available' },
    { id: 'reserved', header: 'Reserved', accessorKey: 'reserved' },
    { id: 'issued', header: 'Issued', accessorKey: 'issued' },
    { id: 'expired', header: 'Expired', accessorKey: 'expired' },
    { id: 'threshold', header: 'Threshold', cell: ({ row }) => row.original.threshold ?? 'none' },
    {
      id: 'low_stock',
      header: 'Low stock',
      cell: ({ row }) => (row.original.low_stock ? <strong className="text-amber-800">Low</strong> : 'No'),
    },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <Button variant="secondary" onClick={() => setThreshold(row.original)}>
          Set threshold
          <span className="sr-only">
            {' '}
            of {row.original.product_name} {valueOf(row.original)}
          </span>
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Inventory">
        <Button variant="secondary" onClick={() => setThreshold('new')}>
          Set a threshold
        </Button>
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <form className="grid grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(event) => event.preventDefault()} aria-label="Filter stock">
        <TextField
          label="Search products"
          type="search"
          placeholder="Name or ID"
          value={search.q ?? ''}
          onChange={(event) => filter({ q: text(event.target.value) })}
        />
        <SelectField
          label="Supplier"
          value={search.supplier ?? ''}
          options={[{ value: '', label: 'Every supplier' }, ...suppliers.map((name) => ({ value: name, label: name }))]}
          onChange={(event) => filter({ supplier: text(event.target.value) })}
        />
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" checked={search.low ?? false} onChange={(event) => filter({ low: event.target.checked || undefined })} />
          Low stock only
        </label>
        {search.product_id && (
          <p className="self-end pb-2 text-sm">
            Product {search.product_id} only.{' '}
            <button type="button" className="underline" onClick={() => filter({ product_id: undefined })}>
              Show every product
            </button>
          </p>
        )}
      </form>
      {choices.isError && <ErrorNotice error={choices.error} onRetry={() => choices.refetch()} />}
      <QueryResult
        query={stock}
        what="stock"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Empty title={filtered ? 'No stock matches these filters' : 'No stock yet'}>
            {!filtered && 'Import voucher codes below; products of the inventory supplier show here with their fixed values.'}
          </Empty>
        }
      >
        {(data) => (
          <DataTable
            caption="Stock levels"
            rows={data.items}
            columns={columns}
            sortable={SORTABLE}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="stock"
            exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/inventory/stock', { params: { query: { ...query, page, limit } } }))}
          />
        )}
      </QueryResult>
      <InventoryImport />
      {threshold && (
        <ThresholdDialog
          level={threshold === 'new' ? undefined : threshold}
          onDone={(message) => {
            setThreshold(null);
            if (message) setNotice(message);
          }}
        />
      )}
    </>
  );
}

/** Sets (or, left blank, removes) the low-stock threshold of a product and face value. */
function ThresholdDialog({ level, onDone }: { level?: Level; onDone: (message?: string) => void }) {
  const [choice, setChoice] = useState<ProductValue>({
    productId: level ? String(level.product_id) : '',
    value: level ? String(level.denomination) : '',
  });
  const [count, setCount] = useState(level?.threshold === null || !level ? '' : String(level.threshold));
  const refresh = useRefreshCatalog();
  const valid = /^\d{1,10}$/.test(count) ? Number(count) <= 1_000_000_000 : count === '';
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.PUT('/admin/v1/inventory/thresholds', {
          body: { product_id: Number(choice.productId), denomination: Number(choice.value), threshold: count === '' ? null : Number(count) },
        }),
      ),
    onSuccess: async (saved) => {
      await refresh();
      const what = `${saved.product_name} ${valueOf(saved)}`;
      onDone(
        saved.threshold === null
          ? `${what} has no threshold now.`
          : `The threshold of ${what} is ${saved.threshold}; ${saved.available} available${saved.low_stock ? ': low stock' : ''}.`,
      );
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) save.mutate();
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onDone()}
      title={level ? `Threshold of ${level.product_name} ${valueOf(level)}` : 'Set a low-stock threshold'}
    >
      <form onSubmit={submit} className="space-y-3">
        {save.isError && <ErrorNotice error={save.error} />}
        {!level && <ProductValueFields choice={choice} onChange={setChoice} />}
        <TextField
          label="Low-stock threshold"
          hint="Low stock when fewer codes than this are available. Leave blank to remove it (then only 0 available is low)."
          inputMode="numeric"
          value={count}
          error={valid ? undefined : 'A whole number from 0 to 1,000,000,000'}
          onChange={(event) => setCount(event.target.value.trim())}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={!valid || !choice.productId || !choice.value || save.isPending}>
            {count === '' ? 'Remove threshold' : 'Save threshold'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
