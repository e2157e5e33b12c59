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
  /**
   * The file's cells may be secrets (voucher codes, PINs): a header cell that is not a column is
   * named by its place, never by its text, since a file without a header has a voucher there.
   */
  secretCells?: boolean;
}

/** Header cells named in a message: at most this many, each cut to HEADER_CELL_SHOWN characters. */
const HEADER_CELLS_SHOWN = 5;
const HEADER_CELL_SHOWN = 40;

/** The header cells at `places` (0-based) as a message names them: `"colour"`, or `1` in a secret file. */
function namedCells(columns: string[], places: number[], secret: boolean): string {
  const shown = places.slice(0, HEADER_CELLS_SHOWN).map((place) => {
    if (secret) return String(place + 1);
    const text = columns[place]!;
    return `"${text.length > HEADER_CELL_SHOWN ? `${text.slice(0, HEADER_CELL_SHOWN)}…` : text}"`;
  });
  const more = places.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** The places (0-based) of the cells for which `keep` is true. */
const placesOf = (columns: string[], keep: (column: string, place: number) => boolean) =>
  columns.flatMap((column, place) => (keep(column, place) ? [place] : []));

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

/** csv-parse's options for every file; `relax_column_count_less`: trailing empty cells may be left out. */
const OPTIONS = { info: true, raw: true, skip_empty_lines: true, relax_column_count_less: true } as const;

const csvProblem = (error: CsvError) => `invalid CSV: ${withoutLine(error.message)}`;

/** The whole file in one pass: bad records are skipped and reported; more cells than the header names is an error. */
function parseInOnePass(text: string, errors: LineError[]): CsvRow[] {
  return parse(text, {
    ...OPTIONS,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw?: string) => {
      if (!error) return;
      const length = /expect (\d+), got (\d+)/.exec(error.message);
      const end = Number((error as CsvError & { lines?: number }).lines) || 1;
      const line = length && typeof raw === 'string' ? end - innerLineBreaks(raw) : end;
      errors.push({ line, message: length ? `${length[2]} cells, but the header names only ${length[1]} columns` : csvProblem(error) });
    },
  }) as unknown as CsvRow[];
}

/**
 * The file cut into its records at line breaks outside quoted cells (RFC 4180: a quote opens a
 * cell only at its start, and a lone quote closes it), with the line each ends on. A malformed
 * record (`"Bad"x,1`) ends at its line break all the same.
 */
function splitRecords(text: string): { raw: string; lines: number }[] {
  const chunks: { raw: string; lines: number }[] = [];
  let start = 0;
  let line = 1;
  let quoted = false;
  let fieldStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '\n') line++;
      else if (char === '"') {
        if (text[index + 1] === '"') index++;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && fieldStart) quoted = true;
    fieldStart = char === ',' || char === '\n';
    if (char === '\n') {
      chunks.push({ raw: text.slice(start, index + 1), lines: line });
      start = index + 1;
      line++;
    }
  }
  // The last record, when no line break ends it outside quotes (an unclosed quote runs to the end).
  if (start < text.length) chunks.push({ raw: text.slice(start), lines: text.endsWith('\n') ? line - 1 : line });
  return chunks;
}

/**
 * Record by record, for a file with a malformed quote: csv-parse's recovery after one can hide
 * or misplace the errors of the lines that follow, so each record is read on its own and every
 * bad one reported at its own line.
 */
function parseRecordByRecord(text: string, errors: LineError[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const chunk of splitRecords(text)) {
    if (chunk.raw.trim() === '') continue;
    const startLine = chunk.lines - innerLineBreaks(chunk.raw);
    try {
      // A record without quotes is its cells between commas (what csv-parse reads of it, faster).
      const [row] = chunk.raw.includes('"')
        ? (parse(chunk.raw, OPTIONS) as unknown as CsvRow[])
        : [{ record: chunk.raw.replace(/\n$/, '').split(','), raw: chunk.raw, info: { lines: chunk.lines } }];
      if (!row) continue;
      const width = rows[0]?.record.length;
      if (width !== undefined && row.record.length > width) {
        errors.push({ line: startLine, message: `${row.record.length} cells, but the header names only ${width} columns` });
        continue;
      }
      rows.push({ ...row, raw: chunk.raw, info: { lines: chunk.lines } });
    } catch (error) {
      errors.push({ line: startLine, message: csvProblem(error as CsvError) });
      // A header that cannot be read names no columns: the lines after it cannot be read either.
      if (rows.length === 0) return rows;
    }
  }
  return rows;
}

export function parseCsvRecords(text: string, layout: CsvLayout): { records: LineRecord[]; errors: LineError[] } {
  // One kind of line break, so line numbers count CRLF files right (also inside quoted cells).
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let errors: LineError[] = [];
  let rows = parseInOnePass(normalised, errors);
  if (errors.some((error) => error.message.startsWith('invalid CSV'))) {
    errors = [];
    rows = parseRecordByRecord(normalised, errors);
  }
  const startLine = (row: CsvRow) => row.info.lines - innerLineBreaks(row.raw);

  const [header, ...body] = rows;
  if (!header) {
    if (errors.length === 0) errors.push({ line: 1, message: `the file is empty; the first line must name the columns (${layout.headerHint})` });
    return { records: [], errors };
  }
  const columns = header.record.map((cell) => cell.trim().toLowerCase());
  const problems: string[] = [];
  const secret = layout.secretCells === true;
  const unknown = placesOf(columns, (column) => !layout.columns.includes(column));
  if (unknown.length) {
    const where = secret ? ` in place${unknown.length > 1 ? 's' : ''}` : '';
    problems.push(`unknown column${unknown.length > 1 ? 's' : ''}${where} ${namedCells(columns, unknown, secret)}`);
  }
  const repeated = placesOf(columns, (column, place) => layout.columns.includes(column) && columns.indexOf(column) !== place);
  if (repeated.length) problems.push(`column "${columns[repeated[0]!]}" appears twice`);
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
