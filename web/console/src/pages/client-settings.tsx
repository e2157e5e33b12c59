import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { FieldRow, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { rangeInWords } from '../catalog-data.ts';
import { ProductField } from './product-field.tsx';
import { integer } from '../search.ts';

type Client = components['schemas']['Client'];
type Summary = components['schemas']['ClientSummary'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Runs any change of a section, then refreshes what it changed; its error shows in the section. */
function useSectionChange(keys: unknown[][]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: () => Promise<unknown>) => change(),
    onSuccess: () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

const submitting = (action: () => void) => (event: FormEvent) => {
  event.preventDefault();
  action();
};

/** Features and the IP allowlist: what the client's credentials may reach, and from where. */
export function ClientAccess({ client }: { client: Client }) {
  const path = { params: { path: { id: client.id } } };
  const [cidr, setCidr] = useState('');
  const [turningOff, setTurningOff] = useState(false);
  const [emptying, setEmptying] = useState<string | null>(null);
  const vouchers = client.features.includes('vouchers');
  const change = useSectionChange([['client', client.id]]);
  const setVouchers = (on: boolean) =>
    change.mutate(() => unwrap(adminApi.PUT('/admin/v1/clients/{id}/features', { ...path, body: { features: on ? ['vouchers'] : [] } })), {
      onSuccess: () => setTurningOff(false),
    });
  const removeAddress = (entry: string) =>
    change.mutate(() => unwrap(adminApi.POST('/admin/v1/clients/{id}/ip-allowlist/remove', { ...path, body: { cidr: entry } })), {
      onSuccess: () => setEmptying(null),
    });
  return (
    <Section title="Access">
      {change.isError && <ErrorNotice error={change.error} />}
      <p className="text-sm">
        Vouchers feature: <strong>{vouchers ? 'on' : 'off'}</strong> (products, quotes and orders).{' '}
        <Button variant="secondary" disabled={change.isPending} onClick={() => (vouchers ? setTurningOff(true) : setVouchers(true))}>
          {vouchers ? 'Turn off vouchers' : 'Turn on vouchers'}
        </Button>
      </p>
      <ConfirmDialog
        open={turningOff}
        onOpenChange={setTurningOff}
        title={`Turn off vouchers for ${client.name}?`}
        description="At once, its API refuses products, quotes and orders until vouchers are turned on again."
        confirmText="Turn off vouchers"
        danger
        busy={change.isPending}
        onConfirm={() => setVouchers(false)}
      >
        {change.isError && <ErrorNotice error={change.error} />}
      </ConfirmDialog>
      <div className="text-sm">
        <p className="mb-1">
          IP allowlist: {client.ip_allowlist.length === 0 ? 'empty, so any address may call the API.' : 'only these addresses may call the API.'}
        </p>
        <ul className="space-y-1">
          {client.ip_allowlist.map((entry) => (
            <li key={entry} className="flex items-center gap-2">
              <code>{entry}</code>
              <Button
                variant="ghost"
                disabled={change.isPending}
                // The last address gone, any address may call the API: that asks first.
                onClick={() => (client.ip_allowlist.length === 1 ? setEmptying(entry) : removeAddress(entry))}
              >
                Remove {entry}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <ConfirmDialog
        open={emptying !== null}
        onOpenChange={(open) => !open && setEmptying(null)}
        title={`Remove ${emptying ?? ''}, the last address of the allowlist?`}
        description={`With the allowlist empty, any address may call ${client.name}'s API with its credentials.`}
        confirmText="Remove and allow any address"
        danger
        busy={change.isPending}
        onConfirm={() => emptying && removeAddress(emptying)}
      >
        {change.isError && <ErrorNotice error={change.error} />}
      </ConfirmDialog>
      <form
        onSubmit={submitting(() =>
          change.mutate(() => unwrap(adminApi.POST('/admin/v1/clients/{id}/ip-allowlist', { ...path, body: { cidr } })).then(() => setCidr(''))),
        )}
        className="max-w-md"
      >
        <FieldRow
          actions={
            <Button type="submit" disabled={change.isPending}>
              Add to allowlist
            </Button>
          }
        >
          <TextField
            label="Address or range"
            hint="e.g. 203.0.113.7 or 203.0.113.0/24"
            required
            value={cidr}
            onChange={(event) => setCidr(event.target.value.trim())}
          />
        </FieldRow>
      </form>
    </Section>
  );
}

/** Tax rate, per-product quantity limits and rate limits (from the client's summary). */
export function ClientTerms({ clientId, terms, rateLimits }: { clientId: number; terms: Summary['terms']; rateLimits: Summary['rate_limits'] }) {
  const path = { params: { path: { id: clientId } } };
  const [taxRate, setTaxRate] = useState('');
  const [limit, setLimit] = useState({ product: '', quantity: '' });
  const [rates, setRates] = useState<Record<'read' | 'orders' | 'quotes', string>>({ read: '', orders: '', quotes: '' });
  const change = useSectionChange([['client', clientId]]);
  const newRateLimits = () =>
    Object.fromEntries(Object.entries(rates).map(([name, value]) => [name, value.trim() === '' ? null : (integer(value) ?? 0)]));
  return (
    <Section title="Terms">
      {change.isError && <ErrorNotice error={change.error} />}
      <form
        onSubmit={submitting(() =>
          change.mutate(() =>
            unwrap(adminApi.PUT('/admin/v1/clients/{id}/tax-rate', { ...path, body: { tax_rate: taxRate } })).then(() => setTaxRate('')),
          ),
        )}
        className="max-w-md"
      >
        <FieldRow
          actions={
            <Button type="submit" disabled={change.isPending}>
              Set tax rate
            </Button>
          }
        >
          <TextField
            label={`Tax rate (now ${terms.tax_rate} %)`}
            hint="Percentage added to each quote, 0 to 100"
            inputMode="decimal"
            required
            value={taxRate}
            onChange={(event) => setTaxRate(event.target.value.trim())}
          />
        </FieldRow>
      </form>
      <div className="text-sm">
        <p>Quantity per order: {terms.default_max_quantity} for every product, except:</p>
        <ul className="mt-1 space-y-1">
          {terms.max_quantities.map((row) => (
            <li key={row.product_id} className="flex items-center gap-2">
              {row.product_name} (product {row.product_id}): {row.max_quantity}
              <Button
                variant="ghost"
                onClick={() =>
                  change.mutate(() =>
                    unwrap(adminApi.POST('/admin/v1/clients/{id}/max-quantities/remove', { ...path, body: { product_id: row.product_id } })),
                  )
                }
              >
                Remove the limit of product {row.product_id}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <form
        onSubmit={submitting(() =>
          change.mutate(() =>
            unwrap(
              adminApi.PUT('/admin/v1/clients/{id}/max-quantities', {
                ...path,
                body: { product_id: integer(limit.product) ?? 0, max_quantity: integer(limit.quantity) ?? 0 },
              }),
            ).then(() => setLimit({ product: '', quantity: '' })),
          ),
        )}
        className="max-w-xl"
      >
        <FieldRow
          actions={
            <Button type="submit" disabled={change.isPending}>
              Set limit
            </Button>
          }
        >
          <ProductField label="Product ID" required value={limit.product} onChange={(product) => setLimit({ ...limit, product })} />
          <TextField
            label="Most vouchers per order"
            inputMode="numeric"
            required
            value={limit.quantity}
            onChange={(event) => setLimit({ ...limit, quantity: event.target.value })}
          />
        </FieldRow>
      </form>
      <form
        onSubmit={submitting(() =>
          change.mutate(() => unwrap(adminApi.PUT('/admin/v1/clients/{id}/rate-limits', { ...path, body: newRateLimits() }))),
        )}
        className="max-w-3xl space-y-2"
      >
        <p className="text-sm">Requests per minute; leave a field empty for the store's default.</p>
        <FieldRow
          actions={
            <Button type="submit" disabled={change.isPending}>
              Save rate limits
            </Button>
          }
        >
          {(['read', 'orders', 'quotes'] as const).map((name) => (
            <TextField
              key={name}
              label={`${name[0]!.toUpperCase()}${name.slice(1)} (now ${rateLimits.effective[name]}${rateLimits.overrides[name] === null ? ', the default' : ''})`}
              inputMode="numeric"
              value={rates[name]}
              onChange={(event) => setRates({ ...rates, [name]: event.target.value })}
            />
          ))}
        </FieldRow>
      </form>
    </Section>
  );
}

/** Negotiated discounts and blacklisted products (from the client's summary). */
export function ClientPricing({ clientId, pricing }: { clientId: number; pricing: Summary['pricing'] }) {
  const path = { params: { path: { id: clientId } } };
  const [blacklist, setBlacklist] = useState('');
  const [discount, setDiscount] = useState({ product: '', rate: '' });
  const change = useSectionChange([['client', clientId]]);
  const product = (text: string) => integer(text) ?? 0;
  return (
    <Section title="Pricing">
      {change.isError && <ErrorNotice error={change.error} />}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2 text-sm">
          <h3 className="font-medium">Negotiated discounts</h3>
          {pricing.discounts.length === 0 ? (
            <p className="text-slate-500">None: the catalog's discounts apply.</p>
          ) : (
            <ul className="space-y-1">
              {pricing.discounts.map((row) => (
                <li key={`${row.product_id}-${row.denomination_id}`} className="flex flex-wrap items-center gap-x-2">
                  {row.product_name} (product {row.product_id}){row.denomination && `, ${rangeInWords(row.denomination)}`}: {row.discount} %
                  <Button
                    variant="ghost"
                    onClick={() =>
                      change.mutate(() =>
                        unwrap(
                          adminApi.POST('/admin/v1/clients/{id}/discounts/remove', {
                            ...path,
                            body: { product_id: row.product_id, denomination_id: row.denomination_id },
                          }),
                        ),
                      )
                    }
                  >
                    Remove discount of product {row.product_id}
                    {row.denomination && `, ${rangeInWords(row.denomination)}`}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form
            onSubmit={submitting(() =>
              change.mutate(() =>
                unwrap(
                  adminApi.PUT('/admin/v1/clients/{id}/discounts', {
                    ...path,
                    body: { product_id: product(discount.product), discount: Number(discount.rate) },
                  }),
                ).then(() => setDiscount({ product: '', rate: '' })),
              ),
            )}
          >
            <FieldRow actions={<Button type="submit">Set discount</Button>}>
              <ProductField label="Product ID" required value={discount.product} onChange={(product) => setDiscount({ ...discount, product })} />
              <TextField
                label="Discount (%)"
                inputMode="decimal"
                required
                value={discount.rate}
                onChange={(event) => setDiscount({ ...discount, rate: event.target.value })}
              />
            </FieldRow>
          </form>
        </div>
        <div className="space-y-2 text-sm">
          <h3 className="font-medium">Blacklisted products</h3>
          {pricing.blacklist.length === 0 ? (
            <p className="text-slate-500">None: the client sees every active product.</p>
          ) : (
            <ul className="space-y-1">
              {pricing.blacklist.map((row) => (
                <li key={row.product_id} className="flex items-center gap-2">
                  {row.product_name} (product {row.product_id})
                  <Button
                    variant="ghost"
                    onClick={() =>
                      change.mutate(() =>
                        unwrap(adminApi.POST('/admin/v1/clients/{id}/blacklist/remove', { ...path, body: { product_id: row.product_id } })),
                      )
                    }
                  >
                    Show product {row.product_id} again
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form
            onSubmit={submitting(() =>
              change.mutate(() =>
                unwrap(adminApi.POST('/admin/v1/clients/{id}/blacklist', { ...path, body: { product_id: product(blacklist) } })).then(() =>
                  setBlacklist(''),
                ),
              ),
            )}
          >
            <FieldRow actions={<Button type="submit">Hide product</Button>}>
              <ProductField label="Product ID to hide" required value={blacklist} onChange={setBlacklist} />
            </FieldRow>
          </form>
        </div>
      </div>
    </Section>
  );
}
