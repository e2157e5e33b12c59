import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { toWallet, walletQuery, type WalletRecord } from '../ledger/ledger.repository.ts';

/** SQL for the client terms of 007_client_terms: tax rate and per-product order limits. */

const now = () => sql`now()` as unknown as Date;

/** What a quote needs of the terms, in one round trip: null where the client has no row. */
export interface QuoteTermsRow {
  /** Percentage as exact decimal text ("7.500"), or null (= 0). */
  tax_rate: string | null;
  /** Null: the default maximum. */
  max_quantity: number | null;
}

/** Which wallet a quote pays from: by id, or the client's wallet in a currency. */
export type WalletLookup = { id: number } | { currencyId: number };

/**
 * The quote's terms and, when `lookup` is given, the client's wallet it names (undefined when
 * there is none), in one round trip.
 */
export async function findQuoteTerms(
  db: Executor,
  clientId: number,
  productId: number,
  lookup: WalletLookup | null,
): Promise<QuoteTermsRow & { wallet: WalletRecord | undefined }> {
  const terms = db.selectNoFrom((eb) => [
    eb
      .selectFrom('client_terms')
      .select(sql<string>`tax_rate::text`.as('tax_rate'))
      .where('client_id', '=', clientId)
      .as('tax_rate'),
    eb
      .selectFrom('client_product_limits')
      .select('max_quantity')
      .where('client_id', '=', clientId)
      .where('product_id', '=', productId)
      .as('max_quantity'),
  ]);
  if (lookup === null) {
    const row = await terms.executeTakeFirstOrThrow();
    return { tax_rate: row.tax_rate ?? null, max_quantity: row.max_quantity ?? null, wallet: undefined };
  }
  const wallets = walletQuery(db)
    .where('w.client_id', '=', clientId)
    .where('id' in lookup ? eb => eb('w.id', '=', lookup.id) : (eb) => eb('w.currency_id', '=', lookup.currencyId));
  const { rows } = await sql<QuoteTermsRow & { [K in keyof WalletRecord]: WalletRecord[K] | null }>`
    select t.tax_rate, t.max_quantity, w.* from ${terms} as t left join ${wallets} as w on true`.execute(db);
  const { tax_rate, max_quantity, ...wallet } = rows[0]!;
  return { tax_rate, max_quantity, wallet: wallet.id === null ? undefined : toWallet(wallet as WalletRecord) };
}

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
