import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { CopyButton } from '../../../shared/ui/copy-button.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';

type Client = components['schemas']['Client'];
type Credentials = components['schemas']['ClientCredentials'];

export const clientsSearch = (search: Record<string, unknown>): { q?: string } => (typeof search.q === 'string' && search.q ? { q: search.q } : {});

export const clientsQuery = { queryKey: ['clients'], queryFn: () => unwrap(adminApi.GET('/admin/v1/clients')) };

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

export function ClientsPage() {
  const { q = '' } = useSearch({ from: '/app/clients' });
  const navigate = useNavigate({ from: '/clients' });
  const clients = useQuery(clientsQuery);
  const [creating, setCreating] = useState(false);
  const needle = q.toLowerCase();
  const shown = (clients.data ?? []).filter(
    (client) => !needle || client.name.toLowerCase().includes(needle) || client.username.includes(needle) || String(client.id) === needle,
  );

  return (
    <>
      <PageHeader title="Clients">
        <Button onClick={() => setCreating(true)}>Create client</Button>
      </PageHeader>
      <div className="max-w-sm">
        <TextField
          label="Search clients"
          type="search"
          placeholder="Name, username or ID"
          value={q}
          onChange={(event) => navigate({ search: clientsSearch({ q: event.target.value }), replace: true })}
        />
      </div>
      {clients.isPending ? (
        <Loading what="clients" />
      ) : clients.isError ? (
        <ErrorNotice error={clients.error} onRetry={() => clients.refetch()} />
      ) : shown.length === 0 ? (
        <Empty title={q ? 'No client matches the search' : 'No clients yet'}>
          {!q && 'Create the first client to give a business its API credentials.'}
        </Empty>
      ) : (
        <DataTable
          caption="Clients"
          rows={shown}
          columns={columns}
          exportName="clients"
          exportRows={async () =>
            shown.map((client) => ({ ...client, features: client.features.join(' '), ip_allowlist: client.ip_allowlist.join(' ') }))
          }
        />
      )}
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
