import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button, ShowUnderTableButton } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextAreaField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { allPages, integer, listSearch, pageQuery, sortingOf, type ListSearch } from '../search.ts';
import { ClientField } from './client-field.tsx';
import { ClientLink } from './client-link.tsx';
import { useIdFilter } from './id-field.tsx';

type Webhook = components['schemas']['AdminWebhook'];
type Attempt = components['schemas']['WebhookAttempt'];

const STATES = [
  { value: '', label: 'Any state' },
  { value: 'healthy', label: 'Healthy' },
  { value: 'failing', label: 'Failing' },
  { value: 'disabled', label: 'Disabled by the store or an operator' },
] as const;
type State = Exclude<(typeof STATES)[number]['value'], ''>;
const stateOf = (value: unknown) => STATES.find((state) => state.value && state.value === value)?.value as State | undefined;

export interface WebhooksSearch extends ListSearch {
  client_id?: number;
  state?: State;
}

export const webhooksSearch = (search: Record<string, unknown>): WebhooksSearch => ({
  ...listSearch(search),
  client_id: integer(search.client_id),
  state: stateOf(search.state),
});

const PAGE_SIZE = 50;
const DEFAULT_SORT: Sorting = { field: 'id', direction: 'DESC' };

function state(webhook: Webhook): string {
  if (webhook.disabled_at) return `Disabled by ${webhook.disabled_by ?? 'the store'}`;
  if (!webhook.active) return 'Switched off by the client';
  if (webhook.failing_since) return `Failing since ${time(webhook.failing_since)}`;
  return 'Healthy';
}

const attemptColumns: ColumnDef<Attempt, unknown>[] = [
  { id: 'started_at', header: 'Started', cell: ({ row }) => time(row.original.started_at) },
  { id: 'event_type', header: 'Event', accessorKey: 'event_type' },
  { id: 'attempt', header: 'Attempt', accessorKey: 'attempt' },
  {
    id: 'result',
    header: 'Result',
    cell: ({ row }) => (row.original.success ? `Delivered (${row.original.status_code})` : (row.original.error ?? 'Failed')),
  },
  { id: 'duration_ms', header: 'Took', cell: ({ row }) => `${row.original.duration_ms} ms` },
];

/** Every client's webhook endpoints: their state and attempts; disable with a reason the client sees, enable again. */
export function WebhooksPage() {
  const search = useSearch({ from: '/app/webhooks' });
  const navigate = useNavigate({ from: '/webhooks' });
  const queryClient = useQueryClient();
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = pageQuery({ client_id: search.client_id, state: search.state }, sorting, search, PAGE_SIZE);
  const webhooks = useQuery({
    queryKey: ['webhooks', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/webhooks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const filter = (patch: Partial<WebhooksSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  // The client is chosen by name; the address keeps its ID.
  const [client, setClient] = useIdFilter(search.client_id, (client_id) => filter({ client_id }));
  const [selected, setSelected] = useState<number | null>(null);
  const [disabling, setDisabling] = useState<Webhook | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ webhook, enable }: { webhook: Webhook; enable: boolean }) =>
      unwrap(
        enable
          ? adminApi.POST('/admin/v1/webhooks/{id}/enable', { params: { path: { id: webhook.id } } })
          : adminApi.POST('/admin/v1/webhooks/{id}/disable', { params: { path: { id: webhook.id } }, body: reason ? { reason } : {} }),
      ),
    onSuccess: async (webhook) => {
      setDisabling(null);
      setReason('');
      setNotice(webhook.disabled_at ? `Webhook ${webhook.id} is disabled.` : `Webhook ${webhook.id} is enabled again.`);
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });

  const columns: ColumnDef<Webhook, unknown>[] = [
    { id: 'id', header: 'ID', accessorKey: 'id' },
    { id: 'client_id', header: 'Client', cell: ({ row }) => <ClientLink id={row.original.client_id} name={row.original.client_name} /> },
    { id: 'url', header: 'URL', cell: ({ row }) => <code className="text-xs">{row.original.url}</code> },
    { id: 'events', header: 'Events', cell: ({ row }) => row.original.events.join(', ') },
    { id: 'state', header: 'State', cell: ({ row }) => state(row.original) },
    { id: 'last_success_at', header: 'Last success', cell: ({ row }) => time(row.original.last_success_at) },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <div className="flex gap-2">
          <ShowUnderTableButton row={row.original.id} shown={selected} onShow={setSelected} controls={ATTEMPTS_ID}>
            Attempts of webhook {row.original.id}
          </ShowUnderTableButton>
          {row.original.disabled_at ? (
            <Button variant="secondary" onClick={() => change.mutate({ webhook: row.original, enable: true })} disabled={change.isPending}>
              Enable webhook {row.original.id}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setDisabling(row.original)}>
              Disable webhook {row.original.id}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Webhooks" />
      {notice && <Notice>{notice}</Notice>}
      {change.isError && !disabling && <ErrorNotice error={change.error} />}
      <form className="grid max-w-2xl grid-cols-2 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter webhooks">
        <ClientField label="Client" value={client} onChange={setClient} />
        <SelectField
          label="State"
          value={search.state ?? ''}
          options={[...STATES]}
          onChange={(event) => filter({ state: stateOf(event.target.value) })}
        />
      </form>
      <QueryResult
        query={webhooks}
        what="webhooks"
        isEmpty={(data) => data.items.length === 0}
        empty={
          search.client_id || search.state ? (
            <Empty title="No webhook endpoint matches these filters" />
          ) : (
            <Empty title="No webhook endpoints">Clients register their endpoints through the API.</Empty>
          )
        }
      >
        {(data) => (
          <DataTable
            caption="Webhook endpoints"
            rows={data.items}
            columns={columns}
            sortable={['id', 'client_id']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="webhooks"
            exportRows={async () =>
              (await allPages((page, limit) => adminApi.GET('/admin/v1/webhooks', { params: { query: { ...query, page, limit } } }))).map(
                (webhook) => ({
                  ...webhook,
                  events: (webhook.events as string[]).join(' '),
                }),
              )
            }
          />
        )}
      </QueryResult>
      {selected !== null && <Attempts key={selected} webhookId={selected} />}
      <ConfirmDialog
        open={disabling !== null}
        onOpenChange={(open) => !open && setDisabling(null)}
        title={`Disable webhook ${disabling?.id}?`}
        description="Nothing is delivered to it until it is enabled again; the client sees that it is disabled, and why."
        confirmText="Disable"
        danger
        busy={change.isPending}
        onConfirm={() => disabling && change.mutate({ webhook: disabling, enable: false })}
      >
        <TextAreaField
          label="Reason"
          hint="Shown to the client"
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {change.isError && <ErrorNotice error={change.error} />}
      </ConfirmDialog>
    </>
  );
}

const ATTEMPTS_PAGE = 25;
const ATTEMPTS_ID = 'webhook-attempts';

/** An endpoint's delivery attempts under a heading that names it. */
function Attempts({ webhookId }: { webhookId: number }) {
  return (
    <section id={ATTEMPTS_ID} aria-labelledby={`${ATTEMPTS_ID}-title`} className="space-y-3">
      <h2 id={`${ATTEMPTS_ID}-title`} className="font-semibold">
        Attempts of webhook {webhookId}
      </h2>
      <AttemptLines webhookId={webhookId} />
    </section>
  );
}

/** An endpoint's delivery attempts, newest first, a page at a time; CSV of every attempt. */
function AttemptLines({ webhookId }: { webhookId: number }) {
  const [page, setPage] = useState(1);
  const read = (number: number, limit: number) =>
    adminApi.GET('/admin/v1/webhooks/{id}/attempts', { params: { path: { id: webhookId }, query: { page: number, limit } } });
  const attempts = useQuery({
    queryKey: ['webhook-attempts', webhookId, page],
    queryFn: () => unwrapPage(read(page, ATTEMPTS_PAGE)),
    placeholderData: keepPreviousData,
  });
  if (attempts.isPending) return <Loading what="attempts" />;
  if (attempts.isError) return <ErrorNotice error={attempts.error} onRetry={() => attempts.refetch()} />;
  if (attempts.data.items.length === 0) return <Empty title={`No delivery attempts to webhook ${webhookId} yet`} />;
  return (
    <DataTable
      caption={`Delivery attempts of webhook ${webhookId}`}
      rows={attempts.data.items}
      columns={attemptColumns}
      page={{ ...attempts.data.page, onPage: setPage }}
      exportName={`webhook-${webhookId}-attempts`}
      exportRows={() => allPages(read)}
    />
  );
}
