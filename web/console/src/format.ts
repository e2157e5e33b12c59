/** Money as the API sends it (a JSON number in the currency's precision), with its currency. */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  return `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;
}

export { time } from '../../shared/format.ts';
