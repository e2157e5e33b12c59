import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { TextAreaField, TextField } from '../../../shared/ui/field.tsx';
import { RevokeCredentialDialog } from '../../../shared/ui/revoke-credential.tsx';
import { SecretOnce } from '../../../shared/ui/secret-once.tsx';
import { Empty, ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { time } from '../format.ts';

type Credential = components['schemas']['ApiCredential'];
type Issued = components['schemas']['IssuedApiCredential'];
type TopUpText = components['schemas']['ClientTopUpText'];

/** The client's page reads everything in its summary: a change refreshes that. */
function useRefreshClient(clientId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['client', clientId] });
}

/** A client's API credentials (from its summary): several at once, each secret shown once at creation, revocable with their tokens. */
export function ClientCredentials({ clientId, credentials }: { clientId: number; credentials: Credential[] }) {
  const path = { params: { path: { id: clientId } } };
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<Issued | null>(null);
  const [revoking, setRevoking] = useState<Credential | null>(null);
  const refresh = useRefreshClient(clientId);
  const create = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/clients/{id}/credentials', { ...path, body: { name } })),
    onSuccess: async (credential) => {
      setIssued(credential);
      setName('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (credentialId: number) =>
      unwrap(adminApi.POST('/admin/v1/clients/{id}/credentials/{credentialId}/revoke', { params: { path: { id: clientId, credentialId } } })),
    onSuccess: async () => {
      setRevoking(null);
      await refresh();
    },
  });
  const columns: ColumnDef<Credential, unknown>[] = [
    { id: 'name', header: 'Name', accessorKey: 'name' },
    { id: 'username', header: 'Username', cell: ({ row }) => <span className="font-mono">{row.original.username}</span> },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    {
      id: 'last_used_at',
      header: 'Last used',
      cell: ({ row }) => (row.original.last_used_at ? `${time(row.original.last_used_at)} from ${row.original.last_used_ip}` : 'never'),
    },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) =>
        row.original.status === 'active' && (
          <Button variant="secondary" onClick={() => setRevoking(row.original)}>
            Revoke {row.original.name}
          </Button>
        ),
    },
  ];
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <section aria-labelledby="section-api-credentials" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="section-api-credentials" className="font-semibold">
        API credentials
      </h2>
      {revoke.isError && <ErrorNotice error={revoke.error} />}
      {credentials.length === 0 ? (
        <Empty title="No API credentials" />
      ) : (
        <DataTable caption="API credentials of the client" rows={credentials} columns={columns} />
      )}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Create an API credential">
        {create.isError && <ErrorNotice error={create.error} />}
        <TextField label="Credential name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
        <Button type="submit" disabled={create.isPending}>
          Create credential
        </Button>
      </form>
      <RevokeCredentialDialog
        credential={revoking}
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={(credential) => revoke.mutate(credential.id)}
      />
      <Dialog open={issued !== null} onOpenChange={(open) => !open && setIssued(null)} title="New API credential">
        {issued && (
          <SecretOnce
            message="Copy the secret now: it is shown only this once."
            details={[{ name: 'Username', value: issued.username }]}
            name="Secret"
            secret={issued.secret}
            copyLabel="Copy secret"
            doneLabel="Done"
            onDone={() => setIssued(null)}
          />
        )}
      </Dialog>
    </section>
  );
}

/** How clients top up their wallets, shown on the portal's wallets page: the store's text and this client's own (from the summary). */
export function ClientTopUp({ clientId, current }: { clientId: number; current: TopUpText }) {
  const path = { params: { path: { id: clientId } } };
  const refresh = useRefreshClient(clientId);
  const [own, setOwn] = useState<string | null>(null);
  const [store, setStore] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async (which: 'client' | 'store') => {
      if (which === 'client') await unwrap(adminApi.PUT('/admin/v1/clients/{id}/top-up-instructions', { ...path, body: { text: own ?? '' } }));
      else await unwrap(adminApi.PUT('/admin/v1/settings/top-up-instructions', { body: { text: store ?? '' } }));
      return which;
    },
    onSuccess: async (which) => {
      setSaved(which === 'client' ? "The client's text was saved." : 'The store-wide text was saved.');
      setOwn(null);
      setStore(null);
      await refresh();
    },
  });
  return (
    <section aria-labelledby="section-top-up" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="section-top-up" className="font-semibold">
        Top-up text
      </h2>
      <p className="text-sm text-slate-600">
        Plain text shown on the portal&apos;s wallets page: how to top up. The client&apos;s own replaces the store&apos;s.
      </p>
      {saved && <Notice>{saved}</Notice>}
      {save.isError && <ErrorNotice error={save.error} />}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <TextAreaField
            label="For this client"
            hint="Empty: the store-wide text applies."
            rows={4}
            maxLength={2000}
            value={own ?? current.client_text ?? ''}
            onChange={(event) => setOwn(event.target.value)}
          />
          <Button variant="secondary" disabled={save.isPending} onClick={() => save.mutate('client')}>
            Save the client&apos;s text
          </Button>
        </div>
        <div className="space-y-2">
          <TextAreaField
            label="For every client"
            rows={4}
            maxLength={2000}
            value={store ?? current.store_text ?? ''}
            onChange={(event) => setStore(event.target.value)}
          />
          <Button variant="secondary" disabled={save.isPending} onClick={() => save.mutate('store')}>
            Save the store-wide text
          </Button>
        </div>
      </div>
    </section>
  );
}
