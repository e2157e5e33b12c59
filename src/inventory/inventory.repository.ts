import { sql } from 'kysely';
import { unexpired, type StockKey } from '../suppliers/stock.repository.ts';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, searchMatches } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';

/**
 * The SQL of the operator's side of the voucher inventory (008_inventory): imports, stock levels,
 * thresholds. Taking codes for orders is the inventory supplier's (src/suppliers/stock.repository.ts).
 */

// ---- import ---------------------------------------------------------------------------------------

/** Of these fingerprints, the ones the product already has (any status). */
export async function existingFingerprints(db: Executor, productId: number, fingerprints: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const CHUNK = 5000;
  for (let start = 0; start < fingerprints.length; start += CHUNK) {
    const rows = await db
      .selectFrom('voucher_inventory')
      .select('fingerprint')
      .where('product_id', '=', productId)
      .where(sql<boolean>`fingerprint = any(${fingerprints.slice(start, start + CHUNK)}::text[])`)
      .execute();
    for (const row of rows) found.add(row.fingerprint);
  }
  return found;
}

export async function insertBatch(
  db: Executor,
  batch: { productId: number; denomination: string; quantity: number; source: string | null; createdBy: string },
): Promise<number> {
  const row = await db
    .insertInto('inventory_batches')
    .values({
      product_id: batch.productId,
      denomination: batch.denomination,
      quantity: batch.quantity,
      source: batch.source,
      created_by: batch.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewCode {
  fingerprint: string;
  payload: string;
  expires_at: Date | null;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters. */
export const INSERT_CHUNK = 1000;

export async function insertCodes(db: Executor, key: StockKey & { batchId: number }, codes: NewCode[]): Promise<void> {
  if (codes.length === 0) return;
  await db
    .insertInto('voucher_inventory')
    .values(
      codes.map((code) => ({
        product_id: key.productId,
        denomination: key.denomination,
        batch_id: key.batchId,
        fingerprint: code.fingerprint,
        payload: code.payload,
        expires_at: code.expires_at,
      })),
    )
    .execute();
}

// ---- stock levels and thresholds -------------------------------------------------------------------

/** What the stock list can be narrowed to; the fields combine with AND. */
export interface StockFilter {
  productId?: number;
  /** With `productId`: just this value (NUMERIC text), listed even when it has no codes nor threshold. */
  denomination?: string;
  /** Fewer available than the threshold (without one: none available), or not. */
  lowStock?: boolean;
  /** The product's name contains it (any case), or it is the product's id. */
  search?: string;
  /** The product's supplier, exactly. */
  supplier?: string;
}

/** The sorts of the stock list, each then by product and value (`threshold`: values without one last). */
export const STOCK_SORT_FIELDS = ['product_id', 'product_name', 'denomination', 'available', 'threshold'] as const;
export type StockSortField = (typeof STOCK_SORT_FIELDS)[number];

/** One product and value of the stock list, with its product's fields and its counts. */
export interface StockRow {
  product_id: number;
  product_name: string;
  supplier: string;
  currency: string;
  currency_precision: number;
  /** NUMERIC(19,4) text, e.g. "25.0000". */
  denomination: string;
  available: number;
  expired: number;
  reserved: number;
  issued: number;
  threshold: number | null;
  low_stock: boolean;
}

const available = sql<number>`coalesce(c.available, 0)`;

/**
 * Every product and value with codes or a threshold, and every fixed value of the products the
 * inventory supplier delivers (so an empty shelf shows), with their counts: one statement.
 */
function stockQuery(db: Executor, filter: StockFilter) {
  const onlyProduct = <Q extends { where: (column: 'product_id', op: '=', value: number) => Q }>(query: Q) =>
    filter.productId === undefined ? query : query.where('product_id', '=', filter.productId);
  let keys = onlyProduct(db.selectFrom('voucher_inventory').select(['product_id', 'denomination']))
    .union(onlyProduct(db.selectFrom('inventory_thresholds').select(['product_id', 'denomination'])))
    .union(
      onlyProduct(
        db
          .selectFrom('product_denominations')
          .select(['product_id', 'min_value as denomination'])
          .where(sql<boolean>`min_value = max_value`)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('products')
                .select('id')
                .whereRef('products.id', '=', 'product_denominations.product_id')
                .where('supplier', '=', 'inventory'),
            ),
          ),
      ),
    );
  if (filter.productId !== undefined && filter.denomination !== undefined) {
    keys = keys.union(
      db.selectNoFrom([sql<number>`${filter.productId}::int`.as('product_id'), sql<string>`${filter.denomination}::numeric`.as('denomination')]),
    );
  }
  const counts = onlyProduct(
    db
      .selectFrom('voucher_inventory')
      .select([
        'product_id',
        'denomination',
        sql<number>`count(*) filter (where status = 'AVAILABLE' and ${unexpired})`.as('available'),
        sql<number>`count(*) filter (where status = 'AVAILABLE' and not ${unexpired})`.as('expired'),
        sql<number>`count(*) filter (where status = 'RESERVED')`.as('reserved'),
        sql<number>`count(*) filter (where status = 'ISSUED')`.as('issued'),
      ])
      .groupBy(['product_id', 'denomination']),
  );
  let query = db
    .with('stock_keys', () => keys)
    .with('stock_counts', () => counts)
    .selectFrom('stock_keys as k')
    .innerJoin('products as p', 'p.id', 'k.product_id')
    .innerJoin('currencies as cu', 'cu.id', 'p.currency_id')
    .leftJoin('stock_counts as c', (join) => join.onRef('c.product_id', '=', 'k.product_id').onRef('c.denomination', '=', 'k.denomination'))
    .leftJoin('inventory_thresholds as t', (join) => join.onRef('t.product_id', '=', 'k.product_id').onRef('t.denomination', '=', 'k.denomination'));
  if (filter.denomination !== undefined) query = query.where(sql<boolean>`k.denomination = ${filter.denomination}::numeric`);
  if (filter.lowStock !== undefined) query = query.where(sql<boolean>`(${available} < coalesce(t.threshold, 1)) = ${filter.lowStock}`);
  if (filter.search !== undefined) query = query.where(searchMatches(filter.search, [sql.ref('p.name')], sql.ref('p.id')));
  if (filter.supplier !== undefined) query = query.where('p.supplier', '=', filter.supplier);
  return query;
}

export async function countStock(db: Executor, filter: StockFilter): Promise<number> {
  const row = await stockQuery(db, filter)
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The stock the filter selects, in the request's sort; a page of it or all. */
export async function listStock(db: Executor, filter: StockFilter, request: OptionalPageRequest<StockSortField>): Promise<StockRow[]> {
  const keys = {
    product_id: [],
    product_name: [sql`lower(p.name)`],
    denomination: [sql.ref('k.denomination')],
    available: [available],
    threshold: [sql.ref('t.threshold')],
  }[request.sort.field];
  const query = stockQuery(db, filter).select([
    'k.product_id',
    sql<string>`k.denomination::text`.as('denomination'),
    'p.name as product_name',
    'p.supplier',
    'cu.code as currency',
    'cu.minor_units as currency_precision',
    available.as('available'),
    sql<number>`coalesce(c.expired, 0)`.as('expired'),
    sql<number>`coalesce(c.reserved, 0)`.as('reserved'),
    sql<number>`coalesce(c.issued, 0)`.as('issued'),
    't.threshold',
    sql<boolean>`${available} < coalesce(t.threshold, 1)`.as('low_stock'),
  ]);
  const rows = await orderedPage(
    query,
    [...keys, sql.ref('k.product_id'), sql.ref('k.denomination')],
    request.sort.direction,
    request.page,
  ).execute();
  return rows.map((row) => ({
    ...row,
    available: Number(row.available),
    expired: Number(row.expired),
    reserved: Number(row.reserved),
    issued: Number(row.issued),
  }));
}

export interface ThresholdRow {
  product_id: number;
  denomination: string;
  threshold: number;
  updated_by: string;
  updated_at: Date;
}

export function listThresholds(db: Executor, productId?: number): Promise<ThresholdRow[]> {
  let query = db
    .selectFrom('inventory_thresholds')
    .select(['product_id', sql<string>`denomination::text`.as('denomination'), 'threshold', 'updated_by', 'updated_at']);
  if (productId !== undefined) query = query.where('product_id', '=', productId);
  return query.execute();
}

export async function findThreshold(db: Executor, key: StockKey): Promise<number | null> {
  const row = await db
    .selectFrom('inventory_thresholds')
    .select('threshold')
    .where('product_id', '=', key.productId)
    .where('denomination', '=', key.denomination)
    .executeTakeFirst();
  return row?.threshold ?? null;
}

export async function setThreshold(db: Executor, key: StockKey, threshold: number | null, actor: string): Promise<void> {
  if (threshold === null) {
    await db.deleteFrom('inventory_thresholds').where('product_id', '=', key.productId).where('denomination', '=', key.denomination).execute();
    return;
  }
  await db
    .insertInto('inventory_thresholds')
    .values({ product_id: key.productId, denomination: key.denomination, threshold, updated_by: actor })
    .onConflict((oc) => oc.columns(['product_id', 'denomination']).doUpdateSet({ threshold, updated_by: actor, updated_at: sql`now()` }))
    .execute();
}

/** The stored text of the most recently imported code (its key id is checked at start-up). */
export async function newestPayload(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('voucher_inventory').select('payload').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.payload ?? null;
}
