import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { decimalPlaces, parseDecimal, roundHalfUp } from '../money/decimal.ts';
import { parseRfc3339, toRfc3339 } from '../shared/dates.ts';
import { mapPage, readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';
import * as fxRepo from './fx.repository.ts';
import type { FxRateRecord, FxRateSortField, FxRateStatus, ListedFxRate } from './fx.repository.ts';
import { resolveCurrency } from './currency-input.ts';
import type { SetFxRateInput } from './wallets.schemas.ts';
import { minorToNumber, numericToNumber, parseAmount } from '../money/minor-units.ts';

export { FX_RATE_SORT_FIELDS, FX_RATE_STATUSES } from './fx.repository.ts';
export type { FxRateRecord, FxRateSortField, FxRateStatus };

/** At most this many digits after the point in a rate (the column is NUMERIC(30,12)). */
export const RATE_MAX_PLACES = 12;
const RATE_MAX = 1_000_000_000_000_000n; // 10^15, exclusive

/** The operator's view of one rate row. */
export interface FxRateView {
  id: number;
  source_currency: string;
  destination_currency: string;
  source_currency_id: number;
  destination_currency_id: number;
  /** 1 unit of the source currency is `rate` units of the destination currency. */
  rate: number;
  /** Fixed fee in the destination (wallet) currency, added to each converted payment. */
  conversion_fee: number;
  valid_from: string;
  valid_to: string | null;
  /** At the time it was read: `FX_RATE_STATUSES`. */
  status: FxRateStatus;
  created_by: string;
  created_at: string;
}

/** What the operator's FX history can be narrowed to: one side or pair (code or id), a currency on either side, a status. */
export interface FxRateListFilter {
  source?: string;
  destination?: string;
  /** ISO 4217 code, upper case. */
  currency?: string;
  status?: FxRateStatus;
}

/** What an operator can do to FX rates: served by the service and by the admin HTTP API. */
export interface FxAdministration {
  setFxRate(input: SetFxRateInput): Promise<FxRateView>;
  /** The whole history (or one side or pair): by pair, each newest first. */
  listFxRates(filter?: FxRateListFilter): Promise<FxRateView[]>;
  /** The history the filter selects, sorted; a page of it, or all when no page is asked. An unknown source or destination is 404. */
  listFxRatesPage(filter: FxRateListFilter, request: OptionalPageRequest<FxRateSortField>): Promise<OptionalPage<FxRateView>>;
}

export function fxRateView({ status, ...rate }: ListedFxRate): FxRateView {
  return {
    id: rate.id,
    source_currency: rate.source_currency,
    destination_currency: rate.destination_currency,
    source_currency_id: rate.source_currency_id,
    destination_currency_id: rate.destination_currency_id,
    rate: numericToNumber(rate.rate),
    conversion_fee: minorToNumber(rate.conversion_fee, rate.destination_minor_units),
    valid_from: toRfc3339(rate.valid_from),
    valid_to: rate.valid_to ? toRfc3339(rate.valid_to) : null,
    status,
    created_by: rate.created_by,
    created_at: toRfc3339(rate.created_at),
  };
}

/** Parses a rate: decimal text or a JSON number, 0 < rate < 10^15, at most 12 decimal places. */
export function parseRate(input: unknown): string {
  const fail = (reason: string) => errors.validation(`Invalid rate: ${reason}`, [{ field: 'rate', message: reason }]);
  if (typeof input === 'string' && !/^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(input)) throw fail('must be a decimal number');
  const value = typeof input === 'string' || typeof input === 'number' ? parseDecimal(input) : null;
  if (!value) throw fail('must be a decimal number');
  if (value.units <= 0n) throw fail('must be greater than 0');
  if (decimalPlaces(value) > RATE_MAX_PLACES) throw fail(`at most ${RATE_MAX_PLACES} decimal places`);
  if (value.units / 10n ** BigInt(value.scale) >= RATE_MAX) throw fail('too large');
  const digits = value.units.toString().padStart(value.scale + 1, '0');
  return value.scale === 0 ? digits : `${digits.slice(0, -value.scale)}.${digits.slice(-value.scale)}`;
}

/**
 * Converts minor units of one currency into minor units of another at `rate` (exact decimal
 * text), rounding half-up to the destination precision once (api.md 4.4 net_amount):
 * 24125 GBP-pence × 1.17 → 28226 EUR-cents (282.2625 → 282.26).
 */
export function convertMinor(amount: bigint, sourcePlaces: number, rate: string, destinationPlaces: number): bigint {
  const parsed = parseDecimal(rate);
  if (!parsed || parsed.units <= 0n) throw new TypeError(`not a rate: ${rate}`);
  const exact = { units: amount * parsed.units, scale: sourcePlaces + parsed.scale };
  const rounded = roundHalfUp(exact, destinationPlaces);
  return rounded.units * 10n ** BigInt(destinationPlaces - rounded.scale);
}

/**
 * FX rates per currency pair: append-only history with validity times and a
 * fixed conversion fee. A new rate supersedes the old from its `valid_from`; old rows stay, so
 * every FX transaction's rate can be traced.
 */
export class FxService implements FxAdministration {
  constructor(
    private readonly deps: { db: Kysely<Database> },
    private readonly actor: string,
  ) {}

  as(actor: string): FxService {
    return new FxService(this.deps, actor);
  }

  /** The rate in force for a pair (by currency id) at `at`, for quotes and orders; undefined when none. */
  rateInForce(sourceCurrencyId: number, destinationCurrencyId: number, at = new Date(), db: Executor = this.deps.db) {
    return fxRepo.findRateInForce(db, sourceCurrencyId, destinationCurrencyId, at);
  }

  async setFxRate(input: SetFxRateInput): Promise<FxRateView> {
    return this.deps.db.transaction().execute(async (trx) => {
      const source = await resolveCurrency(trx, input.source_currency, 'source_currency', { requireActive: true });
      const destination = await resolveCurrency(trx, input.destination_currency, 'destination_currency', { requireActive: true });
      if (source.id === destination.id) throw errors.validation('Source and destination currencies must differ');
      const rate = parseRate(input.rate);
      const conversionFee =
        input.conversion_fee === undefined ? 0n : parseAmount(input.conversion_fee, destination, { field: 'conversion_fee', allowZero: true });
      const validFrom = input.valid_from === undefined ? new Date() : parseTime(input.valid_from, 'valid_from');
      const validTo = input.valid_to === undefined || input.valid_to === null ? null : parseTime(input.valid_to, 'valid_to');
      if (validTo && validTo <= validFrom) throw errors.validation('valid_to must be later than valid_from');
      const created = await fxRepo.insertRate(trx, {
        source_currency_id: source.id,
        destination_currency_id: destination.id,
        rate,
        conversion_fee: conversionFee,
        valid_from: validFrom,
        valid_to: validTo,
        created_by: this.actor,
      });
      const [listed] = await fxRepo.listRates(trx, { id: created.id }, new Date());
      const view = fxRateView(listed!);
      await recordAudit(trx, { actor: this.actor, action: 'fx_rate.set', target: `fx_rate:${created.id}`, details: { after: view } });
      return view;
    });
  }

  async listFxRates(filter: FxRateListFilter = {}): Promise<FxRateView[]> {
    return (await this.listFxRatesPage(filter, { sort: { field: 'pair', direction: 'ASC' }, page: null })).items;
  }

  async listFxRatesPage(filter: FxRateListFilter, request: OptionalPageRequest<FxRateSortField>): Promise<OptionalPage<FxRateView>> {
    const db = this.deps.db;
    const source = filter.source ? await resolveCurrency(db, filter.source, 'source_currency') : undefined;
    const destination = filter.destination ? await resolveCurrency(db, filter.destination, 'destination_currency') : undefined;
    const selected = { sourceCurrencyId: source?.id, destinationCurrencyId: destination?.id, currency: filter.currency, status: filter.status };
    const now = new Date();
    const page = await readOptionalPage(request.page, {
      count: () => fxRepo.countRates(db, selected, now),
      items: () => fxRepo.listRates(db, selected, now, request),
    });
    return mapPage(page, fxRateView);
  }
}

function parseTime(text: string, field: string): Date {
  const date = typeof text === 'string' ? parseRfc3339(text) : null;
  if (!date) throw errors.validation(`Invalid ${field}: must be an RFC 3339 timestamp`, [{ field, message: 'must be an RFC 3339 timestamp' }]);
  return date;
}
