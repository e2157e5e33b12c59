import type { Kysely } from 'kysely';
import { invalidateOnBus, KeyedCache } from '../infra/cache.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { ClientRateLimits } from './client-rate-limits.ts';
import { parseAllowlist, type ParsedCidr } from './ip-allowlist.ts';
import { loadClientAuthRow } from './tokens.repository.ts';

export interface ClientAuthState {
  clientId: number;
  active: boolean;
  tokenVersion: number;
  features: ReadonlySet<string>;
  allowlist: ParsedCidr[];
  revokedFamilies: ReadonlySet<string>;
  /** The client's own rate limits (null: the configured default), read by the rate limiter of each request. */
  rateLimits: Readonly<ClientRateLimits>;
}

export const CLIENT_TOPIC = 'client';

/** Safety net for a lost notification; normal invalidation is immediate through the bus. */
export const AUTH_STATE_TTL_MS = 60_000;
const MAX_ENTRIES = 100_000;

/**
 * Per-client authentication state kept in memory, so verifying an access token costs no
 * database round trip. Every process drops an entry the moment the bus says it changed; an
 * invalidation that arrives during a load keeps that load's (possibly older) row out.
 */
export class ClientAuthCache {
  private readonly cache: KeyedCache<number, ClientAuthState | null>;

  constructor(
    private readonly db: Kysely<Database>,
    bus: InvalidationBus,
    private readonly accessTokenTtlSeconds: number,
  ) {
    this.cache = new KeyedCache((clientId) => this.load(clientId), { ttlMs: AUTH_STATE_TTL_MS, maxEntries: MAX_ENTRIES });
    invalidateOnBus(this.cache, bus, CLIENT_TOPIC, Number);
  }

  get(clientId: number): Promise<ClientAuthState | null> {
    return this.cache.get(clientId);
  }

  /** The client's state when it is cached (null: no such client), without waiting; undefined when it must be loaded. */
  peek(clientId: number): ClientAuthState | null | undefined {
    return this.cache.peek(clientId)?.value;
  }

  invalidate(clientId: number): void {
    this.cache.invalidate(clientId);
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(clientId: number): Promise<ClientAuthState | null> {
    const row = await loadClientAuthRow(this.db, clientId, this.accessTokenTtlSeconds + 60);
    return row
      ? {
          clientId,
          active: row.active,
          tokenVersion: row.token_version,
          features: new Set(row.features),
          allowlist: parseAllowlist(row.ip_allowlist),
          revokedFamilies: new Set(row.revoked_families),
          rateLimits: { read: row.rate_limit_read, orders: row.rate_limit_orders, quotes: row.rate_limit_quotes },
        }
      : null;
  }
}
