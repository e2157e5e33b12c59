import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { LIST_BOUNDS, listTooExpensive, pageTooDeep } from '../../shared/pages.ts';
import type { Database } from './schema.ts';

/**
 * Reading a long list at a cost that does not grow with the table (the order and transaction
 * lists; docs/reference/pagination.md, "What a list costs").
 *
 * A list is read as one or more index ranges (`ListPlan.ranges`: one per status, say, when the
 * list has no status filter), each in the list's order, merged: each range reads at most the
 * rows before the page and the page, after a cursor when there is one (keyset). The statements
 * run in one REPEATABLE READ transaction (the count and the page see one snapshot) that tells the
 * planner not to sort, scan whole tables or build bitmaps unless nothing else can answer: a list
 * is read in the order of an index. The embedded database keeps no statistics (it never runs
 * ANALYZE), and without them the planner otherwise prefers sorting a client's every row to
 * reading an index in order: 2 s instead of 2 ms for page 501 of a client with a million orders.
 */

export type ListDirection = 'ASC' | 'DESC';

/** Runs `read` in the list transaction described above. */
export function readList<T>(db: Kysely<Database>, read: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // jit: a plan that must sort anyway carries the cost of a disabled sort (10^10), far above
      // PostgreSQL's JIT threshold: compiling it took 70 ms of a 1 ms query.
      await sql`select set_config('enable_sort', 'off', true), set_config('enable_seqscan', 'off', true),
        set_config('enable_bitmapscan', 'off', true), set_config('jit', 'off', true)`.execute(trx);
      return read(trx);
    });
}

/** The order of a list: by `key` (a column; null: the id alone), then by id, in `direction`. */
export interface ListOrder {
  key: string | null;
  direction: ListDirection;
  /**
   * The column every range of the list has one value of (the client, or the wallet), named first
   * in every ORDER BY: with its condition written `owner = any(array[…])` (`ownerIs`), which the
   * planner does not take for a constant, no index that does not begin with it (the primary key,
   * above all) gives the order, so a range is never read through an index that passes over other
   * owners' rows. PostgreSQL otherwise reads a wallet's newest transactions backwards through the
   * primary key when another wallet of the client holds every newer one: 95 ms instead of 0.1.
   */
  owner?: string;
}

const dir = (direction: ListDirection) => sql.raw(direction === 'ASC' ? 'asc' : 'desc');

/** A timestamp column as a sort key's text: microseconds since 1970 (a cursor's `key`). */
export const microsOf = (column: string) => sql<string>`(extract(epoch from ${sql.ref(column)}) * 1000000)::bigint::text`;

/** The timestamp a sort key's text (`microsOf`) stands for. */
export const timestampOf = (micros: string) => sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/** The condition of a list's owner (see `ListOrder.owner`). */
export const ownerIs = (column: string, id: number) => sql<boolean>`${sql.ref(column)} = any(array[${id}::int])`;

function orderBy(order: ListOrder, alias?: string): RawBuilder<unknown> {
  const column = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
  const columns = [...(order.owner ? [order.owner] : []), ...(order.key === null ? [] : [order.key]), 'id'];
  return sql`order by ${sql.join(columns.map((name) => sql`${column(name)} ${dir(order.direction)}`))}`;
}

/** Rows after (`key` value, `id`) in `order`: a row comparison that an index on (…, key, id) reads as a range. */
export function afterPosition(order: ListOrder, key: RawBuilder<unknown> | null, id: number): RawBuilder<boolean> {
  const op = sql.raw(order.direction === 'ASC' ? '>' : '<');
  return order.key === null || key === null
    ? sql<boolean>`id ${op} ${id}::int`
    : sql<boolean>`(${sql.ref(order.key)}, id) ${op} (${key}, ${id}::int)`;
}

const and = (conditions: RawBuilder<boolean>[]): RawBuilder<boolean> =>
  conditions.length === 0 ? sql<boolean>`true` : sql<boolean>`${sql.join(conditions, sql` and `)}`;

/** One index range of a list: the rows of `table` that `where` selects, with `computed` columns. */
export interface ListRange {
  table: string;
  where: RawBuilder<boolean>[];
  /** Columns computed from the row (`expression as name`), e.g. an amount in major units to merge ranges by. */
  computed?: Record<string, RawBuilder<unknown>>;
}

/** Reading `ranges` in `scan` order with `extra` conditions; `residual` filters what was read (at most `examine` rows a range). */
interface Scan {
  ranges: ListRange[];
  scan: ListOrder;
  extra: RawBuilder<boolean>[];
  residual?: { where: RawBuilder<boolean>[]; columns: string[]; examine: number };
}

function columnsOf(...orders: ListOrder[]): string[] {
  const named = orders.flatMap((order) => [order.owner, order.key]).filter((name): name is string => name !== null && name !== undefined);
  return [...new Set(['id', ...named])];
}

function selectList(range: ListRange, names: string[]): RawBuilder<unknown> {
  return sql.join(names.map((name) => (range.computed?.[name] ? sql`${range.computed[name]} as ${sql.ref(name)}` : sql.ref(name))));
}

/** Each range as a subquery giving `columns` in scan order, at most `limit` rows. */
function branches(scan: Scan, columns: string[], limit: number): RawBuilder<unknown>[] {
  return scan.ranges.map((range) => {
    const select = (names: string[]) => selectList(range, names);
    const where = and([...range.where, ...scan.extra]);
    if (!scan.residual) return sql`(select ${select(columns)} from ${sql.table(range.table)} where ${where} ${orderBy(scan.scan)} limit ${limit})`;
    const read = [...new Set([...columns, ...scan.residual.columns])];
    return sql`(select ${select(columns)} from (select ${select(read)} from ${sql.table(range.table)} where ${where} ${orderBy(scan.scan)}
      limit ${scan.residual.examine}) as examined where ${and(scan.residual.where)} ${orderBy(scan.scan)} limit ${limit})`;
  });
}

/** The rows of `scan`, merged in its order, at most `examine`, each with `hit`: whether its residual keeps it. */
function examined(scan: Scan, examine: number): RawBuilder<{ hit: boolean }> {
  const flag = scan.residual ? sql`(${and(scan.residual.where)})` : sql`true`;
  const read = [...new Set([...columnsOf(scan.scan), ...(scan.residual?.columns ?? [])])];
  const parts = scan.ranges.map(
    (range) =>
      sql`(select ${selectList(range, read)} from ${sql.table(range.table)} where ${and([...range.where, ...scan.extra])} ${orderBy(scan.scan)} limit ${examine})`,
  );
  return sql<{
    hit: boolean;
  }>`select ${flag} as hit from (${sql.join(parts, sql` union all `)}) as merged ${orderBy(scan.scan, 'merged')} limit ${examine}`;
}

/** How many of the first `examine` rows of `scan` it read (`examined`) and its residual keeps (`matches`). */
async function countRows(trx: Transaction<Database>, scan: Scan, examine: number): Promise<{ examined: number; matches: number }> {
  const { rows } = await sql<{ examined: string | number | bigint; matches: string | number | bigint }>`
    select count(*) as examined, count(*) filter (where hit) as matches from (${examined(scan, examine)}) as counted`.execute(trx);
  return { examined: Number(rows[0]!.examined), matches: Number(rows[0]!.matches) };
}

/** How many of the first `examine` rows of `scan` its residual keeps, counting no further than `enough`. */
async function countMatches(trx: Transaction<Database>, scan: Scan, examine: number, enough: number): Promise<number> {
  const { rows } = await sql<{ n: string | number | bigint }>`
    select count(*) as n from (select 1 from (${examined(scan, examine)}) as read where hit limit ${enough}) as kept`.execute(trx);
  return Number(rows[0]!.n);
}

/** One read of a list: what it holds, in which order, which page (by offset or after a cursor). */
export interface ListPlan {
  /** The list's index ranges for reading in `order` (each range's index must give that order). */
  ranges(order: ListOrder): ListRange[];
  order: ListOrder;
  /** The order the ranges are read in when the list's `order` is computed from it, monotonically within each range (default `order`). */
  scanOrder?: ListOrder;
  /** No index gives `order` (an operator's list of every client by date): at most `countCap` rows, read in `byDate`, sorted. */
  unindexed?: boolean;
  /** The order a date window is read in through the ranges' indexes (created_at, ascending). */
  byDate: ListOrder;
  /** Conditions of the date window (on the `byDate` key); empty: none. */
  window: RawBuilder<boolean>[];
  /** Rows after the cursor, in `order` (absent: none). */
  after?: RawBuilder<boolean>;
  /** Filters no index of the ranges covers (an operator's list of every client), with the columns they read. */
  residual?: { where: RawBuilder<boolean>[]; columns: string[] };
  /** The exact count of the list from counters (used when there is no window; after a cursor too: X-Total-Count is the list's). */
  counted?: () => Promise<number>;
  /** The order key of `merged`'s row as text (for the cursor). */
  keyText: RawBuilder<string>;
  /** What to advise when the list cannot be read within the bounds. */
  advice: string;
  offset: number;
  limit: number;
}

export interface ListedPage {
  rows: { id: number; k: string }[];
  total: number;
  capped: boolean;
  hasMore: boolean;
}

async function fetchPage(trx: Transaction<Database>, plan: ListPlan, scan: Scan, scanLimit: number): Promise<Omit<ListedPage, 'total' | 'capped'>> {
  const columns = columnsOf(scan.scan, plan.order, plan.scanOrder ?? plan.order);
  const { rows } = await sql<{ id: number; k: string }>`
    select merged.id, ${plan.keyText} as k from (${sql.join(branches(scan, columns, scanLimit), sql` union all `)}) as merged
    ${orderBy(plan.order, 'merged')} offset ${plan.offset} limit ${plan.limit + 1}`.execute(trx);
  return { rows: rows.slice(0, plan.limit), hasMore: rows.length > plan.limit };
}

const empty = (total: number): ListedPage => ({ rows: [], total, capped: false, hasMore: false });

async function page(plan: ListPlan, total: number, capped: boolean, read: () => Promise<Omit<ListedPage, 'total' | 'capped'>>): Promise<ListedPage> {
  if (!capped && plan.offset >= total) return empty(total);
  if (plan.offset > LIST_BOUNDS.maxOffset) throw pageTooDeep();
  return { ...(await read()), total, capped };
}

/**
 * What `scan` holds (the rows its residual keeps) when it reads at most `countCap` rows, as a page
 * sorted in the plan's order; else null. `total` tells X-Total-Count from what was read.
 */
async function sortedWhole(
  trx: Transaction<Database>,
  plan: ListPlan,
  scan: Scan,
  total: (seen: { examined: number; matches: number }) => { n: number; capped: boolean },
): Promise<ListedPage | null> {
  const examine = LIST_BOUNDS.countCap + 1;
  const read = { ...scan, residual: scan.residual && { ...scan.residual, examine } };
  const seen = await countRows(trx, read, examine);
  if (seen.examined > LIST_BOUNDS.countCap) return null;
  const { n, capped } = total(seen);
  return page(plan, n, capped, () => fetchPage(trx, plan, read, examine));
}

/**
 * A page of `plan` within LIST_BOUNDS, or the error that says why not (PAGE_TOO_DEEP,
 * LIST_TOO_EXPENSIVE). By what the index ranges can give:
 * - in order (no window, or a window on the order's key): counters count the list (or at most
 *   `countCap` rows are counted), and the page reads the rows before it and itself;
 * - a date window in another order (id, amount), or an order no index gives, of at most
 *   `countCap` rows: read whole, sorted;
 * - otherwise (a larger window, or a residual filter): read in order, passing over the rows the
 *   window or the residual refuses, at most `maxSkipped` of them before the page is whole.
 */
export async function readListPage(trx: Transaction<Database>, plan: ListPlan): Promise<ListedPage> {
  const after = plan.after ? [plan.after] : [];
  const wanted = plan.offset + plan.limit + 1;
  const inOrder = plan.scanOrder ?? plan.order;
  const counted = plan.counted && plan.window.length === 0 ? await plan.counted() : undefined;
  if (counted !== undefined && plan.offset >= counted) return empty(counted);
  const residual = plan.residual?.where ?? [];
  const residualColumns = [plan.byDate.key, ...(plan.residual?.columns ?? [])].filter((column): column is string => column !== null);

  if (plan.unindexed) {
    // After a cursor, what follows it is a lower bound of the list.
    const whole = await sortedWhole(
      trx,
      plan,
      {
        ranges: plan.ranges(plan.byDate),
        scan: plan.byDate,
        extra: [],
        residual: { where: [...plan.window, ...residual, ...after], columns: residualColumns, examine: 0 },
      },
      (seen) => ({ n: seen.matches, capped: after.length > 0 }),
    );
    if (!whole) throw listTooExpensive(plan.advice);
    return whole;
  }
  if (residual.length === 0 && (plan.window.length === 0 || inOrder.key === plan.byDate.key)) {
    const scan: Scan = { ranges: plan.ranges(inOrder), scan: inOrder, extra: [...plan.window, ...after] };
    if (counted !== undefined) return page(plan, counted, false, () => fetchPage(trx, plan, scan, wanted));
    // The whole window is counted (after a cursor too: X-Total-Count is the list's, as on its first page).
    const { examined } = await countRows(trx, { ...scan, extra: plan.window }, LIST_BOUNDS.countCap + 1);
    const capped = examined > LIST_BOUNDS.countCap;
    return page(plan, capped ? LIST_BOUNDS.countCap : examined, capped, () => fetchPage(trx, plan, scan, wanted));
  }
  // A window larger than countCap (read by date, it did not end): X-Total-Count is countCap, capped.
  let windowCapped = false;
  if (residual.length === 0) {
    const byDate = { ranges: plan.ranges(plan.byDate), scan: plan.byDate, extra: plan.window };
    // Every row read is in the window: the list (X-Total-Count, after a cursor too); the cursor keeps the page's.
    const whole = await sortedWhole(trx, plan, { ...byDate, residual: { where: after, columns: [], examine: 0 } }, (seen) => ({
      n: seen.examined,
      capped: false,
    }));
    if (whole) return whole;
    windowCapped = true;
  }
  if (plan.offset > LIST_BOUNDS.maxOffset) throw pageTooDeep();
  const examine = LIST_BOUNDS.maxSkipped + wanted;
  const scan: Scan = {
    ranges: plan.ranges(inOrder),
    scan: inOrder,
    extra: after,
    residual: { where: [...plan.window, ...residual], columns: residualColumns, examine },
  };
  // Enough rows kept to hold the page (and, when the total is not known yet, to count past the cap):
  // no need to know how far the rest goes. Merged in another order than the page's (by amount in
  // major units), every row must have been seen.
  const known = counted !== undefined || windowCapped;
  const enough = inOrder !== plan.order ? examine : known ? wanted : Math.max(LIST_BOUNDS.countCap + 1, wanted);
  const kept = enough < examine ? await countMatches(trx, scan, examine, enough) : 0;
  const seen = kept < enough ? await countRows(trx, scan, examine) : { examined: examine, matches: kept };
  const complete = seen.examined < examine;
  if (!complete && seen.matches < wanted) throw listTooExpensive(plan.advice);
  if (counted !== undefined) return page(plan, counted, false, () => fetchPage(trx, plan, scan, wanted));
  if (windowCapped) return page(plan, LIST_BOUNDS.countCap, true, () => fetchPage(trx, plan, scan, wanted));
  // After a cursor, what follows it is a lower bound of the list.
  const capped = !complete || seen.matches > LIST_BOUNDS.countCap || after.length > 0;
  return page(plan, Math.min(seen.matches, LIST_BOUNDS.countCap), capped, () => fetchPage(trx, plan, scan, wanted));
}
