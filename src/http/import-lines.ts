import { errors, type DomainError } from '../shared/errors.ts';

/**
 * An import with bad lines (catalog, inventory) is refused as a whole: 400 VALIDATION_FAILURE with
 * one `details` entry per bad line (`{"field": "line 7", "message": …}`), read back by the CLI.
 */
export function badLinesError(lines: { line: number; message: string }[]): DomainError {
  const count = lines.length;
  return errors.validation(
    `${count} line${count === 1 ? '' : 's'} of the import ${count === 1 ? 'has' : 'have'} errors; nothing was imported`,
    lines.map((error) => ({ field: `line ${error.line}`, message: error.message })),
  );
}
