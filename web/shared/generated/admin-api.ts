// Generated from the admin API's OpenAPI document by web/scripts/generate-types.ts (npm run web:generate).
// Do not edit: change the route schemas and generate again.
export interface paths {
  '/admin/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every webhook endpoint, or one client’s
     * @description Newest first unless sorted (failing_since: the failing ones first). Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listWebhooks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a webhook endpoint (the client sees the reason) */
    post: operations['disableWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a webhook endpoint again (clears any disable and the failure streak) */
    post: operations['enableWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/webhooks/{id}/attempts': {
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
  '/admin/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List and search all clients' orders */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show one order (never its voucher codes) */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/orders/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened to an order: placed, paid, delivered, refunded, events sent, operator actions (never its codes) */
    get: operations['getOrderTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a pending order with nothing delivered, refunding it in full */
    post: operations['cancelOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/orders/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deliver again the undelivered vouchers of a FAILED or PARTIALLY_DELIVERED order, charging again what was refunded for them
     * @description Only an order that ended FAILED or PARTIALLY_DELIVERED (its undelivered share refunded). The wallet is debited again exactly what was refunded for those vouchers (the order's own price, no new quote), they are reserved with the supplier and delivered as a new order's are: up to 5 before the answer, more in the background. 409 ORDER_NOT_RETRYABLE for any other order (DELIVERED, PENDING, CANCELLED, one still being delivered, or one a concurrent retry took first); 400 INSUFFICIENT_FUNDS or OUT_OF_STOCK, and nothing is charged. Audited as order.retry (docs/orders.md).
     */
    post: operations['retryOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's tax rate and per-product order limits */
    get: operations['getClientTerms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/tax-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the client's tax rate */
    put: operations['setClientTaxRate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/max-quantities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the client's max_quantity for a product (1 … 5000) */
    put: operations['setClientMaxQuantity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/max-quantities/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove the client's max_quantity for a product (the default applies) */
    post: operations['removeClientMaxQuantity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange operator credentials for a short-lived operator token */
    post: operations['loginOperator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke every token and console session of the calling operator */
    post: operations['logoutOperator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session of the request's cookie, with its CSRF token and when it ends */
    get: operations['getSession'];
    put?: never;
    /** Sign in to the console: sets the session cookie (HttpOnly, SameSite=Strict) and answers its CSRF token */
    post: operations['signIn'];
    /** End the session of the request's cookie and clear the cookie */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calling operator's live console sessions */
    get: operations['listOwnSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of the calling operator's console sessions */
    delete: operations['endOwnSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start two-factor authentication: a new TOTP secret, its otpauth URI and QR code (enabled once confirmed) */
    post: operations['enrolTotp'];
    /** Turn two-factor authentication off, with a current code */
    delete: operations['disableTotp'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/auth/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the enrolment with a code of the new secret: TOTP is enabled and the operator's other console sessions end; answers ten recovery codes, shown once */
    post: operations['confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List operator accounts
     * @description By id unless sorted. Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listOperators'];
    put?: never;
    /** Create an operator account; answers with its password (shown once) */
    post: operations['createOperator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/operators/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate an operator account */
    post: operations['activateOperator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/operators/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate an operator account (its tokens stop working at once) */
    post: operations['deactivateOperator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/operators/{id}/rotate-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a new password (shown once); the operator's tokens are revoked and every console session ends */
    post: operations['rotateOperatorPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/operators/{id}/totp-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn off an operator's two-factor authentication (a lost device): the password alone signs in again */
    post: operations['resetOperatorTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/low-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wallets with their low-balance thresholds (operator) */
    get: operations['getClientLowBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets/{id}/low-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set or remove a wallet's low-balance threshold (operator)
     * @description Below it, one e-mail to the owners and finance users and a wallet.low_balance event, at most once per 24 hours and again only after the balance was back at the threshold or above (docs/low-balance.md).
     */
    put: operations['setWalletLowBalance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's portal users */
    get: operations['listClientUsers'];
    put?: never;
    /**
     * Invite a person to the client portal of a client (any role): the user is created and the invitation e-mailed
     * @description The e-mail links to <PUBLIC_URL or this request’s origin>/portal/accept?token=…; the token is in the e-mail only. A user of the client who has not accepted yet is invited again; an address any other user has is 409 EMAIL_TAKEN.
     */
    post: operations['inviteClientUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/users/{userId}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a portal user of the client */
    post: operations['activateClientUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/users/{userId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a portal user of the client (its sessions end at once) */
    post: operations['deactivateClientUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/users/{userId}/totp-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn off a portal user's two-factor authentication (a lost device and recovery codes): its sessions end, the password alone signs in again */
    post: operations['resetClientUserTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List clients
     * @description Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listClients'];
    put?: never;
    /** Create a client */
    post: operations['createClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a client */
    get: operations['getClient'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a client */
    post: operations['activateClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a client (its tokens stop working at once) */
    post: operations['deactivateClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a client's features (e.g. vouchers) */
    put: operations['setClientFeatures'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark or unmark the demo client (in production mode only demo clients see demo products) */
    put: operations['setClientDemo'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/ip-allowlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an address or CIDR range to the client's IP allowlist */
    post: operations['addClientIpAllowlistEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/ip-allowlist/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove an entry from the client's IP allowlist */
    post: operations['removeClientIpAllowlistEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke every token of a client */
    post: operations['logoutClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a new API secret */
    post: operations['rotateClientSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/rate-limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's rate limits: its own, the defaults and the effective ones */
    get: operations['getClientRateLimits'];
    /**
     * Set a client's own rate limits
     * @description Each class given is set (requests per minute) or, with null, returned to the configured default; the classes left out stay as they are. Applied to the client's next request on every process; audited as client.rate_limits.
     */
    put: operations['setClientRateLimits'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's API credentials, revoked ones too */
    get: operations['listClientCredentials'];
    put?: never;
    /**
     * Create an API credential for a client (its secret is shown once)
     * @description At most 5 active credentials per client (409 CREDENTIAL_LIMIT). Revoking a credential ends at once every token it logged in, refresh tokens included; revoking a revoked one changes nothing.
     */
    post: operations['createClientCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/credentials/{credentialId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a client's API credential and every token it logged in
     * @description At most 5 active credentials per client (409 CREDENTIAL_LIMIT). Revoking a credential ends at once every token it logged in, refresh tokens included; revoking a revoked one changes nothing.
     */
    post: operations['revokeClientCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/settings/top-up-instructions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How clients top up their wallets: the store-wide text */
    get: operations['getTopUpInstructions'];
    /** Set how clients top up their wallets (store-wide text shown on the portal) */
    put: operations['setTopUpInstructions'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/top-up-instructions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's text on topping up: its own, the store's and the one shown */
    get: operations['getClientTopUpInstructions'];
    /** Set a client's own text on topping up (null: the store's) */
    put: operations['setClientTopUpInstructions'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A client with its wallets, terms, rate limits, pricing, API credentials and top-up text, in one answer
     * @description What GET /admin/v1/clients/:id, /admin/v1/wallets?client_id=, /admin/v1/clients/:id/terms, …/rate-limits, …/pricing, …/credentials and …/top-up-instructions answer, each in the same form: the console reads a client’s page with this one request. 404 Client not found.
     */
    get: operations['getClientSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The client and the product of a client ID and a product ID, in one answer
     * @description What GET /admin/v1/clients/:id and GET /admin/v1/products/:id answer, each in the same form, or null where no client or product has the ID (not 404: one unknown ID does not hide the other). The console names the client and the product an orders link filters by with this one request.
     */
    get: operations['listLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log, newest first unless sorted otherwise (by id or time)
     * @description Every admin write and security event, newest first, paginated like every list (page, limit; X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size, X-Has-More). Filters combine with AND. A malformed filter, page or limit, or target_id without target_type, is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The store at a glance: balances, today's and this week's orders, what needs attention, orders per hour and revenue per day */
    get: operations['getOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/suppliers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The suppliers, with their health and failure rates
     * @description Every registered supplier: whether it issues in this store mode, its active products, and the figures of the orders placed in the last `hours` hours (default 24, 1 – 720). A malformed or out-of-range hours is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listSuppliers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/countries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all countries, inactive included */
    get: operations['listCountries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/countries/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a country */
    post: operations['activateCountry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/countries/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a country */
    post: operations['deactivateCountry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/currencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List all currencies, inactive included */
    get: operations['listCurrencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/currencies/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a currency */
    post: operations['activateCurrency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/currencies/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a currency */
    post: operations['deactivateCurrency'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all categories, inactive included
     * @description By id unless sorted. Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listCategories'];
    put?: never;
    /** Create a category */
    post: operations['createCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a category, inactive included */
    get: operations['getCategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, activate or deactivate a category */
    patch: operations['updateCategory'];
    trace?: never;
  };
  '/admin/v1/categories/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a category */
    post: operations['activateCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/categories/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a category */
    post: operations['deactivateCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/subcategories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all subcategories, inactive included
     * @description By id unless sorted. Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listSubcategories'];
    put?: never;
    /** Create a subcategory in a category */
    post: operations['createSubcategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/subcategories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a subcategory, inactive included */
    get: operations['getSubcategory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, activate or deactivate a subcategory */
    patch: operations['updateSubcategory'];
    trace?: never;
  };
  '/admin/v1/subcategories/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a subcategory */
    post: operations['activateSubcategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/subcategories/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a subcategory */
    post: operations['deactivateSubcategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All products, inactive included
     * @description By id unless sorted (category: by its name, then the product's). Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listProducts'];
    put?: never;
    /** Create a product (optionally with its denomination ranges) */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a product, inactive included */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a product */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/admin/v1/products/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a product */
    post: operations['activateProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/products/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a product */
    post: operations['deactivateProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/products/{id}/denominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a denomination range to a product */
    post: operations['addProductDenomination'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/denominations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a denomination range (and the negotiated rates for it) */
    delete: operations['deleteDenomination'];
    options?: never;
    head?: never;
    /** Change a denomination range (id from the product view) */
    patch: operations['updateDenomination'];
    trace?: never;
  };
  '/admin/v1/catalog/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import products in bulk (all or nothing)
     * @description Records as read from a CSV or JSON file by `popup-store catalog import`. Every line is validated; when any is bad the answer is 400 VALIDATION_FAILURE with one `details` entry per bad line (`field`: "line N") and nothing is written.
     */
    post: operations['importCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/catalog/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the whole catalog as a CSV or JSON file (the layout of the import)
     * @description Every product, inactive and demo ones included, by id. Importing the file back changes nothing.
     */
    get: operations['exportCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/catalog/choices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The choices of the catalog's forms and filters: categories, subcategories, countries, currencies (id and name), suppliers
     * @description Every category, subcategory, country and currency, inactive ones included, and the registered suppliers, in one answer: what the console's catalog, inventory and FX pages offer to choose from.
     */
    get: operations['getCatalogChoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/pricing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's blacklist and negotiated discounts */
    get: operations['getClientPricing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/blacklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hide a product from a client */
    post: operations['blacklistClientProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/blacklist/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a blacklisted product to the client again */
    post: operations['unblacklistClientProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/discounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the negotiated discount of a client for a product or one of its ranges */
    put: operations['setClientDiscount'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/clients/{id}/discounts/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove a client's negotiated discount for a product or one of its ranges */
    post: operations['removeClientDiscount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/inventory/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import voucher codes for a product and face value (all or nothing)
     * @description Records as read from a CSV file by `popup-store inventory import`. Every line is checked; when any is bad the answer is 400 VALIDATION_FAILURE with one `details` entry per bad line (`field`: "line N") and nothing is written. Codes never appear in answers or logs.
     */
    post: operations['importInventory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/inventory/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stock levels per product and face value
     * @description Every product and value with codes or a threshold, and every fixed value of the products the inventory supplier delivers; by product and value unless sorted (threshold: values without one last). Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/inventory/thresholds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set (or remove) the low-stock threshold of a product and face value */
    put: operations['setStockThreshold'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List wallets (optionally of one client) */
    get: operations['listWallets'];
    put?: never;
    /** Create a wallet for a client and currency */
    post: operations['createWallet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show a wallet */
    get: operations['getWallet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets/{id}/credit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit (top up) or debit a wallet; a ledger transaction against the FUNDING account
     * @description With an Idempotency-Key header the first request posts the transaction and a repeat of it (same wallet, direction, amount and remarks) answers that transaction again with Idempotent-Replayed: true, posting nothing; the key with another request is 422 IDEMPOTENCY_MISMATCH.
     */
    post: operations['creditWallet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets/{id}/debit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit (top up) or debit a wallet; a ledger transaction against the FUNDING account
     * @description With an Idempotency-Key header the first request posts the transaction and a repeat of it (same wallet, direction, amount and remarks) answers that transaction again with Idempotent-Replayed: true, posting nothing; the key with another request is 422 IDEMPOTENCY_MISMATCH.
     */
    post: operations['debitWallet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/wallets/{id}/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A wallet's transactions, newest first */
    get: operations['listWalletTransactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/fx-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * FX rate history, newest first per pair
     * @description By pair unless sorted (pair: source, then destination, each pair newest first). Each rate with its status now. Filters combine with AND. With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – 10000, default 50) and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".
     */
    get: operations['listFxRates'];
    put?: never;
    /** Set the FX rate of a currency pair from valid_from on (the old rate stays in the history) */
    post: operations['setFxRate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/ledger/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check every ledger invariant; read-only */
    get: operations['reconcileLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create (or refresh) the demo data: client with a new secret, catalog, stock, funded wallets, FX rates */
    post: operations['createDemo'];
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
    AdminCategory: {
      id: number;
      name: string;
      active: boolean;
    };
    AdminCountry: {
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
      active: boolean;
    };
    AdminCurrency: {
      /** @description The ISO 4217 numeric code as an integer */
      id: number;
      /** @description e.g. US Dollar */
      name: string;
      /** @description ISO 4217 code */
      currency: string;
      /** @description ISO 4217 minor unit (USD 2, JPY 0, KWD 3) */
      precision: number;
      numeric_code: string;
      active: boolean;
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
     *       "client_id": 1,
     *       "client_name": "Demo client",
     *       "supplier": "sandbox",
     *       "discount_rate": 2,
     *       "refunded_amount": 0,
     *       "recharged_amount": 0,
     *       "operator_remarks": null
     *     }
     */
    AdminOrder: {
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
      client_id: number;
      /** @description The client's name as it is now (read with the order, not a copy kept with it) */
      client_name: string;
      supplier: string;
      /** @description The discount percentage applied */
      discount_rate: number;
      /** @description Refunded so far, every refund counted (wallet currency) */
      refunded_amount: number;
      /** @description Charged again by operator retries (wallet currency): the order has cost its client total_payable + recharged_amount - refunded_amount */
      recharged_amount: number;
      /** @description The remarks of an operator cancel (also in the audit log); the client sees failure_reason "Cancelled by the operator" */
      operator_remarks: string | null;
    };
    AdminProduct: {
      id: number;
      name: string;
      category_id: number;
      category: string;
      subcategory_id: number | null;
      sub_category: string | null;
      country_id: number;
      country_code: string;
      currency_id: number;
      currency_code: string;
      image_url: string | null;
      delivery_mode: string | null;
      delivery_time: string | null;
      validity: string | null;
      description: string | null;
      redemption_instructions: string | null;
      terms: string | null;
      voucher_type: 'CODE' | 'CODE_WITH_PIN' | 'URL';
      supplier: string;
      active: boolean;
      /** @description Visible to clients (before any client blacklist) */
      orderable: boolean;
      /** @description Demo data: in production mode visible to demo clients only */
      demo: boolean;
      denominations: {
        id: number;
        min_value: number;
        max_value: number;
        discount: number;
      }[];
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
    };
    AdminSubcategory: {
      id: number;
      category_id: number;
      name: string;
      active: boolean;
    };
    AdminTransaction: {
      id: number;
      client_id: number;
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
      currency_code: string;
      /** @description TOP_UP, ADJUSTMENT, ORDER, REFUND, … */
      reason: string;
    };
    /**
     * @example {
     *       "id": 3,
     *       "client_id": 1,
     *       "currency_id": 826,
     *       "amount": 10000,
     *       "type": "PREPAID",
     *       "currency_code": "GBP",
     *       "name": "GBP Wallet",
     *       "credit_limit": null,
     *       "created_at": "2026-12-06T09:30:00Z"
     *     }
     */
    AdminWallet: {
      id: number;
      client_id: number;
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
    AdminWebhook: {
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
      client_id: number;
      /** @description The client's name as it is now */
      client_name: string;
      /** @description system or operator:<name> */
      disabled_by: string | null;
    };
    ApiCredential: {
      id: number;
      client_id: number;
      name: string;
      /** @description what POST /auth/login takes as username */
      username: string;
      /** @enum {unknown} */
      status: 'active' | 'revoked';
      /** @description operator:NAME, cli, client_user:ID, or migration (the client's credential of before) */
      created_by: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /** @description the last login with it (not every request) */
      last_used_at: string | null;
      /** @description the address of that login */
      last_used_ip: string | null;
      revoked_at: string | null;
      revoked_by: string | null;
    };
    AuditEntry: {
      id: number;
      /** @description Who: operator:<username>, operator:admin-token, operator:local-cli, cli, system, client:<id> (its API credentials) or client_user:<id> (a portal user) */
      actor: string;
      /** @description A portal user (client_user:<id>): their e-mail address, as it is now; null for any other actor */
      actor_email: string | null;
      /** @description What, as <area>.<change>: client.deactivate, wallet.credit, order.cancel, … */
      action: string;
      /** @description What it was done to, as <type>:<id> (client:7, wallet:3), or a name (catalog) */
      target: string | null;
      /** @description The part of target before the colon */
      target_type: string | null;
      /** @description The part of target after the colon */
      target_id: string | null;
      /** @description The client the entry concerns: the target client, or the client of the target wallet, order, webhook or token family */
      client_id: number | null;
      /** @description The change: before/after snapshots or its parameters; never a password, secret, token or voucher code */
      details: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
    };
    CatalogChoices: {
      /** @description Every category, inactive ones included, by name */
      categories: {
        id: number;
        name: string;
        active: boolean;
      }[];
      /** @description Every subcategory, by name */
      subcategories: {
        id: number;
        name: string;
        active: boolean;
        category_id: number;
      }[];
      /** @description Every country, by name */
      countries: {
        id: number;
        name: string;
        active: boolean;
        alpha_3: string;
      }[];
      /** @description Every currency, by code */
      currencies: {
        id: number;
        name: string;
        active: boolean;
        /** @description ISO 4217 code */
        currency: string;
      }[];
      /** @description The registered suppliers, by name */
      suppliers: string[];
    };
    CatalogImportReport: {
      ok: boolean;
      dry_run: boolean;
      errors: {
        line: number;
        message: string;
      }[];
      created: number;
      updated: number;
      unchanged: number;
      categories_created: string[];
      subcategories_created: string[];
      products: {
        line: number;
        product_id: number | null;
        name: string;
        action: 'created' | 'updated' | 'unchanged';
      }[];
    };
    /**
     * @example {
     *       "id": 1,
     *       "name": "Demo client",
     *       "username": "prs_8af0d8d8f5e51126ad1363cd",
     *       "active": true,
     *       "features": [
     *         "vouchers"
     *       ],
     *       "ip_allowlist": [],
     *       "demo": true,
     *       "created_at": "2026-12-06T09:30:00Z"
     *     }
     */
    Client: {
      id: number;
      name: string;
      username: string;
      active: boolean;
      features: string[];
      ip_allowlist: string[];
      /** @description The demo client: the only kind that sees demo products in production mode */
      demo: boolean;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
    };
    ClientCredentials: {
      client_id: number;
      username: string;
      /** @description API secret; shown once */
      password: string;
    };
    ClientPricing: {
      client_id: number;
      blacklist: {
        product_id: number;
        product_name: string;
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        created_at: string;
      }[];
      discounts: {
        product_id: number;
        /** @description The product's name, as the blacklist names it */
        product_name: string;
        /** @description null: every range of the product */
        denomination_id: number | null;
        /** @description The range denomination_id names, as the product lists it; null: every range of the product */
        denomination: {
          /** @description Face value, product currency; equal to max_value for a fixed value */
          min_value: number;
          max_value: number;
          /** @description The product's currency */
          currency_code: string;
        } | null;
        discount: number;
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        updated_at: string;
      }[];
    };
    ClientRateLimits: {
      client_id: number;
      /** @description The client's own limits; null: the default */
      overrides: {
        /** @description Client GET requests (RATE_LIMIT_READ) per minute for this client; null: the configured default */
        read: number | null;
        /** @description POST /api/v1/orders, and in a bucket of their own webhook writes, test pings and redeliveries (RATE_LIMIT_ORDERS) per minute for this client; null: the configured default */
        orders: number | null;
        /** @description Charges and availability requests (RATE_LIMIT_QUOTES) per minute for this client; null: the configured default */
        quotes: number | null;
      };
      /** @description The configured limits (RATE_LIMIT_READ, RATE_LIMIT_ORDERS, RATE_LIMIT_QUOTES) */
      defaults: {
        read: number;
        orders: number;
        quotes: number;
      };
      /** @description What the client's requests are limited to, per minute */
      effective: {
        read: number;
        orders: number;
        quotes: number;
      };
    };
    ClientSummary: {
      client: components['schemas']['Client'];
      /** @description The client's wallets, as GET /admin/v1/wallets?client_id= lists them */
      wallets: components['schemas']['AdminWallet'][];
      terms: components['schemas']['ClientTerms'];
      rate_limits: components['schemas']['ClientRateLimits'];
      pricing: components['schemas']['ClientPricing'];
      /** @description The client's API credentials, as GET /admin/v1/clients/:id/credentials lists them */
      credentials: components['schemas']['ApiCredential'][];
      top_up: components['schemas']['ClientTopUpText'];
    };
    ClientTerms: {
      client_id: number;
      /** @description Percentage added to total_amount as gst_amount */
      tax_rate: number;
      /** @description The limit of every product not listed in max_quantities */
      default_max_quantity: number;
      max_quantities: {
        product_id: number;
        product_name: string;
        max_quantity: number;
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        updated_at: string;
      }[];
    };
    ClientTopUpText: {
      client_id: number;
      /** @description the client's own text; null: the store's applies */
      client_text: string | null;
      store_text: string | null;
      /** @description what the client's people read on the portal's wallets page */
      effective: string | null;
    };
    ClientUser: {
      id: number;
      client_id: number;
      email: string;
      /**
       * @description owner, admin, developer, finance or viewer (docs/portal.md)
       * @enum {unknown}
       */
      role: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';
      active: boolean;
      /**
       * @description invited: the invitation is not accepted yet; inactive: deactivated (cannot sign in)
       * @enum {unknown}
       */
      status: 'invited' | 'active' | 'inactive';
      totp_enabled: boolean;
      /** @description operator:NAME, cli, or client_user:ID */
      invited_by: string;
      /** @description The end of the open invitation (invited users) */
      invitation_expires_at: string | null;
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
    };
    /**
     * @example {
     *       "operator": {
     *         "id": 1,
     *         "username": "alice"
     *       },
     *       "csrf_token": "n4bQgYhMfWWaL7qvUZ-1k9Yy1yRfn5Y4r2vWqkqgYjE",
     *       "idle_expires_at": "2026-12-06T10:00:00Z",
     *       "expires_at": "2026-12-06T21:30:00Z",
     *       "totp_enabled": true
     *     }
     */
    ConsoleSession: {
      operator: {
        id: number;
        username: string;
      };
      /** @description send it as X-CSRF-Token with every request but GET, HEAD and OPTIONS */
      csrf_token: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      idle_expires_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      expires_at: string;
      totp_enabled: boolean;
    };
    CreateProductRequest: {
      name: string;
      category_id: number;
      subcategory_id?: number | null;
      country_id: number;
      currency_id: number;
      image_url?: string | null;
      delivery_mode?: string | null;
      delivery_time?: string | null;
      validity?: string | null;
      description?: string | null;
      redemption_instructions?: string | null;
      terms?: string | null;
      voucher_type?: 'CODE' | 'CODE_WITH_PIN' | 'URL';
      supplier?: string;
      active?: boolean;
      /** @description Demo data: in production mode only demo clients see it (default false) */
      demo?: boolean;
      denominations?: {
        /** @description At most the currency precision in decimals */
        min_value: number;
        /** @description At most the currency precision in decimals */
        max_value: number;
        /** @description Percentage, at most 2 decimals */
        discount?: number;
      }[];
    };
    DemoReport: {
      credentials: components['schemas']['ClientCredentials'];
      /** @description false: the demo client existed; its secret was rotated */
      client_created: boolean;
      catalog: components['schemas']['CatalogImportReport'];
      stock: {
        product_id: number;
        name: string;
        denomination: number;
        /** @description DEMO- codes added by this run */
        imported: number;
        available: number;
      }[];
      wallets: {
        currency: string;
        wallet_id: number;
        balance: number;
        /** @description What this run credited; null when the wallet was full */
        credited: string | null;
        created: boolean;
      }[];
      /** @description Pairs that got a rate in this run ("USD/EUR") */
      fx_rates_set: string[];
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
     *       "id": 14,
     *       "source_currency": "AUD",
     *       "destination_currency": "EUR",
     *       "source_currency_id": 36,
     *       "destination_currency_id": 978,
     *       "rate": 0.61,
     *       "conversion_fee": 0,
     *       "valid_from": "2026-12-06T09:30:00Z",
     *       "valid_to": null,
     *       "status": "CURRENT",
     *       "created_by": "operator:admin-token",
     *       "created_at": "2026-12-06T09:30:00Z"
     *     }
     */
    FxRate: {
      id: number;
      source_currency: string;
      destination_currency: string;
      source_currency_id: number;
      destination_currency_id: number;
      /** @description 1 source unit = rate destination units */
      rate: number;
      /** @description Fixed fee in the destination currency */
      conversion_fee: number;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      valid_from: string;
      valid_to: string | null;
      status: 'CURRENT' | 'SUPERSEDED' | 'SCHEDULED' | 'EXPIRED';
      created_by: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
    };
    InventoryImportReport: {
      ok: boolean;
      dry_run: boolean;
      product_id: number;
      product_name: string;
      /** @description Codes are handed out only while this is `inventory` */
      supplier: string;
      denomination: number;
      errors: {
        line: number;
        message: string;
      }[];
      /** @description Codes imported (a dry run: that would be) */
      imported: number;
      batch_id: number | null;
      /** @description Unexpired codes of that value in stock afterwards */
      available: number;
    };
    InvitedClientUser: {
      id: number;
      client_id: number;
      email: string;
      /**
       * @description owner, admin, developer, finance or viewer (docs/portal.md)
       * @enum {unknown}
       */
      role: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';
      active: boolean;
      /**
       * @description invited: the invitation is not accepted yet; inactive: deactivated (cannot sign in)
       * @enum {unknown}
       */
      status: 'invited' | 'active' | 'inactive';
      totp_enabled: boolean;
      /** @description operator:NAME, cli, or client_user:ID */
      invited_by: string;
      /** @description The end of the open invitation (invited users) */
      invitation_expires_at: string | null;
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
      /** @description the page the e-mailed link opens, without its token: PUBLIC_URL, else the origin of this request */
      accept_page: string;
    };
    IssuedApiCredential: {
      id: number;
      client_id: number;
      name: string;
      /** @description what POST /auth/login takes as username */
      username: string;
      /** @enum {unknown} */
      status: 'active' | 'revoked';
      /** @description operator:NAME, cli, client_user:ID, or migration (the client's credential of before) */
      created_by: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /** @description the last login with it (not every request) */
      last_used_at: string | null;
      /** @description the address of that login */
      last_used_ip: string | null;
      revoked_at: string | null;
      revoked_by: string | null;
      /** @description the API secret (password of the login), shown this once; only its argon2id hash is kept */
      secret: string;
    };
    LowBalance: {
      wallet_id: number;
      currency: string;
      balance: number;
      /** @description alert when the balance goes below this; null: no alert */
      threshold: number | null;
      /** @description the balance is below the threshold now */
      below: boolean;
      /** @description the last alert (at most one per 24 hours) */
      alerted_at: string | null;
    };
    Operator: {
      id: number;
      username: string;
      active: boolean;
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
    };
    OperatorCredentials: {
      operator_id: number;
      username: string;
      /** @description shown once */
      password: string;
    };
    /**
     * @example {
     *       "id": 7,
     *       "created_at": "2026-12-06T09:30:00Z",
     *       "last_seen_at": "2026-12-06T09:42:00Z",
     *       "expires_at": "2026-12-06T21:30:00Z",
     *       "ip": "203.0.113.24",
     *       "user_agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
     *       "current": true
     *     }
     */
    OperatorSession: {
      id: number;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      created_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      last_seen_at: string;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      expires_at: string;
      ip: string;
      user_agent: string | null;
      /** @description the session of this request */
      current: boolean;
    };
    OrderTimeline: {
      order: components['schemas']['AdminOrder'];
      /** @description In the order it happened, each entry at its own time (docs/orders.md, "An order's timeline"); never a voucher code */
      entries: {
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        at: string;
        /**
         * @description placed, payment, refund, charge (a retry charging again), delivery, event (sent to the client), operator (an action), delivery_pending, completed
         * @enum {unknown}
         */
        kind: 'placed' | 'payment' | 'refund' | 'charge' | 'delivery' | 'event' | 'operator' | 'delivery_pending' | 'completed';
        summary: string;
        /** @description client:N, client_user:N, operator:NAME, the supplier, or null */
        actor: string | null;
        /** @description payment, refund and charge: the ledger transaction (a statement line of the client) */
        transaction?: {
          id: number;
          wallet_id: number;
          transaction_type: 'CREDIT' | 'DEBIT';
          /** @description Unsigned, wallet currency */
          amount: number;
          currency_code: string;
        };
        /** @description event: the event sent */
        event?: {
          id: string;
          type: string;
        };
        /** @description operator: the action, as the audit log records it (order.cancel, order.retry, portal.order.create, portal.codes.reveal) */
        action?: string;
        /** @description operator: the remarks given with the action; in the operator's timeline only */
        remarks?: string;
      }[];
    };
    Overview: {
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      generated_at: string;
      /** @description The clients' wallets, summed per currency */
      wallet_balances: {
        currency: string;
        wallets: number;
        balance: number;
      }[];
      /** @description The store's own ledger accounts (FUNDING, REVENUE, SUPPLIER_PAYABLE, FX) per currency */
      operator_accounts: {
        kind: string;
        currency: string;
        balance: number;
      }[];
      orders_today: {
        currency: string;
        orders: number;
        /** @description What they charged (wallet currency); cancelled and failed orders count 0 */
        charged: number;
      }[];
      orders_this_week: {
        currency: string;
        orders: number;
        /** @description What they charged (wallet currency); cancelled and failed orders count 0 */
        charged: number;
      }[];
      pending_alert_minutes: number;
      /** @description Orders still PENDING pending_alert_minutes after they were placed */
      pending_too_long: number;
      webhooks: {
        /** @description Active endpoints whose last deliveries failed */
        failing: number;
        /** @description Endpoints disabled by the store or an operator */
        disabled: number;
      };
      /** @description Product values with fewer codes available than their threshold (without one: none) */
      low_stock_count: number;
      /** @description The first 20 of them, fewest codes available first */
      low_stock: {
        product_id: number;
        product_name: string;
        currency: string;
        denomination: number;
        available: number;
        threshold: number | null;
      }[];
      last_reconciliation: {
        ok: boolean;
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        checked_at: string;
        breaks: number;
        failed_checks: string[];
        /** @description What each failed check verifies, in the order of failed_checks */
        failed_check_descriptions: string[];
      } | null;
      /** @description The last 24 hours; hours without orders are absent */
      orders_per_hour: {
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        hour: string;
        orders: number;
      }[];
      /** @description The last 14 UTC days, per wallet currency; days without orders are absent */
      revenue_per_day: {
        /** Format: date */
        day: string;
        currency: string;
        orders: number;
        charged: number;
      }[];
    };
    ReconciliationReport: {
      ok: boolean;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      checked_at: string;
      summary: {
        wallets: number;
        transactions: number;
        entries: number;
        accounts: number;
        currencies: number;
      };
      checks: {
        name: string;
        description: string;
        ok: boolean;
        breaks: number;
      }[];
      breaks: {
        check: string;
        message: string;
      }[];
    };
    /**
     * @example {
     *       "recovery_codes": [
     *         "p54u-xbiv-f34e-avfr",
     *         "atsw-arl6-fl46-yqec",
     *         "hk5n-wbe2-lkxl-egaz",
     *         "44m4-2znv-tq5n-evan",
     *         "ezxj-6jr5-zrbf-5uig",
     *         "4wys-wute-dguo-qs4f",
     *         "oo2q-gnvc-4rd3-r4o6",
     *         "eefm-tszw-f6j7-yihg",
     *         "kmuv-m57t-gdd3-eyee",
     *         "vpbf-shm2-yjvq-22dy"
     *       ]
     *     }
     */
    RecoveryCodes: {
      /** @description shown once; each signs in once instead of a code */
      recovery_codes: string[];
    };
    /**
     * @example {
     *       "product_id": 6,
     *       "product_name": "Steam Wallet Code",
     *       "supplier": "inventory",
     *       "currency": "USD",
     *       "denomination": 20,
     *       "available": 50,
     *       "reserved": 0,
     *       "issued": 0,
     *       "expired": 0,
     *       "threshold": null,
     *       "low_stock": false
     *     }
     */
    StockLevel: {
      product_id: number;
      product_name: string;
      supplier: string;
      currency: string;
      denomination: number;
      /** @description Unexpired codes in stock */
      available: number;
      /** @description Held for orders not yet delivered */
      reserved: number;
      issued: number;
      /** @description In stock but expired: never handed out */
      expired: number;
      threshold: number | null;
      /** @description available < threshold (no threshold: available = 0) */
      low_stock: boolean;
    };
    StoreTopUpText: {
      /** @description plain text, at most 2000 characters (trimmed); null or empty: none */
      text: string | null;
    };
    SupplierHealth: {
      /** @description The supplier, as products name it (products.supplier): sandbox, inventory, test */
      name: string;
      /** @description Its codes are not real (the sandbox TEST- codes) */
      fake_codes: boolean;
      /** @description It issues to every client in this store's mode (STORE_MODE); false: to demo clients only (fake codes in production mode) */
      can_issue: boolean;
      /** @description Active products it fulfils */
      active_products: number;
      /** @description Orders placed in the window */
      orders_placed: number;
      /** @description Vouchers those orders asked for */
      units_ordered: number;
      /** @description Vouchers of those orders delivered */
      units_delivered: number;
      /** @description Vouchers of those orders that failed for good and were refunded (FAILED, or PARTIALLY_DELIVERED no longer retried) */
      units_failed: number;
      /** @description units_failed / (units_delivered + units_failed), to 4 decimal places; null when no unit ended */
      failure_rate: number | null;
      /** @description Of those orders, the ones still PENDING */
      orders_pending: number;
      /** @description When the last of those orders that failed for good failed */
      last_failure_at: string | null;
      /** @description Its failure_code (never a voucher code) */
      last_failure_code: string | null;
    };
    SupplierHealthReport: {
      store_mode: 'production' | 'sandbox';
      /** @description The window, in hours */
      hours: number;
      /**
       * Format: date-time
       * @description Orders placed at or after this time are counted (RFC 3339 UTC)
       */
      since: string;
      /** @description Every registered supplier, by name */
      suppliers: components['schemas']['SupplierHealth'][];
    };
    /**
     * @example {
     *       "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
     *       "otpauth_uri": "otpauth://totp/Popup%20Reward%20Store:alice?issuer=Popup%20Reward%20Store&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30",
     *       "qr_svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 45 45\" shape-rendering=\"crispEdges\"><path fill=\"#ffffff\" d=\"M0 0h45v45H0z\"/><path stroke=\"#000000\" d=\"M2 2.5h7m1 0h1…\"/></svg>"
     *     }
     */
    TotpEnrolment: {
      /** @description base32, for apps that take it typed in */
      secret: string;
      otpauth_uri: string;
      /** @description the otpauth URI as an SVG QR code */
      qr_svg: string;
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
    /** @description The session cookie — over HTTPS `__Host-prs_console=<token>; HttpOnly; SameSite=Strict; Path=/; Secure` (the console) or `__Host-prs_portal=<token>; …` (the client portal), over plain HTTP `prs_console=<token>; HttpOnly; SameSite=Strict; Path=/` or `prs_portal=<token>; HttpOnly; SameSite=Strict; Path=/portal` — at sign-in; emptied with `Max-Age=0` at sign-out */
    'Set-Cookie': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listWebhooks: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|client_id|created_at|failing_since, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
        sort?: string;
        /** @description Alternative to sort: id|client_id|created_at|failing_since */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only this client */
        client_id?: number;
        /** @description Only endpoints in this state (any case): disabled (by the store or the operator), failing (not disabled; every attempt since failing_since failed) or healthy (neither); empty: no filter */
        state?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWebhook'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWebhook'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  disableWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWebhook'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  enableWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWebhook'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listWebhookAttempts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description That page of `limit` attempts (default 50), with the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers */
        page?: number;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
        /** @description Only this client; empty: no filter */
        client_id?: number;
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
          'application/json': components['schemas']['AdminOrder'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminOrder'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  getOrderTimeline: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderTimeline'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  cancelOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description Why: kept with the order for operators (operator_remarks) and in the audit log, never shown to the client */
          remarks?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminOrder'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  retryOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminOrder'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INSUFFICIENT_FUNDS' | 'OUT_OF_STOCK' | 'SYNTAX_ERROR';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'ORDER_NOT_RETRYABLE';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  getClientTerms: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTerms'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientTaxRate: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Percentage 0 … 100, at most 3 decimals; a JSON number or decimal text ("8.875") */
          tax_rate: number | string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTerms'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientMaxQuantity: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
          max_quantity: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTerms'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  removeClientMaxQuantity: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTerms'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  loginOperator: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          /** @description the 6-digit code of the authenticator app (operators with TOTP) */
          totp_code?: string;
          /** @description instead of totp_code: one of the recovery codes, each accepted once */
          recovery_code?: string;
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
          'application/json': {
            /** @enum {boolean} */
            success: true;
            data: {
              access_token: string;
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              access_expires_at: string;
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
              code?: 'TOTP_REQUIRED' | 'UNAUTHORIZED';
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
  logoutOperator: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getSession: {
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsoleSession'];
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          /** @description the 6-digit code of the authenticator app (operators with TOTP) */
          totp_code?: string;
          /** @description instead of totp_code: one of the recovery codes, each accepted once */
          recovery_code?: string;
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
          'Set-Cookie': components['headers']['Set-Cookie'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsoleSession'];
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
              code?: 'TOTP_REQUIRED' | 'UNAUTHORIZED';
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
  signOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listOwnSessions: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperatorSession'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  endOwnSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          'Set-Cookie': components['headers']['Set-Cookie'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  enrolTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolment'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  disableTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the 6-digit code of the authenticator app */
          code: string;
        };
      };
    };
    responses: {
      /** @description Done */
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
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
              code?: 'CSRF_FAILED';
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
  confirmTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the 6-digit code of the authenticator app */
          code: string;
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
          'application/json': components['schemas']['RecoveryCodes'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
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
              code?: 'CSRF_FAILED';
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
  listOperators: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|username|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id ASC */
        sort?: string;
        /** @description Alternative to sort: id|username|created_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only operators whose username contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only active (true) or deactivated (false) operators; empty: no filter */
        active?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Operator'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createOperator: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description lower-case letters, digits, ".", "_" or "-", starting with a letter or digit */
          username: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperatorCredentials'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateOperator: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Operator'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateOperator: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Operator'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  rotateOperatorPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperatorCredentials'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  resetOperatorTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Operator'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClientLowBalance: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LowBalance'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setWalletLowBalance: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description in the wallet's currency, ≥ 0 (decimal text or number); null removes the alert */
          threshold: number | string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LowBalance'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listClientUsers: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientUser'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  inviteClientUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: email
           * @description unique in the store; the invitation goes there
           */
          email: string;
          /**
           * @description owner, admin, developer, finance or viewer (docs/portal.md)
           * @enum {unknown}
           */
          role: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitedClientUser'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'EMAIL_TAKEN';
            };
          };
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateClientUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
        userId: number;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientUser'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateClientUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
        userId: number;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientUser'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  resetClientUserTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
        userId: number;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientUser'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listClients: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|name|username|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id ASC */
        sort?: string;
        /** @description Alternative to sort: id|name|username|created_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only clients whose name or username contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only active (true) or deactivated (false) clients; empty: no filter */
        active?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createClient: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          ip_allowlist?: string[];
          features?: 'vouchers'[];
          /** @description The demo client (popup-store demo); default false */
          demo?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientCredentials'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClient: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateClient: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateClient: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientFeatures: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          features: 'vouchers'[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientDemo: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          demo: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  addClientIpAllowlistEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cidr: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  removeClientIpAllowlistEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          cidr: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Client'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  logoutClient: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  rotateClientSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientCredentials'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClientRateLimits: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientRateLimits'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientRateLimits: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Client GET requests (RATE_LIMIT_READ) per minute for this client; null: the configured default */
          read?: number | null;
          /** @description POST /api/v1/orders, and in a bucket of their own webhook writes, test pings and redeliveries (RATE_LIMIT_ORDERS) per minute for this client; null: the configured default */
          orders?: number | null;
          /** @description Charges and availability requests (RATE_LIMIT_QUOTES) per minute for this client; null: the configured default */
          quotes?: number | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientRateLimits'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listClientCredentials: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiCredential'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createClientCredential: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description what the credential is for, e.g. "production 2026" */
          name: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedApiCredential'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  revokeClientCredential: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
        credentialId: number;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiCredential'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getTopUpInstructions: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoreTopUpText'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setTopUpInstructions: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description plain text, at most 2000 characters (trimmed); null or empty: none */
          text: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoreTopUpText'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClientTopUpInstructions: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTopUpText'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientTopUpInstructions: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description plain text, at most 2000 characters (trimmed); null or empty: none */
          text: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientTopUpText'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClientSummary: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientSummary'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listLookup: {
    parameters: {
      query?: {
        /** @description The client to name; empty: no filter */
        client_id?: number;
        /** @description The product to name; empty: no filter */
        product_id?: number;
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
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The client, as GET /admin/v1/clients/:id answers it; null when no client has the ID, or none was asked */
            client: components['schemas']['Client'] | null;
            /** @description The product, as GET /admin/v1/products/:id answers it; null when no product has the ID, or none was asked */
            product: components['schemas']['AdminProduct'] | null;
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
        sort?: string;
        /** @description Alternative to sort: id|created_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only this actor, exactly (operator:alice, cli, system, client:7) */
        actor?: string;
        /** @description Only this action (client.deactivate), or every action of an area with a trailing .* (client.*) */
        action?: string;
        /** @description Only entries whose target is of this type (client, wallet, order, product, webhook, operator, …) */
        target_type?: string;
        /** @description With target_type: only this target (target_type=wallet&target_id=3) */
        target_id?: string;
        /** @description Only entries concerning this client (its own changes, its wallets, orders, webhooks); empty: no filter */
        client_id?: number;
        /** @description RFC 3339 (or a date, midnight UTC); inclusive */
        start_date?: string;
        /** @description RFC 3339 (or a date, midnight UTC); exclusive */
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  getOverview: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Overview'];
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  listSuppliers: {
    parameters: {
      query?: {
        /** @description The window: orders placed in the last this many hours, 1 – 720 (default 24) */
        hours?: number;
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplierHealthReport'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description An unexpected error; quote X-Request-Id to the operator */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCountry'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateCountry: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCountry'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateCountry: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCountry'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCurrency'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateCurrency: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCurrency'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateCurrency: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCurrency'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listCategories: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|name, "direction": "ASC"|"DESC"}; key names case-insensitive; default id ASC */
        sort?: string;
        /** @description Alternative to sort: id|name */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only those whose name contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only active (true) or inactive (false) ones; empty: no filter */
        active?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createCategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  updateCategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateCategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateCategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listSubcategories: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|name|category, "direction": "ASC"|"DESC"}; key names case-insensitive; default id ASC */
        sort?: string;
        /** @description Alternative to sort: id|name|category */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only those whose name contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only active (true) or inactive (false) ones; empty: no filter */
        active?: string;
        /** @description Only the subcategories of this category; empty: no filter */
        category_id?: number;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createSubcategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          category_id: number;
          name: string;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  updateSubcategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateSubcategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateSubcategory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubcategory'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listProducts: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": id|name|category|created_at|updated_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id ASC */
        sort?: string;
        /** @description Alternative to sort: id|name|category|created_at|updated_at */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only products whose name contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only products of this category; empty: no filter */
        category_id?: number;
        /** @description Only products of this country (ISO 3166-1 numeric, e.g. 840); empty: no filter */
        country_id?: number;
        /** @description Only products in this currency (ISO 4217 numeric, e.g. 840); empty: no filter */
        currency_id?: number;
        /** @description Only products of this supplier (its name, exactly); empty: no filter */
        supplier?: string;
        /** @description Only active (true) or inactive (false) products; empty: no filter */
        active?: string;
        /** @description Only products clients could order (true: active, so are their category, subcategory, country and currency, with a range and a known supplier) or only the others (false); empty: no filter */
        orderable?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          category_id?: number;
          subcategory_id?: number | null;
          country_id?: number;
          currency_id?: number;
          image_url?: string | null;
          delivery_mode?: string | null;
          delivery_time?: string | null;
          validity?: string | null;
          description?: string | null;
          redemption_instructions?: string | null;
          terms?: string | null;
          voucher_type?: 'CODE' | 'CODE_WITH_PIN' | 'URL';
          supplier?: string;
          active?: boolean;
          /** @description Demo data: in production mode only demo clients see it (default false) */
          demo?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  activateProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deactivateProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  addProductDenomination: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At most the currency precision in decimals */
          min_value: number;
          /** @description At most the currency precision in decimals */
          max_value: number;
          /** @description Percentage, at most 2 decimals */
          discount?: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  deleteDenomination: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  updateDenomination: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description At most the currency precision in decimals */
          min_value?: number;
          /** @description At most the currency precision in decimals */
          max_value?: number;
          /** @description Percentage, at most 2 decimals */
          discount?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminProduct'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  importCatalog: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          records: {
            /** @description Where the product starts in the file (for messages) */
            line: number;
            /** @description The product as in the file: {name, category, country, …} */
            fields: unknown;
          }[];
          /** @description Validate and report, then roll back */
          dry_run?: boolean;
          /** @description create: every record is a new product */
          mode?: 'upsert' | 'create';
          /** @description true: every product of the import is demo data (popup-store demo) */
          demo?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogImportReport'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  exportCatalog: {
    parameters: {
      query?: {
        /** @description The file format (default json) */
        format?: 'csv' | 'json';
        /** @description false: without each product's id (the file then creates products, or matches them by name); default true */
        ids?: 'true' | 'false';
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
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            format: 'csv' | 'json';
            /** @description Products in the file */
            count: number;
            /** @description The catalog file, exactly what `popup-store catalog import` and POST /admin/v1/catalog/import read */
            file: string;
          };
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getCatalogChoices: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogChoices'];
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  getClientPricing: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPricing'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  blacklistClientProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPricing'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  unblacklistClientProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPricing'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setClientDiscount: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
          /** @description Omit or null: the whole product */
          denomination_id?: number | null;
          /** @description Percentage, at most 2 decimals */
          discount: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPricing'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  removeClientDiscount: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
          denomination_id?: number | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPricing'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  importInventory: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
          /** @description Face value per voucher, product currency (one of the product's values) */
          denomination: number;
          records: {
            /** @description Where the voucher is in the file (for messages) */
            line: number;
            /** @description {code, pin, claim_url, expires_at, serial} as in the file */
            fields: unknown;
          }[];
          /** @description Check and report, write nothing */
          dry_run?: boolean;
          /** @description The file name, kept with the batch */
          source?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InventoryImportReport'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listStock: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": product_id|product_name|denomination|available|threshold, "direction": "ASC"|"DESC"}; key names case-insensitive; default product_id ASC */
        sort?: string;
        /** @description Alternative to sort: product_id|product_name|denomination|available|threshold */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only this product (unknown: 404) */
        product_id?: number;
        /** @description Only values with fewer codes available than their threshold (without one: none available), or only the others; empty: no filter */
        low_stock?: string;
        /** @description Only products whose name contains this (any case), or whose id it is; empty: no filter */
        search?: string;
        /** @description Only products of this supplier (its name, exactly); empty: no filter */
        supplier?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockLevel'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setStockThreshold: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          product_id: number;
          /** @description Face value per voucher, product currency (one of the product's values) */
          denomination: number;
          /** @description null removes it */
          threshold: number | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockLevel'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listWallets: {
    parameters: {
      query?: {
        /** @description Only this client */
        client_id?: number;
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWallet'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createWallet: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          client_id: number;
          /** @description ISO 4217 code (USD) or numeric id (840) */
          currency: string | number;
          /** @description PREPAID (default) or POSTPAID */
          type?: string;
          /** @description POSTPAID only; decimal text or number in the currency precision */
          credit_limit?: string | number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWallet'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminWallet'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  creditWallet: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional, 1 to 255 printable ASCII characters: a repeat after a lost answer posts nothing a second time */
        'idempotency-key'?: string;
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description > 0, decimal text or number, at most the currency precision (10.005 USD is refused) */
          amount: string | number;
          /** @description Appended to the standard remark: at most 500 characters once each run of white space is one space (the schema allows 1000 as sent) */
          remarks?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTransaction'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  debitWallet: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional, 1 to 255 printable ASCII characters: a repeat after a lost answer posts nothing a second time */
        'idempotency-key'?: string;
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description > 0, decimal text or number, at most the currency precision (10.005 USD is refused) */
          amount: string | number;
          /** @description Appended to the standard remark: at most 500 characters once each run of white space is one space (the schema allows 1000 as sent) */
          remarks?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTransaction'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'BAD_REQUEST' | 'INSUFFICIENT_FUNDS' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
            };
          };
        };
      };
      /** @description Missing, invalid, expired or revoked credentials */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description The body is larger than the store accepts */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWalletTransactions: {
    parameters: {
      query?: {
        /** @description Transactions, newest first: 1 – 10000 (0 counts as 1, more as 10000); default 50 */
        limit?: number;
        /** @description That page of `limit` transactions, with the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers */
        page?: number;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTransaction'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  listFxRates: {
    parameters: {
      query?: {
        /** @description Page number, an integer ≥ 1 (default 1) */
        page?: number;
        /** @description Items per page, an integer 1 – 10000 (default 50) */
        limit?: number;
        /** @description JSON object {"field": pair|valid_from|created_at|id, "direction": "ASC"|"DESC"}; key names case-insensitive; default pair ASC */
        sort?: string;
        /** @description Alternative to sort: pair|valid_from|created_at|id */
        sort_by?: string;
        /** @description Alternative to sort: asc|desc */
        sort_dir?: string;
        /** @description Only rates from this currency: ISO 4217 code or numeric id (unknown: 404) */
        source_currency?: string;
        /** @description Only rates into this currency: ISO 4217 code or numeric id (unknown: 404) */
        destination_currency?: string;
        /** @description Only rates from or into this currency: ISO 4217 code, any case; empty: no filter */
        currency?: string;
        /** @description Only rates of this status now: CURRENT, SUPERSEDED, SCHEDULED, EXPIRED (any case); empty: no filter */
        status?: string;
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
          'X-Page': components['headers']['X-Page'];
          'X-Per-Page': components['headers']['X-Per-Page'];
          'X-Total-Count': components['headers']['X-Total-Count'];
          'X-Total-Pages': components['headers']['X-Total-Pages'];
          'X-Page-Size': components['headers']['X-Page-Size'];
          'X-Has-More': components['headers']['X-Has-More'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FxRate'][];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  setFxRate: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Currency converted from (e.g. the product currency) */
          source_currency: string | number;
          /** @description Currency converted into (the wallet currency) */
          destination_currency: string | number;
          /** @description > 0, at most 12 decimal places */
          rate: string | number;
          /** @description Fixed fee in the destination currency; default 0 */
          conversion_fee?: string | number;
          /** @description RFC 3339; default now */
          valid_from?: string;
          /** @description RFC 3339; default open-ended */
          valid_to?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FxRate'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  reconcileLedger: {
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
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationReport'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
  createDemo: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the console session cookie: the csrf_token of the session (required then) */
        'X-CSRF-Token'?: string;
      };
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
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoReport'];
        };
      };
      /** @description Bad request: nothing was changed */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change sent with the console session cookie but without its X-CSRF-Token */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
          'Cache-Control': components['headers']['Cache-Control'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'] & {
            error?: {
              /** @enum {string} */
              code?: 'CSRF_FAILED';
            };
          };
        };
      };
      /** @description Not found (also for an id of another client) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
    };
  };
}
