import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { fee, time } from '../format.ts';
import { formatDecimal } from '../decimal.ts';
import { choicesQuery } from '../catalog-data.ts';
import { allPages, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';

type Rate = components['schemas']['FxRate'];
const STATUSES = ['CURRENT', 'SCHEDULED', 'SUPERSEDED', 'EXPIRED'] as const;

export interface FxSearch extends ListSearch {
  source?: string;
  destination?: string;
  status?: Rate['status'];
}

const code = (value: unknown) => {
  const upper = text(value)?.toUpperCase();
  return upper && /^[A-Z]{3}$/.test(upper) ? upper : undefined;
};

export const fxSearch = (search: Record<string, unknown>): FxSearch => ({
  ...listSearch(search),
  source: code(search.source),
  destination: code(search.destination),
  status: STATUSES.find((status) => status === search.status),
});

const PAGE_SIZE = 25;
const SORTABLE = ['pair', 'valid_from', 'created_at'];
const DEFAULT_SORT: Sorting = { field: 'valid_from', direction: 'DESC' };
const pairOf = (source?: string, destination?: string) => ({ source_currency: source, destination_currency: destination });

const setOnly = <F extends Record<string, string | undefined>>(filters: F) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Partial<F>;
/** The current rates (of the pair or side chosen), whole: one per pair. */
const currentRates = (source?: string, destination?: string) =>
  unwrap(adminApi.GET('/admin/v1/fx-rates', { params: { query: setOnly({ ...pairOf(source, destination), status: 'CURRENT' }) } }));
const pair = (rate: Pick<Rate, 'source_currency' | 'destination_currency'>) => `${rate.source_currency} → ${rate.destination_currency}`;
const rateText = (rate: Pick<Rate, 'source_currency' | 'destination_currency' | 'rate'>) =>
  `1 ${rate.source_currency} = ${rate.rate} ${rate.destination_currency}`;
/** The fee of a rate within a sentence: "with a fee of 0.50 EUR", or "with no fee". */
const withFee = (amount: number, currency: string) => (amount === 0 ? 'with no fee' : `with a fee of ${fee(amount, currency)}`);

/** FX rates: the current one of each pair, the whole history, and a new rate behind a confirmation. */
export function FxPage() {
  const search = useSearch({ from: '/app/fx' });
  const navigate = useNavigate({ from: '/fx' });
  const sorting = sortingOf(search, DEFAULT_SORT);
  const query = pageQuery({ ...pairOf(search.source, search.destination), status: search.status }, sorting, search, PAGE_SIZE);
  const current = useQuery({
    queryKey: ['fx-rates', 'current', search.source ?? null, search.destination ?? null],
    queryFn: () => currentRates(search.source, search.destination),
  });
  const history = useQuery({
    queryKey: ['fx-rates', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/fx-rates', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const [setting, setSetting] = useState<{ source: string; destination: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const filter = (patch: Partial<FxSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });

  const columns: ColumnDef<Rate, unknown>[] = [
    { id: 'pair', header: 'Pair', cell: ({ row }) => pair(row.original) },
    { id: 'rate', header: 'Rate', cell: ({ row }) => rateText(row.original) },
    { id: 'conversion_fee', header: 'Fee', cell: ({ row }) => fee(row.original.conversion_fee, row.original.destination_currency) },
    { id: 'valid_from', header: 'Valid from', cell: ({ row }) => time(row.original.valid_from) },
    { id: 'valid_to', header: 'Valid until', cell: ({ row }) => (row.original.valid_to ? time(row.original.valid_to) : 'open-ended') },
    { id: 'status', header: 'Status', accessorKey: 'status' },
    { id: 'created_by', header: 'Set by', accessorKey: 'created_by' },
    { id: 'created_at', header: 'Set at', cell: ({ row }) => time(row.original.created_at) },
  ];
  const currentColumns: ColumnDef<Rate, unknown>[] = [
    ...columns.filter((column) => !['status', 'created_at'].includes(column.id!)),
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <Button
          variant="secondary"
          onClick={() => setSetting({ source: row.original.source_currency, destination: row.original.destination_currency })}
        >
          Change rate<span className="sr-only"> {pair(row.original)}</span>
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="FX rates">
        <Button onClick={() => setSetting({ source: search.source ?? '', destination: search.destination ?? '' })}>Set a rate</Button>
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <form className="grid max-w-3xl grid-cols-3 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter FX rates">
        <CurrencyFilter label="From currency" value={search.source} onChange={(source) => filter({ source })} />
        <CurrencyFilter label="Into currency" value={search.destination} onChange={(destination) => filter({ destination })} />
        <SelectField
          label="Status"
          value={search.status ?? ''}
          options={[{ value: '', label: 'Any status' }, ...STATUSES.map((status) => ({ value: status, label: status }))]}
          onChange={(event) => filter({ status: STATUSES.find((status) => status === event.target.value) })}
        />
      </form>
      <section aria-labelledby="current-rates" className="space-y-3">
        <h2 id="current-rates" className="text-lg font-semibold">
          Current rates
        </h2>
        <QueryResult
          query={current}
          what="the current rates"
          isEmpty={(data) => data.length === 0}
          empty={<Empty title="No current rate">Orders in another currency than the wallet's need a rate for the pair.</Empty>}
        >
          {(data) => <DataTable caption="Current rates" rows={data} columns={currentColumns} />}
        </QueryResult>
      </section>
      <section aria-labelledby="rate-history" className="space-y-3">
        <h2 id="rate-history" className="text-lg font-semibold">
          History
        </h2>
        <QueryResult
          query={history}
          what="FX rates"
          isEmpty={(data) => data.items.length === 0}
          empty={<Empty title={search.source || search.destination || search.status ? 'No rate matches these filters' : 'No FX rates yet'} />}
        >
          {(data) => (
            <DataTable
              caption="FX rate history"
              rows={data.items}
              columns={columns}
              sortable={SORTABLE}
              sorting={sorting}
              onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
              page={{ ...data.page, onPage: (next) => navigate({ search: { ...search, page: next } }) }}
              exportName="fx-rates"
              exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/fx-rates', { params: { query: { ...query, page, limit } } }))}
            />
          )}
        </QueryResult>
      </section>
      {setting && (
        <SetRateDialog
          {...setting}
          onDone={(message) => {
            setSetting(null);
            if (message) setNotice(message);
          }}
        />
      )}
    </>
  );
}

const RATE = /^\d{1,9}(\.\d{1,12})?$/;
const FEE = /^\d{1,15}(\.\d{1,4})?$/;
/** A datetime-local value (the operator's time zone) as RFC 3339 UTC. */
const utc = (local: string) => (local ? new Date(local).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined);

/** Two steps: the pair, rate, fee and validity, then a confirmation that shows the rate it replaces. */
function SetRateDialog({
  source: initialSource,
  destination: initialDestination,
  onDone,
}: {
  source: string;
  destination: string;
  onDone: (message?: string) => void;
}) {
  const queryClient = useQueryClient();
  // The active currencies to choose from: read when the dialog opens, not with the page.
  const choices = useQuery(choicesQuery);
  const codes = (choices.data?.currencies ?? []).filter((currency) => currency.active).map((currency) => currency.currency);
  const [form, setForm] = useState({ source: initialSource, destination: initialDestination, rate: '', fee: '0', from: '', to: '' });
  const [reviewing, setReviewing] = useState(false);
  const valid =
    form.source !== '' &&
    form.destination !== '' &&
    form.source !== form.destination &&
    RATE.test(form.rate) &&
    /[1-9]/.test(form.rate) &&
    FEE.test(form.fee);
  // The rate the new one replaces: read when the operator reviews it.
  const inForce = useQuery({
    queryKey: ['fx-rates', 'current', form.source, form.destination],
    queryFn: () => currentRates(form.source, form.destination),
    enabled: reviewing,
  });
  const replaced = inForce.data?.[0];
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/admin/v1/fx-rates', {
          body: {
            source_currency: form.source,
            destination_currency: form.destination,
            rate: form.rate,
            conversion_fee: form.fee,
            ...(form.from ? { valid_from: utc(form.from) } : {}),
            ...(form.to ? { valid_to: utc(form.to) } : {}),
          },
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['fx-rates'] });
      onDone(`${rateText(saved)} ${withFee(saved.conversion_fee, saved.destination_currency)}, from ${time(saved.valid_from)} (${saved.status}).`);
    },
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value.trim() });
  const options = (empty: string) => [
    { value: '', label: choices.isPending ? 'Loading currencies…' : empty },
    ...codes.map((value) => ({ value, label: value })),
  ];
  function review(event: FormEvent) {
    event.preventDefault();
    if (valid) setReviewing(true);
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onDone()} title="Set an FX rate">
      {reviewing ? (
        <div className="space-y-3 text-sm">
          <p>
            From <strong>{form.from ? time(utc(form.from)) : 'now'}</strong>
            {form.to && <> until {time(utc(form.to))}</>}:{' '}
            <strong>
              1 {form.source} = {form.rate} {form.destination}
            </strong>
            {/[1-9]/.test(form.fee) ? (
              <>
                , plus a fee of{' '}
                <strong>
                  {formatDecimal(form.fee)} {form.destination}
                </strong>{' '}
                per conversion.
              </>
            ) : (
              <>
                , with <strong>no fee</strong> per conversion.
              </>
            )}
          </p>
          <p>
            {inForce.isPending
              ? 'Reading the current rate of the pair…'
              : inForce.isError
                ? 'The current rate of the pair could not be read.'
                : replaced
                  ? `It replaces the current ${rateText(replaced)} (${withFee(replaced.conversion_fee, replaced.destination_currency)}, set by ${replaced.created_by}), which stays in the history.`
                  : `There is no current rate for ${form.source} → ${form.destination}.`}{' '}
            Orders placed from then on are charged with it.
          </p>
          {inForce.isError && <ErrorNotice error={inForce.error} onRetry={() => inForce.refetch()} />}
          {save.isError && <ErrorNotice error={save.error} />}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setReviewing(false)}>
              Back
            </Button>
            <Button onClick={() => save.mutate()} disabled={save.isPending}>
              Confirm rate
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={review} className="space-y-3">
          {choices.isError && <ErrorNotice error={choices.error} onRetry={() => choices.refetch()} />}
          <div className="grid grid-cols-2 gap-3">
            <SelectField label="Source currency" required value={form.source} options={options('Choose…')} onChange={set('source')} />
            <SelectField
              label="Destination currency"
              required
              hint="The wallet's currency"
              value={form.destination}
              options={options('Choose…')}
              onChange={set('destination')}
              error={form.source && form.source === form.destination ? 'Another currency than the source' : undefined}
            />
          </div>
          <TextField
            label={`Rate (${form.destination || 'destination'} units for 1 ${form.source || 'source'})`}
            inputMode="decimal"
            required
            value={form.rate}
            error={
              form.rate && !(RATE.test(form.rate) && /[1-9]/.test(form.rate)) ? 'A positive number, at most 12 decimals, e.g. 3.6725' : undefined
            }
            onChange={set('rate')}
          />
          <TextField
            label={form.destination ? `Conversion fee (${form.destination})` : 'Conversion fee'}
            hint="A fixed fee per conversion; 0 for none"
            inputMode="decimal"
            required
            value={form.fee}
            error={form.fee && !FEE.test(form.fee) ? 'Zero or a positive amount, e.g. 0.50' : undefined}
            onChange={set('fee')}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField label="Valid from" hint="Your local time; blank: now" type="datetime-local" value={form.from} onChange={set('from')} />
            <TextField label="Valid until" hint="Blank: until another rate replaces it" type="datetime-local" value={form.to} onChange={set('to')} />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => onDone()}>
              Cancel
            </Button>
            <Button type="submit" disabled={!valid}>
              Review
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/**
 * A currency of the pair to filter by, typed as its ISO code: the filter applies once three
 * letters are typed, and a blank field is any currency. (A list of the currencies would be a
 * third request of the page.)
 */
function CurrencyFilter({ label, value, onChange }: { label: string; value?: string; onChange: (code?: string) => void }) {
  const [typed, setTyped] = useState(value ?? '');
  useEffect(() => {
    setTyped((current) => (code(current) === value ? current : (value ?? '')));
  }, [value]);
  const partial = typed.trim() !== '' && code(typed) === undefined;
  return (
    <TextField
      label={label}
      type="search"
      placeholder="Any, or a code: USD"
      maxLength={3}
      autoCapitalize="characters"
      value={typed}
      error={partial ? 'Three letters, e.g. EUR' : undefined}
      onChange={(event) => {
        setTyped(event.target.value);
        const next = code(event.target.value);
        if (next !== value) onChange(next);
      }}
    />
  );
}
