/**
 * Exact decimal numbers for money and percentages (api.md 1.8: money is never a binary float).
 * A value is `units / 10^scale` with a bigint `units`. JSON numbers that arrive in a request are
 * read through their shortest round-trip text (`String(10.005)` is "10.005"), which is what the
 * caller wrote; NUMERIC columns arrive as text from both database engines.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** Far beyond any amount or rate; keeps a hostile exponent from building a huge bigint. */
const MAX_EXPONENT = 400;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Parses decimal text ("12.50", "-3", "1e-7") or a finite number; null when it is neither. */
export function parseDecimal(input: string | number): Decimal | null {
  if (typeof input === 'number' && !Number.isFinite(input)) return null;
  const text = typeof input === 'number' ? String(input) : input.trim();
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  let units = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return normalize({ units: sign === '-' ? -units : units, scale });
}

/** The same value with no trailing fractional zeros ("10.5000" → 10.5). */
export function normalize(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return units === 0n ? { units: 0n, scale: 0 } : { units, scale };
}

/** Digits after the decimal point, ignoring trailing zeros (10.50 → 1). */
export function decimalPlaces(value: Decimal): number {
  return normalize(value).scale;
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale)];
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function maxDecimal(first: Decimal, ...rest: Decimal[]): Decimal {
  return rest.reduce((best, value) => (compareDecimal(value, best) > 0 ? value : best), first);
}

/**
 * Rounds to `places` digits, half away from zero ("half-up" on magnitudes: 0.125 → 0.13,
 * −0.125 → −0.13).
 */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  if (value.scale <= places) return value;
  const divisor = pow10(value.scale - places);
  const quotient = value.units / divisor;
  const remainder = value.units % divisor;
  const abs = remainder < 0n ? -remainder : remainder;
  const bump = abs * 2n >= divisor ? (value.units < 0n ? -1n : 1n) : 0n;
  return { units: quotient + bump, scale: places };
}

/** Fixed-point text with exactly `places` digits, rounded half-up ("241.25", "5", "0.500"). */
export function formatDecimal(value: Decimal, places: number): string {
  const rounded = roundHalfUp(value, places);
  const units = rounded.units * pow10(places - rounded.scale);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * The JSON number for a value rounded to `places` (api.md 1.8). The rounding is exact; only
 * the final conversion makes a double, whose shortest text is the rounded decimal again.
 */
export function toJsonNumber(value: Decimal, places: number): number {
  return Number(formatDecimal(value, places));
}
