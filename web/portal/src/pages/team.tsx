import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { USERS_QUERY, readUsers } from '../people.ts';
import { can } from '../session.ts';

type User = components['schemas']['ClientUser'];
type Role = User['role'];
const ROLES: Role[] = ['owner', 'admin', 'developer', 'finance', 'viewer'];

/** The client's people: invite a colleague with a role, change a role, deactivate (owners and admins). */
export function TeamPage() {
  const { session } = useRouteContext({ from: '/app' });
  const manage = can(session, 'team.manage');
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: USERS_QUERY, queryFn: readUsers });
  const [invite, setInvite] = useState<{ email: string; role: Role }>({ email: '', role: 'viewer' });
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: USERS_QUERY });
  const send = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/users', { params: { header: csrfHeader() }, body: invite })),
    onSuccess: async (user) => {
      setNotice(`Invitation sent to ${user.email}.`);
      setInvite({ email: '', role: 'viewer' });
      await refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: number; body: { role?: Role; active?: boolean } }) =>
      unwrap(portalApi.PATCH('/portal/v1/users/{id}', { params: { path: { id }, header: csrfHeader() }, body })),
    onSuccess: refresh,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate();
  }

  const actions: ColumnDef<User, unknown> = {
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) =>
      row.original.id !== session.user.id ? (
        // The row shows the address: the button says it to screen readers only, so a long one is not cut off
        // (relative: the hidden text stays inside the table's scrolling box).
        <Button
          variant="secondary"
          className="relative"
          onClick={() => change.mutate({ id: row.original.id, body: { active: !row.original.active } })}
        >
          {row.original.active ? 'Deactivate' : 'Activate'}
          <span className="sr-only"> {row.original.email}</span>
        </Button>
      ) : null,
  };
  const columns: ColumnDef<User, unknown>[] = [
    { id: 'email', header: 'E-mail', accessorKey: 'email' },
    {
      id: 'role',
      header: 'Role',
      cell: ({ row }) =>
        manage && row.original.id !== session.user.id ? (
          <select
            aria-label={`Role of ${row.original.email}`}
            className="rounded-md border border-slate-300 px-2 py-1"
            value={row.original.role}
            onChange={(event) => change.mutate({ id: row.original.id, body: { role: event.target.value as Role } })}
          >
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        ) : (
          row.original.role
        ),
    },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    // Only for whoever may change something: a column of nothing says nothing.
    ...(manage ? [actions] : []),
  ];

  return (
    <>
      <h1 className="text-2xl font-semibold">Team</h1>
      {notice && <Notice>{notice}</Notice>}
      {change.isError && <ErrorNotice error={change.error} />}
      {users.isPending ? (
        <Loading what="your team" />
      ) : users.isError ? (
        <ErrorNotice error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <DataTable caption="Team" rows={users.data} columns={columns} exportName="team" exportRows={async () => users.data} />
      )}
      {manage && (
        <section aria-labelledby="invite" className="space-y-2">
          <h2 id="invite" className="text-lg font-semibold">
            Invite a colleague
          </h2>
          <form onSubmit={submit} className="flex max-w-2xl flex-wrap items-end gap-2" aria-label="Invite a colleague">
            {send.isError && (
              <div className="basis-full">
                <ErrorNotice error={send.error} />
              </div>
            )}
            <div className="w-full sm:w-72">
              <TextField
                label="Colleague's e-mail"
                type="email"
                required
                value={invite.email}
                onChange={(event) => setInvite({ ...invite, email: event.target.value })}
              />
            </div>
            <SelectField
              label="Role"
              value={invite.role}
              onChange={(event) => setInvite({ ...invite, role: event.target.value as Role })}
              options={ROLES.map((role) => ({ value: role, label: role }))}
            />
            <Button type="submit" disabled={send.isPending}>
              Send invitation
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
