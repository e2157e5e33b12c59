// Generated from the store's OpenAPI document by sdk/scripts/generate-types.ts (npm run sdk:generate).
// Do not edit: change the route schemas and generate again.
export interface paths {
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange API credentials for an access and a refresh token */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rotate a refresh token into a new token pair */
    post: operations['refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke every access and refresh token of the client */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/countries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List active countries
     * @description The whole list, never paginated; supports ETag / If-None-Match.
     */
    get: operations['listCountries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/countries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one country
     * @description 404 when missing or inactive.
     */
    get: operations['getCountry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/currencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List active currencies
     * @description The whole list, never paginated; supports ETag / If-None-Match.
     */
    get: operations['listCurrencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/currencies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one currency
     * @description 404 when missing or inactive.
     */
    get: operations['getCurrency'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List active categories
     * @description The whole list, never paginated; supports ETag / If-None-Match. Requires the `vouchers` feature.
     */
    get: operations['listCategories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one category
     * @description 404 when missing or inactive. Requires the `vouchers` feature.
     */
    get: operations['getCategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcategories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List active subcategories
     * @description The whole list, never paginated; supports ETag / If-None-Match. Requires the `vouchers` feature.
     */
    get: operations['listSubcategories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subcategories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one subcategory
     * @description 404 when missing or inactive. Requires the `vouchers` feature.
     */
    get: operations['getSubcategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the client's wallets
     * @description Paginated (X-Page… headers); always id DESC, `sort` is ignored.
     */
    get: operations['listWallets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/wallets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one wallet
     * @description Another client's wallet is 404 Wallet not found.
     */
    get: operations['getWallet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the client's wallet transactions
     * @description Paginated (X-Page… headers); newest first unless `sort` says otherwise.
     */
    get: operations['listTransactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transactions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one transaction
     * @description Another client's transaction is 404 Transaction not found.
     */
    get: operations['getTransaction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List products
     * @description Active, orderable products not blacklisted for this client; paginated (X-Page… headers). Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    get: operations['listProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show a product
     * @description 404 when missing, inactive, not orderable or blacklisted for this client. Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Availability, as a GET with query parameters
     * @description Same as the POST form; a bad query is 400 "Invalid query parameters". Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    get: operations['getProductAvailability'];
    put?: never;
    /**
     * Can fulfilment deliver this many vouchers of this value now?
     * @description Never cached. The line is checked as by the quote (POST …/charges): a value in no range is 400 "Invalid denomination", a quantity above the client's limit 400 "Quantity exceeds maximum allowed (N)"; false only when it cannot be delivered now. Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    post: operations['checkProductAvailability'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/charges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Quote: what an order of this product would cost
     * @description Rounding is half-up at each documented step; total_payable is exactly what POST /api/v1/orders debits for the same input. Not a funds check. Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    post: operations['quoteProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the client's orders (without vouchers) */
    get: operations['listOrders'];
    put?: never;
    /**
     * Place a voucher order
     * @description Prices exactly as POST /products/:id/charges, debits the wallet and reserves the vouchers in one transaction. quantity ≤ 5 is delivered before the answer; larger orders answer PENDING and are delivered in the background. Optional Idempotency-Key header (docs/orders.md).
     */
    post: operations['createOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Show one order with its vouchers
     * @description Another client's order is 404 Order not found.
     */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the client's webhook endpoints
     * @description Paginated (X-Page… headers), newest first.
     */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Register a webhook endpoint
     * @description Answers 201 with the endpoint and its signing secret, shown only now.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show one webhook endpoint */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Its pending deliveries are dropped. Answers 204.
     */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint
     * @description Any of url, events, description, active. `active: true` also resumes a webhook the store disabled after 5 days of failures.
     */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret
     * @description The new secret is shown only now; the previous one keeps signing for 24 hours (see docs/webhooks.md).
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a ping event to the endpoint now
     * @description One signed POST of a `ping` event, no retries; answers with its outcome.
     */
    post: operations['testWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The endpoint's delivery attempts, newest first */
    get: operations['listWebhookAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The client's events, oldest first after a cursor
     * @description Kept for at least 30 days. `after`: an event id; only later events are listed. `type`: one type or a comma-separated list. X-Has-More tells whether more follow; X-Next-Cursor is the id to pass as `after` next.
     */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One event */
    get: operations['getEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event again
     * @description Queues a new delivery to the given webhook, or to every active webhook subscribed to the event's type; answers 202 with the deliveries.
     */
    post: operations['redeliverEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @example {
     *       "is_available": true
     *     }
     */
    Availability: {
      is_available: boolean;
    };
    AvailabilityRequest: {
      /** @description Face value per voucher, product currency */
      denomination: number;
      /** @description Number of vouchers */
      quantity: number;
    };
    /**
     * @example {
     *       "id": 1,
     *       "name": "Gift Cards"
     *     }
     */
    Category: {
      id: number;
      name: string;
    };
    /**
     * @example {
     *       "id": 840,
     *       "name": "United States",
     *       "official_name": "United States of America",
     *       "alpha_2": "US",
     *       "alpha_3": "USA",
     *       "numeric_code": "840",
     *       "dialing_prefix": "+1"
     *     }
     */
    Country: {
      /** @description The ISO 3166-1 numeric code as an integer */
      id: number;
      /** @description Common name, e.g. United States */
      name: string;
      /** @description Official name, e.g. United States of America */
      official_name: string;
      /** @description ISO 3166-1 alpha-2 */
      alpha_2: string;
      /** @description ISO 3166-1 alpha-3 */
      alpha_3: string;
      /** @description ISO 3166-1 numeric, 3 digits */
      numeric_code: string;
      /** @description e.g. +1; null where none exists */
      dialing_prefix: string | null;
    };
    /**
     * @example {
     *       "product_id": 1,
     *       "denomination": 25,
     *       "quantity": 1,
     *       "client_reference": "PO-2026-0042"
     *     }
     */
    CreateOrderRequest: {
      product_id: number;
      /** @description Face value per voucher, product currency */
      denomination: number;
      /** @description Vouchers; at most max_quantity of the quote (≤ 5,000) */
      quantity: number;
      /** @description The client's wallet to pay from; default: the wallet in the product currency */
      wallet_id?: number | null;
      /** @description Printable ASCII, ≤ 255; unique per client */
      client_reference?: string | null;
      /** @description Legacy alias of client_reference (used when that is absent) */
      ref?: string | null;
      /** @description Where the delivery notice goes */
      email?: string | null;
    } & {
      [key: string]: unknown;
    };
    /**
     * @example {
     *       "id": 840,
     *       "name": "US Dollar",
     *       "currency": "USD",
     *       "precision": 2
     *     }
     */
    Currency: {
      /** @description The ISO 4217 numeric code as an integer */
      id: number;
      /** @description e.g. US Dollar */
      name: string;
      /** @description ISO 4217 code */
      currency: string;
      /** @description ISO 4217 minor unit (USD 2, JPY 0, KWD 3) */
      precision: number;
    };
    /**
     * @example {
     *       "min_value": 50,
     *       "max_value": 500,
     *       "discount": 2.5
     *     }
     */
    Denomination: {
      /** @description Face value, product currency; equal to max_value for a fixed value */
      min_value: number;
      max_value: number;
      /** @description Percentage; already the best rate for this client */
      discount: number;
    };
    /**
     * @description Every error: a fixed name per status, a code to branch on, a message safe to show
     * @example {
     *       "error": {
     *         "name": "BadRequestError",
     *         "code": "INSUFFICIENT_FUNDS",
     *         "message": "Insufficient wallet balance"
     *       }
     *     }
     */
    Error: {
      error: {
        /** @description The class of error, e.g. BadRequestError */
        name: string;
        /** @description The machine code, e.g. INSUFFICIENT_FUNDS */
        code: string;
        /** @description Human text; stable, but do not parse it */
        message: string;
        /** @description Only on some VALIDATION_FAILURE answers */
        details?: {
          field: string;
          message: string;
        }[];
      };
    };
    /**
     * @example {
     *       "id": "evt_01a24a061507d5956d589a9e",
     *       "type": "wallet.credited",
     *       "created_at": "2026-12-06T09:30:00Z",
     *       "data": {
     *         "amount": 10000,
     *         "balance": 10000,
     *         "currency": "USD",
     *         "order_id": null,
     *         "wallet_id": 1,
     *         "transaction_id": 1
     *       }
     *     }
     */
    Event: {
      /** @description evt_… — the X-Event-ID of its deliveries */
      id: string;
      /** @description order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance */
      type: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /** @description Order or wallet data; never voucher codes */
      data: {
        [key: string]: unknown;
      };
    };
    /**
     * @example {
     *       "username": "prs_ae920a8ea990e4ac4a18d584",
     *       "password": "<the API secret>"
     *     }
     */
    LoginRequest: {
      /** @description API key issued by the operator */
      username: string;
      /** @description API secret issued by the operator */
      password: string;
    };
    /**
     * @example {
     *       "id": 1,
     *       "product_id": 1,
     *       "product_name": "Amazon.com Gift Card",
     *       "denomination": 25,
     *       "quantity": 1,
     *       "amount": 25,
     *       "discount": 0.5,
     *       "total_payable": 24.5,
     *       "client_reference": "PO-2026-0042",
     *       "ref": null,
     *       "wallet_id": 1,
     *       "transaction_id": 4,
     *       "status": "DELIVERED",
     *       "base_currency": "USD",
     *       "deduction_currency": "USD",
     *       "delivered_quantity": 1,
     *       "email": null,
     *       "message": "Order delivered",
     *       "failure_code": null,
     *       "failure_reason": null,
     *       "created_at": "2026-12-06T09:30:00Z",
     *       "completed_at": "2026-12-06T09:30:00Z",
     *       "vouchers": [
     *         {
     *           "card_number": "TEST-25WN-LYX3-82DD",
     *           "pin_code": null,
     *           "claim_url": null,
     *           "expires_at": "2027-12-06T09:30:00Z",
     *           "voucher_reference_number": "SBX-1-0001"
     *         }
     *       ]
     *     }
     */
    Order: {
      id: number;
      product_id: number;
      product_name: string;
      /** @description Face value per voucher (product currency) */
      denomination: number;
      quantity: number;
      /** @description denomination × quantity (product currency) */
      amount: number;
      /** @description Absolute discount (product currency) */
      discount: number;
      /** @description Amount debited (wallet currency) */
      total_payable: number;
      client_reference: string | null;
      ref: string | null;
      wallet_id: number;
      /** @description The DEBIT transaction (null only for a zero total) */
      transaction_id: number | null;
      status: 'PENDING' | 'DELIVERED' | 'PARTIALLY_DELIVERED' | 'FAILED' | 'CANCELLED';
      /** @description Product currency */
      base_currency: string;
      /** @description Wallet currency */
      deduction_currency: string;
      delivered_quantity: number;
      email: string | null;
      message: string | null;
      failure_code: string | null;
      failure_reason: string | null;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      completed_at: string | null;
      vouchers: components['schemas']['Voucher'][];
    };
    /**
     * @example {
     *       "id": 1,
     *       "product_id": 1,
     *       "product_name": "Amazon.com Gift Card",
     *       "denomination": 25,
     *       "quantity": 1,
     *       "amount": 25,
     *       "discount": 0.5,
     *       "total_payable": 24.5,
     *       "client_reference": "PO-2026-0042",
     *       "ref": null,
     *       "wallet_id": 1,
     *       "transaction_id": 4,
     *       "status": "DELIVERED",
     *       "base_currency": "USD",
     *       "deduction_currency": "USD",
     *       "delivered_quantity": 1,
     *       "email": null,
     *       "message": "Order delivered",
     *       "failure_code": null,
     *       "failure_reason": null,
     *       "created_at": "2026-12-06T09:30:00Z",
     *       "completed_at": "2026-12-06T09:30:00Z"
     *     }
     */
    OrderSummary: {
      id: number;
      product_id: number;
      product_name: string;
      /** @description Face value per voucher (product currency) */
      denomination: number;
      quantity: number;
      /** @description denomination × quantity (product currency) */
      amount: number;
      /** @description Absolute discount (product currency) */
      discount: number;
      /** @description Amount debited (wallet currency) */
      total_payable: number;
      client_reference: string | null;
      ref: string | null;
      wallet_id: number;
      /** @description The DEBIT transaction (null only for a zero total) */
      transaction_id: number | null;
      status: 'PENDING' | 'DELIVERED' | 'PARTIALLY_DELIVERED' | 'FAILED' | 'CANCELLED';
      /** @description Product currency */
      base_currency: string;
      /** @description Wallet currency */
      deduction_currency: string;
      delivered_quantity: number;
      email: string | null;
      message: string | null;
      failure_code: string | null;
      failure_reason: string | null;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      completed_at: string | null;
    };
    /**
     * @example {
     *       "id": 1,
     *       "name": "Amazon.com Gift Card",
     *       "category": "Gift Cards",
     *       "sub_category": "Marketplaces",
     *       "country_code": "USA",
     *       "currency_code": "USD",
     *       "image_url": "https://images.example.com/demo/amazon-us.png",
     *       "delivery_mode": "Digital",
     *       "delivery_time": "Instant",
     *       "validity": "10 years from issue",
     *       "available_denominations": [
     *         {
     *           "min_value": 10,
     *           "max_value": 10,
     *           "discount": 2
     *         },
     *         {
     *           "min_value": 25,
     *           "max_value": 25,
     *           "discount": 2
     *         },
     *         {
     *           "min_value": 50,
     *           "max_value": 500,
     *           "discount": 2.5
     *         }
     *       ]
     *     }
     */
    Product: {
      id: number;
      name: string;
      /** @description Category name */
      category: string;
      sub_category: string | null;
      /** @description ISO 3166-1 alpha-3 */
      country_code: string;
      /** @description ISO 4217 */
      currency_code: string;
      image_url: string | null;
      delivery_mode: string | null;
      delivery_time: string | null;
      validity: string | null;
      available_denominations: components['schemas']['Denomination'][];
    };
    /**
     * @example {
     *       "id": 1,
     *       "name": "Amazon.com Gift Card",
     *       "category": "Gift Cards",
     *       "sub_category": "Marketplaces",
     *       "country_code": "USA",
     *       "currency_code": "USD",
     *       "image_url": "https://images.example.com/demo/amazon-us.png",
     *       "delivery_mode": "Digital",
     *       "delivery_time": "Instant",
     *       "validity": "10 years from issue",
     *       "available_denominations": [
     *         {
     *           "min_value": 10,
     *           "max_value": 10,
     *           "discount": 2
     *         },
     *         {
     *           "min_value": 25,
     *           "max_value": 25,
     *           "discount": 2
     *         },
     *         {
     *           "min_value": 50,
     *           "max_value": 500,
     *           "discount": 2.5
     *         }
     *       ],
     *       "description": "Spend on millions of items at Amazon.com.",
     *       "redemption_instructions": "Go to amazon.com/redeem and enter the claim code.",
     *       "terms": "Demo product: the sandbox supplier issues clearly marked test codes. Not redeemable anywhere.",
     *       "voucher_type": "CODE"
     *     }
     */
    ProductDetail: {
      id: number;
      name: string;
      /** @description Category name */
      category: string;
      sub_category: string | null;
      /** @description ISO 3166-1 alpha-3 */
      country_code: string;
      /** @description ISO 4217 */
      currency_code: string;
      image_url: string | null;
      delivery_mode: string | null;
      delivery_time: string | null;
      validity: string | null;
      available_denominations: components['schemas']['Denomination'][];
      description: string | null;
      redemption_instructions: string | null;
      terms: string | null;
      voucher_type: 'CODE' | 'CODE_WITH_PIN' | 'URL';
    };
    /**
     * @example {
     *       "non_discounted_total": 50,
     *       "discount": 2,
     *       "discount_amount": 1,
     *       "total_amount": 49,
     *       "gst_amount": 0,
     *       "net_amount": 49,
     *       "handling_fee_amount": 0,
     *       "total_payable": 49,
     *       "max_quantity": 5000,
     *       "charges_details": {
     *         "source_currency": "USD",
     *         "destination_currency": "USD",
     *         "forex_rate": null,
     *         "conversion_fee": null
     *       }
     *     }
     */
    Quote: {
      /** @description denomination × quantity (product currency) */
      non_discounted_total: number;
      /** @description The percentage applied: the best of the range default and the client rates */
      discount: number;
      /** @description non_discounted_total × discount / 100, rounded half-up (product currency) */
      discount_amount: number;
      /** @description non_discounted_total − discount_amount (product currency) */
      total_amount: number;
      /** @description total_amount × the client's tax rate / 100, rounded half-up (product currency) */
      gst_amount: number;
      /** @description (total_amount + gst_amount) × forex_rate, rounded half-up (wallet currency) */
      net_amount: number;
      /** @description the fixed conversion fee of the FX rate; 0 without FX (wallet currency) */
      handling_fee_amount: number;
      /** @description net_amount + handling_fee_amount: exactly what an order debits (wallet currency) */
      total_payable: number;
      /** @description The client's per-order limit for this product (≤ 5000) */
      max_quantity: number;
      charges_details: {
        /** @description Product currency (ISO 4217) */
        source_currency: string;
        /** @description Wallet currency (ISO 4217) */
        destination_currency: string;
        /** @description 1 source = forex_rate destination; null without FX */
        forex_rate: number | null;
        /** @description null without FX */
        conversion_fee: number | null;
      };
    };
    /**
     * @example {
     *       "denomination": 25,
     *       "quantity": 2
     *     }
     */
    QuoteRequest: {
      /** @description Face value per voucher, product currency; must lie in one of the product ranges */
      denomination: number;
      /** @description Number of vouchers; at most max_quantity */
      quantity: number;
      /** @description The client's wallet to pay from; absent or null: the wallet in the product currency */
      wallet_id?: number | null;
    } & {
      [key: string]: unknown;
    };
    /**
     * @example {
     *       "refresh_token": "UjFNuzYEHDoLPGtP5BG6LvuXQgGNsjqUBu1YBznxJ-g"
     *     }
     */
    RefreshRequest: {
      refresh_token: string;
    };
    /**
     * @example {
     *       "id": 1,
     *       "name": "Marketplaces"
     *     }
     */
    Subcategory: {
      id: number;
      name: string;
    };
    /**
     * @example {
     *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJhY2Nlc3MiLCJzdWIiOiIxIn0.5T7KhuwFeNRklGlJTghxcYCVlZVnYoLuyfmlO0_A8Q8",
     *       "refresh_token": "UjFNuzYEHDoLPGtP5BG6LvuXQgGNsjqUBu1YBznxJ-g",
     *       "access_expires_at": "2026-12-06T10:30:00Z",
     *       "refresh_expires_at": "2026-12-13T09:30:00Z",
     *       "client_id": 1
     *     }
     */
    TokenPair: {
      access_token: string;
      refresh_token: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      access_expires_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      refresh_expires_at: string;
      client_id: number;
    };
    /**
     * @example {
     *       "id": 4,
     *       "wallet_id": 1,
     *       "currency_id": 840,
     *       "amount": -24.5,
     *       "transaction_type": "DEBIT",
     *       "status": "COMPLETED",
     *       "remarks": "USD Wallet debited by amount 24.50 - Order #1",
     *       "created_at": "2026-12-06T09:30:00Z",
     *       "source_currency": null,
     *       "destination_currency": null,
     *       "forex_rate": null,
     *       "conversion_charges": null,
     *       "order_id": 1,
     *       "balance_after": 9975.5
     *     }
     */
    Transaction: {
      id: number;
      wallet_id: number;
      currency_id: number;
      /** @description Signed: CREDIT positive, DEBIT negative; wallet currency */
      amount: number;
      transaction_type: 'CREDIT' | 'DEBIT';
      status: 'COMPLETED' | 'PENDING' | 'FAILED';
      /** @description e.g. "USD Wallet debited by amount 241.25 - Order #1234" */
      remarks: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /** @description FX only: the currency converted from */
      source_currency: string | null;
      /** @description FX only: the wallet currency */
      destination_currency: string | null;
      /** @description FX only: 1 source unit = forex_rate wallet units */
      forex_rate: number | null;
      /** @description FX only: the fixed conversion fee included, wallet currency */
      conversion_charges: number | null;
      /** @description The order this movement belongs to (additive) */
      order_id: number | null;
      /** @description Wallet balance right after this transaction (additive) */
      balance_after: number | null;
    };
    /**
     * @example {
     *       "card_number": "TEST-25WN-LYX3-82DD",
     *       "pin_code": null,
     *       "claim_url": null,
     *       "expires_at": "2027-12-06T09:30:00Z",
     *       "voucher_reference_number": "SBX-1-0001"
     *     }
     */
    Voucher: {
      card_number: string | null;
      pin_code: string | null;
      claim_url: string | null;
      expires_at: string | null;
      voucher_reference_number: string | null;
    };
    /**
     * @example {
     *       "id": 3,
     *       "currency_id": 826,
     *       "amount": 10000,
     *       "type": "PREPAID",
     *       "currency_code": "GBP",
     *       "name": "GBP Wallet",
     *       "credit_limit": null,
     *       "created_at": "2026-12-06T09:30:00Z"
     *     }
     */
    Wallet: {
      id: number;
      /** @description ISO 4217 numeric code as an integer (USD 840) */
      currency_id: number;
      /** @description Current balance, rounded to the currency precision */
      amount: number;
      type: 'PREPAID' | 'POSTPAID';
      /** @description ISO 4217 code (additive) */
      currency_code: string;
      /** @description e.g. "USD Wallet" (additive) */
      name: string;
      /** @description POSTPAID: how far below zero the balance may go; null for PREPAID (additive) */
      credit_limit: number | null;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
    };
    Webhook: {
      id: number;
      url: string;
      /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance, or * for all */
      events: string[];
      /** @description Free text */
      description: string | null;
      /** @description The client's switch */
      active: boolean;
      /** @description Set while the store or the operator has disabled the webhook */
      disabled_at: string | null;
      /** @description Why it was disabled */
      disabled_reason: string | null;
      /** @description Every attempt since then failed; null after a success */
      failing_since: string | null;
      /** @description Last successful attempt (to the minute) */
      last_success_at: string | null;
      /** @description Last failed attempt */
      last_failure_at: string | null;
      /** @description Until then the secret before the last rotation still signs too */
      previous_secret_expires_at: string | null;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      updated_at: string;
      /** @description `system` (failing for 5 days; set active to true to resume) or `operator` (only the operator can enable it) */
      disabled_by: 'system' | 'operator' | null;
    };
    WebhookAttempt: {
      id: number;
      delivery_id: number;
      event_id: string;
      event_type: string;
      /** @description event, redeliver or test */
      kind: string;
      /** @description 1, 2, … within the delivery */
      attempt: number;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      started_at: string;
      duration_ms: number;
      status_code: number | null;
      success: boolean;
      /** @description Why it failed: HTTP 500, timed out after 10 s, connection refused, redirect not followed, … */
      error: string | null;
      /** @description pending (retried at next_attempt_at), succeeded or failed (given up) */
      delivery_status: string;
      /** @description When a pending delivery is tried next */
      next_attempt_at: string | null;
    };
    WebhookWithSecret: {
      id: number;
      url: string;
      /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance, or * for all */
      events: string[];
      /** @description Free text */
      description: string | null;
      /** @description The client's switch */
      active: boolean;
      /** @description Set while the store or the operator has disabled the webhook */
      disabled_at: string | null;
      /** @description Why it was disabled */
      disabled_reason: string | null;
      /** @description Every attempt since then failed; null after a success */
      failing_since: string | null;
      /** @description Last successful attempt (to the minute) */
      last_success_at: string | null;
      /** @description Last failed attempt */
      last_failure_at: string | null;
      /** @description Until then the secret before the last rotation still signs too */
      previous_secret_expires_at: string | null;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      updated_at: string;
      /** @description `system` (failing for 5 days; set active to true to resume) or `operator` (only the operator can enable it) */
      disabled_by: 'system' | 'operator' | null;
      /** @description The signing secret (whsec_…): shown only in this response */
      secret: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description The request id: the one the caller sent (1 … 128 visible ASCII characters), else a new UUID. Quote it to the operator. */
    'X-Request-Id': string;
    /** @description Requests allowed in the current window of this rate-limit class */
    'RateLimit-Limit': number;
    /** @description Requests left in the current window */
    'RateLimit-Remaining': number;
    /** @description Seconds until the window resets */
    'RateLimit-Reset': number;
    /** @description Seconds to wait before trying again: with every 429, and with a 503 when the database or Redis is unavailable */
    'Retry-After': number;
    /** @description The page answered (from 1) */
    'X-Page': number;
    /** @description The limit in force */
    'X-Per-Page': number;
    /** @description Items matching the filters, all pages */
    'X-Total-Count': number;
    /** @description Pages of X-Per-Page items (0 when nothing matches) */
    'X-Total-Pages': number;
    /** @description Items in this page */
    'X-Page-Size': number;
    /** @description Whether a later page has items */
    'X-Has-More': 'true' | 'false';
    /** @description The place of the last item of this answer (absent when it is empty): pass it as `after` to read on from there */
    'X-Next-Cursor': string;
    /** @description true when the store stopped counting (a date window or what follows a cursor, past 10,000): X-Total-Count is then a lower bound */
    'X-Total-Count-Capped': 'true';
    /** @description true when this answer is the stored outcome of an earlier request with the same Idempotency-Key */
    'Idempotent-Replayed': 'true';
    /** @description `nosniff`: the answer is to be taken as its Content-Type says, never sniffed */
    'X-Content-Type-Options': 'nosniff';
    /** @description How long the answer may be reused; `no-store` on every answer to a change (POST, PUT, PATCH, DELETE) and on answers with codes */
    'Cache-Control': string;
    /** @description The version of the data: send it back in If-None-Match to get 304 when unchanged */
    ETag: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            success: true;
            data: components['schemas']['TokenPair'];
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
    };
  };
  refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            success: true;
            data: components['schemas']['TokenPair'];
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            success: true;
            data: {
              message: string;
            };
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
    };
  };
  listCountries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Country'][];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getCountry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Country'];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listCurrencies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Currency'][];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getCurrency: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Currency'];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listCategories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'][];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listSubcategories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Subcategory'][];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getSubcategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Subcategory'];
        };
      };
      /** @description Not modified since the ETag sent */
      304: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          ETag: components['headers']['ETag'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listWallets: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        currency?: string | '';
        /** @description Case-insensitive substring of the wallet name ("USD Wallet") */
        name?: string;
        /** @description Ignored: wallets are always listed id DESC */
        sort?: string;
        /** @description Ignored */
        sort_by?: string;
        /** @description Ignored */
        sort_dir?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Wallet'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getWallet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Wallet'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listTransactions: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description X-Next-Cursor of the previous answer: only the items after its last one, in its sort (page must be 1); empty: none */
        after?: string;
        /** @description JSON object {"field": id|amount|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
        sort?: string;
        /** @description Alternative to sort: id|amount|created_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only this wallet; empty: no filter */
        wallet_id?: number;
        /** @description ISO 4217 code of the wallet currency (case-insensitive) */
        currency?: string;
        /** @description ISO 4217 numeric id of the wallet currency; empty: no filter */
        currency_id?: number;
        /** @description CREDIT or DEBIT (case-insensitive) */
        transaction_type?: string;
        /** @description COMPLETED, PENDING or FAILED (case-insensitive) */
        status?: string;
        /** @description RFC 3339 or a bare date (midnight UTC); inclusive */
        start_date?: string;
        /** @description RFC 3339 or a bare date (midnight UTC); exclusive */
        end_date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          'X-Next-Cursor': components['headers']['X-Next-Cursor'];
          'X-Total-Count-Capped': components['headers']['X-Total-Count-Capped'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transaction'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'LIST_TOO_EXPENSIVE' | 'PAGE_TOO_DEEP';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getTransaction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transaction'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listProducts: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|name|category, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
        sort?: string;
        /** @description Alternative to sort: id|name|category */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Exact category name (case-insensitive) */
        category?: string;
        /** @description Exact subcategory name (case-insensitive) */
        sub_category?: string;
        /** @description Country id (ISO 3166-1 numeric, e.g. 840) */
        country_id?: number;
        /** @description Currency id (ISO 4217 numeric, e.g. 840) */
        currency_id?: number;
        /** @description Case-insensitive substring of the name */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDetail'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getProductAvailability: {
    parameters: {
      query: {
        denomination: number;
        quantity: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Availability'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  checkProductAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AvailabilityRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Availability'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  quoteProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description X-Next-Cursor of the previous answer: only the items after its last one, in its sort (page must be 1); empty: none */
        after?: string;
        /** @description JSON object {"field": id|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
        sort?: string;
        /** @description Alternative to sort: id|created_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description PENDING, DELIVERED, PARTIALLY_DELIVERED, FAILED or CANCELLED (case-insensitive) */
        status?: string;
        /** @description Only this product; empty: no filter */
        product_id?: number;
        /** @description Exact client_reference (at most one result) */
        client_reference?: string;
        /** @description RFC 3339 or a bare date (midnight UTC); inclusive */
        start_date?: string;
        /** @description RFC 3339 or a bare date (midnight UTC); exclusive */
        end_date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          'X-Next-Cursor': components['headers']['X-Next-Cursor'];
          'X-Total-Count-Capped': components['headers']['X-Total-Count-Capped'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderSummary'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE' | 'LIST_TOO_EXPENSIVE' | 'PAGE_TOO_DEEP';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  createOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional, ≤ 255 printable ASCII: repeats replay the first outcome */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrderRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INSUFFICIENT_FUNDS' | 'INVALID_FEATURE' | 'OUT_OF_STOCK' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'IDEMPOTENCY_IN_PROGRESS';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description The same key was used before with another request */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'IDEMPOTENCY_MISMATCH';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INVALID_FEATURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description https:// URL (http:// in sandbox mode) that receives POSTs */
          url: string;
          /** @description Event types: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance, or * for all (also types added later) */
          events: string[];
          /** @description At most 255 characters */
          description?: string | null;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description https:// URL (http:// in sandbox mode) that receives POSTs */
          url?: string;
          /** @description Event types: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance, or * for all (also types added later) */
          events?: string[];
          /** @description At most 255 characters */
          description?: string | null;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            event_id: string;
            delivery_id: number;
            success: boolean;
            status_code: number | null;
            /** @description Why it failed */
            error: string | null;
            duration_ms: number;
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listWebhookAttempts: {
    parameters: {
      query?: {
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookAttempt'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description evt_… of the last event already seen */
        after?: string;
        /** @description order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance */
        type?: string;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          'X-Next-Cursor': components['headers']['X-Next-Cursor'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Event'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  getEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
  redeliverEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Only this webhook (default: every subscribed one) */
          webhook_id?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            event_id: string;
            deliveries: {
              id: number;
              webhook_id: number;
            }[];
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNAUTHORIZED';
            };
          };
        };
      };
      /** @description The caller's address is not in the client's IP allowlist */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'FORBIDDEN';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'NOT_FOUND';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'PAYLOAD_TOO_LARGE';
            };
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'UNSUPPORTED_MEDIA_TYPE';
            };
          };
        };
      };
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'TOO_MANY_REQUESTS';
            };
          };
        };
      };
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'INTERNAL_SERVER_ERROR';
            };
          };
        };
      };
    };
  };
}
