import type { Static } from 'typebox';
import { errors } from '../shared/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import { parseDecimal, toJsonNumber } from '../money/decimal.ts';
import * as repo from './catalog.repository.ts';
import { discountValue } from './catalog.rules.ts';
import { DISCOUNT_PLACES } from './catalog.model.ts';
import type { ClientPricing, DiscountInput, DiscountRef } from './catalog.schemas.ts';
import { CLIENT_PRICING_TOPIC, PRODUCT_NOT_FOUND } from './catalog.view.ts';
import { audit, type CatalogContext } from './catalog.context.ts';
import { denominationNotFound } from './catalog.ranges.ts';

/**
 * What one client is offered of the catalog: the products hidden from it (its
 * blacklist) and its negotiated discounts, by product or by range. The client view reads them
 * on every request (`CatalogView`, through its per-client cache); each change is audited, then
 * every process drops that client's entry.
 */

type WirePricing = Static<typeof ClientPricing>;
/** A client's blacklist and discounts: the `ClientPricing` schema, with its times as dates. */
export interface ClientPricingView {
  client_id: number;
  blacklist: (Omit<WirePricing['blacklist'][number], 'created_at'> & { created_at: Date })[];
  discounts: (Omit<WirePricing['discounts'][number], 'updated_at'> & { updated_at: Date })[];
}

type Context = Pick<CatalogContext, 'db' | 'bus' | 'actor'>;

export async function clientPricing(context: Pick<CatalogContext, 'db'>, clientId: number): Promise<ClientPricingView> {
  if (!(await repo.clientExists(context.db, clientId))) throw errors.notFound('Client not found');
  return pricingView(context.db, clientId);
}

export function blacklistProduct(context: Context, clientId: number, productId: number): Promise<ClientPricingView> {
  return changePricing(context, clientId, productId, async (trx) => {
    if (await repo.addToBlacklist(trx, clientId, productId)) {
      await audit(context, trx, 'client.blacklist_add', `client:${clientId}`, { product_id: productId });
    }
  });
}

export function unblacklistProduct(context: Context, clientId: number, productId: number): Promise<ClientPricingView> {
  return changePricing(context, clientId, productId, async (trx) => {
    if (!(await repo.removeFromBlacklist(trx, clientId, productId))) throw errors.notFound('Blacklist entry not found');
    await audit(context, trx, 'client.blacklist_remove', `client:${clientId}`, { product_id: productId });
  });
}

export function setNegotiatedDiscount(context: Context, clientId: number, input: DiscountInput): Promise<ClientPricingView> {
  const discount = discountValue(input.discount, 'discount');
  const { product_id: productId, denomination_id: denominationId = null } = input;
  return changePricing(context, clientId, productId, async (trx) => {
    await checkDenominationOf(trx, productId, denominationId);
    const before = findRate(await repo.listDiscounts(trx, clientId), productId, denominationId);
    await repo.upsertDiscount(trx, {
      client_id: clientId,
      product_id: productId,
      denomination_id: denominationId,
      discount,
    });
    await audit(context, trx, 'client.discount_set', `client:${clientId}`, {
      product_id: productId,
      denomination_id: denominationId,
      before: before ?? null,
      after: discount,
    });
  });
}

export function removeNegotiatedDiscount(context: Context, clientId: number, input: DiscountRef): Promise<ClientPricingView> {
  const { product_id: productId, denomination_id: denominationId = null } = input;
  return changePricing(context, clientId, productId, async (trx) => {
    const before = findRate(await repo.listDiscounts(trx, clientId), productId, denominationId);
    if (!(await repo.removeDiscount(trx, clientId, productId, denominationId))) {
      throw errors.notFound('Negotiated discount not found');
    }
    await audit(context, trx, 'client.discount_remove', `client:${clientId}`, {
      product_id: productId,
      denomination_id: denominationId,
      before: before ?? null,
    });
  });
}

async function changePricing(
  context: Context,
  clientId: number,
  productId: number,
  apply: (trx: Executor) => Promise<void>,
): Promise<ClientPricingView> {
  await context.db.transaction().execute(async (trx) => {
    if (!(await repo.clientExists(trx, clientId))) throw errors.notFound('Client not found');
    if (!(await repo.findProductRow(trx, productId))) throw errors.notFound(PRODUCT_NOT_FOUND);
    await apply(trx);
  });
  await context.bus.publish(CLIENT_PRICING_TOPIC, String(clientId));
  return pricingView(context.db, clientId);
}

async function pricingView(db: Executor, clientId: number): Promise<ClientPricingView> {
  const [blacklist, discounts] = await Promise.all([repo.listBlacklist(db, clientId), repo.listDescribedDiscounts(db, clientId)]);
  const value = (text: string, precision: number) => toJsonNumber(parseDecimal(text)!, precision);
  return {
    client_id: clientId,
    blacklist,
    discounts: discounts.map((row) => ({
      product_id: row.product_id,
      product_name: row.product_name,
      denomination_id: row.denomination_id,
      denomination:
        row.min_value === null || row.max_value === null
          ? null
          : {
              min_value: value(row.min_value, row.currency_precision),
              max_value: value(row.max_value, row.currency_precision),
              currency_code: row.currency_code,
            },
      discount: value(row.discount, DISCOUNT_PLACES),
      updated_at: row.updated_at,
    })),
  };
}

async function checkDenominationOf(trx: Executor, productId: number, denominationId: number | null): Promise<void> {
  if (denominationId === null) return;
  const row = await repo.findDenominationRow(trx, denominationId);
  if (!row || row.product_id !== productId) throw denominationNotFound();
}

function findRate(rows: repo.DiscountRow[], productId: number, denominationId: number | null): number | undefined {
  const row = rows.find((r) => r.product_id === productId && r.denomination_id === denominationId);
  return row ? toJsonNumber(parseDecimal(row.discount)!, DISCOUNT_PLACES) : undefined;
}
