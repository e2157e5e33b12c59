import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { portalApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { amount, day, label, time } from '../format.ts';
import { usePeople } from '../people.ts';
import { can } from '../session.ts';

type Entry = components['schemas']['ClientOrderTimeline']['entries'][number];
type Status = components['schemas']['OrderSummary']['status'];

const MONEY_LEADS: Partial<Record<Entry['kind'], string>> = { payment: 'Paid', refund: 'Refunded', charge: 'Charged again' };

/**
 * What an entry says, in the person's words: a payment, refund or charge as the movement of the
 * statement it is (linked to that line for whoever reads statements), an event by its type, the
 * completion by the order's status; the store's own words otherwise. No id is shown: it means
 * nothing to a person.
 */
function What({ entry, status, statements }: { entry: Entry; status: Status; statements: boolean }) {
  const line = entry.transaction;
  if (line) {
    const movement = `${line.transaction_type === 'DEBIT' ? 'Debit' : 'Credit'} of ${amount(line.amount, line.currency_code)}`;
    const date = day(entry.at);
    return (
      <>
        {MONEY_LEADS[entry.kind] ?? 'Money moved'}:{' '}
        {statements ? (
          <Link
            to="/statements"
            search={{ wallet_id: line.wallet_id, type: line.transaction_type, from: date, to: date, line: line.id }}
            className="text-blue-700 underline"
          >
            {movement}
          </Link>
        ) : (
          movement
        )}
      </>
    );
  }
  if (entry.event) return <>Event: {label('eventType', entry.event.type)}</>;
  if (entry.kind === 'completed') return <>Completed: {label('orderStatus', status)}</>;
  return <>{entry.summary}</>;
}

/** What happened to an order, in the order it happened: placed, paid, delivered, refunded, events, actions; never a code. */
export function OrderTimeline({ orderId, status }: { orderId: number; status: Status }) {
  const { session } = useRouteContext({ from: '/app' });
  const timeline = useQuery({
    queryKey: ['order', orderId, 'timeline'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/orders/{id}/timeline', { params: { path: { id: orderId } } })),
  });
  const { who } = usePeople();
  return (
    <section aria-labelledby="timeline" className="space-y-2">
      <h2 id="timeline" className="text-lg font-semibold">
        Timeline
      </h2>
      <QueryResult
        query={timeline}
        what="the timeline"
        isEmpty={(data) => data.entries.length === 0}
        empty={<Empty title="Nothing happened to this order yet" />}
      >
        {(data) => (
          <ol aria-label={`Timeline of order ${orderId}`} className="max-w-2xl space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {data.entries.map((entry, index) => (
              <li key={index} className="grid gap-x-2 sm:grid-cols-[11rem_1fr]">
                <span className="text-slate-500">{time(entry.at)}</span>
                <span>
                  <What entry={entry} status={status} statements={can(session, 'transactions.read')} />
                  {entry.actor && <span className="text-slate-500"> · {who(entry.actor)}</span>}
                </span>
              </li>
            ))}
          </ol>
        )}
      </QueryResult>
    </section>
  );
}
