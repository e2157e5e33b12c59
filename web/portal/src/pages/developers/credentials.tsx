import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../../shared/api.ts';
import type { components } from '../../../../shared/generated/portal-api.ts';
import { Button } from '../../../../shared/ui/button.tsx';
import { DataTable } from '../../../../shared/ui/data-table.tsx';
import { FieldRow, TextField } from '../../../../shared/ui/field.tsx';
import { RevokeCredentialDialog } from '../../../../shared/ui/revoke-credential.tsx';
import { SecretOnce } from '../../../../shared/ui/secret-once.tsx';
import { Empty, ErrorNotice, QueryResult } from '../../../../shared/ui/states.tsx';
import { time } from '../../format.ts';
import { ALLOWLIST_QUERY } from './allowlist.tsx';

type Credential = components['schemas']['ApiCredential'];
type Issued = components['schemas']['IssuedApiCredential'];

const CREDENTIALS_QUERY = ['credentials'] as const;

/** The client's API credentials: several at once (to rotate without downtime), each secret shown once, revocable. */
export function CredentialsSection({ manage }: { manage: boolean }) {
  const queryClient = useQueryClient();
  const credentials = useQuery({ queryKey: CREDENTIALS_QUERY, queryFn: () => unwrap(portalApi.GET('/portal/v1/credentials')) });
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<Issued | null>(null);
  const [revoking, setRevoking] = useState<Credential | null>(null);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: CREDENTIALS_QUERY }), queryClient.invalidateQueries({ queryKey: ALLOWLIST_QUERY })]);
  const create = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/credentials', { params: { header: csrfHeader() }, body: { name } })),
    onSuccess: async (credential) => {
      setIssued(credential);
      setName('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => unwrap(portalApi.POST('/portal/v1/credentials/{id}/revoke', { params: { path: { id }, header: csrfHeader() } })),
    onSuccess: async () => {
      setRevoking(null);
      await refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  const actions: ColumnDef<Credential, unknown> = {
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) =>
      row.original.status === 'active' ? (
        // The name is in the row: said to screen readers only (relative: kept inside the table's scrolling box).
        <Button variant="secondary" className="relative" onClick={() => setRevoking(row.original)}>
          Revoke<span className="sr-only"> {row.original.name}</span>
        </Button>
      ) : null,
  };
  const columns: ColumnDef<Credential, unknown>[] = [
    { id: 'name', header: 'Name', accessorKey: 'name' },
    { id: 'username', header: 'Username', cell: ({ row }) => <span className="font-mono">{row.original.username}</span> },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    { id: 'created_at', header: 'Created', cell: ({ row }) => time(row.original.created_at) },
    {
      id: 'last_used',
      header: 'Last used',
      // Two lines, so the table fits beside the navigation without scrolling.
      cell: ({ row }) =>
        row.original.last_used_at ? (
          <>
            <span className="block">{time(row.original.last_used_at)}</span>
            <span className="block text-slate-600"> from {row.original.last_used_ip}</span>
          </>
        ) : (
          'never'
        ),
    },
    // Only for whoever may change something: a column of nothing says nothing.
    ...(manage ? [actions] : []),
  ];

  return (
    <section aria-labelledby="credentials" className="space-y-3">
      <h2 id="credentials" className="text-lg font-semibold">
        API credentials
      </h2>
      <p className="text-sm text-slate-600">
        Your servers log in to the API (<code>POST /auth/login</code>) with a username and secret. Keep two active to rotate without downtime: create
        the new one, deploy it, then revoke the old one. Revoking a credential ends its tokens at once.
      </p>
      {issued && (
        <SecretOnce
          title="New credential"
          message={`Credential “${issued.name}” created. Copy its secret now: it is not shown again.`}
          details={[{ name: 'Username', value: issued.username }]}
          name="Secret"
          secret={issued.secret}
          copyLabel="Copy secret"
          doneLabel="I have saved the secret"
          onDone={() => setIssued(null)}
        />
      )}
      {revoke.isError && <ErrorNotice error={revoke.error} />}
      <QueryResult query={credentials} what="API credentials" isEmpty={(data) => data.length === 0} empty={<Empty title="No API credentials yet" />}>
        {(data) => <DataTable caption="API credentials" rows={data} columns={columns} />}
      </QueryResult>
      {manage && (
        <form onSubmit={submit} className="max-w-lg space-y-2" aria-label="Create an API credential">
          {create.isError && <ErrorNotice error={create.error} />}
          <FieldRow
            actions={
              <Button type="submit" disabled={create.isPending}>
                Create credential
              </Button>
            }
          >
            <TextField
              label="Credential name"
              hint="What it is for, e.g. production 2026"
              required
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </FieldRow>
        </form>
      )}
      <RevokeCredentialDialog
        credential={revoking}
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={(credential) => revoke.mutate(credential.id)}
      />
    </section>
  );
}
