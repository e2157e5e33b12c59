import { useQuery } from '@tanstack/react-query';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { productsQuery, rangeText, type Product } from '../catalog-data.ts';

export interface ProductValue {
  productId: string;
  value: string;
}

/** A product and one of its face values: a list of its fixed values, or a field when it has ranges. */
export function ProductValueFields({
  choice,
  onChange,
  disabled,
}: {
  choice: ProductValue;
  onChange: (choice: ProductValue) => void;
  disabled?: boolean;
}) {
  const products = useQuery(productsQuery);
  if (products.isError) return <ErrorNotice error={products.error} onRetry={() => products.refetch()} />;
  const all = [...(products.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const product = all.find((candidate) => String(candidate.id) === choice.productId);
  const ranges = product?.denominations ?? [];
  const hasRanges = ranges.some((range) => range.min_value !== range.max_value);
  return (
    <>
      <SelectField
        label="Product"
        required
        disabled={disabled || products.isPending}
        value={choice.productId}
        onChange={(event) => onChange({ productId: event.target.value, value: '' })}
        options={[
          { value: '', label: products.isPending ? 'Loading products…' : 'Choose a product…' },
          ...all.map((candidate) => ({ value: String(candidate.id), label: productLabel(candidate) })),
        ]}
      />
      {hasRanges || !product ? (
        <TextField
          label="Face value"
          required
          inputMode="decimal"
          disabled={disabled || !product}
          hint={product ? `${product.currency_code}: ${ranges.map(rangeText).join(', ')}` : 'Choose the product first'}
          value={choice.value}
          onChange={(event) => onChange({ ...choice, value: event.target.value.trim() })}
        />
      ) : (
        <SelectField
          label="Face value"
          required
          disabled={disabled}
          value={choice.value}
          onChange={(event) => onChange({ ...choice, value: event.target.value })}
          options={[
            { value: '', label: ranges.length ? 'Choose a value…' : 'The product has no face values' },
            ...ranges.map((range) => ({ value: String(range.min_value), label: `${range.min_value} ${product.currency_code}` })),
          ]}
        />
      )}
    </>
  );
}

export const productLabel = (product: Product) => `${product.name} (#${product.id}, ${product.supplier}${product.active ? '' : ', inactive'})`;
