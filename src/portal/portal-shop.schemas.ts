import { Type } from 'typebox';
import { errorResponses } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { schemas as catalogSchemas, ProductDetail, ProductListQuery } from '../catalog/catalog.schemas.ts';
import { ChargesBody, ChargesResult, CHARGES_VALIDATION_MESSAGE } from '../pricing/pricing.schemas.ts';
import { CreateOrderBody, OrderListItem } from '../orders/orders.schemas.ts';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../shared/idempotency-key.ts';
import { pick } from '../shared/fields.ts';
import { security } from './portal-session.schemas.ts';

const Code = Type.Object({ id: Type.Integer(), code: Type.String() });

export const CatalogFiltersView = Type.Object(
  {
    categories: Type.Array(Type.String(), { description: 'category names, for `category`' }),
    countries: Type.Array(Code, { description: 'ISO 3166-1 numeric id (for `country_id`) and alpha-3 code' }),
    currencies: Type.Array(Code, { description: 'ISO 4217 numeric id (for `currency_id`) and code' }),
  },
  { title: 'CatalogFilters' },
);

export const PortalQuoteView = Type.Object(
  {
    charges: ChargesResult,
    is_available: Type.Boolean({ description: "whether the product's supplier can deliver this many vouchers of this value now (its stock)" }),
  },
  { title: 'PortalQuote' },
);

/** The client API's order body, without the legacy `ref` and the delivery notice's `email`. */
export const PortalOrderBody = Type.Object(
  pick(CreateOrderBody.properties, ['product_id', 'denomination', 'quantity', 'wallet_id', 'client_reference']),
  {
    title: 'PortalOrderRequest',
  },
);

export const PORTAL_ORDER_VALIDATION_MESSAGE =
  'product_id must be a product ID, denomination a number from 0.01 to 1000000000, quantity an integer of at least 1, ' +
  'client_reference printable ASCII of at most 255 characters, and the Idempotency-Key header 1 to 255 characters';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 1,
    maxLength: MAX_IDEMPOTENCY_KEY_LENGTH,
    description: 'made once per order form: the same key again (a double click, a retry) answers the same order and places no other',
  }),
});

const tags = ['portal: buying'];
const feature = ' Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).';

export { CHARGES_VALIDATION_MESSAGE };

export const schemas = {
  products: {
    tags,
    security,
    summary: 'The products the client may buy (catalog.read), as GET /api/v1/products: its discounts applied, its blacklist hidden',
    description: `Paginated (X-Page… headers); filters and sorts as the client API.${feature}`,
    querystring: ProductListQuery,
    response: { 200: catalogSchemas.list.response[200], ...errorResponses(400, 401, 403) },
  },
  filters: {
    tags,
    security,
    summary: 'The categories, countries and currencies of the products the client may buy (catalog.read)',
    description: feature.trim(),
    response: { 200: CatalogFiltersView, ...errorResponses(400, 401, 403) },
  },
  product: {
    tags,
    security,
    summary: 'A product (catalog.read), as GET /api/v1/products/:id',
    description: `404 when missing, not orderable or blacklisted for the client.${feature}`,
    params: IdParams,
    response: { 200: ProductDetail, ...errorResponses(400, 401, 403, 404) },
  },
  quote: {
    tags,
    security,
    summary: 'The quote of an order (catalog.read): POST /api/v1/products/:id/charges, and whether it can be delivered now',
    description: `charges is what the client API answers for the same input, to the minor unit; an order debits exactly its total_payable. RATE_LIMIT_QUOTES a minute per client (the client's own limit, in a bucket of the portal's).${feature}`,
    params: IdParams,
    body: ChargesBody,
    response: { 200: PortalQuoteView, ...errorResponses(400, 401, 403, 404, 413, 415, 429) },
  },
  order: {
    tags,
    security,
    summary: "Places an order (orders.create) through the client API's order service; audited portal.order.create",
    description:
      'The same checks as POST /api/v1/orders (feature, product, quantity limit, wallet, balance, stock), and its Idempotency-Key rules: ' +
      "the same key and body again answers the first outcome with Idempotent-Replayed: true (the key belongs to the client's keys of the client API). " +
      `The order is answered without its codes (POST /portal/v1/orders/:id/reveal shows them). RATE_LIMIT_ORDERS a minute per client (the client's own limit, in a bucket of the portal's).${feature}`,
    headers: IdempotencyHeaders,
    body: PortalOrderBody,
    response: { 201: OrderListItem, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 429) },
  },
};
