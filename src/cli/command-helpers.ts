import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { PageMeta } from '../shared/pages.ts';
import { AdminCallError, type Progress } from './admin-client.ts';

/** Helpers shared by the CLI commands: ids, page options, tables and pages, input files, import progress. */

export function positiveId(value: string, thing: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
    throw new Error(`Invalid ${thing} ID: ${value}`);
  }
  return Number(value);
}

/** A client, product, … in a table or a sentence: its ID, then what it is called — "12 (Acme Rewards)". */
export function named(id: number, name: string): string {
  return `${id} (${name})`;
}

/** A whole number option from 1 to `max` (--limit, --page). */
export function wholeNumber(value: string, name: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new Error(`Invalid ${name}: ${value} (1 to ${max})`);
  return Number(value);
}

/** For people only (JSON output carries the exact numbers): "USD 1,234.50", "JPY 1,000". */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '-';
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'code' }).format(amount).replace(/\u00a0/g, ' ');
  } catch {
    return `${currency} ${amount}`;
  }
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/**
 * One page of a paged list (`--page`, `--limit`): its table (`render`), or what an empty page says
 * ("no orders", "no orders on page 3 (120 in all)"), and a footer when there are more pages.
 * `things` names the list ("audit entries"), `counted` what the footer counts (default `things`).
 */
export function printPage<T>(items: T[], meta: PageMeta, render: (items: T[]) => string, things: string, counted = things): void {
  if (items.length === 0) {
    process.stdout.write(meta.total === 0 ? `no ${things}\n` : `no ${things} on page ${meta.page} (${meta.total} in all)\n`);
    return;
  }
  process.stdout.write(render(items));
  if (meta.totalPages > 1) process.stdout.write(`page ${meta.page} of ${meta.totalPages} (${meta.total} ${counted})\n`);
}

export function printLineErrors(errors: { line: number; message: string }[]): void {
  process.stderr.write(errors.map((error) => `line ${error.line}: ${error.message}\n`).join(''));
}

/** A file's text; "-" reads standard input. */
export async function readInput(file: string): Promise<string> {
  if (file !== '-') {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The bad lines of an import refused with 400 (one `details` entry per line, "line N"); null for any other failure. */
export function importLineErrors(error: unknown): { line: number; message: string }[] | null {
  if (!(error instanceof AdminCallError) || error.status !== 400) return null;
  const lines = error.details.filter((detail) => /^line \d+$/.test(detail.field));
  return lines.length ? lines.map((detail) => ({ line: Number(detail.field.slice(5)), message: detail.message })) : null;
}

/** Files with at least this many lines get a progress bar (on a terminal). */
const PROGRESS_THRESHOLD = 100;

/** A progress bar on a terminal for a large file (`unit`: "products", "codes"); nothing otherwise. */
export function progressBar(total: number, enabled: boolean, unit: string): { onProgress?: (progress: Progress) => void; stop(): void } {
  if (!enabled || !process.stdout.isTTY || total < PROGRESS_THRESHOLD) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `{phase} [{bar}] {value}/{total} ${unit}`, stream: process.stdout, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { phase: 'checking' });
  return {
    onProgress: ({ phase, done, total: all }) => {
      bar.setTotal(all);
      bar.update(done, { phase: phase === 'validate' ? 'checking' : 'writing ' });
    },
    stop: () => bar.stop(),
  };
}
