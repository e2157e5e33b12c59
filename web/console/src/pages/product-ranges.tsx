import { useMutation } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { rangeText, useRefreshCatalog, type Product } from '../catalog-data.ts';
import { isPositiveDecimal } from '../decimal.ts';

type Range = Product['denominations'][number];

const DISCOUNT = /^\d{1,2}(\.\d{1,2})?$/;

/** A product's face values: fixed values and ranges, each with its discount; add, change and remove them. */
export function ProductRanges({ product }: { product: Product }) {
  const [editing, setEditing] = useState<Range | 'new' | null>(null);
  const [removing, setRemoving] = useState<Range | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshCatalog();
  const remove = useMutation({
    mutationFn: (range: Range) => unwrap(adminApi.DELETE('/admin/v1/denominations/{id}', { params: { path: { id: range.id } } })),
    onSuccess: async (_view, range) => {
      setRemoving(null);
      setNotice(`Face value ${rangeText(range)} ${product.currency_code} is removed.`);
      await refresh();
    },
  });
  const label = (range: Range) => `${rangeText(range)} ${product.currency_code}`;
  const columns: ColumnDef<Range, unknown>[] = [
    { id: 'value', header: 'Face value', cell: ({ row }) => label(row.original) },
    { id: 'kind', header: 'Kind', cell: ({ row }) => (row.original.min_value === row.original.max_value ? 'Fixed value' : 'Range') },
    { id: 'discount', header: 'Discount', cell: ({ row }) => `${row.original.discount}%` },
    { id: 'id', header: 'ID', accessorKey: 'id' },
    {
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => (
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => setEditing(row.original)}>
            Edit range<span className="sr-only"> {label(row.original)}</span>
          </Button>
          <Button variant="secondary" onClick={() => setRemoving(row.original)}>
            Remove range<span className="sr-only"> {label(row.original)}</span>
          </Button>
        </div>
      ),
    },
  ];

  return (
    <section aria-labelledby="ranges" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="ranges" className="text-lg font-semibold">
          Face values
        </h2>
        <Button variant="secondary" onClick={() => setEditing('new')}>
          Add range
        </Button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {product.denominations.length === 0 ? (
        <Empty title="No face values yet">Clients cannot order the product until it has at least one fixed value or range.</Empty>
      ) : (
        <DataTable
          caption={`Face values of ${product.name}`}
          rows={[...product.denominations].sort((a, b) => a.min_value - b.min_value)}
          columns={columns}
          exportName={`product-${product.id}-face-values`}
          exportRows={async () => product.denominations.map((range) => ({ ...range, currency: product.currency_code }))}
        />
      )}
      {editing && (
        <RangeDialog
          product={product}
          range={editing === 'new' ? undefined : editing}
          onDone={(message) => {
            setEditing(null);
            if (message) setNotice(message);
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove face value ${removing ? label(removing) : ''}?`}
        description="Clients can no longer order it, and every client's negotiated discount for it is removed too."
        confirmText="Remove"
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {remove.isError && <ErrorNotice error={remove.error} />}
      </ConfirmDialog>
    </section>
  );
}

/** The fields of a range as the store's messages name them, and as its form does. */
const RANGE_FIELDS = { min_value: 'the lowest value', max_value: 'the highest value', discount: 'the discount' };

function RangeDialog({ product, range, onDone }: { product: Product; range?: Range; onDone: (message?: string) => void }) {
  const [form, setForm] = useState({
    min: range ? String(range.min_value) : '',
    max: range && range.max_value !== range.min_value ? String(range.max_value) : '',
    discount: range ? String(range.discount) : '0',
  });
  const refresh = useRefreshCatalog();
  const max = form.max.trim() || form.min;
  const valid = isPositiveDecimal(form.min) && isPositiveDecimal(max) && DISCOUNT.test(form.discount);
  const body = { min_value: Number(form.min), max_value: Number(max), discount: Number(form.discount) };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        range
          ? adminApi.PATCH('/admin/v1/denominations/{id}', { params: { path: { id: range.id } }, body })
          : adminApi.POST('/admin/v1/products/{id}/denominations', { params: { path: { id: product.id } }, body }),
      ),
    onSuccess: async () => {
      await refresh();
      onDone(`Face value ${rangeText(body)} ${product.currency_code} is ${range ? 'changed' : 'added'}.`);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) save.mutate();
  }
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value.trim() });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onDone()}
      title={range ? `Edit face value ${rangeText(range)} ${product.currency_code}` : 'Add a face value'}
    >
      <form onSubmit={submit} className="space-y-3">
        {save.isError && <ErrorNotice error={save.error} fields={RANGE_FIELDS} />}
        <TextField
          label={`Value, or lowest value of a range (${product.currency_code})`}
          inputMode="decimal"
          required
          value={form.min}
          error={form.min && !isPositiveDecimal(form.min) ? 'A positive amount, e.g. 25 or 10.50' : undefined}
          onChange={set('min')}
        />
        <TextField
          label={`Highest value of a range (${product.currency_code})`}
          hint="Leave blank for a fixed value"
          inputMode="decimal"
          value={form.max}
          error={form.max && !isPositiveDecimal(form.max) ? 'A positive amount, e.g. 500' : undefined}
          onChange={set('max')}
        />
        <TextField
          label="Discount (%)"
          inputMode="decimal"
          required
          value={form.discount}
          error={form.discount && !DISCOUNT.test(form.discount) ? 'From 0 to 99.99, at most 2 decimals' : undefined}
          onChange={set('discount')}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={!valid || save.isPending}>
            {range ? 'Save range' : 'Add'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
