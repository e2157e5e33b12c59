import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, QueryResult } from '../../../shared/ui/states.tsx';
import { CopyButton } from '../../../shared/ui/copy-button.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { allPages, flag, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';

type Client = components['schemas']['Client'];
type Credentials = components['schemas']['ClientCredentials'];

export interface ClientsSearch extends ListSearch {
  q?: string;
  state?: 'active' | 'deactivated';
}

const stateOf = (value: unknown) => (value === 'active' || value === 'deactivated' ? value : undefined);

export const clientsSearch = (search: Record<string, unknown>): ClientsSearch => ({
  ...listSearch(search),
  q: text(search.q),
  state: stateOf(search.state),
});

const PAGE_SIZE = 25;
const DEFAULT_SORT: Sorting = { field: 'id', direction: 'ASC' };
const queryOf = (search: ClientsSearch, sorting: Sorting) =>
  pageQuery({ search: search.q, active: flag(search.state === undefined ? undefined : search.state === 'active') }, sorting, search, PAGE_SIZE);

const columns: ColumnDef<Client, unknown>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <Link to="/clients/$clientId" params={{ clientId: String(row.original.id) }} className="font-medium text-blue-700 underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: 'id', header: 'ID', accessorKey: 'id' },
  { id: 'username', header: 'Username', cell: ({ row }) => <code>{row.original.username}</code> },
  { id: 'active', header: 'State', cell: ({ row }) => (row.original.active ? 'Active' : 'Deactivated') },
  { id: 'features', header: 'Features', cell: ({ row }) => row.original.features.join(', ') || '—' },
  { id: 'created_at', header: 'Created', cell: ({ row }) => time(row.original.created_at) },
];

/** Every client: searched, filtered, sorted and paged by the store, kept in the address; CSV of every match. */
export function ClientsPage() {
  const search = useSearch({ from: '/app/clients' });
  const navigate = useNavigate({ from: '/clients' });
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = queryOf(search, sorting);
  const clients = useQuery({
    queryKey: ['clients', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/clients', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const filter = (patch: Partial<ClientsSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const filtered = Boolean(search.q || search.state);

  return (
    <>
      <PageHeader title="Clients">
        <Button onClick={() => setCreating(true)}>Create client</Button>
      </PageHeader>
      <form className="grid max-w-2xl grid-cols-2 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter clients">
        <TextField
          label="Search clients"
          type="search"
          placeholder="Name, username or ID"
          value={search.q ?? ''}
          onChange={(event) => filter({ q: text(event.target.value) })}
        />
        <SelectField
          label="State"
          value={search.state ?? ''}
          options={[
            { value: '', label: 'Active and deactivated' },
            { value: 'active', label: 'Active' },
            { value: 'deactivated', label: 'Deactivated' },
          ]}
          onChange={(event) => filter({ state: stateOf(event.target.value) })}
        />
      </form>
      <QueryResult
        query={clients}
        what="clients"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Empty title={filtered ? 'No client matches the search' : 'No clients yet'}>
            {!filtered && 'Create the first client to give a business its API credentials.'}
          </Empty>
        }
      >
        {(data) => (
          <DataTable
            caption="Clients"
            rows={data.items}
            columns={columns}
            sortable={['name', 'id', 'username', 'created_at']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="clients"
            exportRows={async () =>
              (await allPages((page, limit) => adminApi.GET('/admin/v1/clients', { params: { query: { ...query, page, limit } } }))).map(
                (client) => ({
                  ...client,
                  features: (client.features as string[]).join(' '),
                  ip_allowlist: (client.ip_allowlist as string[]).join(' '),
                }),
              )
            }
          />
        )}
      </QueryResult>
      <CreateClientDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}

/** Creates a client; its API secret is shown once, here, with copy buttons. */
function CreateClientDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [vouchers, setVouchers] = useState(true);
  const [created, setCreated] = useState<Credentials | null>(null);
  const create = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/clients', { body: { name, features: vouchers ? ['vouchers'] : [] } })),
    onSuccess: (credentials) => {
      setCreated(credentials);
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });

  function close(next: boolean) {
    if (!next) {
      setCreated(null);
      setName('');
      create.reset();
    }
    onOpenChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <Dialog open={open} onOpenChange={close} title={created ? 'Client created' : 'Create a client'}>
      {created ? (
        <div className="space-y-3 text-sm">
          <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
            Copy the API secret now: it is shown only this once. Give the username and secret to the client over a safe channel.
          </p>
          <dl className="space-y-2">
            <div>
              <dt className="font-medium">Username</dt>
              <dd className="flex items-center gap-2">
                <code>{created.username}</code>
                <CopyButton value={created.username} label="Copy username" />
              </dd>
            </div>
            <div>
              <dt className="font-medium">API secret</dt>
              <dd className="flex items-center gap-2">
                <code className="break-all">{created.password}</code>
                <CopyButton value={created.password} label="Copy API secret" />
              </dd>
            </div>
          </dl>
          <div className="flex justify-end">
            <Button onClick={() => close(false)}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4">
          {create.isError && <ErrorNotice error={create.error} />}
          <TextField label="Client name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={vouchers} onChange={(event) => setVouchers(event.target.checked)} />
            May order vouchers (the vouchers feature)
          </label>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
