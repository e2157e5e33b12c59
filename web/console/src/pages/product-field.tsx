import { useQuery } from '@tanstack/react-query';
import { adminApi, ApiError, unwrap } from '../../../shared/api.ts';
import { IdInput, type IdFieldProps } from './id-field.tsx';
import { useProductMatches, useSettled } from './product-value.tsx';
import { integer } from '../search.ts';

/**
 * A product's ID, found by typing its name or its ID: matching products are offered as the
 * operator types (the catalog's search), and under the field stands the product the ID names —
 * so a discount, a limit or a hidden product is never set on the wrong product by a mistyped
 * number, and a list is filtered by a product chosen by its name.
 */
export function ProductField({ value, ...props }: IdFieldProps) {
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
    <IdInput
      value={value}
      matches={matches.data?.items.map((match) => ({ id: match.id, label: `${match.name} (${match.currency_code})` }))}
      hint={product ? `${product.name} (${product.currency_code}${product.active ? '' : ', inactive'})` : undefined}
      error={missing ? `No product has the ID ${id}` : undefined}
      {...props}
    />
  );
}
