import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { operations } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextAreaField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { choicesQuery, options, useRefreshCatalog, type Product } from '../catalog-data.ts';

type CreateBody = operations['createProduct']['requestBody']['content']['application/json'];
type Changes = operations['updateProduct']['requestBody']['content']['application/json'];

const TEXTS = ['image_url', 'delivery_mode', 'delivery_time', 'validity'] as const;
const LONG_TEXTS = ['description', 'redemption_instructions', 'terms'] as const;
const LABELS: Record<(typeof TEXTS)[number] | (typeof LONG_TEXTS)[number], string> = {
  image_url: 'Image URL',
  delivery_mode: 'Delivery mode',
  delivery_time: 'Delivery time',
  validity: 'Validity',
  description: 'Description',
  redemption_instructions: 'Redemption instructions',
  terms: 'Terms',
};
const VOUCHER_TYPES = [
  { value: 'CODE', label: 'Code' },
  { value: 'CODE_WITH_PIN', label: 'Code with PIN' },
  { value: 'URL', label: 'Claim URL' },
];

type Form = Record<'name' | 'category_id' | 'subcategory_id' | 'country_id' | 'currency_id' | 'voucher_type' | 'supplier', string> &
  Record<(typeof TEXTS)[number] | (typeof LONG_TEXTS)[number], string> & { active: boolean; demo: boolean };

function formOf(product?: Product): Form {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    name: text(product?.name),
    category_id: product ? String(product.category_id) : '',
    subcategory_id: product?.subcategory_id ? String(product.subcategory_id) : '',
    country_id: product ? String(product.country_id) : '',
    currency_id: product ? String(product.currency_id) : '',
    voucher_type: product?.voucher_type ?? 'CODE',
    supplier: product?.supplier ?? 'sandbox',
    ...(Object.fromEntries([...TEXTS, ...LONG_TEXTS].map((field) => [field, text(product?.[field])])) as Record<keyof typeof LABELS, string>),
    active: product?.active ?? true,
    demo: product?.demo ?? false,
  };
}

/** The form's values as the API takes them: ids as numbers, blank texts as null. */
function bodyOf(form: Form): CreateBody {
  const blank = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: form.name.trim(),
    category_id: Number(form.category_id),
    subcategory_id: form.subcategory_id ? Number(form.subcategory_id) : null,
    country_id: Number(form.country_id),
    currency_id: Number(form.currency_id),
    voucher_type: form.voucher_type as CreateBody['voucher_type'],
    supplier: form.supplier.trim(),
    ...Object.fromEntries([...TEXTS, ...LONG_TEXTS].map((field) => [field, blank(form[field])])),
    active: form.active,
    demo: form.demo,
  };
}

/** Only what the operator changed, so the audit log says what changed. */
function changesOf(before: CreateBody, after: CreateBody): Changes {
  return Object.fromEntries(Object.entries(after).filter(([field, value]) => (before as Record<string, unknown>)[field] !== value)) as Changes;
}

/** Creates a product (without ranges: they are added on its page), or changes one. */
export function ProductFormDialog({ product, onDone }: { product?: Product; onDone: (saved?: Product) => void }) {
  const [form, setForm] = useState(() => formOf(product));
  const choices = useQuery(choicesQuery);
  const refresh = useRefreshCatalog();
  const save = useMutation({
    mutationFn: () =>
      product
        ? unwrap(
            adminApi.PATCH('/admin/v1/products/{id}', {
              params: { path: { id: product.id } },
              body: changesOf(bodyOf(formOf(product)), bodyOf(form)),
            }),
          )
        : unwrap(adminApi.POST('/admin/v1/products', { body: bodyOf(form) })),
    onSuccess: async (saved) => {
      await refresh();
      onDone(saved);
    },
  });
  const set = (field: keyof Form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value, ...(field === 'category_id' ? { subcategory_id: '' } : {}) }));
  const required = (list: { value: string; label: string }[]) => [{ value: '', label: 'Choose…' }, ...list];
  const supplierNames = [...(choices.data?.suppliers ?? [])];
  if (!supplierNames.includes(form.supplier)) supplierNames.push(form.supplier);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onDone()} title={product ? `Edit ${product.name}` : 'Create a product'}>
      <form onSubmit={submit} className="max-h-[70vh] space-y-3 overflow-y-auto pr-1">
        {choices.isError && <ErrorNotice error={choices.error} onRetry={() => choices.refetch()} />}
        {save.isError && <ErrorNotice error={save.error} />}
        <TextField label="Product name" required maxLength={200} value={form.name} onChange={set('name')} />
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            label="Category"
            required
            value={form.category_id}
            onChange={set('category_id')}
            options={required(options(choices.data?.categories ?? []))}
          />
          <SelectField
            label="Subcategory"
            value={form.subcategory_id}
            onChange={set('subcategory_id')}
            options={[
              { value: '', label: 'None' },
              ...options((choices.data?.subcategories ?? []).filter((sub) => String(sub.category_id) === form.category_id)),
            ]}
          />
          <SelectField
            label="Country"
            required
            value={form.country_id}
            onChange={set('country_id')}
            options={required(options(choices.data?.countries ?? [], (country) => `${country.name} (${country.alpha_3})`))}
          />
          <SelectField
            label="Currency"
            required
            value={form.currency_id}
            onChange={set('currency_id')}
            options={required(options(choices.data?.currencies ?? [], (currency) => `${currency.currency} — ${currency.name}`))}
          />
          <SelectField label="Voucher type" value={form.voucher_type} onChange={set('voucher_type')} options={VOUCHER_TYPES} />
          <SelectField
            label="Supplier"
            value={form.supplier}
            onChange={set('supplier')}
            options={supplierNames.map((name) => ({ value: name, label: name }))}
          />
        </div>
        {TEXTS.map((field) => (
          <TextField
            key={field}
            label={LABELS[field]}
            type={field === 'image_url' ? 'url' : 'text'}
            maxLength={field === 'image_url' ? 2048 : 200}
            value={form[field]}
            onChange={set(field)}
          />
        ))}
        {LONG_TEXTS.map((field) => (
          <TextAreaField key={field} label={LABELS[field]} rows={3} maxLength={20_000} value={form[field]} onChange={set(field)} />
        ))}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.active} onChange={(event) => setForm({ ...form, active: event.target.checked })} />
          Active
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.demo} onChange={(event) => setForm({ ...form, demo: event.target.checked })} />
          Demo data (in production mode only demo clients see it)
        </label>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : product ? 'Save changes' : 'Create product'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
