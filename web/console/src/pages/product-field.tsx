import { useQuery } from '@tanstack/react-query';
import { useId, type InputHTMLAttributes } from 'react';
import { adminApi, ApiError, unwrap } from '../../../shared/api.ts';
import { TextField } from '../../../shared/ui/field.tsx';
import { useProductMatches, useSettled } from './product-value.tsx';
import { integer } from '../search.ts';

/**
 * A product's ID, found by typing its name or its ID: matching products are offered as the
 * operator types (the catalog's search), and under the field stands the product the ID names —
 * so a discount, a limit or a hidden product is never set on the wrong product by a mistyped
 * number.
 */
export function ProductField({
  label,
  value,
  onChange,
  ...props
}: { label: string; value: string; onChange: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const listId = useId();
  const search = useSettled(value.trim());
  const matches = useProductMatches(search);
  const id = integer(search);
  const named = useQuery({
    queryKey: ['product', id],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/products/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
  const product = id !== undefined && integer(value) === id ? named.data : undefined;
  const missing = id !== undefined && integer(value) === id && named.error instanceof ApiError && named.error.status === 404;
  return (
    <>
      <TextField
        label={label}
        placeholder="Name or ID"
        autoComplete="off"
        list={listId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        hint={product ? `${product.name} (${product.currency_code}${product.active ? '' : ', inactive'})` : undefined}
        error={missing ? `No product has the ID ${id}` : undefined}
        {...props}
      />
      <datalist id={listId}>
        {matches.data?.items.map((product) => (
          <option key={product.id} value={String(product.id)} label={`${product.name} (${product.currency_code})`} />
        ))}
      </datalist>
    </>
  );
}
