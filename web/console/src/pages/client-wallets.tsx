import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import { newIdempotencyKey } from '../../../shared/idempotency-key.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button, ShowUnderTableButton } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { addDecimal, formatDecimal, isPositiveDecimal } from '../decimal.ts';
import { money, time } from '../format.ts';
import { allPages } from '../search.ts';

type Wallet = components['schemas']['AdminWallet'];
type Transaction = components['schemas']['AdminTransaction'];

const transactionColumns: ColumnDef<Transaction, unknown>[] = [
  { id: 'id', header: 'ID', accessorKey: 'id' },
  { id: 'created_at', header: 'Time', cell: ({ row }) => time(row.original.created_at) },
  { id: 'type', header: 'Type', accessorKey: 'transaction_type' },
  { id: 'reason', header: 'Reason', accessorKey: 'reason' },
  { id: 'amount', header: 'Amount', cell: ({ row }) => money(row.original.amount, row.original.currency_code) },
  { id: 'balance_after', header: 'Balance after', cell: ({ row }) => money(row.original.balance_after, row.original.currency_code) },
  { id: 'remarks', header: 'Remarks', accessorKey: 'remarks' },
];

/** The client and wallet a movement is for, as its dialog names them: "the USD wallet of Acme Rewards". */
const walletOf = (wallet: Wallet, clientName: string) => `the ${wallet.currency_code} wallet of ${clientName}`;

/** A client's wallets (from the client's summary): balances, a new wallet, credit and debit behind a confirmation, and each wallet's ledger lines. */
export function ClientWallets({ clientId, clientName, wallets }: { clientId: number; clientName: string; wallets: Wallet[] }) {
  const [adjusting, setAdjusting] = useState<{ wallet: Wallet; direction: 'credit' | 'debit' } | null>(null);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [alerting, setAlerting] = useState<Wallet | null>(null);
  const selectedWallet = wallets.find((wallet) => wallet.id === selected);

  const columns: ColumnDef<Wallet, unknown>[] = [
    { id: 'name', header: 'Wallet', accessorKey: 'name' },
    { id: 'type', header: 'Type', accessorKey: 'type' },
    { id: 'amount', header: 'Balance', cell: ({ row }) => money(row.original.amount, row.original.currency_code) },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setAdjusting({ wallet: row.original, direction: 'credit' })}>
            Credit {row.original.currency_code}
          </Button>
          <Button variant="secondary" onClick={() => setAdjusting({ wallet: row.original, direction: 'debit' })}>
            Debit {row.original.currency_code}
          </Button>
          <ShowUnderTableButton row={row.original.id} shown={selected} onShow={setSelected} controls={LEDGER_ID}>
            Ledger of {row.original.currency_code}
          </ShowUnderTableButton>
          <Button variant="secondary" onClick={() => setAlerting(row.original)}>
            Low-balance alert of {row.original.currency_code}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <section aria-labelledby="wallets" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="wallets" className="text-lg font-semibold">
          Wallets
        </h2>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          Create wallet
        </Button>
      </div>
      {wallets.length === 0 ? (
        <Empty title="No wallets yet">Create a wallet in a currency, then credit it so the client can order.</Empty>
      ) : (
        <DataTable caption="Wallets" rows={wallets} columns={columns} />
      )}
      {selectedWallet && <WalletLedger key={selectedWallet.id} wallet={selectedWallet} />}
      {adjusting && <AdjustDialog {...adjusting} clientId={clientId} clientName={clientName} onClose={() => setAdjusting(null)} />}
      <CreateWalletDialog clientId={clientId} open={creating} onOpenChange={setCreating} />
      {alerting && <LowBalanceDialog clientId={clientId} clientName={clientName} wallet={alerting} onClose={() => setAlerting(null)} />}
    </section>
  );
}

const LEDGER_PAGE = 25;
const LEDGER_ID = 'wallet-ledger';

/** A wallet's ledger lines, newest first, a page at a time; CSV of every line. */
function WalletLedger({ wallet }: { wallet: Wallet }) {
  return (
    <section id={LEDGER_ID} aria-labelledby={`${LEDGER_ID}-title`} className="space-y-3">
      <h3 id={`${LEDGER_ID}-title`} className="font-semibold">
        Ledger of the {wallet.currency_code} wallet
      </h3>
      <LedgerLines walletId={wallet.id} />
    </section>
  );
}

function LedgerLines({ walletId }: { walletId: number }) {
  const [page, setPage] = useState(1);
  const read = (number: number, limit: number) =>
    adminApi.GET('/admin/v1/wallets/{id}/transactions', {
      params: { path: { id: walletId }, query: { page: number, limit } },
    });
  const ledger = useQuery({
    queryKey: ['wallet-transactions', walletId, page],
    queryFn: () => unwrapPage(read(page, LEDGER_PAGE)),
    placeholderData: keepPreviousData,
  });
  if (ledger.isPending) return <Loading what="transactions" />;
  if (ledger.isError) return <ErrorNotice error={ledger.error} onRetry={() => ledger.refetch()} />;
  if (ledger.data.items.length === 0) return <Empty title="No transactions in this wallet yet" />;
  return (
    <DataTable
      caption={`Transactions of wallet ${walletId}`}
      rows={ledger.data.items}
      columns={transactionColumns}
      page={{ ...ledger.data.page, onPage: setPage }}
      exportName={`wallet-${walletId}-transactions`}
      exportRows={() => allPages(read)}
    />
  );
}

/**
 * Two steps: the amount and remarks, then a confirmation that shows the balance the wallet will
 * have. Its title, and the review, name the client and the wallet the money moves for.
 */
function AdjustDialog({
  wallet,
  direction,
  clientId,
  clientName,
  onClose,
}: {
  wallet: Wallet;
  direction: 'credit' | 'debit';
  clientId: number;
  clientName: string;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState('');
  const [remarks, setRemarks] = useState('');
  const [reviewing, setReviewing] = useState(false);
  const [done, setDone] = useState<Transaction | null>(null);
  // One key per amount and remarks: confirming again after an error that may have hidden a success posts nothing twice.
  const [key, setKey] = useState(() => newIdempotencyKey('console'));
  const adjust = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST(direction === 'credit' ? '/admin/v1/wallets/{id}/credit' : '/admin/v1/wallets/{id}/debit', {
          params: { path: { id: wallet.id }, header: { 'idempotency-key': key } },
          body: { amount, ...(remarks ? { remarks } : {}) },
        }),
      ),
    onSuccess: async (transaction) => {
      setDone(transaction);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['client', clientId] }),
        queryClient.invalidateQueries({ queryKey: ['wallet-transactions', wallet.id] }),
      ]);
    },
  });
  const verb = direction === 'credit' ? 'Credit' : 'Debit';
  const valid = isPositiveDecimal(amount);
  const resulting = valid ? addDecimal(String(wallet.amount), direction === 'credit' ? amount : `-${amount}`) : null;
  // The store refuses a debit below zero (PREPAID) or below minus the credit limit (POSTPAID): say so before asking.
  const available = addDecimal(String(wallet.amount), String(wallet.credit_limit ?? 0));
  const overdraws = direction === 'debit' && valid && addDecimal(available, `-${amount}`).startsWith('-');

  function review(event: FormEvent) {
    event.preventDefault();
    if (valid) setReviewing(true);
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`${verb} ${walletOf(wallet, clientName)}`}
      description={
        <>
          Client <strong>{clientName}</strong> (ID {clientId}) · {wallet.name}, {wallet.type.toLowerCase()} (ID {wallet.id})
        </>
      }
    >
      {done ? (
        <div className="space-y-3">
          <Notice>
            {verb}ed {money(Math.abs(done.amount), wallet.currency_code)} {direction === 'credit' ? 'to' : 'from'} {walletOf(wallet, clientName)}. The
            balance is now {money(done.balance_after, wallet.currency_code)}.
          </Notice>
          <div className="flex justify-end">
            <Button onClick={onClose}>Done</Button>
          </div>
        </div>
      ) : reviewing ? (
        <div className="space-y-3 text-sm">
          <p>
            {verb}{' '}
            <strong>
              {formatDecimal(amount)} {wallet.currency_code}
            </strong>{' '}
            {direction === 'credit' ? 'to' : 'from'} the {wallet.currency_code} wallet of <strong>{clientName}</strong>: the balance goes from{' '}
            {money(wallet.amount, wallet.currency_code)} to{' '}
            <strong>
              {formatDecimal(resulting!)} {wallet.currency_code}
            </strong>
            .
          </p>
          {overdraws && (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
              {wallet.type === 'POSTPAID'
                ? `This is beyond the wallet's credit limit of ${money(wallet.credit_limit, wallet.currency_code)}: the store refuses it.`
                : `This is more than the wallet's balance: the store refuses a debit below zero.`}{' '}
              Go back and enter at most {formatDecimal(available)} {wallet.currency_code}.
            </p>
          )}
          {adjust.isError && <ErrorNotice error={adjust.error} />}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setReviewing(false)}>
              Back
            </Button>
            {!overdraws && (
              <Button variant={direction === 'debit' ? 'danger' : 'primary'} onClick={() => adjust.mutate()} disabled={adjust.isPending}>
                Confirm {direction}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <form onSubmit={review} className="space-y-3">
          <TextField
            label={`Amount (${wallet.currency_code})`}
            inputMode="decimal"
            required
            value={amount}
            error={amount && !valid ? 'A positive amount, e.g. 250.00' : undefined}
            onChange={(event) => {
              setAmount(event.target.value.trim());
              setKey(newIdempotencyKey('console'));
            }}
          />
          <TextField
            label="Remarks"
            hint="Kept with the ledger line, e.g. an invoice number"
            maxLength={1000}
            value={remarks}
            onChange={(event) => {
              setRemarks(event.target.value);
              setKey(newIdempotencyKey('console'));
            }}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
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

function CreateWalletDialog({ clientId, open, onOpenChange }: { clientId: number; open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [currency, setCurrency] = useState('USD');
  const [type, setType] = useState('PREPAID');
  const create = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/wallets', { body: { client_id: clientId, currency, type } })),
    onSuccess: async () => {
      onOpenChange(false);
      await queryClient.invalidateQueries({ queryKey: ['client', clientId] });
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Create a wallet">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
        className="space-y-3"
      >
        {create.isError && <ErrorNotice error={create.error} />}
        <TextField
          label="Currency"
          hint="ISO 4217 code, e.g. USD"
          required
          maxLength={3}
          value={currency}
          onChange={(event) => setCurrency(event.target.value.toUpperCase())}
        />
        <SelectField
          label="Type"
          value={type}
          onChange={(event) => setType(event.target.value)}
          options={[
            { value: 'PREPAID', label: 'Prepaid' },
            { value: 'POSTPAID', label: 'Postpaid' },
          ]}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            Create wallet
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The wallet's low-balance threshold (docs/low-balance.md), read when the dialog opens: the client's page itself makes one request. */
function LowBalanceDialog({ clientId, clientName, wallet, onClose }: { clientId: number; clientName: string; wallet: Wallet; onClose: () => void }) {
  const queryClient = useQueryClient();
  const key = ['low-balance', clientId];
  const alerts = useQuery({
    queryKey: key,
    queryFn: () => unwrap(adminApi.GET('/admin/v1/clients/{id}/low-balance', { params: { path: { id: clientId } } })),
  });
  const [value, setValue] = useState<string | null>(null);
  const current = alerts.data?.find((alert) => alert.wallet_id === wallet.id);
  const shown = value ?? (current?.threshold === null || current === undefined ? '' : String(current.threshold));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.PUT('/admin/v1/wallets/{id}/low-balance', {
          params: { path: { id: wallet.id } },
          body: { threshold: shown.trim() === '' ? null : shown.trim() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={`Low-balance alert of ${walletOf(wallet, clientName)}`}>
      {alerts.isPending ? (
        <Loading what="the threshold" />
      ) : alerts.isError ? (
        <ErrorNotice error={alerts.error} onRetry={() => alerts.refetch()} />
      ) : (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          {save.isError && <ErrorNotice error={save.error} />}
          {save.isSuccess && <Notice>Saved.</Notice>}
          <p className="text-sm">
            {current?.alerted_at ? `Last alert: ${time(current.alerted_at)}.` : 'No alert sent yet.'} Below the threshold, the client's owners and
            finance users get one e-mail and a wallet.low_balance event, at most once a day.
          </p>
          <TextField
            label={`Threshold (${wallet.currency_code})`}
            hint="Empty: no alert"
            inputMode="decimal"
            value={shown}
            onChange={(event) => setValue(event.target.value)}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" disabled={save.isPending}>
              Save threshold
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
