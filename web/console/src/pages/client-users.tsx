import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { clientUsersQuery } from '../people.ts';
import { useNamedClient } from './client-field.tsx';

type ClientUser = components['schemas']['ClientUser'];
type Role = ClientUser['role'];
type Action = 'totp' | 'deactivate' | 'activate';

const ROLES: Role[] = ['owner', 'admin', 'developer', 'finance', 'viewer'];

const ACTIONS: Record<Action, { button: string; title: string; description: string; confirm: string; done: string; danger: boolean }> = {
  totp: {
    button: 'Reset two-factor of',
    title: 'Reset the two-factor authentication of',
    description:
      'For a person who lost their authenticator and recovery codes: their sessions end and the password alone signs them in until they enrol again. Make sure the request really comes from them.',
    confirm: 'Reset two-factor',
    done: 'two-factor authentication is off and their sessions ended; the password alone signs in until they enrol again.',
    danger: true,
  },
  deactivate: {
    button: 'Deactivate',
    title: 'Deactivate',
    description: 'They cannot sign in to the portal, and their sessions end at once.',
    confirm: 'Deactivate',
    done: 'deactivated; their sessions ended.',
    danger: true,
  },
  activate: {
    button: 'Activate',
    title: 'Activate',
    description: 'They can sign in to the portal again.',
    confirm: 'Activate',
    done: 'active again.',
    danger: false,
  },
};

/** The page of a client's portal users, linked from the client's page (which reads its summary only). */
export function ClientUsersPage() {
  const { clientId } = useParams({ from: '/app/clients/$clientId/users' });
  const id = Number(clientId);
  const client = useNamedClient(id);
  return (
    <>
      <PageHeader title={client.data ? `Portal users of ${client.data.name}` : 'Portal users'}>
        <Link to="/clients/$clientId" params={{ clientId }} className="text-blue-700 underline">
          Back to the client
        </Link>
      </PageHeader>
      <ClientPortalUsers clientId={id} />
    </>
  );
}

/**
 * A client's people in the client portal: their role, state and second factor; an invitation (the
 * link is e-mailed, never shown); deactivation and activation; and the reset of the second factor
 * of one who lost their authenticator and recovery codes (their sessions end). Each behind a
 * confirmation but the invitation, and audited as this operator.
 */
export function ClientPortalUsers({ clientId }: { clientId: number }) {
  const queryClient = useQueryClient();
  const users = useQuery(clientUsersQuery(clientId));
  const [acting, setActing] = useState<{ user: ClientUser; action: Action } | null>(null);
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientUsersQuery(clientId).queryKey });
  const act = useMutation({
    mutationFn: ({ user, action }: { user: ClientUser; action: Action }) => {
      const params = { params: { path: { id: clientId, userId: user.id } } };
      if (action === 'totp') return unwrap(adminApi.POST('/admin/v1/clients/{id}/users/{userId}/totp-reset', params));
      if (action === 'activate') return unwrap(adminApi.POST('/admin/v1/clients/{id}/users/{userId}/activate', params));
      return unwrap(adminApi.POST('/admin/v1/clients/{id}/users/{userId}/deactivate', params));
    },
    onSuccess: async (user, { action }) => {
      setActing(null);
      setNotice(`${user.email}: ${ACTIONS[action].done}`);
      await refresh();
    },
  });

  const button = (user: ClientUser, action: Action) => (
    <Button variant="secondary" onClick={() => setActing({ user, action })}>
      {ACTIONS[action].button} {user.email}
    </Button>
  );
  const columns: ColumnDef<ClientUser, unknown>[] = [
    { id: 'email', header: 'E-mail', accessorKey: 'email' },
    { id: 'role', header: 'Role', accessorKey: 'role' },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    { id: 'totp', header: 'Two-factor', cell: ({ row }) => (row.original.totp_enabled ? 'On' : 'Off') },
    { id: 'invited_by', header: 'Invited by', accessorKey: 'invited_by' },
    { id: 'created_at', header: 'Created', cell: ({ row }) => time(row.original.created_at) },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <div className="flex flex-wrap gap-2">
          {row.original.active ? button(row.original, 'deactivate') : button(row.original, 'activate')}
          {row.original.totp_enabled && button(row.original, 'totp')}
        </div>
      ),
    },
  ];

  const current = acting ? ACTIONS[acting.action] : null;
  return (
    <section aria-labelledby="portal-users" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="portal-users" className="text-lg font-semibold">
          Portal users
        </h2>
        <Button variant="secondary" onClick={() => setInviting(true)}>
          Invite a portal user
        </Button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <QueryResult
        query={users}
        what="portal users"
        isEmpty={(data) => data.length === 0}
        empty={<Empty title="No portal users">Invite the client's first owner: they choose their password from the e-mailed link.</Empty>}
      >
        {(data) => <DataTable caption="Portal users" rows={data} columns={columns} />}
      </QueryResult>
      <ConfirmDialog
        open={acting !== null}
        onOpenChange={(open) => !open && setActing(null)}
        title={current && acting ? `${current.title} ${acting.user.email}?` : ''}
        description={current?.description}
        confirmText={current?.confirm ?? ''}
        danger={current?.danger}
        busy={act.isPending}
        onConfirm={() => acting && act.mutate(acting)}
      >
        {act.isError && <ErrorNotice error={act.error} />}
      </ConfirmDialog>
      <InviteDialog
        clientId={clientId}
        open={inviting}
        onOpenChange={setInviting}
        onInvited={async (user) => {
          setInviting(false);
          setNotice(`${user.email} is invited as ${user.role}: the link is e-mailed and works until ${time(user.invitation_expires_at)}.`);
          await refresh();
        }}
      />
    </section>
  );
}

function InviteDialog({
  clientId,
  open,
  onOpenChange,
  onInvited,
}: {
  clientId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onInvited: (user: ClientUser) => void;
}) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('owner');
  const invite = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/clients/{id}/users', { params: { path: { id: clientId } }, body: { email, role } })),
    onSuccess: (user) => {
      setEmail('');
      onInvited(user);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate();
  }
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Invite a portal user"
      description="They get an e-mail with a link to choose their password; the link is never shown here."
    >
      <form onSubmit={submit} className="space-y-3">
        {invite.isError && <ErrorNotice error={invite.error} />}
        <TextField label="E-mail address" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        <SelectField
          label="Role"
          value={role}
          options={ROLES.map((value) => ({ value, label: value }))}
          onChange={(event) => setRole(ROLES.find((value) => value === event.target.value) ?? 'viewer')}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={invite.isPending}>
            Send invitation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
