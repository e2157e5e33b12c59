export const amount = (value: number, currency: string) =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;

export { time } from '../../shared/format.ts';

/** The date of an RFC 3339 time (UTC), e.g. 2026-12-01. */
export const day = (value: string) => value.slice(0, 10);
