/**
 * How a face value range reads to people: the operator console's pages and the CLI's output say
 * it the same way. A module of its own, with no imports, so the console imports it too.
 */

/** A range's values as operators read them: "25" for a fixed value, "10–500" for a range. */
export const rangeText = (range: { min_value: number; max_value: number }): string =>
  range.min_value === range.max_value ? String(range.min_value) : `${range.min_value}–${range.max_value}`;

/** A range in words, with its currency: "fixed value 25 USD", "range 10–500 USD". */
export const rangeInWords = (range: { min_value: number; max_value: number; currency_code: string }): string =>
  `${range.min_value === range.max_value ? 'fixed value' : 'range'} ${rangeText(range)} ${range.currency_code}`;
