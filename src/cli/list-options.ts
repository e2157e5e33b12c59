import type { Command } from 'commander';
import { MAX_LIMIT, MAX_PAGE } from '../http/page-limits.ts';
import type { PageMeta } from '../shared/pages.ts';
import { printJson } from './output.ts';

/**
 * The options every list the store filters, sorts and pages shares (clients, products,
 * categories, subcategories, stock, FX rates, operators, webhooks): --sort and --desc, --page and
 * --limit, and --json. Without --page and --limit a list prints every match, as the admin API
 * answers it then; with either, one page and a line that says which.
 */
export interface ListFlags {
  sort?: string;
  desc?: boolean;
  page?: string;
  limit?: string;
  json?: boolean;
}

/** --active / --inactive of a list with an `active` filter. */
export interface ActiveFlags {
  active?: boolean;
  inactive?: boolean;
}

export function listOptions(command: Command, sorts: readonly string[], defaultSort: string): Command {
  return command
    .option('--sort <field>', `sort by ${sorts.join(', ')} (default ${defaultSort}); ascending unless --desc`)
    .option('--desc', 'sort descending')
    .option('--page <n>', 'print only this page (with --limit per page, default 50)')
    .option('--limit <n>', `per page, 1 to ${MAX_LIMIT.toLocaleString('en-US')} (with --page, default 1)`)
    .option('--json', 'print a JSON array');
}

export function activeOptions(command: Command, what: string): Command {
  return command.option('--active', `only active ${what}`).option('--inactive', `only inactive ${what}`);
}

function whole(value: string, name: string, max: number): string {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new Error(`Invalid ${name}: ${value} (1 to ${max})`);
  return String(Number(value));
}

/** The sort and page of the query, checked here so a mistake reads as the option's name. */
export function listQuery(flags: ListFlags, sorts: readonly string[], defaultSort: string) {
  if (flags.sort !== undefined && !sorts.includes(flags.sort)) throw new Error(`Invalid sort: ${flags.sort} (one of ${sorts.join(', ')})`);
  const sorted = flags.sort !== undefined || flags.desc;
  return {
    ...(sorted ? { sort_by: flags.sort ?? defaultSort, sort_dir: flags.desc ? 'DESC' : 'ASC' } : {}),
    ...(flags.page === undefined ? {} : { page: whole(flags.page, 'page', MAX_PAGE) }),
    ...(flags.limit === undefined ? {} : { limit: whole(flags.limit, 'limit', MAX_LIMIT) }),
  };
}

/** The `active` filter of --active or --inactive (not both). */
export function activeFilter(flags: ActiveFlags): { active?: 'true' | 'false' } {
  if (flags.active && flags.inactive) throw new Error('Choose --active or --inactive, not both');
  return flags.active ? { active: 'true' } : flags.inactive ? { active: 'false' } : {};
}

const paged = (flags: ListFlags) => flags.page !== undefined || flags.limit !== undefined;

/**
 * Prints a list: JSON, or the table `print` writes, or that there is none (`empty`, else "no
 * clients" for `plural` "clients"),
 * then, for a page, which page of how many.
 */
export function printList<T>(
  items: T[],
  meta: PageMeta,
  flags: ListFlags,
  plural: string,
  print: (items: T[]) => void,
  empty = `no ${plural}`,
): void {
  if (flags.json) return printJson(items);
  if (items.length === 0) {
    process.stdout.write(paged(flags) && meta.total > 0 ? `no ${plural} on page ${meta.page} (${meta.total} in all)\n` : `${empty}\n`);
    return;
  }
  print(items);
  if (paged(flags)) process.stdout.write(`page ${meta.page} of ${meta.totalPages}, ${meta.total} in all\n`);
}
