/** Money as the API sends it (a JSON number in the currency's precision), with its currency. */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  return `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;
}

/** An FX rate's conversion fee (destination currency) as people read it: "No fee" when it is zero. */
export function fee(amount: number, currency: string): string {
  return amount === 0 ? 'No fee' : money(amount, currency);
}

export { time } from '../../shared/format.ts';
