import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import type { CatalogView } from '../catalog/catalog.view.ts';
import { bestDiscount, findRange, type CatalogProduct, type CatalogRange, type ClientPricing } from '../catalog/catalog.model.ts';
import { errors } from '../shared/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database, VoucherType, WalletType } from '../infra/db/schema.ts';
import type { FxService } from '../ledger/fx.service.ts';
import type { FxLeg } from '../ledger/ledger.ts';
import { MAX_AMOUNT_MAJOR, minorToNumber, overMaximum } from '../money/minor-units.ts';
import { formatDecimal, normalize, parseDecimal, type Decimal } from '../money/decimal.ts';
import { computeCharges, type Charges } from './charges.ts';
import { maxQuantityOf, type ClientQuoteContext, type QuoteContextCache, type QuoteWalletRecord } from './quote-context.ts';

/**
 * The quote (api.md 4.4), and the price of an order (6.1: "price exactly as charges"):
 *
 *   const quote = await container.quotes.quote(scope, productId, { denomination, quantity, walletId }, trx);
 *   // quote.view              → the JSON body of POST /api/v1/products/:id/charges
 *   // quote.amounts.totalPayable (bigint, wallet minor units) → debitWallet(trx, { walletId: quote.wallet.id,
 *   //                           amount: quote.amounts.totalPayable, fx: quote.fx, … })
 *
 * Checks, in this order (each the first failure wins); the first four are the order line's
 * (`orderLine`), which availability (api.md 4.3) checks too:
 *   product not visible to the client               404 NOT_FOUND   "Product not found"
 *   denomination in no range, or too many decimals  400 BAD_REQUEST "Invalid denomination"
 *   quantity not an integer ≥ 1                     400 VALIDATION_FAILURE (the HTTP schema catches it first)
 *   quantity > the client's max_quantity            400 BAD_REQUEST "Quantity exceeds maximum allowed (N)"
 *   walletId given but not this client's wallet     404 NOT_FOUND   "Wallet not found"
 *   no walletId and no wallet in product currency   400 BAD_REQUEST "No wallet for currency XXX"
 *   wallet in another currency, no FX rate in force 400 BAD_REQUEST "Currency conversion not available"
 *
 * A quote is not a funds check: a PREPAID wallet whose balance is below total_payable still gets
 * its quote (the order answers INSUFFICIENT_FUNDS). The product comes from the catalog's cache;
 * terms, wallet and FX rate are read through `db`, so an order passing its transaction prices
 * with what that transaction sees. Nothing is written.
 */

export interface QuoteInput {
  /** Face value per voucher in the product currency (a JSON number, read through its shortest text; or decimal text). */
  denomination: number | string;
  quantity: number;
  /** The wallet to pay from; absent or null: the client's wallet in the product currency. */
  walletId?: number | null;
}

/** The response body of api.md 4.4: money as JSON numbers rounded to the currency's precision. */
export interface QuoteView {
  non_discounted_total: number;
  discount: number;
  discount_amount: number;
  total_amount: number;
  gst_amount: number;
  net_amount: number;
  handling_fee_amount: number;
  total_payable: number;
  max_quantity: number;
  charges_details: {
    source_currency: string;
    destination_currency: string;
    forex_rate: number | null;
    conversion_fee: number | null;
  };
}

export interface QuotedProduct {
  id: number;
  name: string;
  currencyId: number;
  currencyCode: string;
  /** Minor units of the product currency (USD 2, JPY 0, KWD 3). */
  precision: number;
  voucherType: VoucherType;
  /** `products.supplier`: the name in the supplier registry. */
  supplier: string;
  /** Demo data (`products.demo`): its stock holds DEMO- codes. */
  demo: boolean;
}

export interface QuotedWallet {
  id: number;
  currencyId: number;
  currencyCode: string;
  /** Minor units of the wallet currency. */
  precision: number;
  type: WalletType;
}

/** Minor units as bigint: the first four in the product currency, the last three in the wallet currency. */
export type QuoteAmounts = Charges;

export interface Quote {
  clientId: number;
  /** The client is a demo client (`clients.demo`): who may receive demo and sandbox codes (`SupplierRegistry.mayIssue`). */
  demoClient: boolean;
  product: QuotedProduct;
  /** The denomination range the value falls in (its id in `product_denominations`). */
  rangeId: number;
  /** The face value as exact decimal text at the product precision ("50.00", "1000", "5.250"). */
  denomination: string;
  quantity: number;
  wallet: QuotedWallet;
  /** The discount applied, a percentage as exact shortest decimal text ("3.5", "0"). */
  discount: string;
  /** The client's tax rate, a percentage as exact shortest decimal text ("0", "8.875"). */
  taxRate: string;
  /** The client's per-order limit for this product (1 … 5000). */
  maxQuantity: number;
  amounts: QuoteAmounts;
  /**
   * The cross-currency leg for `debitWallet` (`src/ledger/ledger.ts`): sourceCurrencyId = product
   * currency, sourceAmount = totalAmount + gstAmount (product minor units), forexRate = the rate's
   * exact shortest text ("1.17"), conversionCharges = handlingFeeAmount. Null without FX.
   */
  fx: FxLeg | null;
  /** The `fx_rates` row used, or null without FX. */
  fxRateId: number | null;
  /** The JSON body of POST /api/v1/products/:id/charges. */
  view: QuoteView;
}

/** The 500 message when the catalog cannot be read (by analogy with api.md 3). */
export const CHARGES_FAILURE = 'Failed to calculate charges';
/** The 500 message of availability (api.md 4.3), also when a supplier cannot answer. */
export const AVAILABILITY_FAILURE = 'Failed to check product availability';

/** What the client asks for: `quantity` vouchers of `denomination` (see `QuoteInput`). */
export type OrderLineInput = Pick<QuoteInput, 'denomination' | 'quantity'>;

/** An order line that passed `orderLine`: the product as the client sees it, the value and its range, the client's terms. */
export interface OrderLine {
  product: CatalogProduct;
  pricing: ClientPricing;
  value: Decimal;
  range: CatalogRange;
  quantity: number;
  context: ClientQuoteContext;
  maxQuantity: number;
}

/** Shortest exact text of a decimal ("1.170000000000" → "1.17", "3.50" → "3.5"). */
const decimalText = (value: Decimal): string => {
  const normalized = normalize(value);
  return formatDecimal(normalized, normalized.scale);
};

const isId = (value: number) => Number.isInteger(value) && value >= 1 && value <= 2_147_483_647;

/** The client's limit for the product; throws when `quantity` is above it. */
function withinLimit(quantity: number, context: ClientQuoteContext, productId: number): number {
  const maxQuantity = maxQuantityOf(context, productId);
  if (quantity > maxQuantity) throw errors.badRequest(`Quantity exceeds maximum allowed (${maxQuantity})`);
  return maxQuantity;
}

/** What a client route may ask: quotes and availability for the request's client (`ClientScope`). */
export type ClientQuotes = Pick<QuoteService, 'quote' | 'availability'>;

export class QuoteService {
  constructor(
    private readonly deps: {
      db: Kysely<Database>;
      catalog: Pick<CatalogView, 'visibleProduct' | 'canDeliver'>;
      fx: FxService;
      context: QuoteContextCache;
    },
  ) {}

  /**
   * The rules of an order line, whatever else is asked about it: the product is visible to the
   * client, the value lies in one of its ranges at the currency's precision, and the quantity is
   * an integer from 1 to the client's limit for the product. The quote (and so every order) and
   * availability check a line with this, so they answer a bad line with the same error.
   * `failure` is the 500 message when the catalog cannot be read.
   */
  async orderLine(scope: ClientScope, productId: number, input: OrderLineInput, failure: string): Promise<OrderLine> {
    const found = await this.deps.catalog.visibleProduct(scope, productId, failure);
    if (!found) throw errors.notFound('Product not found');
    const { product, pricing } = found;

    const value = parseDecimal(input.denomination);
    const range = value && value.units > 0n ? findRange(product, value) : null;
    if (!value || !range) throw errors.badRequest('Invalid denomination');

    const { quantity } = input;
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw errors.validation('quantity must be an integer of at least 1', [{ field: 'quantity', message: 'must be an integer ≥ 1' }]);
    }
    const context = await this.deps.context.get(scope);
    const maxQuantity = withinLimit(quantity, context, productId);
    return { product, pricing, value, range, quantity, context, maxQuantity };
  }

  /**
   * Availability (api.md 4.3): a line that breaks the rules of `orderLine` gets the error the
   * quote gives it; for a good line, whether the product's supplier can deliver it now.
   */
  async availability(scope: ClientScope, productId: number, input: OrderLineInput): Promise<boolean> {
    const line = await this.orderLine(scope, productId, input, AVAILABILITY_FAILURE);
    return this.deps.catalog.canDeliver(line.product, line.value, line.quantity, AVAILABILITY_FAILURE);
  }

  /** Prices `quantity` vouchers of `denomination` of the product for the client (api.md 4.4); see above. */
  async quote(scope: ClientScope, productId: number, input: QuoteInput, db: Executor = this.deps.db): Promise<Quote> {
    const line = await this.orderLine(scope, productId, input, CHARGES_FAILURE);
    const { product, pricing, value, range, quantity } = line;
    let { context, maxQuantity } = line;

    const walletId = input.walletId ?? null;
    const isPayingWallet: ((wallet: QuoteWalletRecord) => boolean) | null =
      walletId === null ? (w) => w.currency_id === product.currencyId : isId(walletId) ? (w) => w.id === walletId : null;
    let wallet = isPayingWallet && context.wallets.find(isPayingWallet);
    if (isPayingWallet && !wallet) {
      // A wallet created a moment ago: the terms are read anew with it, and the line's limit checked again.
      context = await this.deps.context.reload(scope);
      wallet = context.wallets.find(isPayingWallet);
      maxQuantity = withinLimit(quantity, context, product.id);
    }
    if (!wallet) {
      throw walletId === null ? errors.badRequest(`No wallet for currency ${product.currencyCode}`) : errors.notFound('Wallet not found');
    }

    let rate: { id: number; text: string; fee: bigint } | null = null;
    if (wallet.currency_id !== product.currencyId) {
      const row = await this.deps.fx.rateInForce(product.currencyId, wallet.currency_id, new Date(), db);
      if (!row) throw errors.badRequest('Currency conversion not available');
      rate = { id: row.id, text: decimalText(parseDecimal(row.rate)!), fee: row.conversion_fee };
    }

    const discount = bestDiscount(product.id, range, pricing);
    const amounts = computeCharges({
      denomination: value,
      quantity,
      productPlaces: product.precision,
      discount,
      taxRate: context.taxRate,
      fx: rate && { rate: rate.text, walletPlaces: wallet.minor_units, fee: rate.fee },
    });
    // What a wallet may be debited at once, checked before anything is written (an order's row
    // holds the total; converted at a high rate it would not fit the database's integers).
    if (overMaximum(amounts.totalPayable, wallet.minor_units)) throw errors.validation(`Invalid amount: must be at most ${MAX_AMOUNT_MAJOR}`);
    const productMoney = (minor: bigint) => minorToNumber(minor, product.precision);
    const walletMoney = (minor: bigint) => minorToNumber(minor, wallet.minor_units);
    const discountText = decimalText(discount);

    return {
      clientId: scope.clientId,
      demoClient: pricing.demo,
      product: {
        id: product.id,
        name: product.name,
        currencyId: product.currencyId,
        currencyCode: product.currencyCode,
        precision: product.precision,
        voucherType: product.detail.voucher_type,
        supplier: product.supplier,
        demo: product.demo,
      },
      rangeId: range.id,
      denomination: formatDecimal(value, product.precision),
      quantity,
      wallet: {
        id: wallet.id,
        currencyId: wallet.currency_id,
        currencyCode: wallet.currency_code,
        precision: wallet.minor_units,
        type: wallet.type,
      },
      discount: discountText,
      taxRate: decimalText(context.taxRate),
      maxQuantity,
      amounts,
      fx: rate && {
        sourceCurrencyId: product.currencyId,
        sourceAmount: amounts.totalAmount + amounts.gstAmount,
        forexRate: rate.text,
        conversionCharges: amounts.handlingFeeAmount,
      },
      fxRateId: rate?.id ?? null,
      view: {
        non_discounted_total: productMoney(amounts.nonDiscountedTotal),
        discount: Number(discountText),
        discount_amount: productMoney(amounts.discountAmount),
        total_amount: productMoney(amounts.totalAmount),
        gst_amount: productMoney(amounts.gstAmount),
        net_amount: walletMoney(amounts.netAmount),
        handling_fee_amount: walletMoney(amounts.handlingFeeAmount),
        total_payable: walletMoney(amounts.totalPayable),
        max_quantity: maxQuantity,
        charges_details: {
          source_currency: product.currencyCode,
          destination_currency: wallet.currency_code,
          forex_rate: rate ? Number(rate.text) : null,
          conversion_fee: rate ? walletMoney(rate.fee) : null,
        },
      },
    };
  }
}
