export const amount = (value: number, currency: string) =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;

export const time = (value: string | null | undefined) => (value ? value.replace('T', ' ').replace('Z', ' UTC') : '—');

/** The date of an RFC 3339 time (UTC), e.g. 2026-12-01. */
export const day = (value: string) => value.slice(0, 10);
