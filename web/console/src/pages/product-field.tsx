import { adminApi, unwrap } from '../../../shared/api.ts';
import { IdInput, useIdText, useNamed, type IdFieldProps } from './id-field.tsx';
import { useProductMatches } from './product-value.tsx';

/** Where a ProductField keeps the product an ID names (null: none has it); a page that read it already puts it there. */
export const namedProductKey = (id: number) => ['products', 'named', id];

/**
 * A product's ID, found by typing its name or its ID: matching products are offered as the
 * operator types (the catalog's search), and under the field stands the product the ID names —
 * so a discount, a limit or a hidden product is never set on the wrong product by a mistyped
 * number, and a list is filtered by a product chosen by its name.
 */
export function ProductField({ value, onChange, waiting = false, ...props }: IdFieldProps) {
  const { term, id, current, typed } = useIdText(value, onChange);
  const matches = useProductMatches(term);
  const named = useNamed(
    namedProductKey,
    (productId) => unwrap(adminApi.GET('/admin/v1/products/{id}', { params: { path: { id: productId } } })),
    id,
    waiting,
  );
  const product = current ? named.data : undefined;
  return (
    <IdInput
      value={value}
      onChange={typed}
      matches={matches.data?.items.map((match) => ({ id: match.id, label: `${match.name} (${match.currency_code})` }))}
      hint={product ? `${product.name} (${product.currency_code}${product.active ? '' : ', inactive'})` : undefined}
      error={product === null ? `No product has the ID ${id}` : undefined}
      {...props}
    />
  );
}
