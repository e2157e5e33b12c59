import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { SecretOnce } from '../../../shared/ui/secret-once.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { allPages, flag, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';

type Operator = components['schemas']['Operator'];
type Credentials = components['schemas']['OperatorCredentials'];
type Action = 'deactivate' | 'activate' | 'rotate' | 'totp';

export interface OperatorsSearch extends ListSearch {
  q?: string;
  state?: 'active' | 'deactivated';
}

const stateOf = (value: unknown) => (value === 'active' || value === 'deactivated' ? value : undefined);

export const operatorsSearch = (search: Record<string, unknown>): OperatorsSearch => ({
  ...listSearch(search),
  q: text(search.q),
  state: stateOf(search.state),
});

const PAGE_SIZE = 50;
const DEFAULT_SORT: Sorting = { field: 'username', direction: 'ASC' };

const ACTIONS: Record<Action, { title: (name: string) => string; description: string; confirm: string; danger: boolean }> = {
  deactivate: {
    title: (name) => `Deactivate ${name}?`,
    description: 'Their tokens and console sessions end at once.',
    confirm: 'Deactivate',
    danger: true,
  },
  activate: { title: (name) => `Activate ${name}?`, description: 'They can sign in again.', confirm: 'Activate', danger: false },
  rotate: {
    title: (name) => `Issue a new password for ${name}?`,
    description: 'The old password stops working and their sessions end; the new one is shown once.',
    confirm: 'New password',
    danger: true,
  },
  totp: {
    title: (name) => `Reset the second factor of ${name}?`,
    description: 'For an operator who lost their authenticator: they sign in with the password alone until they enrol again.',
    confirm: 'Reset second factor',
    danger: true,
  },
};

/** Operator accounts: create (password shown once), deactivate or activate, new password, second-factor reset. */
export function OperatorsPage() {
  const { session } = useRouteContext({ from: '/app' });
  const search = useSearch({ from: '/app/operators' });
  const navigate = useNavigate({ from: '/operators' });
  const queryClient = useQueryClient();
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = pageQuery(
    { search: search.q, active: flag(search.state === undefined ? undefined : search.state === 'active') },
    sorting,
    search,
    PAGE_SIZE,
  );
  const operators = useQuery({
    queryKey: ['operators', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/operators', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const filter = (patch: Partial<OperatorsSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const [acting, setActing] = useState<{ operator: Operator; action: Action } | null>(null);
  const [password, setPassword] = useState<Credentials | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: async ({ operator, action }: { operator: Operator; action: Action }) => {
      const path = { params: { path: { id: operator.id } } };
      if (action === 'rotate') return { credentials: await unwrap(adminApi.POST('/admin/v1/operators/{id}/rotate-password', path)) };
      if (action === 'totp') await unwrap(adminApi.POST('/admin/v1/operators/{id}/totp-reset', path));
      else await unwrap(adminApi.POST(action === 'activate' ? '/admin/v1/operators/{id}/activate' : '/admin/v1/operators/{id}/deactivate', path));
      return { credentials: null };
    },
    onSuccess: async ({ credentials }, { operator, action }) => {
      setActing(null);
      if (credentials) setPassword(credentials);
      else setNotice(`${operator.username}: ${ACTIONS[action].confirm.toLowerCase()} done.`);
      await queryClient.invalidateQueries({ queryKey: ['operators'] });
    },
  });

  const columns: ColumnDef<Operator, unknown>[] = [
    { id: 'username', header: 'Username', accessorKey: 'username' },
    { id: 'active', header: 'State', cell: ({ row }) => (row.original.active ? 'Active' : 'Deactivated') },
    { id: 'created_at', header: 'Created', cell: ({ row }) => time(row.original.created_at) },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => {
        const operator = row.original;
        if (operator.id === session.operator.id) return <span className="text-slate-500">You</span>;
        const button = (action: Action, text: string) => (
          <Button variant="secondary" onClick={() => setActing({ operator, action })}>
            {text}
          </Button>
        );
        return (
          <div className="flex gap-2">
            {operator.active ? button('deactivate', `Deactivate ${operator.username}`) : button('activate', `Activate ${operator.username}`)}
            {button('rotate', `New password for ${operator.username}`)}
            {button('totp', `Reset second factor of ${operator.username}`)}
          </div>
        );
      },
    },
  ];

  const current = acting ? ACTIONS[acting.action] : null;
  return (
    <>
      <PageHeader title="Operators">
        <Button onClick={() => setCreating(true)}>Create operator</Button>
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <form className="grid max-w-2xl grid-cols-2 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter operators">
        <TextField
          label="Search operators"
          type="search"
          placeholder="Username or ID"
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
        query={operators}
        what="operators"
        isEmpty={(data) => data.items.length === 0}
        empty={<Empty title={search.q || search.state ? 'No operator matches the search' : 'No operator accounts'} />}
      >
        {(data) => (
          <DataTable
            caption="Operators"
            rows={data.items}
            columns={columns}
            sortable={['username', 'created_at']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="operators"
            exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/operators', { params: { query: { ...query, page, limit } } }))}
          />
        )}
      </QueryResult>
      <ConfirmDialog
        open={acting !== null}
        onOpenChange={(open) => !open && setActing(null)}
        title={current && acting ? current.title(acting.operator.username) : ''}
        description={current?.description}
        confirmText={current?.confirm ?? ''}
        danger={current?.danger}
        busy={act.isPending}
        onConfirm={() => acting && act.mutate(acting)}
      >
        {act.isError && <ErrorNotice error={act.error} />}
      </ConfirmDialog>
      <CreateOperatorDialog open={creating} onOpenChange={setCreating} onCreated={setPassword} />
      <Dialog open={password !== null} onOpenChange={(open) => !open && setPassword(null)} title={`Password of ${password?.username ?? ''}`}>
        {password && (
          <SecretOnce
            message="Copy it now: it is shown only this once."
            name="Password"
            secret={password.password}
            copyLabel="Copy password"
            doneLabel="Done"
            onDone={() => setPassword(null)}
          />
        )}
      </Dialog>
    </>
  );
}

function CreateOperatorDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (credentials: Credentials) => void;
}) {
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/operators', { body: { username } })),
    onSuccess: async (credentials) => {
      onOpenChange(false);
      setUsername('');
      onCreated(credentials);
      await queryClient.invalidateQueries({ queryKey: ['operators'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Create an operator">
      <form onSubmit={submit} className="space-y-3">
        {create.isError && <ErrorNotice error={create.error} />}
        <TextField
          label="Username"
          hint='Lower-case letters, digits, ".", "_" or "-"'
          required
          maxLength={64}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            Create
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
