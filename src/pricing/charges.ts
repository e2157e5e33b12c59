import { convertMinor } from '../ledger/fx.service.ts';
import { normalize, roundHalfUp, type Decimal } from '../money/decimal.ts';

/**
 * The arithmetic of the quote (api.md 4.4), exact: bigint minor units and decimal rates, rounded
 * half-up at exactly these steps and nowhere else:
 *
 *   non_discounted_total = denomination × quantity                       (exact: the value has ≤ product decimals)
 *   discount_amount      = non_discounted_total × discount / 100         → product precision
 *   total_amount         = non_discounted_total − discount_amount
 *   gst_amount           = total_amount × tax_rate / 100                  → product precision
 *   net_amount           = (total_amount + gst_amount) × forex_rate       → wallet precision (= the sum without FX)
 *   handling_fee_amount  = the FX rate's fixed conversion fee             (wallet currency; 0 without FX)
 *   total_payable        = net_amount + handling_fee_amount
 */

export interface ChargesInput {
  /** The face value per voucher, with at most `productPlaces` decimals (checked by the caller). */
  denomination: Decimal;
  /** A positive integer. */
  quantity: number;
  /** The product currency's precision (minor units). */
  productPlaces: number;
  /** Percentages. */
  discount: Decimal;
  taxRate: Decimal;
  /** The conversion into the wallet currency, or null when the wallet is in the product currency. */
  fx: { rate: string; walletPlaces: number; fee: bigint } | null;
}

/** Minor units: the first four of the product currency, the last three of the wallet currency. */
export interface Charges {
  nonDiscountedTotal: bigint;
  discountAmount: bigint;
  totalAmount: bigint;
  gstAmount: bigint;
  netAmount: bigint;
  handlingFeeAmount: bigint;
  totalPayable: bigint;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** `percent` % of `minor` minor units, rounded half-up to whole minor units. */
export function percentOfMinor(minor: bigint, percent: Decimal): bigint {
  // Scale ≥ 2, so the result is rounded to scale 0: its units are whole minor units.
  return roundHalfUp({ units: minor * percent.units, scale: percent.scale + 2 }, 0).units;
}

export function computeCharges(input: ChargesInput): Charges {
  const denomination = normalize(input.denomination);
  const { productPlaces } = input;
  if (denomination.scale > productPlaces) throw new RangeError('denomination has more decimals than the product currency');
  const faceMinor = denomination.units * pow10(productPlaces - denomination.scale);
  const nonDiscountedTotal = faceMinor * BigInt(input.quantity);
  const discountAmount = percentOfMinor(nonDiscountedTotal, input.discount);
  const totalAmount = nonDiscountedTotal - discountAmount;
  const gstAmount = percentOfMinor(totalAmount, input.taxRate);
  const gross = totalAmount + gstAmount;
  const netAmount = input.fx ? convertMinor(gross, productPlaces, input.fx.rate, input.fx.walletPlaces) : gross;
  const handlingFeeAmount = input.fx ? input.fx.fee : 0n;
  return {
    nonDiscountedTotal,
    discountAmount,
    totalAmount,
    gstAmount,
    netAmount,
    handlingFeeAmount,
    totalPayable: netAmount + handlingFeeAmount,
  };
}
