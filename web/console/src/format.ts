import { money as shownMoney } from '../../shared/format.ts';

/** Money as the API sends it, with its currency's decimals (`shared/format.ts`); a dash for none. */
export function money(amount: number | null, currency: string): string {
  return amount === null ? '—' : shownMoney(amount, currency);
}

/** An FX rate's conversion fee (destination currency) as people read it: "No fee" when it is zero. */
export function fee(amount: number, currency: string): string {
  return amount === 0 ? 'No fee' : money(amount, currency);
}

export { time } from '../../shared/format.ts';
