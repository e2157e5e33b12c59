import { sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { PageRequest, SortDirection } from '../../shared/pages.ts';

/** A key of a list's order: an expression read in the sort's direction, or in a fixed one. */
export type OrderKey = Expression<unknown> | { key: Expression<unknown>; direction: SortDirection };

/**
 * The order and page of a list read with offset pages (the operator's lists): by each key in
 * turn, nulls last whichever the direction; the last key should be the id, so that rows equal on
 * the others keep one order from page to page. Every row when `page` is null.
 */
export function orderedPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  keys: readonly OrderKey[],
  direction: SortDirection,
  page: PageRequest | null,
): SelectQueryBuilder<DB, TB, O> {
  let ordered = query;
  for (const entry of keys) {
    const [key, keyDirection] = 'key' in entry ? [entry.key, entry.direction] : [entry, direction];
    ordered = ordered.orderBy(sql`${key} ${sql.raw(keyDirection === 'ASC' ? 'asc' : 'desc')} nulls last`);
  }
  return page ? ordered.limit(page.limit).offset(page.offset) : ordered;
}

const MAX_ID = 2_147_483_647;

/**
 * A search of an operator's list: one of `texts` contains `needle` whatever their case (no
 * pattern characters: `%` and `_` are themselves), or, when `needle` is an id in digits, `id` is it.
 */
export function searchMatches(needle: string, texts: readonly Expression<string | null>[], id?: Expression<number>): RawBuilder<boolean> {
  const lowered = needle.toLowerCase();
  const conditions = texts.map((text) => sql<boolean>`strpos(lower(${text}), ${lowered}) > 0`);
  const asId = /^[0-9]{1,10}$/.test(needle) ? Number(needle) : 0;
  if (id && asId >= 1 && asId <= MAX_ID) conditions.push(sql<boolean>`${id} = ${asId}`);
  return sql<boolean>`(${sql.join(conditions, sql` or `)})`;
}
