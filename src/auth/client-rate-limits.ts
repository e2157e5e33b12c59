/**
 * Per-client rate limits: the classes counted per client once it is
 * authenticated, each of which an operator may set for one client (`clients.rate_limit_<class>`,
 * requests per minute). Null is the configured default (`RATE_LIMIT_READ`, `RATE_LIMIT_ORDERS`,
 * `RATE_LIMIT_QUOTES`). Login and refresh are limited per address and username before any client
 * is known, so they have no per-client value. The `orders` class also counts webhook writes, test
 * pings and redeliveries (in a bucket of their own), as the configured default does.
 */
export const CLIENT_RATE_LIMIT_CLASSES = ['read', 'orders', 'quotes'] as const;

export type ClientRateLimitClass = (typeof CLIENT_RATE_LIMIT_CLASSES)[number];

/** A client's own limits; null: the configured default. */
export type ClientRateLimits = Record<ClientRateLimitClass, number | null>;

/** The bounds of a per-client limit, as those of the configuration. */
export const MIN_CLIENT_RATE_LIMIT = 1;
export const MAX_CLIENT_RATE_LIMIT = 1_000_000;

export const NO_CLIENT_RATE_LIMITS: ClientRateLimits = Object.freeze({ read: null, orders: null, quotes: null });
