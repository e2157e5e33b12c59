import type { Kysely } from 'kysely';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { parseAllowlist, type ParsedCidr } from '../clients/ip-allowlist.ts';
import { loadClientAuthRow } from './tokens.repository.ts';

export interface ClientAuthState {
  clientId: number;
  active: boolean;
  tokenVersion: number;
  features: ReadonlySet<string>;
  allowlist: ParsedCidr[];
  revokedFamilies: ReadonlySet<string>;
}

export const CLIENT_TOPIC = 'client';

/** Safety net for a lost notification; normal invalidation is immediate through the bus. */
const ENTRY_TTL_MS = 60_000;

interface Entry {
  state: ClientAuthState | null;
  loadedAt: number;
}

/**
 * Per-client authentication state kept in memory, so verifying an access token costs no
 * database round trip. Every process drops an entry the moment the bus says it changed.
 */
export class ClientAuthCache {
  private readonly entries = new Map<number, Entry>();
  private readonly loading = new Map<number, Promise<ClientAuthState | null>>();
  private generation = 0;

  constructor(
    private readonly db: Kysely<Database>,
    bus: InvalidationBus,
    private readonly accessTokenTtlSeconds: number,
  ) {
    bus.subscribe(CLIENT_TOPIC, (key) => this.invalidate(Number(key)), () => this.clear());
  }

  async get(clientId: number): Promise<ClientAuthState | null> {
    const entry = this.entries.get(clientId);
    if (entry && Date.now() - entry.loadedAt < ENTRY_TTL_MS) return entry.state;
    let pending = this.loading.get(clientId);
    if (!pending) {
      pending = this.load(clientId).finally(() => this.loading.delete(clientId));
      this.loading.set(clientId, pending);
    }
    return pending;
  }

  invalidate(clientId: number): void {
    this.generation++;
    this.entries.delete(clientId);
    this.loading.delete(clientId);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.loading.clear();
  }

  private async load(clientId: number): Promise<ClientAuthState | null> {
    const generation = this.generation;
    const row = await loadClientAuthRow(this.db, clientId, this.accessTokenTtlSeconds + 60);
    const state: ClientAuthState | null = row
      ? {
          clientId,
          active: row.active,
          tokenVersion: row.token_version,
          features: new Set(row.features),
          allowlist: parseAllowlist(row.ip_allowlist),
          revokedFamilies: new Set(row.revoked_families),
        }
      : null;
    // An invalidation that arrived while loading means this row may predate it: don't keep it.
    if (generation === this.generation) this.entries.set(clientId, { state, loadedAt: Date.now() });
    return state;
  }
}
