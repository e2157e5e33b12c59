/**
 * RFC 3339 timestamps in queries and operator input (api.md 1.8, 5.2): `2025-01-15T10:30:00Z`,
 * with an offset (`+02:00`), fractional seconds, a lower-case `t`/`z` or a space for the `T`
 * (RFC 3339 5.6 note). A bare date (`2025-01-15`) is taken as midnight UTC. Anything else,
 * impossible dates such as `2025-02-30`, and instants outside the years 0100–9999 in UTC (an
 * offset can move `9999-12-31T23:59:59-01:00` into the year 10000, which the database cannot
 * store) are null.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2})))?$/;

export function parseRfc3339(text: string): Date | null {
  const match = RFC3339.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', , sign, oh = '00', om = '00'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (Number(oh) > 23 || Number(om) > 59) return null;
  const ms = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const date = new Date(utc - offsetMinutes * 60_000);
  const utcYear = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || utcYear < 100 || utcYear > 9999 ? null : date;
}

/** RFC 3339 UTC with `Z`, second precision (api.md 1.8): how every answer, event and log line writes a time. */
export function toRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
