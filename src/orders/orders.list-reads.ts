import { sql, type RawBuilder, type Transaction } from 'kysely';
import {
  afterPosition,
  microsOf,
  timestampOf,
  ownerIs,
  readListPage,
  type ListedPage,
  type ListOrder,
  type ListPlan,
  type ListRange,
} from '../infra/db/list-reads.ts';
import { ORDER_STATUSES, type Database } from '../infra/db/schema.ts';
import type { ListCursor, Sort } from '../shared/pages.ts';
import type { OperatorOrderFilter, OrderSortField } from './orders.repository.ts';

/**
 * Which orders a list page holds (GET /api/v1/orders, GET /admin/v1/orders), read as
 * `infra/db/list-reads.ts` describes, through the indexes of migration 018: (client, status, id),
 * (client, status, created_at, id), (client, product, status, id), (client, product, status,
 * created_at, id) and (client, id). A list without a status merges the five statuses' ranges;
 * `order_counts` gives X-Total-Count without a date window. An operator's list of every client
 * reads the table in id order and passes over the orders its filters refuse (at most
 * LIST_BOUNDS.maxSkipped).
 */

export interface OrderListRead {
  filter: OperatorOrderFilter;
  sort: Sort<OrderSortField>;
  offset: number;
  limit: number;
  after?: ListCursor;
}

const BY_DATE: ListOrder = { key: 'created_at', direction: 'ASC' };

/** A `created_at` cursor key (microseconds since 1970, as text) as a timestamp. */

/** The exact number of orders of the filter (no window), from `order_counts`. */
async function countedOrders(trx: Transaction<Database>, filter: OperatorOrderFilter): Promise<number> {
  const conditions = [
    filter.clientId === undefined ? null : sql`client_id = ${filter.clientId}::int`,
    filter.productId === undefined ? null : sql`product_id = ${filter.productId}::int`,
    filter.status === undefined ? null : sql`status = ${filter.status}::text`,
  ].filter((condition) => condition !== null);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const { rows } = await sql<{ n: string | number | bigint }>`select coalesce(sum(n), 0) as n from order_counts ${where}`.execute(trx);
  return Number(rows[0]!.n);
}

/**
 * A client's order by client_reference (unique per client: at most one row, through that unique
 * index): the list (X-Total-Count), and the page (after the cursor, if any; from offset 0 only).
 */
async function readByReference(
  trx: Transaction<Database>,
  conditions: RawBuilder<boolean>[],
  after: RawBuilder<boolean> | undefined,
  keyText: RawBuilder<string>,
  offset: number,
): Promise<ListedPage> {
  const { rows } = await sql<{ id: number; k: string; kept: boolean }>`
    select merged.id, ${keyText} as k, ${after ?? sql`true`} as kept
    from (select id, created_at from orders where ${sql.join(conditions, sql` and `)}) as merged`.execute(trx);
  const page = offset === 0 ? rows.filter((row) => row.kept).map(({ id, k }) => ({ id, k })) : [];
  return { rows: page, total: rows.length, capped: false, hasMore: false };
}

/** The ids of the page (`k`: each order's sort key as text), the total and whether there is more. */
export function readOrderPage(trx: Transaction<Database>, read: OrderListRead): Promise<ListedPage> {
  const { filter } = read;
  // A client's list: every range is the client's (ListOrder.owner); the operator's list of every client has none.
  const owner = filter.clientId === undefined ? undefined : 'client_id';
  const order: ListOrder = { key: read.sort.field === 'created_at' ? 'created_at' : null, direction: read.sort.direction, owner };
  const window: RawBuilder<boolean>[] = [];
  if (filter.start !== undefined) window.push(sql<boolean>`created_at >= ${filter.start}::timestamptz`);
  if (filter.end !== undefined) window.push(sql<boolean>`created_at < ${filter.end}::timestamptz`);
  const after = read.after && afterPosition(order, read.after.key === null ? null : timestampOf(read.after.key), read.after.id);

  const plan: Omit<ListPlan, 'ranges'> = {
    order,
    byDate: { ...BY_DATE, owner },
    window,
    after,
    keyText: order.key === null ? sql<string>`merged.id::text` : microsOf('merged.created_at'),
    advice:
      filter.clientId === undefined
        ? 'give client_id, or filters that match more of the orders'
        : 'sort by created_at, or narrow start_date/end_date to at most 10000 orders',
    offset: read.offset,
    limit: read.limit,
  };

  if (filter.clientId !== undefined && filter.clientReference !== undefined) {
    const conditions = [
      sql<boolean>`client_id = ${filter.clientId}::int`,
      sql<boolean>`client_reference = ${filter.clientReference}::text`,
      ...(filter.status === undefined ? [] : [sql<boolean>`status = ${filter.status}::text`]),
      ...(filter.productId === undefined ? [] : [sql<boolean>`product_id = ${filter.productId}::int`]),
      ...window,
    ];
    return readByReference(trx, conditions, after, plan.keyText, read.offset);
  }
  if (filter.clientId === undefined) {
    // Every client's orders: the table in id order, the filters read past.
    const residual = [
      ...window,
      filter.status === undefined ? null : sql<boolean>`status = ${filter.status}::text`,
      filter.productId === undefined ? null : sql<boolean>`product_id = ${filter.productId}::int`,
      filter.clientReference === undefined ? null : sql<boolean>`client_reference = ${filter.clientReference}::text`,
    ].filter((condition): condition is RawBuilder<boolean> => condition !== null);
    const byId: ListOrder = { key: null, direction: 'ASC' };
    return readListPage(trx, {
      ...plan,
      ranges: (): ListRange[] => [{ table: 'orders', where: [] }],
      byDate: byId,
      window: [],
      unindexed: order.key !== null,
      residual: { where: residual, columns: ['created_at', 'status', 'product_id', 'client_reference'] },
      counted: window.length === 0 && filter.clientReference === undefined ? () => countedOrders(trx, filter) : undefined,
    });
  }

  const client = ownerIs('client_id', filter.clientId);
  const product = filter.productId === undefined ? [] : [sql<boolean>`product_id = ${filter.productId}::int`];
  const ranges = (scan: ListOrder): ListRange[] => {
    // The client's orders in id order: one range of (client_id, id).
    if (scan.key === null && filter.status === undefined && filter.productId === undefined) return [{ table: 'orders', where: [client] }];
    const statuses = filter.status === undefined ? ORDER_STATUSES : [filter.status];
    return statuses.map((status) => ({ table: 'orders', where: [client, sql<boolean>`status = ${status}::text`, ...product] }));
  };
  return readListPage(trx, { ...plan, ranges, counted: () => countedOrders(trx, filter) });
}
