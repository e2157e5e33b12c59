// Generated from the portal API's OpenAPI document by web/scripts/generate-types.ts (npm run web:generate).
// Do not edit: change the route schemas and generate again.
export interface paths {
  '/portal/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session of the request's cookie, with its CSRF token and when it ends */
    get: operations['getSession'];
    put?: never;
    /** Sign in to the client portal: sets the session cookie (HttpOnly, SameSite=Strict) and answers its CSRF token */
    post: operations['signIn'];
    /** End the session of the request's cookie and clear the cookie */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: its e-mailed token and a new password; signs in (as the sign-in answers) */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a password-reset e-mail: always 202, whether or not the address is a user */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the e-mailed token; ends every session of the user */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's live sessions */
    get: operations['listOwnSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End one of the signed-in user's sessions */
    delete: operations['endOwnSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the signed-in user's password, after its current one (403 INVALID_PASSWORD otherwise); every other session of the user ends, this one stays */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/totp': {
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
  '/portal/v1/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the enrolment with a code of the new secret: TOTP is enabled; answers ten recovery codes, shown once */
    post: operations['confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's users (team.read) */
    get: operations['listUsers'];
    put?: never;
    /**
     * Invite a colleague (team.manage; an admin invites no owner): the user is created and the invitation e-mailed
     * @description A user of the client who has not accepted an invitation yet is invited again (the earlier link stops working); an address any other user has is 409 EMAIL_TAKEN.
     */
    post: operations['inviteUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a colleague's role or deactivate / activate them (team.manage; admins: not owners)
     * @description The account keeps at least one active owner (409 LAST_OWNER). Deactivation ends their sessions at once.
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/portal/v1/wallets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's wallets (wallets.read), as GET /api/v1/wallets */
    get: operations['listWallets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's wallet transactions (transactions.read), as GET /api/v1/transactions; `line`: the page that holds one */
    get: operations['listTransactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/spend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the client spent on orders this calendar month (UTC, from the 1st at 00:00), per currency, refunds deducted (transactions.read) */
    get: operations['listSpend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's orders (orders.read), as GET /api/v1/orders */
    get: operations['listOrders'];
    put?: never;
    /**
     * Places an order (orders.create) through the client API's order service; audited portal.order.create
     * @description The same checks as POST /api/v1/orders (feature, product, quantity limit, wallet, balance, stock), and its Idempotency-Key rules: the same key and body again answers the first outcome with Idempotent-Replayed: true (the key belongs to the client's keys of the client API). The order is answered without its codes (POST /portal/v1/orders/:id/reveal shows them). RATE_LIMIT_ORDERS a minute per client (the client's own limit, in a bucket of the portal's). Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).
     */
    post: operations['createOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order (orders.read), without its voucher codes: POST …/reveal shows them */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened to an order (orders.read): placed, paid, delivered, refunded, events, actions on it — never a code, nor the store's side (supplier, remarks, delivery errors) */
    get: operations['getOrderTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An order's voucher codes (codes.reveal), after the user's password again; audited
     * @description A wrong password is 403 INVALID_PASSWORD (nothing shown, nothing audited); RATE_LIMIT_LOGIN tries a minute per user (429 after).
     */
    post: operations['revealOrderCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the client's users did in the portal (audit.read), newest first: sign-ins, sign-outs, team changes, code reveals */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The products the client may buy (catalog.read), as GET /api/v1/products: its discounts applied, its blacklist hidden
     * @description Paginated (X-Page… headers); filters and sorts as the client API. Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).
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
  '/portal/v1/products/filters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The categories, countries and currencies of the products the client may buy (catalog.read)
     * @description Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).
     */
    get: operations['getProductFilters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A product (catalog.read), as GET /api/v1/products/:id
     * @description 404 when missing, not orderable or blacklisted for the client. Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).
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
  '/portal/v1/products/{id}/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The quote of an order (catalog.read): POST /api/v1/products/:id/charges, and whether it can be delivered now
     * @description charges is what the client API answers for the same input, to the minor unit; an order debits exactly its total_payable. RATE_LIMIT_QUOTES a minute per client (the client's own limit, in a bucket of the portal's). Requires the `vouchers` feature, as the client API (else 400 INVALID_FEATURE).
     */
    post: operations['quoteProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the client's webhook endpoints (events.read)
     * @description Paginated (X-Page… headers), newest first.
     */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Register a webhook endpoint (webhooks.manage)
     * @description Answers 201 with the endpoint and its signing secret, shown only now.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Show one webhook endpoint (events.read) */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint (webhooks.manage)
     * @description Its pending deliveries are dropped. Answers 204.
     */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint (webhooks.manage)
     * @description Any of url, events, description, active. `active: true` also resumes a webhook the store disabled after 5 days of failures.
     */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/portal/v1/webhooks/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The endpoint's delivery attempts, newest first (events.read) */
    get: operations['getWebhookAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret (webhooks.manage)
     * @description The new secret is shown only now; the previous one keeps signing for 24 hours (see docs/webhooks.md).
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a ping event to the endpoint now (webhooks.manage)
     * @description One signed POST of a `ping` event, no retries; answers with its outcome.
     */
    post: operations['testWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/webhooks/{id}/recover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send every event since a date again to the endpoint (webhooks.manage)
     * @description Events of the types it is subscribed to (order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance), kept 30 days at least; answers 202 with how many were queued.
     */
    post: operations['recoverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The client's events, oldest first after a cursor (events.read)
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
  '/portal/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One event (events.read) */
    get: operations['getEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/events/{id}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event again (webhooks.manage)
     * @description Queues a new delivery to the given webhook, or to every active webhook subscribed to the event's type; answers 202 with the deliveries.
     */
    post: operations['redeliverEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/low-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wallets with their low-balance thresholds (portal) */
    get: operations['listLowBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/wallets/{id}/low-balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set or remove a wallet's low-balance threshold (portal)
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
  '/portal/v1/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's API credentials, revoked ones too (credentials.read) */
    get: operations['listCredentials'];
    put?: never;
    /**
     * Create an API credential (credentials.manage); its secret is in this answer only
     * @description At most 5 active credentials per client (409 CREDENTIAL_LIMIT). Revoking a credential ends at once every token it logged in, refresh tokens included; revoking a revoked one changes nothing.
     */
    post: operations['createCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/credentials/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke an API credential and every token it logged in (credentials.manage)
     * @description At most 5 active credentials per client (409 CREDENTIAL_LIMIT). Revoking a credential ends at once every token it logged in, refresh tokens included; revoking a revoked one changes nothing.
     */
    post: operations['revokeCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/ip-allowlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's IP allowlist for the API, the caller's address and the addresses the API was last used from (credentials.read) */
    get: operations['getIpAllowlist'];
    /**
     * Replace the IP allowlist (credentials.manage)
     * @description A list that refuses the caller's address or the address of an active credential's last login is 409 ALLOWLIST_LOCKOUT (details: each address and why) unless confirm is true. 400 VALIDATION_FAILURE names each bad line. Applied at once on every process; audited.
     */
    put: operations['setIpAllowlist'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/ip-allowlist/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What a new IP allowlist would refuse of the known addresses, without saving it (credentials.manage)
     * @description 400 VALIDATION_FAILURE names each line that is no address or CIDR range (details: entries.N, line N).
     */
    post: operations['previewIpAllowlist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/top-up-instructions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How to top up the wallets (wallets.read): the text the operator set for this client, else for the store */
    get: operations['getTopUpInstructions'];
    put?: never;
    post?: never;
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
    CatalogFilters: {
      /** @description category names, for `category` */
      categories: string[];
      /** @description ISO 3166-1 numeric id (for `country_id`) and alpha-3 code */
      countries: {
        id: number;
        code: string;
      }[];
      /** @description ISO 4217 numeric id (for `currency_id`) and code */
      currencies: {
        id: number;
        code: string;
      }[];
    };
    ClientOrderTimeline: {
      order_id: number;
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
    IpAllowlist: {
      /** @description addresses and CIDR ranges (normalized); empty: every address may use the API */
      entries: string[];
      /** @description the address this request came from, as the store sees it */
      your_address: string;
      /** @description your address and those of the active credentials' last logins */
      known_addresses: components['schemas']['KnownAddress'][];
    };
    IpAllowlistPreview: {
      /** @description the lines as they would be stored: normalized, distinct, sorted */
      entries: string[];
      /** @description the known addresses the new list would refuse: saving it needs confirm: true */
      refused: components['schemas']['KnownAddress'][];
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
    KnownAddress: {
      address: string;
      /** @description the caller's own address, as the store sees it (behind TRUST_PROXY, from X-Forwarded-For) */
      yours: boolean;
      /** @description the active credentials whose last login came from this address */
      credentials: {
        id: number;
        name: string;
        /**
         * Format: date-time
         * @description RFC 3339 UTC, second precision
         */
        last_used_at: string;
      }[];
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
    MonthSpend: {
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      since: string;
      /** @description one per currency the client spent in this month; none: nothing spent */
      currencies: {
        /** @description the wallet's currency */
        currency_code: string;
        /** @description spent on orders, less their refunds, in the currency's units */
        amount: number;
        /** @description orders that moved money in this currency */
        orders: number;
      }[];
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
    PortalOrderRequest: {
      product_id: number;
      /** @description Face value per voucher, product currency */
      denomination: number;
      /** @description Vouchers; at most max_quantity of the quote (≤ 5,000) */
      quantity: number;
      /** @description The client's wallet to pay from; default: the wallet in the product currency */
      wallet_id?: number | null;
      /** @description Printable ASCII, ≤ 255; unique per client */
      client_reference?: string | null;
    };
    PortalQuote: {
      charges: components['schemas']['Quote'];
      /** @description whether the product's supplier can deliver this many vouchers of this value now (its stock) */
      is_available: boolean;
    };
    PortalSession: {
      user: {
        id: number;
        email: string;
        /**
         * @description owner, admin, developer, finance or viewer (docs/portal.md)
         * @enum {unknown}
         */
        role: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';
        client_id: number;
        client_name: string;
      };
      /** @description what the user's role allows (docs/portal.md), for the pages to show */
      permissions: string[];
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
    PortalUserSession: {
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
    RevealedVouchers: {
      order_id: number;
      /** @description the codes delivered so far, in delivery order */
      vouchers: components['schemas']['Voucher'][];
    };
    TopUpInstructions: {
      /** @description plain text (show it as text, not HTML); null: none set */
      text: string | null;
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
    WebhookRecovery: {
      webhook_id: number;
      /**
       * Format: date-time
       * @description RFC 3339 UTC, second precision
       */
      since: string;
      /** @description deliveries queued: one per event of a subscribed type created since then */
      queued: number;
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
    /** @description The session cookie — over HTTPS `__Host-prs_console=<token>; HttpOnly; SameSite=Strict; Path=/; Secure` (the console) or `__Host-prs_portal=<token>; …` (the client portal), over plain HTTP `prs_console=<token>; HttpOnly; SameSite=Strict; Path=/` or `prs_portal=<token>; HttpOnly; SameSite=Strict; Path=/portal` — at sign-in; emptied with `Max-Age=0` at sign-out */
    'Set-Cookie': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
          'application/json': components['schemas']['PortalSession'];
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
          email: string;
          password: string;
          /** @description the 6-digit code of the authenticator app (users with two-factor authentication) */
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
          'application/json': components['schemas']['PortalSession'];
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the token of the e-mailed link */
          token: string;
          /** @description 12 to 256 characters */
          password: string;
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
          'application/json': components['schemas']['PortalSession'];
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
              code?: 'BAD_REQUEST' | 'INVALID_TOKEN' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
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
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
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
            message: string;
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
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the token of the e-mailed link */
          token: string;
          /** @description 12 to 256 characters */
          password: string;
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
              code?: 'BAD_REQUEST' | 'INVALID_TOKEN' | 'SYNTAX_ERROR' | 'VALIDATION_FAILURE';
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
          'application/json': components['schemas']['PortalUserSession'][];
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  changePassword: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the password the user signs in with now */
          current_password: string;
          /** @description 12 to 256 characters */
          new_password: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'INVALID_PASSWORD' | 'PERMISSION_DENIED';
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
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  enrolTotp: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  listUsers: {
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
          'application/json': components['schemas']['ClientUser'][];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
  inviteUser: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  updateUser: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
           * @description owner, admin, developer, finance or viewer (docs/portal.md)
           * @enum {unknown}
           */
          role?: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';
          /** @description false: the user cannot sign in, and its sessions end at once */
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
              code?: 'LAST_OWNER';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
        /** @description One of the client's transactions: the answer is the page (of `limit`, in the filters and sort) that holds it, or would; not with page, after or the amount sort. 404 when the client has no such transaction; empty: no filter */
        line?: number;
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
          'application/json': components['schemas']['Transaction'][];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  listSpend: {
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
          'application/json': components['schemas']['MonthSpend'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
  createOrder: {
    parameters: {
      query?: never;
      header: {
        /** @description made once per order form: the same key again (a double click, a retry) answers the same order and places no other */
        'idempotency-key': string;
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PortalOrderRequest'];
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
          'application/json': components['schemas']['OrderSummary'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
          'application/json': components['schemas']['Error'];
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
          'application/json': components['schemas']['Error'];
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
          'application/json': components['schemas']['OrderSummary'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
          'application/json': components['schemas']['ClientOrderTimeline'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  revealOrderCodes: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the signed-in user's password, asked again */
          password: string;
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
          'application/json': components['schemas']['RevealedVouchers'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'INVALID_PASSWORD' | 'PERMISSION_DENIED';
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
      /** @description Rate limit exceeded: retry after Retry-After seconds */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'X-Content-Type-Options': components['headers']['X-Content-Type-Options'];
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
  listAuditEntries: {
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
  getProductFilters: {
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
          'application/json': components['schemas']['CatalogFilters'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  quoteProduct: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
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
          'application/json': components['schemas']['PortalQuote'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  createWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  deleteWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  getWebhookAttempts: {
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  recoverWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RFC 3339 time or date: every event created since then is sent again */
          since: string;
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
          'application/json': components['schemas']['WebhookRecovery'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
        /** @description RFC 3339 time or date: only events created then or later */
        since?: string;
        /** @description RFC 3339 time or date: only events created before then */
        until?: string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  redeliverEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  listLowBalance: {
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  listCredentials: {
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
          'application/json': components['schemas']['ApiCredential'][];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
  createCredential: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  revokeCredential: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  getIpAllowlist: {
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
          'application/json': components['schemas']['IpAllowlist'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
  setIpAllowlist: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description one address (IPv4, IPv6) or CIDR range a line, at most 200; blank lines are skipped */
          entries: string[];
          /** @description save even though the list refuses a known address (else 409 ALLOWLIST_LOCKOUT) */
          confirm?: boolean;
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
          'application/json': components['schemas']['IpAllowlist'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
  previewIpAllowlist: {
    parameters: {
      query?: never;
      header: {
        /** @description the csrf_token of the session (required) */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description one address (IPv4, IPv6) or CIDR range a line, at most 200; blank lines are skipped */
          entries: string[];
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
          'application/json': components['schemas']['IpAllowlistPreview'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
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
          'application/json': components['schemas']['TopUpInstructions'];
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
      /** @description A change without the session's X-CSRF-Token, or a role without this permission (docs/portal.md) */
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
              code?: 'CSRF_FAILED' | 'PERMISSION_DENIED';
            };
          };
        };
      };
    };
  };
}
