import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';
import { orderedPage, type OrderKey } from '../infra/db/ordered-page.ts';
import type { OptionalPageRequest } from '../shared/pages.ts';
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

/** CURRENT: in force now; SUPERSEDED: valid but replaced by a newer row; SCHEDULED: not yet valid; EXPIRED: no longer valid. */
export const FX_RATE_STATUSES = ['CURRENT', 'SUPERSEDED', 'SCHEDULED', 'EXPIRED'] as const;
export type FxRateStatus = (typeof FX_RATE_STATUSES)[number];

/** A rate of the history with its status at the time it was read. */
export interface ListedFxRate extends FxRateRecord {
  status: FxRateStatus;
}

/** What the FX history can be narrowed to; the fields combine with AND. */
export interface FxRateFilter {
  sourceCurrencyId?: number;
  destinationCurrencyId?: number;
  /** Either side is this currency (ISO 4217 code). */
  currency?: string;
  status?: FxRateStatus;
  id?: number;
}

/** The sorts of the FX history: `pair` (source, then destination, each pair newest first), or a time or the id, each then by id. */
export const FX_RATE_SORT_FIELDS = ['pair', 'valid_from', 'created_at', 'id'] as const;
export type FxRateSortField = (typeof FX_RATE_SORT_FIELDS)[number];

const validAt = (alias: 'r' | 'o', at: Date) =>
  sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${at} and (${sql.ref(`${alias}.valid_to`)} is null or ${sql.ref(`${alias}.valid_to`)} > ${at})`;

/**
 * A row's status at `at`: CURRENT when it is the rate in force of its pair (`findRateInForce`:
 * valid then, and no valid row of the pair started later, or at once and was created later).
 */
function statusAt(at: Date) {
  return sql<FxRateStatus>`case
    when ${validAt('r', at)} and not exists (
      select 1 from fx_rates o
      where o.source_currency_id = r.source_currency_id and o.destination_currency_id = r.destination_currency_id
        and ${validAt('o', at)} and (o.valid_from > r.valid_from or (o.valid_from = r.valid_from and o.id > r.id))
    ) then 'CURRENT'
    when r.valid_from > ${at} then 'SCHEDULED'
    when r.valid_to is not null and r.valid_to <= ${at} then 'EXPIRED'
    else 'SUPERSEDED' end`;
}

function filteredRates(db: Executor, filter: FxRateFilter, at: Date) {
  let query = rateQuery(db);
  if (filter.sourceCurrencyId !== undefined) query = query.where('r.source_currency_id', '=', filter.sourceCurrencyId);
  if (filter.destinationCurrencyId !== undefined) query = query.where('r.destination_currency_id', '=', filter.destinationCurrencyId);
  if (filter.currency !== undefined) query = query.where((eb) => eb.or([eb('s.code', '=', filter.currency!), eb('d.code', '=', filter.currency!)]));
  if (filter.status !== undefined) query = query.where(statusAt(at), '=', filter.status);
  if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
  return query;
}

export async function countRates(db: Executor, filter: FxRateFilter, at: Date): Promise<number> {
  const row = await filteredRates(db, filter, at)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string | number | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The history the filter selects with each row's status at `at`, in the request's sort; a page of it or all. */
export async function listRates(
  db: Executor,
  filter: FxRateFilter,
  at: Date,
  request: OptionalPageRequest<FxRateSortField> = { sort: { field: 'pair', direction: 'ASC' }, page: null },
): Promise<ListedFxRate[]> {
  const newestFirst: OrderKey[] = [
    { key: sql.ref('r.valid_from'), direction: 'DESC' },
    { key: sql.ref('r.id'), direction: 'DESC' },
  ];
  const keys: OrderKey[] = {
    pair: [sql.ref('s.code'), sql.ref('d.code'), ...newestFirst],
    valid_from: [sql.ref('r.valid_from'), sql.ref('r.id')],
    created_at: [sql.ref('r.created_at'), sql.ref('r.id')],
    id: [sql.ref('r.id')],
  }[request.sort.field];
  const query = filteredRates(db, filter, at).select(statusAt(at).as('status'));
  const rows = (await orderedPage(query, keys, request.sort.direction, request.page).execute()) as ListedFxRate[];
  return rows.map((row) => ({ ...toRate(row), status: row.status }));
}
