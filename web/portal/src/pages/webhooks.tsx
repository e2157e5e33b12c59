import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import { EVENT_TYPES } from '../../../../src/events/event-types.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { CheckboxGroup, FieldRow, TextField } from '../../../shared/ui/field.tsx';
import { SecretOnce } from '../../../shared/ui/secret-once.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { label, time } from '../format.ts';
import { can } from '../session.ts';

type Webhook = components['schemas']['Webhook'];
type Attempt = components['schemas']['WebhookAttempt'];

const ATTEMPT_COLUMNS: ColumnDef<Attempt, unknown>[] = [
  { id: 'started_at', header: 'Time', cell: ({ row }) => time(row.original.started_at) },
  {
    id: 'event',
    header: 'Event',
    cell: ({ row }) => (
      <>
        {label('eventType', row.original.event_type)} <span className="font-mono text-xs text-slate-600">{row.original.event_id}</span>
      </>
    ),
  },
  { id: 'kind', header: 'Sent as', cell: ({ row }) => label('attemptKind', row.original.kind) },
  { id: 'attempt', header: 'Try', accessorKey: 'attempt' },
  {
    id: 'result',
    header: 'Result',
    cell: ({ row }) => (row.original.success ? `Delivered (HTTP ${row.original.status_code})` : `Failed: ${row.original.error}`),
  },
  {
    id: 'delivery_status',
    header: 'Delivery',
    cell: ({ row }) =>
      row.original.delivery_status === 'pending' && row.original.next_attempt_at
        ? `Will be retried at ${time(row.original.next_attempt_at)}`
        : label('deliveryStatus', row.original.delivery_status),
  },
];

/** Every type, also those the store adds later. */
const ALL = '*';

/**
 * The event types an endpoint receives, as checkboxes: every type the store sends (its own list,
 * src/events/event-types.ts) or all of them, also those added later (`*`).
 */
function EventTypes({ value, onChange, error }: { value: string[]; onChange: (value: string[]) => void; error?: string }) {
  const all = value.includes(ALL);
  return (
    <CheckboxGroup
      legend="Event types"
      error={error}
      options={[
        { value: ALL, label: 'All event types, also those added later' },
        ...EVENT_TYPES.map((type) => ({
          value: type,
          label: (
            <>
              {label('eventType', type)} <code className="text-xs text-slate-600">({type})</code>
            </>
          ),
          disabled: all,
        })),
      ]}
      value={all ? [ALL, ...EVENT_TYPES] : value}
      // Unticking "all" starts from every type ticked, to untick the ones not wanted.
      onChange={(next) => onChange(next.includes(ALL) ? [ALL] : all ? [...EVENT_TYPES] : EVENT_TYPES.filter((type) => next.includes(type)))}
    />
  );
}

/**
 * Where an endpoint stands, in words: one the store's operator disabled only the operator can
 * enable (its own switch does not), one the store disabled after failing for days comes back
 * when it is activated again.
 */
function stateOf(hook: Webhook): string {
  if (hook.disabled_by === 'operator') return "Disabled by the store's operator";
  if (hook.disabled_at) return 'Disabled by the store';
  if (!hook.active) return 'Inactive';
  return hook.failing_since ? `Active, failing since ${time(hook.failing_since)}` : 'Active';
}

/** What is wrong with a choice of event types, or nothing. */
const eventTypesProblem = (value: string[]) => (value.length === 0 ? 'Choose at least one event type.' : undefined);

/** The client's webhook endpoints: read by events.read, changed by webhooks.manage (the server checks both). */
export function WebhooksPage() {
  const { session } = useRouteContext({ from: '/app' });
  const manage = can(session, 'webhooks.manage');
  const queryClient = useQueryClient();
  const hooks = useQuery({
    queryKey: ['webhooks'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/webhooks', { params: { query: { limit: 100 } } })),
  });
  const [form, setForm] = useState({ url: '', events: [ALL] });
  const [tried, setTried] = useState(false);
  const [secret, setSecret] = useState<{ id: number; secret: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const create = useMutation({
    mutationFn: () =>
      unwrap(portalApi.POST('/portal/v1/webhooks', { params: { header: csrfHeader() }, body: { url: form.url, events: form.events } })),
    onSuccess: async ({ secret: value, ...created }) => {
      setSecret({ id: created.id, secret: value });
      setForm({ url: '', events: [ALL] });
      setTried(false);
      // Shown at once, newest first as the list has it, whatever the list's own read does meanwhile.
      queryClient.setQueryData<Webhook[]>(['webhooks'], (list) => list && [created, ...list.filter((hook) => hook.id !== created.id)]);
      await refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!eventTypesProblem(form.events)) create.mutate();
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Webhooks</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        The store sends each event of your account to the endpoints subscribed to its type, signed with the endpoint's secret.
      </p>
      {secret && (
        <SecretOnce
          title={`Secret of endpoint ${secret.id}`}
          message={`The signing secret of endpoint ${secret.id}, shown only now: copy it, it is not shown again.`}
          name="Signing secret"
          secret={secret.secret}
          copyLabel="Copy secret"
          doneLabel="I have saved the secret"
          onDone={() => setSecret(null)}
        />
      )}
      <QueryResult
        query={hooks}
        what="webhooks"
        isEmpty={(data) => data.length === 0}
        empty={
          <Empty title="No webhook endpoints yet">{manage ? 'Add one below.' : 'A developer, admin or owner of your account can add one.'}</Empty>
        }
      >
        {(data) => (
          <ul className="space-y-4">
            {data.map((hook) => (
              <Endpoint
                key={hook.id}
                hook={hook}
                manage={manage}
                onSecret={(value) => setSecret({ id: hook.id, secret: value })}
                onChange={refresh}
              />
            ))}
          </ul>
        )}
      </QueryResult>
      {manage && (
        <section aria-labelledby="add-endpoint" className="space-y-2">
          <h2 id="add-endpoint" className="text-lg font-semibold">
            Add an endpoint
          </h2>
          <form onSubmit={submit} aria-label="Add an endpoint" className="flex max-w-3xl flex-wrap items-start gap-2">
            {create.isError && (
              <div className="basis-full">
                <ErrorNotice error={create.error} />
              </div>
            )}
            <div className="w-full sm:w-96">
              <TextField
                label="Endpoint URL"
                type="url"
                required
                value={form.url}
                onChange={(event) => setForm({ ...form, url: event.target.value })}
              />
            </div>
            <div className="basis-full">
              <EventTypes
                value={form.events}
                onChange={(events) => setForm({ ...form, events })}
                error={tried ? eventTypesProblem(form.events) : undefined}
              />
            </div>
            <Button type="submit" disabled={create.isPending}>
              Add endpoint
            </Button>
          </form>
        </section>
      )}
    </>
  );
}

function Endpoint({
  hook,
  manage,
  onSecret,
  onChange,
}: {
  hook: Webhook;
  manage: boolean;
  onSecret: (secret: string) => void;
  onChange: () => unknown;
}) {
  const queryClient = useQueryClient();
  const path = { params: { path: { id: hook.id }, header: csrfHeader() } };
  const attempts = useQuery({
    queryKey: ['webhooks', hook.id, 'attempts'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/webhooks/{id}/attempts', { params: { path: { id: hook.id }, query: { limit: 10 } } })),
  });
  const [edit, setEdit] = useState({ url: hook.url, events: hook.events });
  const [since, setSince] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const after = async (text: string) => {
    setMessage(text);
    await queryClient.invalidateQueries({ queryKey: ['webhooks', hook.id, 'attempts'] });
    await onChange();
  };
  const ping = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/webhooks/{id}/test', path)),
    onSuccess: (result) => after(result.success ? `Test ping delivered (HTTP ${result.status_code}).` : `Test ping failed: ${result.error}`),
  });
  const save = useMutation({
    mutationFn: (body: { url?: string; events?: string[]; active?: boolean }) =>
      unwrap(portalApi.PATCH('/portal/v1/webhooks/{id}', { ...path, body })),
    onSuccess: () => after('Saved.'),
  });
  const [rotating, setRotating] = useState(false);
  const rotate = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/webhooks/{id}/rotate-secret', path)),
    onSuccess: (rotated) => {
      setRotating(false);
      onSecret(rotated.secret);
      return after('New secret issued; the previous one keeps signing for 24 hours.');
    },
  });
  const recover = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/webhooks/{id}/recover', { ...path, body: { since } })),
    onSuccess: (result) => after(`Events queued again: ${result.queued}.`),
  });
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(portalApi.DELETE('/portal/v1/webhooks/{id}', path)),
    onSuccess: async () => {
      setDeleting(false);
      await onChange();
    },
  });
  const error = [ping, save, rotate, recover, remove].find((mutation) => mutation.isError)?.error;
  // Events are sent, and can be recovered, only while the switch is on and nothing disabled the
  // endpoint; the switch cannot undo the operator's disable.
  const receiving = hook.active && !hook.disabled_at;
  const switchable = hook.disabled_by !== 'operator';
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <section aria-label={`Endpoint ${hook.id}`} className="space-y-3">
        <h2 className="text-lg font-semibold break-words">
          Endpoint {hook.id}: {hook.url}
        </h2>
        <p className="text-sm text-slate-600">
          {stateOf(hook)} · events: {hook.events.map((type) => label('eventType', type)).join(', ')}
        </p>
        {hook.disabled_at && (
          <p className="text-sm">
            Reason: {hook.disabled_reason}.{' '}
            {switchable ? 'Activate it to have events sent to it again.' : "Only the store's operator can enable it again."}
          </p>
        )}
        {message && <Notice>{message}</Notice>}
        {error && <ErrorNotice error={error} />}
        {manage && (
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => ping.mutate()} disabled={ping.isPending}>
                Send test ping
              </Button>
              {switchable && (
                <Button variant="secondary" onClick={() => save.mutate({ active: !receiving })}>
                  {receiving ? 'Deactivate' : 'Activate'}
                </Button>
              )}
              <Button variant="secondary" onClick={() => setRotating(true)}>
                Rotate secret
              </Button>
              <Button variant="secondary" onClick={() => setDeleting(true)}>
                Delete endpoint
              </Button>
            </div>
            <form
              className="flex flex-wrap items-end gap-2"
              aria-label={`Edit endpoint ${hook.id}`}
              onSubmit={(event) => {
                event.preventDefault();
                if (!eventTypesProblem(edit.events)) save.mutate({ url: edit.url, events: edit.events });
              }}
            >
              <div className="w-full sm:w-96">
                <TextField label="URL" value={edit.url} onChange={(event) => setEdit({ ...edit, url: event.target.value })} />
              </div>
              <div className="basis-full">
                <EventTypes value={edit.events} onChange={(events) => setEdit({ ...edit, events })} error={eventTypesProblem(edit.events)} />
              </div>
              <Button type="submit" variant="secondary">
                Save
              </Button>
            </form>
            {receiving && (
              <form
                className="max-w-lg"
                aria-label={`Recover events of endpoint ${hook.id}`}
                onSubmit={(event) => {
                  event.preventDefault();
                  recover.mutate();
                }}
              >
                <FieldRow
                  actions={
                    <Button type="submit" variant="secondary">
                      Recover events
                    </Button>
                  }
                >
                  <TextField
                    label="Send again every event since"
                    type="date"
                    required
                    value={since}
                    onChange={(event) => setSince(event.target.value)}
                  />
                </FieldRow>
              </form>
            )}
          </div>
        )}
        <h3 className="font-medium">Latest delivery attempts</h3>
        <QueryResult query={attempts} what="attempts" isEmpty={(data) => data.length === 0} empty={<Empty title="No attempts yet" />}>
          {(data) => <DataTable caption={`Delivery attempts of endpoint ${hook.id}`} rows={data} columns={ATTEMPT_COLUMNS} />}
        </QueryResult>
        <ConfirmDialog
          open={rotating}
          onOpenChange={setRotating}
          title={`Rotate the secret of endpoint ${hook.id}?`}
          description="A new signing secret is shown once. The current one keeps signing for 24 hours: deploy your receiver with both secrets before then."
          confirmText="Rotate secret"
          busy={rotate.isPending}
          onConfirm={() => rotate.mutate()}
        >
          {rotate.isError && <ErrorNotice error={rotate.error} />}
        </ConfirmDialog>
        <ConfirmDialog
          open={deleting}
          onOpenChange={setDeleting}
          title={`Delete endpoint ${hook.id}?`}
          description={`The store stops sending events to ${hook.url} at once, and drops the deliveries still waiting. This cannot be undone.`}
          confirmText="Delete endpoint"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </section>
    </li>
  );
}
