const SCALE = 4;
const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;

export const isPositiveDecimal = (text: string) => DECIMAL.test(text) && !text.startsWith('-') && /[1-9]/.test(text);

function toUnits(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const units = BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0'));
  return negative ? -units : units;
}

/** a + b on decimal text, exactly (no binary floating point), with the digits that matter. */
export function addDecimal(a: string, b: string): string {
  const sum = toUnits(a) + toUnits(b);
  const sign = sum < 0n ? '-' : '';
  const digits = (sum < 0n ? -sum : sum).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${whole}.${fraction}`;
}

/** Decimal text as money reads elsewhere in the console: at least two decimals, thousands grouped ("20000" → "20,000.00"). */
export function formatDecimal(text: string): string {
  const [whole = '0', fraction] = addDecimal(text, '0').split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  return `${sign}${whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
