// Request and answer types of every client operation, read from the generated `paths` of the
// store's OpenAPI document (generated/openapi.ts). Nothing here names a component schema, so the
// SDK compiles against any document with the same paths.
import type { paths } from './generated/openapi.js';

export type { paths } from './generated/openapi.js';

export type ApiPath = keyof paths;
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The operation `method` of `path` (never when the path has no such method). */
export type Operation<P extends ApiPath, M extends HttpMethod> = M extends keyof paths[P] ? NonNullable<paths[P][M]> : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonContent<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** The JSON body of the operation's success answer (undefined for 204). */
export type ResponseOf<P extends ApiPath, M extends HttpMethod> = JsonContent<
  Responses<Operation<P, M>>[Extract<keyof Responses<Operation<P, M>>, SuccessStatus>]
>;

/** The JSON request body of the operation (undefined when it takes none). */
export type BodyOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer Body } } }
    ? Body
    : Operation<P, M> extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body | undefined
      : undefined;

/** `{"field": …, "direction": …}`: sent as the JSON text the `sort` parameter takes. */
export interface SortSpec {
  field: string;
  direction?: 'ASC' | 'DESC' | 'asc' | 'desc';
}

type QueryValue<K, V> = V | (string extends V ? number | boolean : never) | (K extends 'sort' ? SortSpec : never);
type RawQuery<P extends ApiPath, M extends HttpMethod> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * The query parameters of the operation. Parameters the document types as text also take numbers
 * (`{ page: 2 }`), and `sort` also takes an object, sent as JSON.
 */
export type QueryOf<P extends ApiPath, M extends HttpMethod> = { [K in keyof RawQuery<P, M>]?: QueryValue<K, RawQuery<P, M>[K]> };

/** An id in a path: a number, or its decimal text. */
export type Id = number | string;

type ItemOf<T> = T extends readonly (infer Item)[] ? Item : never;

export type LoginResult = ResponseOf<'/auth/login', 'post'>['data'];

export type Country = ResponseOf<'/api/v1/countries/{id}', 'get'>;
export type Currency = ResponseOf<'/api/v1/currencies/{id}', 'get'>;
export type Category = ResponseOf<'/api/v1/categories/{id}', 'get'>;
export type Subcategory = ResponseOf<'/api/v1/subcategories/{id}', 'get'>;

export type ProductSummary = ItemOf<ResponseOf<'/api/v1/products', 'get'>>;
export type Product = ResponseOf<'/api/v1/products/{id}', 'get'>;
export type ProductQuery = QueryOf<'/api/v1/products', 'get'>;
export type QuoteInput = BodyOf<'/api/v1/products/{id}/charges', 'post'>;
export type Quote = ResponseOf<'/api/v1/products/{id}/charges', 'post'>;
export type AvailabilityInput = NonNullable<BodyOf<'/api/v1/products/{id}/availability', 'post'>>;
export type Availability = ResponseOf<'/api/v1/products/{id}/availability', 'post'>;

export type Wallet = ResponseOf<'/api/v1/wallets/{id}', 'get'>;
export type WalletQuery = QueryOf<'/api/v1/wallets', 'get'>;
export type Transaction = ResponseOf<'/api/v1/transactions/{id}', 'get'>;
export type TransactionQuery = QueryOf<'/api/v1/transactions', 'get'>;

export type CreateOrderInput = BodyOf<'/api/v1/orders', 'post'>;
export type Order = ResponseOf<'/api/v1/orders/{id}', 'get'>;
export type OrderSummary = ItemOf<ResponseOf<'/api/v1/orders', 'get'>>;
export type OrderQuery = QueryOf<'/api/v1/orders', 'get'>;
export type OrderStatus = Order['status'];

export type CreateWebhookInput = BodyOf<'/api/v1/webhooks', 'post'>;
export type UpdateWebhookInput = BodyOf<'/api/v1/webhooks/{id}', 'patch'>;
/** A webhook as `create` and `rotateSecret` answer it: with its `secret`, shown only then. */
export type WebhookWithSecret = ResponseOf<'/api/v1/webhooks', 'post'>;
export type Webhook = ResponseOf<'/api/v1/webhooks/{id}', 'get'>;
export type WebhookQuery = QueryOf<'/api/v1/webhooks', 'get'>;
export type WebhookTestResult = ResponseOf<'/api/v1/webhooks/{id}/test', 'post'>;
export type WebhookAttempt = ItemOf<ResponseOf<'/api/v1/webhooks/{id}/attempts', 'get'>>;
export type WebhookAttemptQuery = QueryOf<'/api/v1/webhooks/{id}/attempts', 'get'>;

/** An event, as the events API lists it and as a webhook delivery carries it. */
export type StoreEvent = ResponseOf<'/api/v1/events/{id}', 'get'>;
/** What `verifyWebhook` answers: the delivered event. */
export type WebhookEvent = StoreEvent;
export type EventQuery = QueryOf<'/api/v1/events', 'get'>;
export type RedeliverInput = NonNullable<BodyOf<'/api/v1/events/{id}/redeliver', 'post'>>;
export type Redelivery = ResponseOf<'/api/v1/events/{id}/redeliver', 'post'>;
