import { Type } from 'typebox';
import { parseRfc3339 } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';

/**
 * Filters of list queries (api.md 1.7, 5.2, 6.4): an absent or empty parameter is no filter;
 * anything malformed is `400 BAD_REQUEST "Invalid query parameters"`.
 */

const MAX_ID = 2_147_483_647;

export const invalidQuery = () => errors.badRequest('Invalid query parameters');

export function present(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** The schema of an id filter in a query string (digits; empty is refused); read it with `queryId`, which checks the range. */
export const queryIdText = (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]+$', maxLength: 12, description }));

/** A positive 32-bit id given as decimal digits. */
export function queryId(value: string | undefined): number | undefined {
  if (!present(value)) return undefined;
  if (!/^[0-9]{1,10}$/.test(value)) throw invalidQuery();
  const id = Number(value);
  if (id < 1 || id > MAX_ID) throw invalidQuery();
  return id;
}

/** An ISO 4217 code, any case. */
export function queryCurrency(value: string | undefined): string | undefined {
  if (!present(value)) return undefined;
  if (!/^[A-Za-z]{3}$/.test(value)) throw invalidQuery();
  return value.toUpperCase();
}

/** One of `allowed` (upper case), matched case-insensitively. */
export function queryEnum<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  if (!present(value)) return undefined;
  const upper = value.toUpperCase() as T;
  if (!allowed.includes(upper)) throw invalidQuery();
  return upper;
}

/** An RFC 3339 timestamp (or a bare date, midnight UTC). */
export function queryTime(value: string | undefined): Date | undefined {
  if (!present(value)) return undefined;
  const date = parseRfc3339(value);
  if (!date) throw invalidQuery();
  return date;
}
