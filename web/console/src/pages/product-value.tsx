import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { adminApi, unwrapPage } from '../../../shared/api.ts';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { rangeText, type Product } from '../catalog-data.ts';

export interface ProductValue {
  productId: string;
  value: string;
  /** The product chosen in the picker (its face values). */
  product?: Product;
}

/** How many matches the picker offers: the operator types more to narrow them. */
export const PICKER_LIMIT = 20;
const TYPING_PAUSE_MS = 250;

/** The text the operator typed, once they stop typing for a moment. */
export function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** The products whose name contains `term`, or whose id it is (the catalog's search): at most PICKER_LIMIT, by name; nothing for an empty term. */
export function useProductMatches(term: string) {
  return useQuery({
    queryKey: ['products', 'picker', term],
    queryFn: () =>
      unwrapPage(
        adminApi.GET('/admin/v1/products', { params: { query: { search: term, sort_by: 'name', sort_dir: 'ASC', page: 1, limit: PICKER_LIMIT } } }),
      ),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
}

/**
 * A product and one of its face values. The product is found by the store as the operator types
 * (name or id, at most PICKER_LIMIT matches; nothing is read before): a page never loads every
 * product. Then a list of its fixed values, or a field when it has ranges.
 */
export function ProductValueFields({
  choice,
  onChange,
  disabled,
}: {
  choice: ProductValue;
  onChange: (choice: ProductValue) => void;
  disabled?: boolean;
}) {
  const [typed, setTyped] = useState('');
  const term = useSettled(typed.trim());
  const matches = useProductMatches(term);
  const product = choice.product;
  const found = term === '' ? [] : (matches.data?.items ?? []);
  const offered = product && !found.some((candidate) => candidate.id === product.id) ? [product, ...found] : found;
  const ranges = product?.denominations ?? [];
  const hasRanges = ranges.some((range) => range.min_value !== range.max_value);
  const more = matches.data && term !== '' ? matches.data.page.total - matches.data.items.length : 0;
  const placeholder =
    term === '' ? 'Type a name or ID above…' : matches.isFetching ? 'Searching…' : found.length ? 'Choose a product…' : 'No product matches';
  return (
    <>
      <TextField
        label="Find a product"
        type="search"
        placeholder="Name or ID"
        disabled={disabled}
        hint={
          more > 0 ? `${more.toLocaleString('en-US')} more ${more === 1 ? 'product matches' : 'products match'}: type more to narrow them` : undefined
        }
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      {matches.isError && <ErrorNotice error={matches.error} onRetry={() => matches.refetch()} />}
      <SelectField
        label="Product"
        required
        disabled={disabled}
        value={choice.productId}
        onChange={(event) => {
          const picked = offered.find((candidate) => String(candidate.id) === event.target.value);
          onChange({ productId: event.target.value, value: '', product: picked });
        }}
        options={[
          { value: '', label: placeholder },
          ...offered.map((candidate) => ({ value: String(candidate.id), label: productLabel(candidate) })),
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
