import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SecretOnce } from '../../../shared/ui/secret-once.tsx';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { ClientWallets } from './client-wallets.tsx';
import { ClientAccess, ClientPricing, ClientTerms } from './client-settings.tsx';
import { ClientCredentials, ClientTopUp } from './client-credentials.tsx';

type Credentials = components['schemas']['ClientCredentials'];

/** One client: its profile, the actions on its access, its wallets, terms and pricing (one request: the client's summary). */
export function ClientPage() {
  const { clientId } = useParams({ from: '/app/clients/$clientId' });
  const id = Number(clientId);
  const queryClient = useQueryClient();
  const summary = useQuery({
    queryKey: ['client', id],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/clients/{id}/summary', { params: { path: { id } } })),
  });
  const [confirming, setConfirming] = useState<null | 'deactivate' | 'logout' | 'rotate'>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<Credentials | null>(null);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['client', id] }), queryClient.invalidateQueries({ queryKey: ['clients'] })]);

  const setActive = useMutation({
    mutationFn: (active: boolean) =>
      unwrap(adminApi.POST(active ? '/admin/v1/clients/{id}/activate' : '/admin/v1/clients/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: async (view) => {
      setConfirming(null);
      setNotice(view.active ? 'The client is active again.' : 'The client is deactivated: its tokens no longer work.');
      await refresh();
    },
  });
  const logout = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/clients/{id}/logout', { params: { path: { id } } })),
    onSuccess: () => {
      setConfirming(null);
      setNotice('Every token of the client is revoked; it must log in again.');
    },
  });
  const rotate = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/clients/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: (credentials) => {
      setConfirming(null);
      setSecret(credentials);
    },
  });

  if (summary.isPending) return <Loading what="the client" />;
  if (summary.isError) return <ErrorNotice error={summary.error} onRetry={() => summary.refetch()} />;
  const view = summary.data.client;
  return (
    <>
      <PageHeader title={view.name}>
        {view.active ? (
          <Button variant="danger" onClick={() => setConfirming('deactivate')}>
            Deactivate
          </Button>
        ) : (
          <Button onClick={() => setActive.mutate(true)} disabled={setActive.isPending}>
            Activate
          </Button>
        )}
        <Button variant="secondary" onClick={() => setConfirming('logout')}>
          Force logout
        </Button>
        <Button variant="secondary" onClick={() => setConfirming('rotate')}>
          Rotate secret
        </Button>
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="profile" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile" className="mb-3 font-semibold">
          Profile
        </h2>
        <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-2 gap-y-1 text-sm wrap-anywhere sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className="text-slate-500">ID</dt>
          <dd>{view.id}</dd>
          <dt className="text-slate-500">Username</dt>
          <dd>
            <code>{view.username}</code>
          </dd>
          <dt className="text-slate-500">State</dt>
          <dd>{view.active ? 'Active' : 'Deactivated'}</dd>
          <dt className="text-slate-500">Features</dt>
          <dd>{view.features.join(', ') || 'none'}</dd>
          <dt className="text-slate-500">IP allowlist</dt>
          <dd>{view.ip_allowlist.join(', ') || 'any address'}</dd>
          <dt className="text-slate-500">Created</dt>
          <dd>{time(view.created_at)}</dd>
        </dl>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link to="/orders" search={{ client_id: view.id }} className="text-blue-700 underline">
            Orders of this client
          </Link>
          <Link to="/audit" search={{ client_id: view.id }} className="text-blue-700 underline">
            Audit trail of this client
          </Link>
          <Link to="/webhooks" search={{ client_id: view.id }} className="text-blue-700 underline">
            Webhooks of this client
          </Link>
          <Link to="/clients/$clientId/users" params={{ clientId: String(view.id) }} className="text-blue-700 underline">
            Portal users of this client
          </Link>
        </p>
      </section>
      <ClientWallets clientId={view.id} clientName={view.name} wallets={summary.data.wallets} />
      <ClientAccess client={view} />
      <ClientCredentials clientId={view.id} credentials={summary.data.credentials} />
      <ClientTopUp clientId={view.id} current={summary.data.top_up} />
      <ClientTerms clientId={view.id} terms={summary.data.terms} rateLimits={summary.data.rate_limits} />
      <ClientPricing clientId={view.id} pricing={summary.data.pricing} />

      <ConfirmDialog
        open={confirming === 'deactivate'}
        onOpenChange={(open) => setConfirming(open ? 'deactivate' : null)}
        title="Deactivate this client?"
        description="Its tokens stop working at once and it cannot log in until it is activated again."
        confirmText="Deactivate"
        danger
        busy={setActive.isPending}
        onConfirm={() => setActive.mutate(false)}
      >
        {setActive.isError && <ErrorNotice error={setActive.error} />}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'logout'}
        onOpenChange={(open) => setConfirming(open ? 'logout' : null)}
        title="Log this client out everywhere?"
        description="Every access and refresh token of the client is revoked."
        confirmText="Force logout"
        busy={logout.isPending}
        onConfirm={() => logout.mutate()}
      >
        {logout.isError && <ErrorNotice error={logout.error} />}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'rotate'}
        onOpenChange={(open) => setConfirming(open ? 'rotate' : null)}
        title="Issue a new API secret?"
        description="A new secret for the client's first credential (its username): the current one stops working at once. Tokens already issued keep working: force a logout for that."
        confirmText="Rotate secret"
        danger
        busy={rotate.isPending}
        onConfirm={() => rotate.mutate()}
      >
        {rotate.isError && <ErrorNotice error={rotate.error} />}
      </ConfirmDialog>
      <Dialog open={secret !== null} onOpenChange={(open) => !open && setSecret(null)} title="New API secret">
        {secret && (
          <SecretOnce
            message="Copy it now: it is shown only this once."
            name="API secret"
            secret={secret.password}
            copyLabel="Copy API secret"
            doneLabel="Done"
            onDone={() => setSecret(null)}
          />
        )}
      </Dialog>
    </>
  );
}
