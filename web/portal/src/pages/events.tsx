import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { FieldRow, SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { choices, label, time } from '../format.ts';
import { EVENT_TYPES } from '../../../../src/events/event-types.ts';

const PAGE = 25;

interface Filter {
  type: string;
  since: string;
  until: string;
}

/**
 * The events of the account, oldest first, filtered by type and date, a page at a time after a
 * cursor (the last event of the page before), each with its payload: the event's data, which
 * never holds a voucher code.
 */
export function EventsPage() {
  const [draft, setDraft] = useState<Filter>({ type: '', since: '', until: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const events = useQuery({
    queryKey: ['events', filter, after],
    queryFn: async () => {
      const query = { limit: PAGE, ...(filter.type ? { type: filter.type } : {}), ...(filter.since ? { since: filter.since } : {}) };
      const call = portalApi.GET('/portal/v1/events', {
        params: { query: { ...query, ...(filter.until ? { until: filter.until } : {}), ...(after ? { after } : {}) } },
      });
      const items = await unwrap(call);
      return { items, more: (await call).response.headers.get('x-has-more') === 'true' };
    },
  });
  function apply(event: FormEvent) {
    event.preventDefault();
    setCursors([]);
    setFilter(draft);
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Events</h1>
      <form onSubmit={apply} aria-label="Filter events" className="max-w-3xl">
        <FieldRow actions={<Button type="submit">Show events</Button>}>
          <SelectField
            label="Type"
            value={draft.type}
            onChange={(event) => setDraft({ ...draft, type: event.target.value })}
            options={[{ value: '', label: 'Any type' }, ...choices('eventType', EVENT_TYPES)]}
          />
          <TextField label="From (UTC)" type="date" value={draft.since} onChange={(event) => setDraft({ ...draft, since: event.target.value })} />
          <TextField label="Before (UTC)" type="date" value={draft.until} onChange={(event) => setDraft({ ...draft, until: event.target.value })} />
        </FieldRow>
      </form>
      <QueryResult
        query={events}
        what="events"
        isEmpty={(data) => data.items.length === 0}
        empty={<Empty title="No events">Events are kept 30 days.</Empty>}
      >
        {(data) => (
          <>
            <ul className="space-y-2" aria-label="Events">
              {data.items.map((event) => (
                <li key={event.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                  <details>
                    <summary className="cursor-pointer">
                      {time(event.created_at)} · <strong>{label('eventType', event.type)}</strong> <code className="text-xs">{event.type}</code> ·{' '}
                      <span className="inline-block max-w-full font-mono text-xs break-all">{event.id}</span>
                    </summary>
                    <pre aria-label={`Payload of ${event.id}`} className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                      {JSON.stringify(event.data, null, 2)}
                    </pre>
                  </details>
                </li>
              ))}
            </ul>
            <div className="flex gap-2">
              <Button variant="secondary" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
                Previous page
              </Button>
              <Button variant="secondary" disabled={!data.more} onClick={() => setCursors([...cursors, data.items.at(-1)!.id])}>
                Next page
              </Button>
            </div>
          </>
        )}
      </QueryResult>
    </>
  );
}
