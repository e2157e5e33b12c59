import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { portalApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { allPages } from '../../../shared/all-pages.ts';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading, QueryResult } from '../../../shared/ui/states.tsx';
import { amount, label, time } from '../format.ts';
import { dateParam, dayAfter } from '../filters.ts';

type Transaction = components['schemas']['Transaction'];

export interface StatementsSearch {
  wallet_id?: number;
  type?: 'CREDIT' | 'DEBIT';
  from?: string;
  to?: string;
  page?: number;
  /** A transaction to mark among those listed: an order's timeline links to its statement line. */
  line?: number;
}

export const statementsSearch = (search: Record<string, unknown>): StatementsSearch => ({
  wallet_id: typeof search.wallet_id === 'number' ? search.wallet_id : undefined,
  type: search.type === 'CREDIT' || search.type === 'DEBIT' ? search.type : undefined,
  from: dateParam(search.from),
  to: dateParam(search.to),
  page: typeof search.page === 'number' && search.page > 0 ? search.page : undefined,
  line: typeof search.line === 'number' && search.line > 0 ? search.line : undefined,
});

/** How to top up: the operator's text (plain text, its line breaks kept), else a general word. */
function TopUp() {
  const text = useQuery({ queryKey: ['top-up-instructions'], queryFn: () => unwrap(portalApi.GET('/portal/v1/top-up-instructions')) });
  return (
    <section aria-labelledby="top-up" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="top-up" className="font-semibold">
        How to top up
      </h2>
      <QueryResult query={text} what="how to top up">
        {(data) => (
          <p className="mt-1 whitespace-pre-line text-slate-700">
            {data.text ?? "Ask the store's operator: they credit your wallet and the movement appears here."}
          </p>
        )}
      </QueryResult>
    </section>
  );
}

/**
 * A transaction's remarks with the currency after the amount they name: the store writes "USD
 * Wallet debited by amount 241.25 - Order #1234" (api.md 5.2), the page "… by amount 241.25 USD -
 * Order #1234"; any other text as it is.
 */
export const remarksWithCurrency = (remarks: string, currency: string) =>
  remarks.replace(/^(.+? (?:debited|credited) by amount )(\d+(?:\.\d+)?)(?= - |$)/, `$1$2 ${currency}`);

/** The remarks in the wallet's currency, the order they name linked, and for a converted payment the rate and fee. */
function Remarks({ transaction, currency }: { transaction: Transaction; currency: string }) {
  const text = remarksWithCurrency(transaction.remarks, currency);
  const order = transaction.order_id === null ? null : `Order #${transaction.order_id}`;
  const at = order === null ? -1 : text.indexOf(order);
  const fx = transaction.source_currency !== null && transaction.forex_rate !== null;
  return (
    <>
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <Link to="/orders/$orderId" params={{ orderId: String(transaction.order_id) }} className="text-blue-700 underline">
            {order}
          </Link>
          {text.slice(at + order!.length)}
        </>
      )}
      {fx && (
        <span className="block text-xs text-slate-600">
          Converted from {transaction.source_currency} at 1 {transaction.source_currency} = {transaction.forex_rate} {currency}
          {transaction.conversion_charges !== null && transaction.conversion_charges > 0
            ? `, including a conversion fee of ${amount(transaction.conversion_charges, currency)}`
            : ''}
        </span>
      )}
    </>
  );
}

/** The list's query of the page's filters. */
const queryOf = (search: StatementsSearch) => ({
  wallet_id: search.wallet_id,
  transaction_type: search.type,
  start_date: search.from,
  end_date: dayAfter(search.to),
});

/**
 * Wallets and their statements: every movement with the balance it left, filtered by wallet, type
 * and dates, as CSV too (every page). Every amount is shown with its wallet's currency, so the
 * movements wait for the wallets.
 */
export function StatementsPage() {
  const search = useSearch({ from: '/app/statements' });
  const navigate = useNavigate({ from: '/statements' });
  const filter = (patch: Partial<StatementsSearch>) => navigate({ search: { ...search, ...patch, page: undefined, line: undefined }, replace: true });
  const wallets = useQuery({ queryKey: ['wallets'], queryFn: () => unwrap(portalApi.GET('/portal/v1/wallets')) });
  const filtered = Object.values(queryOf(search)).some((value) => value !== undefined);
  const currencies = new Map((wallets.data ?? []).map((wallet) => [wallet.id, wallet.currency_code]));
  const currency = (transaction: Transaction) => currencies.get(transaction.wallet_id) ?? '';
  const transactions = useQuery({
    queryKey: ['transactions', search],
    // A line an order's timeline links to may be past the first page of its day: the store answers the page that holds it.
    queryFn: () =>
      unwrapPage(
        portalApi.GET('/portal/v1/transactions', {
          params: {
            query: {
              ...queryOf(search),
              limit: 50,
              ...(search.page === undefined && search.line !== undefined ? { line: search.line } : { page: search.page ?? 1 }),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnDef<Transaction, unknown>[] = [
    { id: 'created_at', header: 'Time', cell: ({ row }) => time(row.original.created_at) },
    { id: 'transaction_type', header: 'Type', cell: ({ row }) => label('transactionType', row.original.transaction_type) },
    { id: 'amount', header: 'Amount', cell: ({ row }) => amount(row.original.amount, currency(row.original)) },
    {
      id: 'balance_after',
      header: 'Balance after',
      cell: ({ row }) => (row.original.balance_after === null ? '—' : amount(row.original.balance_after, currency(row.original))),
    },
    { id: 'remarks', header: 'Remarks', cell: ({ row }) => <Remarks transaction={row.original} currency={currency(row.original)} /> },
  ];
  // The movements show once their currencies are known: the wallets' failure is theirs too.
  const movements = {
    isPending: transactions.isPending || wallets.isPending,
    isError: transactions.isError || wallets.isError,
    error: transactions.error ?? wallets.error,
    data: transactions.data,
    refetch: () => Promise.all([wallets.isError && wallets.refetch(), transactions.isError && transactions.refetch()]),
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">Wallets and statements</h1>
      {wallets.isPending && <Loading what="wallets" />}
      {wallets.isError && <ErrorNotice error={wallets.error} onRetry={() => wallets.refetch()} />}
      {wallets.data?.length === 0 && <Empty title="No wallets yet">The store's operator opens your wallets and tops them up.</Empty>}
      {wallets.data && wallets.data.length > 0 && (
        <ul className="grid gap-3 md:grid-cols-3">
          {wallets.data.map((wallet) => (
            <li key={wallet.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">{wallet.name}</p>
              <p className="text-2xl font-semibold">{amount(wallet.amount, wallet.currency_code)}</p>
            </li>
          ))}
        </ul>
      )}
      <TopUp />
      <h2 className="text-lg font-semibold">Transactions</h2>
      <form className="grid max-w-3xl grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(event) => event.preventDefault()} aria-label="Filter transactions">
        <SelectField
          label="Wallet"
          value={search.wallet_id ? String(search.wallet_id) : ''}
          onChange={(event) => filter({ wallet_id: event.target.value ? Number(event.target.value) : undefined })}
          options={[
            { value: '', label: 'Every wallet' },
            ...(wallets.data ?? []).map((wallet) => ({ value: String(wallet.id), label: wallet.name })),
          ]}
        />
        <SelectField
          label="Type"
          value={search.type ?? ''}
          onChange={(event) => filter({ type: event.target.value === 'CREDIT' || event.target.value === 'DEBIT' ? event.target.value : undefined })}
          options={[
            { value: '', label: 'Credits and debits' },
            { value: 'CREDIT', label: 'Credits' },
            { value: 'DEBIT', label: 'Debits' },
          ]}
        />
        <TextField label="From (UTC)" type="date" value={search.from ?? ''} onChange={(event) => filter({ from: dateParam(event.target.value) })} />
        <TextField label="To (UTC)" type="date" value={search.to ?? ''} onChange={(event) => filter({ to: dateParam(event.target.value) })} />
      </form>
      <QueryResult
        query={movements}
        what="transactions"
        isEmpty={(data) => data.items.length === 0}
        empty={
          filtered ? (
            <Empty title="No transactions match these filters">Try other dates, another wallet or both credits and debits.</Empty>
          ) : (
            <Empty title="No transactions yet" />
          )
        }
      >
        {(data) => (
          <DataTable
            caption="Transactions"
            rows={data.items}
            columns={columns}
            isCurrent={(transaction) => transaction.id === search.line}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="statement"
            exportRows={async () =>
              (
                await allPages((page, limit) => portalApi.GET('/portal/v1/transactions', { params: { query: { ...queryOf(search), page, limit } } }))
              ).map((row) => ({ id: row.id, wallet_id: row.wallet_id, currency_code: currencies.get(row.wallet_id as number) ?? null, ...row }))
            }
          />
        )}
      </QueryResult>
    </>
  );
}
