import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { toBigInt } from './ledger.repository.ts';

export interface FxRateRecord {
  id: number;
  source_currency_id: number;
  source_currency: string;
  destination_currency_id: number;
  destination_currency: string;
  /** Precision of the destination (wallet) currency, in which the fee is kept. */
  destination_minor_units: number;
  /** Exact decimal text: 1 unit of the source currency is `rate` units of the destination. */
  rate: string;
  /** Fixed conversion fee per converted movement, minor units of the destination currency. */
  conversion_fee: bigint;
  valid_from: Date;
  valid_to: Date | null;
  created_by: string;
  created_at: Date;
}

const toRate = (row: FxRateRecord): FxRateRecord => ({ ...row, conversion_fee: toBigInt(row.conversion_fee) });

function rateQuery(db: Executor) {
  return db
    .selectFrom('fx_rates as r')
    .innerJoin('currencies as s', 's.id', 'r.source_currency_id')
    .innerJoin('currencies as d', 'd.id', 'r.destination_currency_id')
    .select([
      'r.id',
      'r.source_currency_id',
      's.code as source_currency',
      'r.destination_currency_id',
      'd.code as destination_currency',
      'd.minor_units as destination_minor_units',
      'r.rate',
      'r.conversion_fee',
      'r.valid_from',
      'r.valid_to',
      'r.created_by',
      'r.created_at',
    ]);
}

export async function insertRate(
  db: Executor,
  values: {
    source_currency_id: number;
    destination_currency_id: number;
    rate: string;
    conversion_fee: bigint;
    valid_from: Date;
    valid_to: Date | null;
    created_by: string;
  },
): Promise<FxRateRecord> {
  const { id } = await db
    .insertInto('fx_rates')
    .values({ ...values, conversion_fee: values.conversion_fee.toString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return toRate((await rateQuery(db).where('r.id', '=', id).executeTakeFirstOrThrow()) as FxRateRecord);
}

/**
 * The rate in force for a pair at `at`: among the rows valid then (valid_from ≤ at < valid_to,
 * or no end), the one that started last; on a tie the one created last.
 */
export async function findRateInForce(
  db: Executor,
  sourceCurrencyId: number,
  destinationCurrencyId: number,
  at: Date,
): Promise<FxRateRecord | undefined> {
  const row = (await rateQuery(db)
    .where('r.source_currency_id', '=', sourceCurrencyId)
    .where('r.destination_currency_id', '=', destinationCurrencyId)
    .where('r.valid_from', '<=', at)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>', at)]))
    .orderBy('r.valid_from', 'desc')
    .orderBy('r.id', 'desc')
    .limit(1)
    .executeTakeFirst()) as FxRateRecord | undefined;
  return row && toRate(row);
}

/** The whole history, newest first; optionally one pair or one side. */
export async function listRates(db: Executor, filter: { sourceCurrencyId?: number; destinationCurrencyId?: number }): Promise<FxRateRecord[]> {
  let query = rateQuery(db);
  if (filter.sourceCurrencyId !== undefined) query = query.where('r.source_currency_id', '=', filter.sourceCurrencyId);
  if (filter.destinationCurrencyId !== undefined) {
    query = query.where('r.destination_currency_id', '=', filter.destinationCurrencyId);
  }
  const rows = (await query.orderBy('s.code').orderBy('d.code').orderBy('r.valid_from', 'desc').orderBy('r.id', 'desc').execute()) as FxRateRecord[];
  return rows.map(toRate);
}

/** Ids of the rows in force at `at`, one per pair. */
export async function idsInForce(db: Executor, at: Date): Promise<Set<number>> {
  const rows = await sql<{ id: number }>`
    select distinct on (source_currency_id, destination_currency_id) id
    from fx_rates
    where valid_from <= ${at} and (valid_to is null or valid_to > ${at})
    order by source_currency_id, destination_currency_id, valid_from desc, id desc`.execute(db);
  return new Set(rows.rows.map((row) => row.id));
}
