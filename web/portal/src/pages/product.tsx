import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { FieldRow, SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { amount, label } from '../format.ts';
import { can } from '../session.ts';
import { newIdempotencyKey } from '../../../shared/idempotency-key.ts';
import { inWords, isDuplicateReference, ranges, referenceProblem } from '../shop.ts';
import { CLIENT_REFERENCE_MAX_LENGTH } from '../../../../src/orders/client-reference.ts';

type Quote = components['schemas']['PortalQuote'];
type Line = { denomination: number; quantity: number; wallet_id: number | null };

/**
 * A product the client may buy: its values and the client's discounts, the quote of an order from
 * a chosen wallet (with FX) and whether stock can deliver it, and — for roles allowed to spend —
 * the order itself, with the client's own reference if they give one, after confirmation. The
 * order form keeps one Idempotency-Key until its order is placed or the form changes: confirming
 * twice, or again after a lost answer, places one order.
 */
export function ProductPage() {
  const { productId } = useParams({ from: '/app/catalog/$productId' });
  const { session } = useRouteContext({ from: '/app' });
  const id = Number(productId);
  const queryClient = useQueryClient();
  const product = useQuery({
    queryKey: ['product', id],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/products/{id}', { params: { path: { id } } })),
  });
  const wallets = useQuery({
    queryKey: ['wallets'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/wallets')),
    enabled: can(session, 'wallets.read'),
  });
  const [form, setForm] = useState({ denomination: '', quantity: '1', wallet: '', reference: '' });
  const reference = form.reference.trim();
  const referenceError = referenceProblem(form.reference);
  const [key, setKey] = useState(() => newIdempotencyKey('portal'));
  const [confirming, setConfirming] = useState(false);

  const line = (): Line => ({
    denomination: Number(form.denomination),
    quantity: Number(form.quantity),
    wallet_id: form.wallet ? Number(form.wallet) : null,
  });
  const quote = useMutation({
    mutationFn: (body: Line) => unwrap(portalApi.POST('/portal/v1/products/{id}/quote', { params: { path: { id }, header: csrfHeader() }, body })),
  });
  const order = useMutation({
    mutationFn: (body: Line) =>
      unwrap(
        portalApi.POST('/portal/v1/orders', {
          params: { header: { ...csrfHeader(), 'idempotency-key': key } },
          body: { product_id: id, ...body, ...(reference ? { client_reference: reference } : {}) },
        }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      setKey(newIdempotencyKey('portal'));
      await Promise.all(['wallets', 'orders', 'transactions'].map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
    },
  });

  /** A change of the form is another order: a new key, and the quote must be seen again (the reference does not change it). */
  function change(field: keyof typeof form, value: string) {
    setForm({ ...form, [field]: value });
    setKey(newIdempotencyKey('portal'));
    if (field !== 'reference') quote.reset();
    order.reset();
  }
  function preview(event: FormEvent) {
    event.preventDefault();
    order.reset();
    if (referenceError) return;
    quote.mutate(line());
  }

  const previewButton = (
    <Button type="submit" variant="secondary" disabled={quote.isPending}>
      Preview quote
    </Button>
  );

  if (product.isPending) return <Loading what="the product" />;
  if (product.isError) return <ErrorNotice error={product.error} onRetry={() => product.refetch()} />;
  const view = product.data;
  const placed = order.data;
  // Until the wallets are read, the product's own currency is taken to have one.
  const ownCurrencyWallet = wallets.data?.some((wallet) => wallet.currency_code === view.currency_code) ?? true;
  return (
    <>
      <p className="text-sm">
        <Link to="/catalog" className="text-blue-700 underline">
          Catalog
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{view.name}</h1>
      <dl className="grid max-w-3xl grid-cols-1 gap-x-2 rounded-lg border border-slate-200 bg-white p-4 text-sm gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-500">Category</dt>
        <dd>{view.sub_category ? `${view.category} / ${view.sub_category}` : view.category}</dd>
        <dt className="text-slate-500">Country and currency</dt>
        <dd>
          {view.country_code}, {view.currency_code}
        </dd>
        <dt className="text-slate-500">Values and your discount</dt>
        <dd>{ranges(view)}</dd>
        <dt className="text-slate-500">Vouchers</dt>
        <dd>{view.voucher_type === 'URL' ? 'a link' : view.voucher_type === 'CODE_WITH_PIN' ? 'a code and a PIN' : 'a code'}</dd>
        {view.validity && (
          <>
            <dt className="text-slate-500">Validity</dt>
            <dd>{view.validity}</dd>
          </>
        )}
        {view.description && (
          <>
            <dt className="text-slate-500">Description</dt>
            <dd>{view.description}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="quote-heading" className="max-w-3xl space-y-3">
        <h2 id="quote-heading" className="text-lg font-semibold">
          {can(session, 'orders.create') ? 'Order' : 'What an order would cost'}
        </h2>
        <p className="text-sm text-slate-600">
          {can(session, 'orders.create')
            ? 'Choose a value and a quantity, then preview the quote: the order is placed from there, after you confirm what it charges.'
            : 'Preview what an order would cost. Your role does not place orders: the owners, admins and finance people of your team do.'}
        </p>
        <form onSubmit={preview} className="space-y-3">
          {wallets.isError && <ErrorNotice error={wallets.error} onRetry={() => wallets.refetch()} />}
          <div className="grid grid-cols-1 items-end gap-3 md:grid-cols-[1fr_1fr_2fr]">
            <TextField
              label={`Value per voucher (${view.currency_code})`}
              inputMode="decimal"
              required
              value={form.denomination}
              onChange={(event) => change('denomination', event.target.value)}
            />
            <TextField
              label="Quantity"
              type="number"
              min={1}
              step={1}
              required
              value={form.quantity}
              onChange={(event) => change('quantity', event.target.value)}
            />
            {can(session, 'wallets.read') ? (
              <SelectField
                label="Pay from"
                value={form.wallet}
                onChange={(event) => change('wallet', event.target.value)}
                // Without a wallet in the product's currency, one of the others must be chosen (with conversion).
                required={!ownCurrencyWallet}
                options={[
                  {
                    value: '',
                    label: ownCurrencyWallet ? `The ${view.currency_code} wallet` : `Choose a wallet (there is no ${view.currency_code} wallet)`,
                  },
                  ...(wallets.data ?? []).map((wallet) => ({
                    value: String(wallet.id),
                    label: `${wallet.name} (${amount(wallet.amount, wallet.currency_code)})`,
                  })),
                ]}
              />
            ) : (
              <p className="text-sm text-slate-600">Paid from the {view.currency_code} wallet.</p>
            )}
          </div>
          {can(session, 'orders.create') ? (
            <FieldRow actions={previewButton}>
              <TextField
                label="Your reference (optional)"
                hint={`Your own name for this order, such as a purchase order number: up to ${CLIENT_REFERENCE_MAX_LENGTH} characters, no accents. Each of your orders needs a reference of its own.`}
                error={referenceError ?? undefined}
                maxLength={CLIENT_REFERENCE_MAX_LENGTH}
                value={form.reference}
                onChange={(event) => change('reference', event.target.value)}
              />
            </FieldRow>
          ) : (
            previewButton
          )}
        </form>
        {quote.isPending && <Loading what="the quote" />}
        {quote.isError && <Refusal error={quote.error} />}
        {quote.data && <QuoteTable quote={quote.data} />}
        {quote.data && can(session, 'orders.create') && !placed && (
          <Button onClick={() => setConfirming(true)} disabled={!quote.data.is_available || referenceError !== null}>
            Place order
          </Button>
        )}
        {order.isError && !confirming && <Refusal error={order.error} reference={reference} />}
        {placed && (
          <Notice>
            Order {placed.id} placed{placed.client_reference !== null && ` (your reference ${placed.client_reference})`}:{' '}
            {label('orderStatus', placed.status).toLowerCase()}, {amount(placed.total_payable, placed.deduction_currency)} charged.{' '}
            <Link to="/orders/$orderId" params={{ orderId: String(placed.id) }} className="font-medium underline">
              Open order {placed.id}
            </Link>
          </Notice>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Confirm the order"
        description={
          quote.data &&
          `${form.quantity} × ${form.denomination} ${view.currency_code} of ${view.name}: ${amount(quote.data.charges.total_payable, quote.data.charges.charges_details.destination_currency)} will be taken from the wallet.` +
            (reference ? ` Your reference: ${reference}.` : '')
        }
        confirmText="Confirm order"
        busy={order.isPending}
        onConfirm={() => order.mutate(line())}
      >
        {order.isError && <Refusal error={order.error} reference={reference} />}
      </ConfirmDialog>
    </>
  );
}

/** A refused quote or order, in words; a reference another order has links to that order. */
function Refusal({ error, reference }: { error: unknown; reference?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      {inWords(error)}
      {reference && isDuplicateReference(error) && (
        <>
          {' '}
          <Link to="/orders" search={{ reference }} className="font-medium underline">
            See the order with the reference {reference}
          </Link>
        </>
      )}
    </div>
  );
}

function QuoteTable({ quote }: { quote: Quote }) {
  const { charges } = quote;
  const product = charges.charges_details.source_currency;
  const wallet = charges.charges_details.destination_currency;
  const rows: [string, string][] = [
    ['Face value', amount(charges.non_discounted_total, product)],
    [`Your discount (${charges.discount} %)`, `− ${amount(charges.discount_amount, product)}`],
    ['Tax', amount(charges.gst_amount, product)],
  ];
  if (charges.charges_details.forex_rate !== null) {
    rows.push([`Exchange rate`, `1 ${product} = ${charges.charges_details.forex_rate} ${wallet}`]);
    rows.push(['In the wallet currency', amount(charges.net_amount, wallet)]);
    rows.push(['Conversion fee', amount(charges.handling_fee_amount, wallet)]);
  }
  rows.push(['Total payable', amount(charges.total_payable, wallet)]);
  return (
    <div className="max-w-md space-y-2">
      <table className="w-full divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Quote</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-600">
                {label}
              </th>
              <td className="px-3 py-1.5 text-right font-medium">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        {quote.is_available ? 'Available now.' : 'Not available in this quantity right now: there are not enough vouchers in stock.'} At most{' '}
        {charges.max_quantity} vouchers an order.
      </p>
    </div>
  );
}
