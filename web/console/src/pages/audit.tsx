import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { adminApi, unwrapPage } from '../../../shared/api.ts';
import { actionWords, partyWords } from '../../../shared/audit-words.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { actorWords } from '../people.ts';
import { allPages, integer, listSearch, sortingOf, text, type ListSearch } from '../search.ts';

type Entry = components['schemas']['AuditEntry'];

export interface AuditSearch extends ListSearch {
  actor?: string;
  action?: string;
  client_id?: number;
  start_date?: string;
  end_date?: string;
}

export const auditSearch = (search: Record<string, unknown>): AuditSearch => ({
  actor: text(search.actor),
  action: text(search.action),
  client_id: integer(search.client_id),
  start_date: text(search.start_date),
  end_date: text(search.end_date),
  ...listSearch(search),
});

const PAGE_SIZE = 50;
const NEWEST_FIRST: Sorting = { field: 'created_at', direction: 'DESC' };
const queryOf = ({ page, sort_by, sort_dir, ...filters }: AuditSearch) => {
  const sorting = sortingOf({ sort_by, sort_dir }, NEWEST_FIRST);
  return {
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    sort_by: sorting.field,
    sort_dir: sorting.direction,
    page: page ?? 1,
    limit: PAGE_SIZE,
  };
};

/** In words, and under them the code the filters take, quieter. */
const Coded = ({ words, code }: { words: string; code: string }) => (
  <>
    {words}
    {words !== code && <span className="block font-mono text-xs text-slate-500">{code}</span>}
  </>
);

const columns: ColumnDef<Entry, unknown>[] = [
  { id: 'created_at', header: 'Time', cell: ({ row }) => time(row.original.created_at) },
  {
    id: 'actor',
    header: 'Actor',
    cell: ({ row }) => <Coded words={row.original.actor_email ?? actorWords(row.original.actor)} code={row.original.actor} />,
  },
  { id: 'action', header: 'Action', cell: ({ row }) => <Coded words={actionWords(row.original.action)} code={row.original.action} /> },
  { id: 'target', header: 'Target', cell: ({ row }) => (row.original.target === null ? '—' : partyWords(row.original.target)) },
  { id: 'client_id', header: 'Client', cell: ({ row }) => row.original.client_id ?? '—' },
];

/** Who did what, newest first (or oldest first); filters and sort kept in the address; CSV of every matching entry. */
export function AuditPage() {
  const search = useSearch({ from: '/app/audit' });
  const navigate = useNavigate({ from: '/audit' });
  const entries = useQuery({
    queryKey: ['audit', search],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/audit', { params: { query: queryOf(search) } })),
    placeholderData: keepPreviousData,
  });
  const filter = (patch: Partial<AuditSearch>) => navigate({ search: { ...search, ...patch, page: undefined } });

  return (
    <>
      <PageHeader title="Audit log" />
      <form className="grid grid-cols-2 gap-3 md:grid-cols-5" onSubmit={(event) => event.preventDefault()} aria-label="Filter the audit log">
        <TextField
          label="Actor"
          hint="e.g. operator:alice or client_user:3"
          defaultValue={search.actor ?? ''}
          onBlur={(event) => filter({ actor: text(event.target.value) })}
        />
        <TextField
          label="Action"
          hint="e.g. wallet.credit or client.*"
          defaultValue={search.action ?? ''}
          onBlur={(event) => filter({ action: text(event.target.value) })}
        />
        <TextField
          label="Client ID"
          inputMode="numeric"
          defaultValue={search.client_id ?? ''}
          onBlur={(event) => filter({ client_id: integer(event.target.value) })}
        />
        <TextField label="From" type="date" value={search.start_date ?? ''} onChange={(event) => filter({ start_date: text(event.target.value) })} />
        <TextField label="Until" type="date" value={search.end_date ?? ''} onChange={(event) => filter({ end_date: text(event.target.value) })} />
      </form>
      <QueryResult
        query={entries}
        what="the audit log"
        isEmpty={(data) => data.items.length === 0}
        empty={<Empty title="No audit entry matches these filters" />}
      >
        {(data) => (
          <DataTable
            caption="Audit log"
            rows={data.items}
            columns={columns}
            sortable={['created_at']}
            sorting={sortingOf(search, NEWEST_FIRST)}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="audit-log"
            exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/audit', { params: { query: { ...queryOf(search), page, limit } } }))}
          />
        )}
      </QueryResult>
    </>
  );
}
