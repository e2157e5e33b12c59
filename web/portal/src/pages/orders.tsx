import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { portalApi, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { allPages } from '../../../shared/all-pages.ts';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { amount, choices, label, ORDER_STATUSES, time } from '../format.ts';
import { dateParam, dayAfter, textParam } from '../filters.ts';
import { can } from '../session.ts';
import { BuyLink } from './buy-link.tsx';

type Order = components['schemas']['OrderSummary'];

export interface OrdersSearch {
  status?: string;
  reference?: string;
  from?: string;
  to?: string;
  page?: number;
}

export const ordersSearch = (search: Record<string, unknown>): OrdersSearch => ({
  status: typeof search.status === 'string' && search.status ? search.status : undefined,
  reference: textParam(search.reference),
  from: dateParam(search.from),
  to: dateParam(search.to),
  page: typeof search.page === 'number' && search.page > 0 ? search.page : undefined,
});

/** The list's query of the page's filters. */
const queryOf = (search: OrdersSearch) => ({
  status: search.status,
  client_reference: search.reference,
  start_date: search.from,
  end_date: dayAfter(search.to),
});

const columns: ColumnDef<Order, unknown>[] = [
  {
    id: 'id',
    header: 'Order',
    cell: ({ row }) => (
      <Link to="/orders/$orderId" params={{ orderId: String(row.original.id) }} className="font-medium text-blue-700 underline">
        Order {row.original.id}
      </Link>
    ),
  },
  { id: 'created_at', header: 'Placed', cell: ({ row }) => time(row.original.created_at) },
  { id: 'product_name', header: 'Product', accessorKey: 'product_name' },
  { id: 'quantity', header: 'Vouchers', cell: ({ row }) => `${row.original.delivered_quantity} of ${row.original.quantity}` },
  { id: 'total_payable', header: 'Charged', cell: ({ row }) => amount(row.original.total_payable, row.original.deduction_currency) },
  { id: 'status', header: 'Status', cell: ({ row }) => label('orderStatus', row.original.status) },
  { id: 'client_reference', header: 'Your reference', cell: ({ row }) => row.original.client_reference ?? '—' },
];

/** The client's orders, newest first, filtered by status, reference and dates (CSV of every page); the codes are on each order's page, for roles allowed to see them. */
export function OrdersPage() {
  const { session } = useRouteContext({ from: '/app' });
  const search = useSearch({ from: '/app/orders' });
  const navigate = useNavigate({ from: '/orders' });
  const filter = (patch: Partial<OrdersSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const orders = useQuery({
    queryKey: ['orders', search],
    queryFn: () => unwrapPage(portalApi.GET('/portal/v1/orders', { params: { query: { ...queryOf(search), page: search.page ?? 1, limit: 25 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Orders</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        {can(session, 'codes.reveal')
          ? "Open an order to see its vouchers' codes again: your password is asked each time."
          : 'Open an order to see its vouchers and timeline. Codes are shown only to the owners, admins and developers of your team.'}
      </p>
      {can(session, 'orders.create') && <BuyLink />}
      <form className="grid max-w-3xl grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(event) => event.preventDefault()} aria-label="Filter orders">
        <SelectField
          label="Status"
          value={search.status ?? ''}
          onChange={(event) => filter({ status: event.target.value || undefined })}
          options={[{ value: '', label: 'Any status' }, ...choices('orderStatus', ORDER_STATUSES)]}
        />
        <TextField label="Your reference" value={search.reference ?? ''} onChange={(event) => filter({ reference: textParam(event.target.value) })} />
        <TextField label="From (UTC)" type="date" value={search.from ?? ''} onChange={(event) => filter({ from: dateParam(event.target.value) })} />
        <TextField label="To (UTC)" type="date" value={search.to ?? ''} onChange={(event) => filter({ to: dateParam(event.target.value) })} />
      </form>
      <QueryResult
        query={orders}
        what="orders"
        isEmpty={(data) => data.items.length === 0}
        empty={
          Object.values(queryOf(search)).some((value) => value !== undefined) ? (
            <Empty title="No orders match these filters">Try another status, reference or dates.</Empty>
          ) : (
            <Empty title="No orders yet" />
          )
        }
      >
        {(data) => (
          <DataTable
            caption="Orders"
            rows={data.items}
            columns={columns}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="orders"
            exportRows={() =>
              allPages((page, limit) => portalApi.GET('/portal/v1/orders', { params: { query: { ...queryOf(search), page, limit } } }))
            }
          />
        )}
      </QueryResult>
    </>
  );
}
