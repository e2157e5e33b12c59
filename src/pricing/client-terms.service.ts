import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { MAX_ORDER_QUANTITY } from '../suppliers/supplier.ts';
import { compareDecimal, decimalPlaces, formatDecimal, parseDecimal, type Decimal } from '../money/decimal.ts';
import * as repo from './client-terms.repository.ts';
import { publishClientTermsChange } from './quote-context.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';

/**
 * A client's terms besides the catalog: the tax rate its quotes and orders add
 * (`gst_amount`, api.md 4.4) and, per product, the most vouchers one order may ask for
 * (`max_quantity`, default and ceiling `MAX_ORDER_QUANTITY`).
 *
 * Quotes read them through the per-process `QuoteContextCache`: every change here is published
 * to every process (`publishClientTermsChange`) before it is answered.
 */

/** Tax rates are percentages with up to three decimals (NUMERIC(6,3)): 0 … 100. */
export const TAX_RATE_PLACES = 3;
const HUNDRED: Decimal = { units: 100n, scale: 0 };
const ZERO: Decimal = { units: 0n, scale: 0 };

export interface ClientTermsView {
  client_id: number;
  /** Percentage applied to total_amount (api.md 4.4 gst_amount); 0 by default. */
  tax_rate: number;
  /** The limit of every product without a row below (MAX_ORDER_QUANTITY). */
  default_max_quantity: number;
  max_quantities: { product_id: number; product_name: string; max_quantity: number; updated_at: Date }[];
}

/** What an operator can do to client terms: served by the service and by the admin HTTP API (CLI remote backend). */
export interface ClientTermsAdministration {
  clientTerms(clientId: number): Promise<ClientTermsView>;
  /** 0 … 100, at most three decimals (decimal text or a JSON number). */
  setTaxRate(clientId: number, taxRate: number | string): Promise<ClientTermsView>;
  /** Inserts or replaces the client's limit for the product: an integer 1 … 5000. */
  setMaxQuantity(clientId: number, input: { productId: number; maxQuantity: number }): Promise<ClientTermsView>;
  /** The default (5000) applies again; 404 `Quantity limit not found` when there is none. */
  removeMaxQuantity(clientId: number, productId: number): Promise<ClientTermsView>;
}

function invalid(field: string, message: string) {
  return errors.validation(`${field} ${message}`, [{ field, message }]);
}

/** A tax rate: a percentage 0 … 100 with at most three decimals, as NUMERIC text. */
export function taxRateValue(input: number | string): string {
  // Decimal text is plain digits (no exponent, no sign but a minus that is then refused).
  const plain = typeof input === 'number' || (typeof input === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(input));
  const value = plain ? parseDecimal(input) : null;
  if (!value || compareDecimal(value, ZERO) < 0 || compareDecimal(value, HUNDRED) > 0) {
    throw invalid('tax_rate', 'must be a percentage from 0 to 100');
  }
  if (decimalPlaces(value) > TAX_RATE_PLACES) throw invalid('tax_rate', `may have at most ${TAX_RATE_PLACES} decimal places`);
  return formatDecimal(value, TAX_RATE_PLACES);
}

export function maxQuantityValue(input: number): number {
  if (!Number.isInteger(input) || input < 1 || input > MAX_ORDER_QUANTITY) {
    throw invalid('max_quantity', `must be an integer from 1 to ${MAX_ORDER_QUANTITY}`);
  }
  return input;
}

const rateNumber = (text: string | null) => (text === null ? 0 : Number(formatDecimal(parseDecimal(text)!, TAX_RATE_PLACES)));

export class ClientTermsService implements ClientTermsAdministration {
  constructor(
    private readonly deps: { db: Kysely<Database>; bus: Pick<InvalidationBus, 'publish'> },
    private readonly actor: string,
  ) {}

  /** The same service acting for another operator identity (audit log). */
  as(actor: string): ClientTermsService {
    return new ClientTermsService(this.deps, actor);
  }

  async clientTerms(clientId: number): Promise<ClientTermsView> {
    if (!(await repo.clientExists(this.deps.db, clientId))) throw clientNotFound();
    return termsView(this.deps.db, clientId);
  }

  setTaxRate(clientId: number, taxRate: number | string): Promise<ClientTermsView> {
    const value = taxRateValue(taxRate);
    return this.change(clientId, async (trx) => {
      const before = await repo.findTaxRate(trx, clientId);
      await repo.upsertTaxRate(trx, clientId, value);
      await this.audit(trx, 'client.tax_rate_set', clientId, { before: rateNumber(before), after: rateNumber(value) });
    });
  }

  setMaxQuantity(clientId: number, input: { productId: number; maxQuantity: number }): Promise<ClientTermsView> {
    const maxQuantity = maxQuantityValue(input.maxQuantity);
    return this.change(clientId, async (trx) => {
      if (!(await repo.productExists(trx, input.productId))) throw errors.notFound('Product not found');
      const before = await repo.findLimit(trx, clientId, input.productId);
      await repo.upsertLimit(trx, { client_id: clientId, product_id: input.productId, max_quantity: maxQuantity });
      await this.audit(trx, 'client.max_quantity_set', clientId, { product_id: input.productId, before, after: maxQuantity });
    });
  }

  removeMaxQuantity(clientId: number, productId: number): Promise<ClientTermsView> {
    return this.change(clientId, async (trx) => {
      const before = await repo.findLimit(trx, clientId, productId);
      if (before === null || !(await repo.deleteLimit(trx, clientId, productId))) throw errors.notFound('Quantity limit not found');
      await this.audit(trx, 'client.max_quantity_remove', clientId, { product_id: productId, before });
    });
  }

  /** One audited change under the client's row lock; answers the terms as committed. */
  private async change(clientId: number, apply: (trx: Executor) => Promise<void>): Promise<ClientTermsView> {
    const view = await this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.lockClient(trx, clientId))) throw clientNotFound();
      await apply(trx);
      return termsView(trx, clientId);
    });
    await publishClientTermsChange(this.deps.bus, clientId);
    return view;
  }

  private audit(trx: Executor, action: string, clientId: number, details: Record<string, unknown>): Promise<void> {
    return recordAudit(trx, { actor: this.actor, action, target: `client:${clientId}`, details });
  }
}

function clientNotFound() {
  return errors.notFound('Client not found');
}

async function termsView(db: Executor, clientId: number): Promise<ClientTermsView> {
  const taxRate = await repo.findTaxRate(db, clientId);
  const limits = await repo.listLimits(db, clientId);
  return {
    client_id: clientId,
    tax_rate: rateNumber(taxRate),
    default_max_quantity: MAX_ORDER_QUANTITY,
    max_quantities: limits,
  };
}
