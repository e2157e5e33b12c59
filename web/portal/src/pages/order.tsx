import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import { downloadFile, toCsv } from '../../../shared/csv.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { can } from '../session.ts';
import { amount, label, time } from '../format.ts';
import { OrderTimeline } from './order-timeline.tsx';

type Voucher = components['schemas']['Voucher'];

const CODE_COLUMNS: ColumnDef<Voucher, unknown>[] = [
  { id: 'card_number', header: 'Code', cell: ({ row }) => <span className="font-mono">{row.original.card_number ?? '—'}</span> },
  { id: 'pin_code', header: 'PIN', cell: ({ row }) => <span className="font-mono">{row.original.pin_code ?? '—'}</span> },
  { id: 'claim_url', header: 'Claim URL', cell: ({ row }) => row.original.claim_url ?? '—' },
  { id: 'expires_at', header: 'Expires', cell: ({ row }) => time(row.original.expires_at) },
  { id: 'voucher_reference_number', header: 'Reference', cell: ({ row }) => row.original.voucher_reference_number ?? '—' },
];

/** One order and its timeline. Its codes stay hidden until someone allowed to see them enters their password again; each reveal is audited. */
export function OrderPage() {
  const { orderId } = useParams({ from: '/app/orders/$orderId' });
  const { session } = useRouteContext({ from: '/app' });
  const id = Number(orderId);
  const order = useQuery({ queryKey: ['order', id], queryFn: () => unwrap(portalApi.GET('/portal/v1/orders/{id}', { params: { path: { id } } })) });
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const reveal = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/orders/{id}/reveal', { params: { path: { id }, header: csrfHeader() }, body: { password } })),
    onSuccess: () => {
      setAsking(false);
      setPassword('');
      void queryClient.invalidateQueries({ queryKey: ['order', id, 'timeline'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    reveal.mutate();
  }

  if (order.isPending) return <Loading what="the order" />;
  if (order.isError) return <ErrorNotice error={order.error} onRetry={() => order.refetch()} />;
  const view = order.data;
  // A failed or cancelled order delivered nothing and gave its whole charge back (docs/orders.md).
  const ended = view.status === 'FAILED' || view.status === 'CANCELLED';
  return (
    <>
      <p className="text-sm">
        <Link to="/orders" className="text-blue-700 underline">
          All orders
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Order {view.id}</h1>
      <dl className="grid max-w-2xl grid-cols-[7rem_1fr] gap-x-2 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">Status</dt>
        <dd>{label('orderStatus', view.status)}</dd>
        <dt className="text-slate-500">Product</dt>
        <dd>{view.product_name}</dd>
        <dt className="text-slate-500">Vouchers</dt>
        <dd>
          {view.delivered_quantity} of {view.quantity} delivered, {amount(view.denomination, view.base_currency)} each
        </dd>
        <dt className="text-slate-500">Charged</dt>
        <dd>
          {amount(view.total_payable, view.deduction_currency)}
          {ended && ', refunded to the wallet'}
        </dd>
        <dt className="text-slate-500">Placed</dt>
        <dd>{time(view.created_at)}</dd>
        <dt className="text-slate-500">Your reference</dt>
        <dd>{view.client_reference ?? '—'}</dd>
      </dl>
      <section aria-labelledby="codes" className="space-y-3">
        <h2 id="codes" className="text-lg font-semibold">
          Voucher codes
        </h2>
        {!can(session, 'codes.reveal') ? (
          <p className="text-sm text-slate-600">
            Your role does not show voucher codes: the owners, admins and developers of your team reveal them on this page.
          </p>
        ) : reveal.data ? (
          <>
            <DataTable caption={`Voucher codes of order ${view.id}`} rows={reveal.data.vouchers} columns={CODE_COLUMNS} />
            <Button variant="secondary" onClick={() => downloadFile(`order-${view.id}-codes.csv`, toCsv(reveal.data.vouchers), 'text/csv')}>
              Download codes as CSV
            </Button>
          </>
        ) : view.delivered_quantity === 0 && ended ? (
          <p className="text-sm text-slate-600">
            This order was {view.status === 'FAILED' ? 'not delivered' : 'cancelled'}: it has no codes, and what it charged went back to the wallet.
          </p>
        ) : view.delivered_quantity === 0 ? (
          <p className="text-sm text-slate-600">No codes delivered yet: they can be revealed here once the order delivers them.</p>
        ) : (
          <Button onClick={() => setAsking(true)}>Reveal codes</Button>
        )}
      </section>
      <OrderTimeline orderId={view.id} status={view.status} />
      <Dialog
        open={asking}
        onOpenChange={setAsking}
        title="Enter your password to see the codes"
        description="Each time codes are shown, it is recorded in your account's audit log."
      >
        <form onSubmit={submit} className="space-y-3">
          {reveal.isError && <ErrorNotice error={reveal.error} />}
          <TextField
            label="Your password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setAsking(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={reveal.isPending}>
              Show codes
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
