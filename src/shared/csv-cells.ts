/**
 * Text in a CSV file that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) is written with a leading apostrophe, which spreadsheets show
 * as text; a number (`-5`, `2.50`) is written as it is. A file the store reads back (the
 * catalog's) drops that apostrophe again, so an export imports to the same values: the rule
 * counts apostrophes already leading the text (`'=x` is written `''=x`).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The cell as written to a CSV file. */
export function protectCsvCell(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** The cell of a file written with `protectCsvCell`, as it was before. */
export function readCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
