import { parse, type CsvError } from 'csv-parse/sync';

/**
 * A CSV file with a header line as records, each with the line it starts on, for the bulk
 * imports (catalog, inventory). Only the file itself is checked here (CSV syntax, header);
 * every rule about the values is the import's, so it reports them by line too.
 */

export interface LineRecord {
  line: number;
  /** Non-blank cells by (lower-cased) column name, as text. */
  fields: Record<string, unknown>;
}

export interface LineError {
  line: number;
  message: string;
}

export interface CsvLayout {
  /** Every column the file may have. */
  columns: readonly string[];
  /** Columns the header must name. */
  required: readonly string[];
  /** More header rules (e.g. "one of these two"): each problem as text. */
  checkHeader?: (columns: string[]) => string[];
  /** What an empty file's message says the first line must name. */
  headerHint: string;
}

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** csv-parse's message without its line (the error has one) and without the cell's text, which may be a voucher code. */
const withoutLine = (message: string) =>
  message
    .replace(/\s+(at|on) line \d+/, '')
    .replace(/, value is "(?:[^"\\]|\\.)*"/, '')
    .replace(/ got "(?:[^"\\]|\\.)*" instead of/, ' another character instead of')
    .replace(/\.$/, '');

/** A record spanning several lines (a quoted line break) is reported at its first line. */
const innerLineBreaks = (raw: string) => (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g) ?? []).length;

export function parseCsvRecords(text: string, layout: CsvLayout): { records: LineRecord[]; errors: LineError[] } {
  const errors: LineError[] = [];
  // One kind of line break, so line numbers count CRLF files right (also inside quoted cells).
  const rows = parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    // Trailing empty cells may be left out; more cells than the header names is an error.
    relax_column_count_less: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw?: string) => {
      if (!error) return;
      const length = /expect (\d+), got (\d+)/.exec(error.message);
      const end = Number((error as CsvError & { lines?: number }).lines) || 1;
      const line = length && typeof raw === 'string' ? end - innerLineBreaks(raw) : end;
      errors.push({
        line,
        message: length ? `${length[2]} cells, but the header names only ${length[1]} columns` : `invalid CSV: ${withoutLine(error.message)}`,
      });
    },
  }) as unknown as CsvRow[];
  const startLine = (row: CsvRow) => row.info.lines - innerLineBreaks(row.raw);

  const [header, ...body] = rows;
  if (!header) {
    if (errors.length === 0) errors.push({ line: 1, message: `the file is empty; the first line must name the columns (${layout.headerHint})` });
    return { records: [], errors };
  }
  const columns = header.record.map((cell) => cell.trim().toLowerCase());
  const problems: string[] = [];
  const unknown = columns.filter((column) => !layout.columns.includes(column));
  if (unknown.length) problems.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`);
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (repeated.length) problems.push(`column "${repeated[0]}" appears twice`);
  const missing = layout.required.filter((field) => !columns.includes(field));
  if (missing.length) problems.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`);
  problems.push(...(layout.checkHeader?.(columns) ?? []));
  if (problems.length) {
    errors.push({ line: startLine(header), message: `${problems.join('; ')} (columns: ${layout.columns.join(', ')})` });
    return { records: [], errors: errors.sort((a, b) => a.line - b.line) };
  }

  const records = body.map((row) => {
    const fields: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const cell = row.record[index] ?? '';
      if (cell.trim() !== '') fields[column] = cell;
    });
    return { line: startLine(row), fields };
  });
  return { records, errors: errors.sort((a, b) => a.line - b.line) };
}
