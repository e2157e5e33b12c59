import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { money, time } from '../format.ts';
import { allPages, integer, text } from '../search.ts';
import { ClientField, namedClientKey } from './client-field.tsx';
import { ClientLink } from './client-link.tsx';
import { useIdFilter } from './id-field.tsx';
import { OrderActionButton, OrderActionDialog, type OrderAction } from './order-actions.tsx';
import { namedProductKey, ProductField } from './product-field.tsx';

type Order = components['schemas']['AdminOrder'];

export interface OrdersSearch {
  client_id?: number;
  status?: string;
  product_id?: number;
  client_reference?: string;
  start_date?: string;
  end_date?: string;
  page?: number;
  sort_by?: string;
  sort_dir?: 'ASC' | 'DESC';
}

export const ordersSearch = (search: Record<string, unknown>): OrdersSearch => ({
  client_id: integer(search.client_id),
  status: text(search.status),
  product_id: integer(search.product_id),
  client_reference: text(search.client_reference),
  start_date: text(search.start_date),
  end_date: text(search.end_date),
  page: integer(search.page),
  sort_by: text(search.sort_by),
  sort_dir: search.sort_dir === 'ASC' || search.sort_dir === 'DESC' ? search.sort_dir : undefined,
});

const STATUSES = ['PENDING', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CANCELLED'];
const PAGE_SIZE = 25;

function queryOf(search: OrdersSearch) {
  const { page, ...filters } = search;
  return { ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)), page: page ?? 1, limit: PAGE_SIZE };
}

/**
 * The client and the product the address filters by when the page opens, read in one request
 * (GET /admin/v1/lookup) and put where the two fields keep what an ID names: the fields wait for
 * it (`waiting`), then find their answers there instead of asking the store each. A client or a
 * product chosen later is named by its field's own request.
 */
function useOpeningFilterNames(search: OrdersSearch) {
  const queryClient = useQueryClient();
  const [opened] = useState(() => ({ client_id: search.client_id, product_id: search.product_id }));
  const lookup = useQuery({
    queryKey: ['lookup', opened],
    queryFn: async () => {
      const found = await unwrap(adminApi.GET('/admin/v1/lookup', { params: { query: opened } }));
      if (opened.client_id !== undefined) queryClient.setQueryData(namedClientKey(opened.client_id), found.client);
      if (opened.product_id !== undefined) queryClient.setQueryData(namedProductKey(opened.product_id), found.product);
      return found;
    },
    enabled: opened.client_id !== undefined || opened.product_id !== undefined,
    staleTime: 60_000,
  });
  return lookup.isLoading;
}

/** Every client's orders: filters kept in the address, a page at a time; cancel and retry behind a confirmation. */
export function OrdersPage() {
  const search = useSearch({ from: '/app/orders' });
  const navigate = useNavigate({ from: '/orders' });
  const naming = useOpeningFilterNames(search);
  const orders = useQuery({
    queryKey: ['orders', search],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/orders', { params: { query: queryOf(search) } })),
    placeholderData: keepPreviousData,
  });
  const [acting, setActing] = useState<OrderAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const filter = (patch: Partial<OrdersSearch>) => navigate({ search: { ...search, ...patch, page: undefined } });
  // The client and the product are chosen by name; the address keeps their IDs.
  const [client, setClient] = useIdFilter(search.client_id, (client_id) => filter({ client_id }));
  const [product, setProduct] = useIdFilter(search.product_id, (product_id) => filter({ product_id }));
  const sorting: Sorting = { field: search.sort_by ?? 'id', direction: search.sort_dir ?? 'DESC' };

  const columns: ColumnDef<Order, unknown>[] = [
    {
      id: 'id',
      header: 'ID',
      cell: ({ row }) => (
        <Link to="/orders/$orderId" params={{ orderId: String(row.original.id) }} className="font-medium text-blue-700 underline">
          {row.original.id}
        </Link>
      ),
    },
    { id: 'created_at', header: 'Placed', cell: ({ row }) => time(row.original.created_at) },
    { id: 'client', header: 'Client', cell: ({ row }) => <ClientLink id={row.original.client_id} name={row.original.client_name} /> },
    { id: 'product_name', header: 'Product', accessorKey: 'product_name' },
    {
      id: 'value',
      header: 'Value × quantity',
      cell: ({ row }) => `${money(row.original.denomination, row.original.base_currency)} × ${row.original.quantity}`,
    },
    { id: 'total_payable', header: 'Charged', cell: ({ row }) => money(row.original.total_payable, row.original.deduction_currency) },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    { id: 'client_reference', header: 'Reference', cell: ({ row }) => row.original.client_reference ?? '—' },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => <OrderActionButton order={row.original} onAct={setActing} />,
    },
  ];

  return (
    <>
      <PageHeader title="Orders" />
      {notice && <Notice>{notice}</Notice>}
      <form className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7" onSubmit={(event) => event.preventDefault()} aria-label="Filter orders">
        <ClientField label="Client" value={client} onChange={setClient} waiting={naming} />
        <SelectField
          label="Status"
          value={search.status ?? ''}
          onChange={(event) => filter({ status: text(event.target.value) })}
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((status) => ({ value: status, label: status }))]}
        />
        <ProductField label="Product" value={product} onChange={setProduct} waiting={naming} />
        <TextField
          label="Reference"
          defaultValue={search.client_reference ?? ''}
          onBlur={(event) => filter({ client_reference: text(event.target.value) })}
        />
        <TextField label="From" type="date" value={search.start_date ?? ''} onChange={(event) => filter({ start_date: text(event.target.value) })} />
        <TextField label="Until" type="date" value={search.end_date ?? ''} onChange={(event) => filter({ end_date: text(event.target.value) })} />
      </form>
      <QueryResult query={orders} what="orders" isEmpty={(data) => data.items.length === 0} empty={<Empty title="No order matches these filters" />}>
        {(data) => (
          <DataTable
            caption="Orders"
            rows={data.items}
            columns={columns}
            sortable={['id', 'created_at']}
            sorting={sorting}
            onSort={(next) => navigate({ search: { ...search, sort_by: next.field, sort_dir: next.direction, page: undefined } })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="orders"
            exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/orders', { params: { query: { ...queryOf(search), page, limit } } }))}
          />
        )}
      </QueryResult>
      <OrderActionDialog acting={acting} onClose={() => setActing(null)} onDone={setNotice} />
    </>
  );
}
