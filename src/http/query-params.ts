import { Type } from 'typebox';
import { parseRfc3339 } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';

/**
 * Query parameters (api.md 1.7, 5.2, 6.4). A route's querystring schema says what each parameter
 * is; the route reads the validated text into typed values with the readers below (numbers,
 * enums, Dates; pages and sorts in pagination.ts) and passes only those to its service.
 *
 * The schemas keep query values as text, checked by pattern, instead of letting the validator
 * coerce them: its coercion takes "1e3", "+7", " 7" and "0x10" as integers. An absent or empty
 * parameter is no filter unless said otherwise; anything malformed is
 * `400 BAD_REQUEST "Invalid query parameters"`, whether the schema or a reader refuses it.
 */

const MAX_ID = 2_147_483_647;

export const invalidQuery = () => errors.badRequest('Invalid query parameters');

export function present(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/**
 * The schema of an id in a query string, in the forms the lists accept; `queryId` reads the
 * first three. They differ, and are kept as they are for wire compatibility
 * (docs/architecture.md, "Query strings"):
 * - `filter`: empty is no filter; 1 to 10 digits (orders, transactions, the audit log).
 * - `required`: empty is refused; 1 to 10 digits (the operator's wallets and stock).
 * - `catalog`: empty is refused; 1 to 12 digits, so two more leading zeros (products).
 * - `coerced`: an integer as the validator coerces it, so "1e3", "+7", " 7" and "0x10" are ids;
 *   empty is refused (the operator's webhooks). The value is already a number.
 * Every form refuses 0 and anything above 2,147,483,647.
 */
export const QueryId = {
  filter: (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]{0,10}$', description: `${description}; empty: no filter` })),
  required: (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]{1,10}$', description })),
  catalog: (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]{1,12}$', description })),
  coerced: (description: string) => Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ID, description })),
};

/** An id of a `QueryId` string form: 1 … 2,147,483,647; empty or absent is none. */
export function queryId(value: string | undefined): number | undefined {
  if (!present(value)) return undefined;
  if (!/^[0-9]{1,12}$/.test(value)) throw invalidQuery();
  const id = Number(value);
  if (id < 1 || id > MAX_ID) throw invalidQuery();
  return id;
}

/** A filter of free text (a search): at most `maxLength` characters; empty is none. */
export const QueryText = (description: string, maxLength = 200) =>
  Type.Optional(Type.String({ maxLength, description: `${description}; empty: no filter` }));

/** A yes-or-no filter, `true` or `false`; empty is none. `queryBoolean` reads it. */
export const QueryBoolean = (description: string) =>
  Type.Optional(Type.String({ pattern: '^(true|false)?$', description: `${description}; empty: no filter` }));

/** A `QueryBoolean`: true, false, or none when empty or absent. */
export function queryBoolean(value: string | undefined): boolean | undefined {
  if (!present(value)) return undefined;
  if (value !== 'true' && value !== 'false') throw invalidQuery();
  return value === 'true';
}

/** Free text matched as given; empty is none. */
export function queryText(value: string | undefined): string | undefined {
  return present(value) ? value : undefined;
}

/** An ISO 4217 code, any case, as upper case. */
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

/** A whole number from `min` to `max` (digits only); absent or empty is `fallback`. */
export function queryWhole(value: string | undefined, range: { min: number; max: number; fallback: number }): number {
  if (!present(value)) return range.fallback;
  if (!/^[0-9]{1,12}$/.test(value)) throw invalidQuery();
  const number = Number(value);
  if (number < range.min || number > range.max) throw invalidQuery();
  return number;
}
