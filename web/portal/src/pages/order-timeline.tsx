import { useQuery } from '@tanstack/react-query';
import { portalApi, unwrap } from '../../../shared/api.ts';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { time } from '../format.ts';
import { usePeople } from '../people.ts';

/** What happened to an order, in the order it happened: placed, paid, delivered, refunded, events, actions; never a code. */
export function OrderTimeline({ orderId }: { orderId: number }) {
  const timeline = useQuery({
    queryKey: ['order', orderId, 'timeline'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/orders/{id}/timeline', { params: { path: { id: orderId } } })),
  });
  const who = usePeople();
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
                  {entry.summary}
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
