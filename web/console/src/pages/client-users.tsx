import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { Empty, ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { time } from '../format.ts';

type ClientUser = components['schemas']['ClientUser'];

/**
 * A client's people in the client portal: their role, state and second factor, and the reset of
 * the second factor of one who lost their authenticator and recovery codes (behind a confirmation;
 * their sessions end).
 */
export function ClientPortalUsers({ clientId }: { clientId: number }) {
  const queryClient = useQueryClient();
  const users = useQuery({
    queryKey: ['client-users', clientId],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/clients/{id}/users', { params: { path: { id: clientId } } })),
  });
  const [resetting, setResetting] = useState<ClientUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: (user: ClientUser) =>
      unwrap(adminApi.POST('/admin/v1/clients/{id}/users/{userId}/totp-reset', { params: { path: { id: clientId, userId: user.id } } })),
    onSuccess: async (user) => {
      setResetting(null);
      setNotice(`${user.email}: two-factor authentication is off and their sessions ended; the password alone signs in until they enrol again.`);
      await queryClient.invalidateQueries({ queryKey: ['client-users', clientId] });
    },
  });

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
      cell: ({ row }) =>
        row.original.totp_enabled ? (
          <Button variant="secondary" onClick={() => setResetting(row.original)}>
            Reset two-factor of {row.original.email}
          </Button>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="portal-users" className="space-y-3">
      <h2 id="portal-users" className="text-lg font-semibold">
        Portal users
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {users.isPending ? (
        <Loading what="portal users" />
      ) : users.isError ? (
        <ErrorNotice error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.length === 0 ? (
        <Empty title="No portal users">Invite the client's first owner with popup-store clients users invite.</Empty>
      ) : (
        <DataTable caption="Portal users" rows={users.data} columns={columns} />
      )}
      <ConfirmDialog
        open={resetting !== null}
        onOpenChange={(open) => !open && setResetting(null)}
        title={`Reset the two-factor authentication of ${resetting?.email ?? ''}?`}
        description="For a person who lost their authenticator and recovery codes: their sessions end and the password alone signs them in until they enrol again. Make sure the request really comes from them."
        confirmText="Reset two-factor"
        danger
        busy={reset.isPending}
        onConfirm={() => resetting && reset.mutate(resetting)}
      >
        {reset.isError && <ErrorNotice error={reset.error} />}
      </ConfirmDialog>
    </section>
  );
}
