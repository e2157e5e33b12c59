import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { portalApi, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { SelectField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { amount, time } from '../format.ts';

type Order = components['schemas']['OrderSummary'];

export interface OrdersSearch {
  status?: string;
  page?: number;
}

export const ordersSearch = (search: Record<string, unknown>): OrdersSearch => ({
  status: typeof search.status === 'string' && search.status ? search.status : undefined,
  page: typeof search.page === 'number' && search.page > 0 ? search.page : undefined,
});

const STATUSES = ['PENDING', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CANCELLED'];

const columns: ColumnDef<Order, unknown>[] = [
  {
    id: 'id',
    header: 'Order',
    cell: ({ row }) => (
      <Link to="/orders/$orderId" params={{ orderId: String(row.original.id) }} className="font-medium text-blue-700 underline">
        {row.original.id}
      </Link>
    ),
  },
  { id: 'created_at', header: 'Placed', cell: ({ row }) => time(row.original.created_at) },
  { id: 'product_name', header: 'Product', accessorKey: 'product_name' },
  { id: 'quantity', header: 'Vouchers', cell: ({ row }) => `${row.original.delivered_quantity} of ${row.original.quantity}` },
  { id: 'total_payable', header: 'Charged', cell: ({ row }) => amount(row.original.total_payable, row.original.deduction_currency) },
  { id: 'status', header: 'Status', accessorKey: 'status' },
  { id: 'client_reference', header: 'Reference', cell: ({ row }) => row.original.client_reference ?? '—' },
];

/** The client's orders, newest first, filtered by status; the codes are on each order's page, for roles allowed to see them. */
export function OrdersPage() {
  const search = useSearch({ from: '/app/orders' });
  const navigate = useNavigate({ from: '/orders' });
  const orders = useQuery({
    queryKey: ['orders', search],
    queryFn: () =>
      unwrapPage(portalApi.GET('/portal/v1/orders', { params: { query: { status: search.status, page: search.page ?? 1, limit: 25 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Orders</h1>
      <div className="max-w-xs">
        <SelectField
          label="Status"
          value={search.status ?? ''}
          onChange={(event) => navigate({ search: { status: event.target.value || undefined } })}
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((status) => ({ value: status, label: status }))]}
        />
      </div>
      {orders.isPending ? (
        <Loading what="orders" />
      ) : orders.isError ? (
        <ErrorNotice error={orders.error} onRetry={() => orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <Empty title="No orders" />
      ) : (
        <DataTable
          caption="Orders"
          rows={orders.data.items}
          columns={columns}
          page={{ ...orders.data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
          exportName="orders"
          exportRows={async () => orders.data.items}
        />
      )}
    </>
  );
}
