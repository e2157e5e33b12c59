/** Money as the API sends it (a JSON number in the currency's precision), with its currency. */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  return `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;
}

/** An RFC 3339 time as the operator reads it: date and time, UTC. */
export function time(value: string | null | undefined): string {
  return value ? value.replace('T', ' ').replace('Z', ' UTC') : '—';
}
