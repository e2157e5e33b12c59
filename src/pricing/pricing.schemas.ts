import { Type } from 'typebox';
import { IdParams } from '../http/path-id.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { MAX_ORDER_QUANTITY } from '../suppliers/supplier.ts';
import { MAX_FACE_VALUE, MIN_FACE_VALUE } from '../catalog/face-values.ts';

// ---- client API: POST|GET /api/v1/products/:id/availability (api.md 4.3) ---------------------------

export const AvailabilityBody = Type.Object(
  {
    denomination: Type.Number({ exclusiveMinimum: 0, description: 'Face value per voucher, product currency' }),
    quantity: Type.Integer({ minimum: 1, description: 'Number of vouchers' }),
  },
  { title: 'AvailabilityRequest' },
);

export const AvailabilityResult = Type.Object({ is_available: Type.Boolean() }, { title: 'Availability' });

// ---- client API: POST /api/v1/products/:id/charges (api.md 4.4) ------------------------------------

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

/** Extra fields are ignored (as for availability): an order body can be sent as it is. */
export const ChargesBody = Type.Object(
  {
    denomination: Type.Number({
      minimum: MIN_FACE_VALUE,
      maximum: MAX_FACE_VALUE,
      description: 'Face value per voucher, product currency; must lie in one of the product ranges',
    }),
    quantity: Type.Integer({ minimum: 1, description: 'Number of vouchers; at most max_quantity' }),
    wallet_id: Type.Optional(
      Type.Union([id, Type.Null()], { description: "The client's wallet to pay from; absent or null: the wallet in the product currency" }),
    ),
  },
  // Open on purpose, in the portal too (its quote takes this body): an order body can be sent as it is.
  { title: 'QuoteRequest', additionalProperties: true },
);

export const CHARGES_VALIDATION_MESSAGE =
  'denomination must be a number from 0.01 to 1000000000, quantity an integer of at least 1, and wallet_id (optional) a wallet ID';

const productMoney = (description: string) => Type.Number({ description: `${description} (product currency)` });
const walletMoney = (description: string) => Type.Number({ description: `${description} (wallet currency)` });

export const ChargesResult = Type.Object(
  {
    non_discounted_total: productMoney('denomination × quantity'),
    discount: Type.Number({ description: 'The percentage applied: the best of the range default and the client rates' }),
    discount_amount: productMoney('non_discounted_total × discount / 100, rounded half-up'),
    total_amount: productMoney('non_discounted_total − discount_amount'),
    gst_amount: productMoney("total_amount × the client's tax rate / 100, rounded half-up"),
    net_amount: walletMoney('(total_amount + gst_amount) × forex_rate, rounded half-up'),
    handling_fee_amount: walletMoney('the fixed conversion fee of the FX rate; 0 without FX'),
    total_payable: walletMoney('net_amount + handling_fee_amount: exactly what an order debits'),
    max_quantity: Type.Integer({ description: `The client's per-order limit for this product (≤ ${MAX_ORDER_QUANTITY})` }),
    charges_details: Type.Object({
      source_currency: Type.String({ description: 'Product currency (ISO 4217)' }),
      destination_currency: Type.String({ description: 'Wallet currency (ISO 4217)' }),
      forex_rate: Type.Union([Type.Number(), Type.Null()], { description: '1 source = forex_rate destination; null without FX' }),
      conversion_fee: Type.Union([Type.Number(), Type.Null()], { description: 'null without FX' }),
    }),
  },
  { title: 'Quote' },
);

const security = [{ bearerAuth: [] }];
const tags = ['products'];
const gate = ' Requires the `vouchers` feature (else 400 INVALID_FEATURE).';

export const schemas = {
  availability: {
    tags,
    security,
    summary: 'Can fulfilment deliver this many vouchers of this value now?',
    description: `Never cached. The line is checked as by the quote (POST …/charges): a value in no range is 400 "Invalid denomination", a quantity above the client's limit 400 "Quantity exceeds maximum allowed (N)"; false only when it cannot be delivered now.${gate}`,
    params: IdParams,
    body: AvailabilityBody,
    response: { 200: AvailabilityResult, ...errorResponses(400, 401, 403, 404, 413, 415, 429, 500) },
  },
  availabilityQuery: {
    tags,
    security,
    summary: 'Availability, as a GET with query parameters',
    description: `Same as the POST form; a bad query is 400 "Invalid query parameters".${gate}`,
    params: IdParams,
    querystring: Type.Object({
      denomination: Type.Number({ exclusiveMinimum: 0 }),
      quantity: Type.Integer({ minimum: 1 }),
    }),
    response: { 200: AvailabilityResult, ...errorResponses(400, 401, 403, 404, 429, 500) },
  },
  charges: {
    tags: ['products'],
    security: [{ bearerAuth: [] }],
    summary: 'Quote: what an order of this product would cost',
    description:
      'Rounding is half-up at each documented step; total_payable is exactly what POST /api/v1/orders debits for the same input. ' +
      'Not a funds check. Requires the `vouchers` feature (else 400 INVALID_FEATURE).',
    params: IdParams,
    body: ChargesBody,
    response: { 200: ChargesResult, ...errorResponses(400, 401, 403, 404, 413, 415, 429, 500) },
  },
};

// ---- admin API: client terms (/admin/v1/clients/:id/…) ------------------------------------------------

export const ClientTerms = Type.Object(
  {
    client_id: Type.Integer(),
    tax_rate: Type.Number({ description: 'Percentage added to total_amount as gst_amount' }),
    default_max_quantity: Type.Integer({ description: 'The limit of every product not listed in max_quantities' }),
    max_quantities: Type.Array(
      Type.Object({ product_id: Type.Integer(), product_name: Type.String(), max_quantity: Type.Integer(), updated_at: Timestamp }),
    ),
  },
  { title: 'ClientTerms' },
);

export const TaxRateBody = Type.Object(
  {
    tax_rate: Type.Union([Type.Number(), Type.String({ maxLength: 32 })], {
      description: 'Percentage 0 … 100, at most 3 decimals; a JSON number or decimal text ("8.875")',
    }),
  },
  { additionalProperties: false },
);
export const MaxQuantityBody = Type.Object(
  { product_id: id, max_quantity: Type.Integer({ minimum: 1, maximum: MAX_ORDER_QUANTITY }) },
  { additionalProperties: false },
);
export const ProductRefBody = Type.Object({ product_id: id }, { additionalProperties: false });

const adminErrors = errorResponses(400, 401, 404, 413, 415);
const admin = { tags: ['admin: client terms'], security: [{ operatorAuth: [] }], params: IdParams };

export const adminSchemas = {
  terms: { ...admin, summary: "A client's tax rate and per-product order limits", response: { 200: ClientTerms, ...adminErrors } },
  setTaxRate: { ...admin, summary: "Set the client's tax rate", body: TaxRateBody, response: { 200: ClientTerms, ...adminErrors } },
  setMaxQuantity: {
    ...admin,
    summary: "Set the client's max_quantity for a product (1 … 5000)",
    body: MaxQuantityBody,
    response: { 200: ClientTerms, ...adminErrors },
  },
  removeMaxQuantity: {
    ...admin,
    summary: "Remove the client's max_quantity for a product (the default applies)",
    body: ProductRefBody,
    response: { 200: ClientTerms, ...adminErrors },
  },
};
