/** An RFC 3339 time as people read it: date and time, UTC. */
export function time(value: string | null | undefined): string {
  return value ? value.replace('T', ' ').replace('Z', ' UTC') : '—';
}

const decimalsByCurrency = new Map<string, number>();

/** The decimals of a currency (ISO 4217 minor units: JPY 0, USD 2, KWD 3), as the browser's Intl knows them; 2 for a code it does not. */
export function currencyDecimals(currency: string): number {
  let decimals = decimalsByCurrency.get(currency);
  if (decimals === undefined) {
    try {
      decimals = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      decimals = 2;
    }
    decimalsByCurrency.set(currency, decimals);
  }
  return decimals;
}

/** Money as the API sends it (a JSON number in the currency's precision), with its currency: `1,000 JPY`, `12.500 KWD`. */
export function money(amount: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  return `${amount.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 4) })} ${currency}`;
}
