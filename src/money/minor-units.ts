import { errors } from '../shared/errors.ts';
import { decimalPlaces, formatDecimal, parseDecimal, type Decimal } from './decimal.ts';

/**
 * Money in the ledger is a bigint count of the currency's minor units (USD cents, JPY yen,
 * KWD fils; `currencies.minor_units` is the precision). Nothing here goes through a binary float:
 * input text (or a JSON number's shortest text) is parsed exactly, output is exact decimal text,
 * and only the final JSON serialisation turns that text into a number.
 */

export interface CurrencyPrecision {
  code: string;
  /** ISO 4217 minor unit: USD 2, JPY 0, KWD 3. */
  minor_units: number;
}

/** The largest single amount (major units) an operator or a movement may give: 10^12. */
export const MAX_AMOUNT_MAJOR = 1_000_000_000_000n;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Whether `minor` minor units of a currency with `minorUnits` decimals are more than MAX_AMOUNT_MAJOR. */
export const overMaximum = (minor: bigint, minorUnits: number): boolean => minor > MAX_AMOUNT_MAJOR * pow10(minorUnits);

/**
 * Parses an amount given as decimal text or a JSON number into minor units of `currency`.
 * More decimal places than the currency has (10.005 USD), a sign, zero (unless `allowZero`),
 * anything that is not a plain decimal number, or more than 10^12 are refused with
 * `400 VALIDATION_FAILURE "Invalid <field>: …"`.
 */
export function parseAmount(input: unknown, currency: CurrencyPrecision, options: { field?: string; allowZero?: boolean } = {}): bigint {
  const field = options.field ?? 'amount';
  const fail = (reason: string) => errors.validation(`Invalid ${field}: ${reason}`, [{ field, message: reason }]);
  if (typeof input !== 'string' && typeof input !== 'number') throw fail('must be a decimal number');
  // Plain decimal text only on the wire: no exponent, no hex, no sign other than a leading minus.
  if (typeof input === 'string' && !/^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(input)) throw fail('must be a decimal number');
  const value = parseDecimal(input);
  if (!value) throw fail('must be a decimal number');
  if (value.units < 0n) throw fail('must not be negative');
  if (value.units === 0n && !options.allowZero) throw fail('must be greater than 0');
  if (decimalPlaces(value) > currency.minor_units) {
    throw fail(
      currency.minor_units === 0
        ? `${currency.code} amounts are whole numbers`
        : `${currency.code} allows at most ${currency.minor_units} decimal places`,
    );
  }
  const minor = toMinor(value, currency.minor_units);
  if (overMaximum(minor, currency.minor_units)) throw fail(`must be at most ${MAX_AMOUNT_MAJOR}`);
  return minor;
}

/** An exact decimal with at most `places` digits as minor units (caller checked the places). */
function toMinor(value: Decimal, places: number): bigint {
  return value.units * pow10(places - value.scale);
}

/** Minor units as fixed-point text: 50000n (USD) → "500.00", 1000n (JPY) → "1000", 5n (KWD) → "0.005". */
export function formatMinor(minor: bigint, places: number): string {
  return formatDecimal({ units: minor, scale: places }, places);
}

/** The JSON number for minor units (api.md 1.8), exact up to the float's 15–17 significant digits. */
export function minorToNumber(minor: bigint, places: number): number {
  return Number(formatMinor(minor, places));
}

/** Decimal text from a NUMERIC column ("1.170000000000") as a JSON number (1.17). */
export function numericToNumber(text: string): number {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return Number(formatDecimal(value, value.scale));
}
