import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** SQL for the client terms of 007_client_terms: tax rate and per-product order limits. */

const now = () => sql`now()` as unknown as Date;

export async function findTaxRate(db: Executor, clientId: number): Promise<string | null> {
  const row = await db
    .selectFrom('client_terms')
    .select(sql<string>`tax_rate::text`.as('tax_rate'))
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row?.tax_rate ?? null;
}

export async function upsertTaxRate(db: Executor, clientId: number, taxRate: string): Promise<void> {
  await db
    .insertInto('client_terms')
    .values({ client_id: clientId, tax_rate: taxRate })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ tax_rate: taxRate, updated_at: now() }))
    .execute();
}

export interface LimitRow {
  product_id: number;
  product_name: string;
  max_quantity: number;
  updated_at: Date;
}

export function listLimits(db: Executor, clientId: number): Promise<LimitRow[]> {
  return db
    .selectFrom('client_product_limits as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .select(['l.product_id', 'p.name as product_name', 'l.max_quantity', 'l.updated_at'])
    .where('l.client_id', '=', clientId)
    .orderBy('l.product_id')
    .execute();
}

export async function findLimit(db: Executor, clientId: number, productId: number): Promise<number | null> {
  const row = await db
    .selectFrom('client_product_limits')
    .select('max_quantity')
    .where('client_id', '=', clientId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return row?.max_quantity ?? null;
}

export async function upsertLimit(db: Executor, values: { client_id: number; product_id: number; max_quantity: number }): Promise<void> {
  await db
    .insertInto('client_product_limits')
    .values(values)
    .onConflict((oc) => oc.columns(['client_id', 'product_id']).doUpdateSet({ max_quantity: values.max_quantity, updated_at: now() }))
    .execute();
}

export async function deleteLimit(db: Executor, clientId: number, productId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('client_product_limits')
    .where('client_id', '=', clientId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Takes the client's row lock, so concurrent changes of one client's terms are serialised; false when unknown. */
export async function lockClient(db: Executor, clientId: number): Promise<boolean> {
  const row = await db.selectFrom('clients').select('id').where('id', '=', clientId).forNoKeyUpdate().executeTakeFirst();
  return row !== undefined;
}

export async function clientExists(db: Executor, clientId: number): Promise<boolean> {
  return (await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()) !== undefined;
}

export async function productExists(db: Executor, productId: number): Promise<boolean> {
  return (await db.selectFrom('products').select('id').where('id', '=', productId).executeTakeFirst()) !== undefined;
}
