import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { portalApi, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { AuditDetails } from '../audit-details.tsx';
import { label, time } from '../format.ts';
import { usePeople } from '../people.ts';

type Entry = components['schemas']['AuditEntry'];

export interface ActivitySearch {
  page?: number;
}

export const activitySearch = (search: Record<string, unknown>): ActivitySearch => ({
  page: typeof search.page === 'number' && search.page > 0 ? search.page : undefined,
});

/** A long text wraps rather than push the details out of sight: an e-mail address anywhere (`address`), words between words. */
const Wrapped = ({ text, address = false }: { text: string; address?: boolean }) => (
  <span className={`block min-w-40 whitespace-normal ${address ? 'break-all' : ''}`}>{text}</span>
);

const activityColumns = ({ who, what }: ReturnType<typeof usePeople>): ColumnDef<Entry, unknown>[] => [
  { id: 'created_at', header: 'Time', cell: ({ row }) => time(row.original.created_at) },
  { id: 'actor', header: 'Who', cell: ({ row }) => <Wrapped address text={who(row.original.actor)} /> },
  { id: 'action', header: 'What', cell: ({ row }) => <Wrapped text={label('auditAction', row.original.action)} /> },
  { id: 'target', header: 'On', cell: ({ row }) => (row.original.target === null ? '—' : <Wrapped address text={what(row.original.target)} />) },
  { id: 'details', header: 'Details', cell: ({ row }) => <AuditDetails details={row.original.details} /> },
];

/** What the account's people (and the store's operators, on them) did in the portal, newest first: the owners' and admins' audit trail. */
export function ActivityPage() {
  const search = useSearch({ from: '/app/activity' });
  const navigate = useNavigate({ from: '/activity' });
  const entries = useQuery({
    queryKey: ['activity', search],
    queryFn: () => unwrapPage(portalApi.GET('/portal/v1/audit', { params: { query: { page: search.page ?? 1, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });
  const columns = activityColumns(usePeople());
  return (
    <>
      <h1 className="text-2xl font-semibold">Activity</h1>
      <p className="text-sm text-slate-600">
        Every sign-in, change of the team, password and two-factor change, code reveal and order in the portal, by whom and when. The store's
        operators see the same entries.
      </p>
      <QueryResult query={entries} what="the activity" isEmpty={(data) => data.items.length === 0} empty={<Empty title="No activity yet" />}>
        {(data) => (
          <DataTable
            caption="Activity"
            rows={data.items}
            columns={columns}
            page={{ ...data.page, onPage: (page) => navigate({ search: { page } }) }}
          />
        )}
      </QueryResult>
    </>
  );
}
