import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { FieldRow, SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { USERS_QUERY, readUsers } from '../people.ts';
import { assignableRoles, describeRole, describeRoleChange, ROLES, type Role } from '../roles.ts';
import { can } from '../session.ts';

type User = components['schemas']['ClientUser'];

/** A change of a colleague, asked for and waiting for its confirmation. */
type Change = { user: User; role: Role } | { user: User; active: boolean };

/** What the confirmation of a change says, and what the page says once it is done. */
function confirmationOf(change: Change) {
  const { email } = change.user;
  if ('role' in change) {
    return {
      title: `Change the role of ${email} from ${change.user.role} to ${change.role}?`,
      description: describeRoleChange(change.user.role, change.role),
      confirm: 'Change role',
      danger: false,
      done: `${email} is now ${change.role}.`,
    };
  }
  return change.active
    ? {
        title: `Activate ${email}?`,
        description: 'They can sign in to the portal again.',
        confirm: 'Activate',
        danger: false,
        done: `${email} is activated.`,
      }
    : {
        title: `Deactivate ${email}?`,
        description: 'They cannot sign in to the portal, and their sessions end at once.',
        confirm: 'Deactivate',
        danger: true,
        done: `${email} is deactivated: their sessions ended.`,
      };
}

/** What each role can and cannot do, as the store checks it. */
function RoleGuide() {
  return (
    <dl className="grid max-w-3xl gap-x-3 gap-y-2 text-sm sm:grid-cols-[6rem_1fr]">
      {ROLES.map((role) => (
        <div key={role} className="contents">
          <dt className="font-medium capitalize">{role}</dt>
          <dd className="text-slate-700">{describeRole(role)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The client's people: invite a colleague with a role; change a role, deactivate or activate
 * (owners and admins; an admin neither reaches an owner nor makes one), each after a
 * confirmation that names the person and, for a role, what it gains and loses. What each role
 * can do is written out beside the invitation.
 */
export function TeamPage() {
  const { session } = useRouteContext({ from: '/app' });
  const manage = can(session, 'team.manage');
  const actor: Role = session.user.role;
  /** Whether the signed-in person may change this colleague: not themselves, and an owner only if they are one. */
  const reaches = (user: User) => manage && user.id !== session.user.id && assignableRoles(actor, user.role).length > 0;
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
  const [asked, setAsked] = useState<Change | null>(null);
  const change = useMutation({
    mutationFn: (confirmed: Change) =>
      unwrap(
        portalApi.PATCH('/portal/v1/users/{id}', {
          params: { path: { id: confirmed.user.id }, header: csrfHeader() },
          body: 'role' in confirmed ? { role: confirmed.role } : { active: confirmed.active },
        }),
      ),
    // The dialog closes and the notice shows once the table reads the change back.
    onSuccess: async (_user, done) => {
      await refresh();
      setAsked(null);
      setNotice(confirmationOf(done).done);
    },
  });
  const ask = (next: Change) => {
    change.reset();
    setAsked(next);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate();
  }

  const actions: ColumnDef<User, unknown> = {
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) =>
      reaches(row.original) ? (
        // The row shows the address: the button says it to screen readers only, so a long one is not cut off
        // (relative: the hidden text stays inside the table's scrolling box).
        <Button variant="secondary" className="relative" onClick={() => ask({ user: row.original, active: !row.original.active })}>
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
        reaches(row.original) ? (
          <select
            aria-label={`Role of ${row.original.email}`}
            className="rounded-md border border-slate-300 px-2 py-1"
            value={row.original.role}
            // The select keeps showing the stored role until the change is confirmed and read back.
            onChange={(event) => ask({ user: row.original, role: event.target.value as Role })}
          >
            {assignableRoles(actor, row.original.role).map((role) => (
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

  const confirmation = asked ? confirmationOf(asked) : null;
  return (
    <>
      <h1 className="text-2xl font-semibold">Team</h1>
      {notice && <Notice>{notice}</Notice>}
      <QueryResult query={users} what="your team">
        {(data) => <DataTable caption="Team" rows={data} columns={columns} exportName="team" exportRows={async () => data} />}
      </QueryResult>
      <ConfirmDialog
        open={asked !== null}
        onOpenChange={(open) => !open && setAsked(null)}
        title={confirmation?.title ?? ''}
        description={confirmation?.description}
        confirmText={confirmation?.confirm ?? ''}
        danger={confirmation?.danger}
        busy={change.isPending}
        onConfirm={() => asked && change.mutate(asked)}
      >
        {change.isError && <ErrorNotice error={change.error} />}
      </ConfirmDialog>
      {manage && (
        <section aria-labelledby="invite" className="space-y-2">
          <h2 id="invite" className="text-lg font-semibold">
            Invite a colleague
          </h2>
          <form onSubmit={submit} className="max-w-2xl space-y-2" aria-label="Invite a colleague">
            {send.isError && <ErrorNotice error={send.error} />}
            <FieldRow
              actions={
                <Button type="submit" disabled={send.isPending}>
                  Send invitation
                </Button>
              }
            >
              <TextField
                label="Colleague's e-mail"
                type="email"
                required
                value={invite.email}
                onChange={(event) => setInvite({ ...invite, email: event.target.value })}
              />
              <SelectField
                label="Role"
                value={invite.role}
                onChange={(event) => setInvite({ ...invite, role: event.target.value as Role })}
                options={assignableRoles(actor, null).map((role) => ({ value: role, label: role }))}
              />
            </FieldRow>
          </form>
          <h3 className="pt-2 font-medium">What each role can do</h3>
          <RoleGuide />
        </section>
      )}
      {!manage && (
        <section aria-labelledby="roles" className="space-y-2">
          <h2 id="roles" className="text-lg font-semibold">
            What each role can do
          </h2>
          <RoleGuide />
        </section>
      )}
    </>
  );
}
