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
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description API key issued by the operator */
            username: string;
            /** @description API secret issued by the operator */
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              success: true;
              data: {
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
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refresh_token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              success: true;
              data: {
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
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
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
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
            }[];
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The ISO 4217 numeric code as an integer */
              id: number;
              /** @description e.g. US Dollar */
              name: string;
              /** @description ISO 4217 code */
              currency: string;
              /** @description ISO 4217 minor unit (USD 2, JPY 0, KWD 3) */
              precision: number;
            }[];
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The ISO 4217 numeric code as an integer */
              id: number;
              /** @description e.g. US Dollar */
              name: string;
              /** @description ISO 4217 code */
              currency: string;
              /** @description ISO 4217 minor unit (USD 2, JPY 0, KWD 3) */
              precision: number;
            };
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              name: string;
            }[];
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              name: string;
            };
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              name: string;
            }[];
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              name: string;
            };
          };
        };
        /** @description Not modified (If-None-Match matched the ETag) */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Page number, an integer ≥ 1 (default 1) */
          page?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Page number, an integer ≥ 1 (default 1) */
          page?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
          /** @description JSON object {"field": id|amount|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
          sort?: string;
          /** @description Alternative to sort: id|amount|created_at */
          sort_by?: string;
          /** @description Alternative to sort: asc|desc */
          sort_dir?: string;
          /** @description Only this wallet; empty: no filter */
          wallet_id?: string;
          /** @description ISO 4217 code of the wallet currency (case-insensitive) */
          currency?: string;
          /** @description ISO 4217 numeric id of the wallet currency; empty: no filter */
          currency_id?: string;
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Page number, an integer ≥ 1 (default 1) */
          page?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
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
          country_id?: string;
          /** @description Currency id (ISO 4217 numeric, e.g. 840) */
          currency_id?: string;
          /** @description Case-insensitive substring of the name */
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            'X-Page'?: number;
            'X-Per-Page'?: number;
            'X-Total-Count'?: number;
            'X-Total-Pages'?: number;
            'X-Page-Size'?: number;
            'X-Has-More'?: 'true' | 'false';
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              available_denominations: {
                /** @description Face value, product currency; equal to max_value for a fixed value */
                min_value: number;
                max_value: number;
                /** @description Percentage; already the best rate for this client */
                discount: number;
              }[];
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              available_denominations: {
                /** @description Face value, product currency; equal to max_value for a fixed value */
                min_value: number;
                max_value: number;
                /** @description Percentage; already the best rate for this client */
                discount: number;
              }[];
              description: string | null;
              redemption_instructions: string | null;
              terms: string | null;
              voucher_type: 'CODE' | 'CODE_WITH_PIN' | 'URL';
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              is_available: boolean;
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /**
     * Can fulfilment deliver this many vouchers of this value now?
     * @description Never cached. The line is checked as by the quote (POST …/charges): a value in no range is 400 "Invalid denomination", a quantity above the client's limit 400 "Quantity exceeds maximum allowed (N)"; false only when it cannot be delivered now. Requires the `vouchers` feature (else 400 INVALID_FEATURE).
     */
    post: {
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
            /** @description Face value per voucher, product currency */
            denomination: number;
            /** @description Number of vouchers */
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              is_available: boolean;
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
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
            /** @description Face value per voucher, product currency; must lie in one of the product ranges */
            denomination: number;
            /** @description Number of vouchers; at most max_quantity */
            quantity: number;
            /** @description The client's wallet to pay from; absent or null: the wallet in the product currency */
            wallet_id?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Page number, an integer ≥ 1 (default 1) */
          page?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
          /** @description JSON object {"field": id|created_at, "direction": "ASC"|"DESC"}; key names case-insensitive; default id DESC */
          sort?: string;
          /** @description Alternative to sort: id|created_at */
          sort_by?: string;
          /** @description Alternative to sort: asc|desc */
          sort_dir?: string;
          /** @description PENDING, DELIVERED, PARTIALLY_DELIVERED, FAILED or CANCELLED (case-insensitive) */
          status?: string;
          /** @description Only this product; empty: no filter */
          product_id?: string;
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              completed_at: string | null;
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /**
     * Place a voucher order
     * @description Prices exactly as POST /products/:id/charges, debits the wallet and reserves the vouchers in one transaction. quantity ≤ 5 is delivered before the answer; larger orders answer PENDING and are delivered in the background. Optional Idempotency-Key header (docs/orders.md).
     */
    post: {
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
          'application/json': {
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
            /**
             * Format: email
             * @description Where the delivery notice goes
             */
            email?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              completed_at: string | null;
              vouchers: {
                card_number: string | null;
                pin_code: string | null;
                claim_url: string | null;
                expires_at: string | null;
                voucher_reference_number: string | null;
              }[];
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              completed_at: string | null;
              vouchers: {
                card_number: string | null;
                pin_code: string | null;
                claim_url: string | null;
                expires_at: string | null;
                voucher_reference_number: string | null;
              }[];
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Page number, an integer ≥ 1 (default 1) */
          page?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              url: string;
              /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all */
              events: string[];
              /** @description Free text */
              description: string | null;
              /** @description The client's switch */
              active: boolean;
              /** @description Set while the store or the operator has disabled the webhook */
              disabled_at: string | (never | null);
              /** @description Why it was disabled */
              disabled_reason: string | null;
              /** @description Every attempt since then failed; null after a success */
              failing_since: string | (never | null);
              /** @description Last successful attempt (to the minute) */
              last_success_at: string | (never | null);
              /** @description Last failed attempt */
              last_failure_at: string | (never | null);
              /** @description Until then the secret before the last rotation still signs too */
              previous_secret_expires_at: string | (never | null);
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
              disabled_by: 'system' | 'operator' | (never | null);
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /**
     * Register a webhook endpoint
     * @description Answers 201 with the endpoint and its signing secret, shown only now.
     */
    post: {
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
            /** @description Event types: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all (also types added later) */
            events: string[];
            /** @description At most 255 characters */
            description?: string | null;
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              url: string;
              /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all */
              events: string[];
              /** @description Free text */
              description: string | null;
              /** @description The client's switch */
              active: boolean;
              /** @description Set while the store or the operator has disabled the webhook */
              disabled_at: string | (never | null);
              /** @description Why it was disabled */
              disabled_reason: string | null;
              /** @description Every attempt since then failed; null after a success */
              failing_since: string | (never | null);
              /** @description Last successful attempt (to the minute) */
              last_success_at: string | (never | null);
              /** @description Last failed attempt */
              last_failure_at: string | (never | null);
              /** @description Until then the secret before the last rotation still signs too */
              previous_secret_expires_at: string | (never | null);
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
              disabled_by: 'system' | 'operator' | (never | null);
              /** @description The signing secret (whsec_…): shown only in this response */
              secret: string;
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              url: string;
              /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all */
              events: string[];
              /** @description Free text */
              description: string | null;
              /** @description The client's switch */
              active: boolean;
              /** @description Set while the store or the operator has disabled the webhook */
              disabled_at: string | (never | null);
              /** @description Why it was disabled */
              disabled_reason: string | null;
              /** @description Every attempt since then failed; null after a success */
              failing_since: string | (never | null);
              /** @description Last successful attempt (to the minute) */
              last_success_at: string | (never | null);
              /** @description Last failed attempt */
              last_failure_at: string | (never | null);
              /** @description Until then the secret before the last rotation still signs too */
              previous_secret_expires_at: string | (never | null);
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
              disabled_by: 'system' | 'operator' | (never | null);
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Its pending deliveries are dropped. Answers 204.
     */
    delete: {
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
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint
     * @description Any of url, events, description, active. `active: true` also resumes a webhook the store disabled after 5 days of failures.
     */
    patch: {
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
            /** @description Event types: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all (also types added later) */
            events?: string[];
            /** @description At most 255 characters */
            description?: string | null;
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              url: string;
              /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all */
              events: string[];
              /** @description Free text */
              description: string | null;
              /** @description The client's switch */
              active: boolean;
              /** @description Set while the store or the operator has disabled the webhook */
              disabled_at: string | (never | null);
              /** @description Why it was disabled */
              disabled_reason: string | null;
              /** @description Every attempt since then failed; null after a success */
              failing_since: string | (never | null);
              /** @description Last successful attempt (to the minute) */
              last_success_at: string | (never | null);
              /** @description Last failed attempt */
              last_failure_at: string | (never | null);
              /** @description Until then the secret before the last rotation still signs too */
              previous_secret_expires_at: string | (never | null);
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
              disabled_by: 'system' | 'operator' | (never | null);
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              url: string;
              /** @description Event types received: order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, or * for all */
              events: string[];
              /** @description Free text */
              description: string | null;
              /** @description The client's switch */
              active: boolean;
              /** @description Set while the store or the operator has disabled the webhook */
              disabled_at: string | (never | null);
              /** @description Why it was disabled */
              disabled_reason: string | null;
              /** @description Every attempt since then failed; null after a success */
              failing_since: string | (never | null);
              /** @description Last successful attempt (to the minute) */
              last_success_at: string | (never | null);
              /** @description Last failed attempt */
              last_failure_at: string | (never | null);
              /** @description Until then the secret before the last rotation still signs too */
              previous_secret_expires_at: string | (never | null);
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
              disabled_by: 'system' | 'operator' | (never | null);
              /** @description The signing secret (whsec_…): shown only in this response */
              secret: string;
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
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
        /** @description Default Response */
        200: {
          headers: {
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
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
              next_attempt_at: string | (never | null);
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
      parameters: {
        query?: {
          /** @description evt_… of the last event already seen */
          after?: string;
          /** @description order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited */
          type?: string;
          /** @description Items per page, an integer 1 – 10000 (default 50) */
          limit?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description evt_… — the X-Event-ID of its deliveries */
              id: string;
              /** @description order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited */
              type: string;
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              created_at: string;
              /** @description Order or wallet data (api.md 7); never voucher codes */
              data: {
                [key: string]: unknown;
              };
            }[];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    get: {
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
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description evt_… — the X-Event-ID of its deliveries */
              id: string;
              /** @description order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited */
              type: string;
              /**
               * Format: date-time
               * @description RFC 3339 UTC, second precision
               */
              created_at: string;
              /** @description Order or wallet data (api.md 7); never voucher codes */
              data: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
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
        /** @description The error envelope (api.md 1.4) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description The error envelope (api.md 1.4) */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
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
     * ErrorResponse
     * @description The error envelope (api.md 1.4)
     */
    'def-0': {
      error: {
        name: string;
        code: string;
        message: string;
        details?: {
          field: string;
          message: string;
        }[];
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
