import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { actionWords } from '../../../shared/audit-words.ts';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { money, time } from '../format.ts';
import { useActorsOf } from '../people.ts';
import { ClientLink } from './client-link.tsx';
import { OrderActionButton, OrderActionDialog, type OrderAction } from './order-actions.tsx';

const KIND_LABELS: Record<string, string> = {
  placed: 'Placed',
  payment: 'Payment',
  refund: 'Refund',
  charge: 'Charge',
  delivery: 'Delivery',
  event: 'Event sent',
  operator: 'Action',
  delivery_pending: 'Waiting',
  completed: 'Completed',
};

/** An action's entry is its code, then the operator's remarks after a colon: the code in words. */
/** One order and its timeline: what happened to it, in order; cancel or retry it as on the orders page; its codes are never shown to operators. */
export function OrderPage() {
  const { orderId } = useParams({ from: '/app/orders/$orderId' });
  const id = Number(orderId);
  const timeline = useQuery({
    queryKey: ['order-timeline', id],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/orders/{id}/timeline', { params: { path: { id } } })),
  });
  const [acting, setActing] = useState<OrderAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const who = useActorsOf(
    timeline.data?.order.client_id,
    (timeline.data?.entries ?? []).map((entry) => entry.actor),
  );
  if (timeline.isPending) return <Loading what="the order" />;
  if (timeline.isError) return <ErrorNotice error={timeline.error} onRetry={() => timeline.refetch()} />;
  const { order, entries } = timeline.data;
  return (
    <>
      <PageHeader title={`Order ${order.id}`}>
        <OrderActionButton order={order} onAct={setActing} />
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="order-details" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="order-details" className="mb-3 font-semibold">
          Details
        </h2>
        <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-2 gap-y-1 text-sm wrap-anywhere sm:grid-cols-[12rem_minmax(0,1fr)]">
          <dt className="text-slate-500">Status</dt>
          <dd>
            {order.status}
            {order.failure_reason && ` — ${order.failure_reason}`}
          </dd>
          <dt className="text-slate-500">Client</dt>
          <dd>
            <ClientLink id={order.client_id} name={order.client_name} />
          </dd>
          <dt className="text-slate-500">Product</dt>
          <dd>
            {order.product_name} ({order.supplier})
          </dd>
          <dt className="text-slate-500">Vouchers</dt>
          <dd>
            {order.delivered_quantity} of {order.quantity} delivered, {money(order.denomination, order.base_currency)} each
          </dd>
          <dt className="text-slate-500">Charged</dt>
          <dd>
            {money(order.total_payable, order.deduction_currency)} (discount {order.discount_rate} %); refunded{' '}
            {money(order.refunded_amount, order.deduction_currency)}
            {order.recharged_amount > 0 && `; charged again by retries ${money(order.recharged_amount, order.deduction_currency)}`}
          </dd>
          <dt className="text-slate-500">Reference</dt>
          <dd>{order.client_reference ?? '—'}</dd>
          {order.operator_remarks && (
            <>
              <dt className="text-slate-500">Operator remarks</dt>
              <dd>{order.operator_remarks}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="order-timeline" className="space-y-2">
        <h2 id="order-timeline" className="text-lg font-semibold">
          Timeline
        </h2>
        <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
          {entries.map((entry, index) => (
            <li key={index} className="text-sm">
              <p className="text-xs text-slate-500">
                {time(entry.at)} · {KIND_LABELS[entry.kind] ?? entry.kind}
                {entry.actor && ` · ${who(entry.actor)}`}
              </p>
              <p>{entry.action ? `${actionWords(entry.action)}${entry.remarks ? `: ${entry.remarks}` : ''}` : entry.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <OrderActionDialog acting={acting} onClose={() => setActing(null)} onDone={setNotice} />
    </>
  );
}
