import { sql } from 'kysely';
import { unexpired, type StockKey } from '../suppliers/stock.repository.ts';
import type { Executor } from '../infra/db/executor.ts';

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

export interface StockCountRow {
  product_id: number;
  /** NUMERIC(19,4) text, e.g. "25.0000". */
  denomination: string;
  available: number;
  expired: number;
  reserved: number;
  issued: number;
}

export async function stockCounts(db: Executor, productId?: number): Promise<StockCountRow[]> {
  let query = db
    .selectFrom('voucher_inventory')
    .select([
      'product_id',
      sql<string>`denomination::text`.as('denomination'),
      sql<number>`count(*) filter (where status = 'AVAILABLE' and ${unexpired})`.as('available'),
      sql<number>`count(*) filter (where status = 'AVAILABLE' and not ${unexpired})`.as('expired'),
      sql<number>`count(*) filter (where status = 'RESERVED')`.as('reserved'),
      sql<number>`count(*) filter (where status = 'ISSUED')`.as('issued'),
    ])
    .groupBy(['product_id', 'denomination']);
  if (productId !== undefined) query = query.where('product_id', '=', productId);
  const rows = await query.execute();
  return rows.map((row) => ({
    product_id: row.product_id,
    denomination: row.denomination,
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
