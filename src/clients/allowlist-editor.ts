import type { Kysely } from 'kysely';
import { DomainError, errors, type ErrorDetail } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { listCredentials } from '../auth/api-credentials.repository.ts';
import { CLIENT_TOPIC } from '../auth/client-auth-cache.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import { isAddressAllowed, normalizeCidr, parseAllowlist } from '../auth/ip-allowlist.ts';
import * as repo from './clients.repository.ts';

export const MAX_ALLOWLIST_ENTRIES = 200;

/** An address the API was used from, or the caller's own. */
export interface KnownAddress {
  address: string;
  /** The caller's own address, as the store sees it (TRUST_PROXY). */
  yours: boolean;
  /** The active credentials whose last login came from it. */
  credentials: { id: number; name: string; last_used_at: Date }[];
}

export interface AllowlistView {
  entries: string[];
  your_address: string;
  /** The caller's address and the addresses of the active credentials' last logins. */
  known_addresses: KnownAddress[];
}

export interface AllowlistPreview {
  /** The entries as they would be stored (normalized, distinct, sorted). */
  entries: string[];
  /** The known addresses the new list would refuse. */
  refused: KnownAddress[];
}

/**
 * The client's IP allowlist as its people edit it in the portal (docs/portal.md): the whole list at
 * once, every line checked by the allowlist's own parser, and a warning before a list that would
 * refuse an address the API is known to be used from (a credential's last login) or the caller's
 * own: the change is made only when asked again with `confirm`.
 */
export class AllowlistEditor {
  constructor(private readonly deps: { db: Kysely<Database>; bus: InvalidationBus }) {}

  async view(scope: ClientScope, callerIp: string): Promise<AllowlistView> {
    return {
      entries: await repo.listAllowlist(this.deps.db, scope.clientId),
      your_address: callerIp,
      known_addresses: await this.knownAddresses(scope.clientId, callerIp),
    };
  }

  async preview(scope: ClientScope, lines: readonly string[], callerIp: string): Promise<AllowlistPreview> {
    const entries = parseLines(lines);
    const allowlist = parseAllowlist(entries);
    const known = await this.knownAddresses(scope.clientId, callerIp);
    return { entries, refused: known.filter((known) => !isAddressAllowed(allowlist, known.address)) };
  }

  /**
   * Replaces the list. One that would refuse a known address is 409 ALLOWLIST_LOCKOUT (details: each
   * address and why it is known) unless `confirm`; audited `portal.ip_allowlist.change`; every
   * process applies it before the answer.
   */
  async replace(
    scope: ClientScope,
    lines: readonly string[],
    options: { callerIp: string; confirm: boolean; actor: string },
  ): Promise<AllowlistView> {
    const { entries, refused } = await this.preview(scope, lines, options.callerIp);
    if (refused.length && !options.confirm) {
      const details: ErrorDetail[] = refused.map((known) => ({
        field: 'entries',
        message: `${known.address} would be refused (${describe(known)})`,
      }));
      throw new DomainError(
        'conflict',
        'ALLOWLIST_LOCKOUT',
        `The new list refuses ${refused.map((known) => known.address).join(', ')}: send it again with confirm: true to save it`,
        details,
      );
    }
    const clientId = scope.clientId;
    await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.listAllowlist(trx, clientId);
      await repo.replaceAllowlist(trx, clientId, entries);
      await recordAudit(trx, {
        actor: options.actor,
        action: 'portal.ip_allowlist.change',
        target: `client:${clientId}`,
        details: { before, after: entries, ...(refused.length ? { confirmed_refusing: refused.map((known) => known.address) } : {}) },
      });
    });
    await this.deps.bus.publish(CLIENT_TOPIC, String(clientId));
    return this.view(scope, options.callerIp);
  }

  private async knownAddresses(clientId: number, callerIp: string): Promise<KnownAddress[]> {
    const byAddress = new Map<string, KnownAddress>([[callerIp, { address: callerIp, yours: true, credentials: [] }]]);
    for (const credential of await listCredentials(this.deps.db, clientId)) {
      if (credential.revoked_at || !credential.last_used_ip || !credential.last_used_at) continue;
      const known = byAddress.get(credential.last_used_ip) ?? { address: credential.last_used_ip, yours: false, credentials: [] };
      known.credentials.push({ id: credential.id, name: credential.name, last_used_at: credential.last_used_at });
      byAddress.set(known.address, known);
    }
    return [...byAddress.values()];
  }
}

function describe(known: KnownAddress): string {
  const parts = known.yours ? ['your address'] : [];
  for (const credential of known.credentials) parts.push(`last login of credential "${credential.name}"`);
  return parts.join('; ');
}

/** Every line an address or CIDR range (blank lines skipped), else 400 naming each bad line; normalized, distinct, sorted. */
function parseLines(lines: readonly string[]): string[] {
  const details: ErrorDetail[] = [];
  const entries = new Set<string>();
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const normalized = normalizeCidr(line);
    if (normalized) entries.add(normalized);
    else details.push({ field: `entries.${index}`, message: `line ${index + 1}: not an IP address or CIDR range: ${line.trim().slice(0, 64)}` });
  });
  if (details.length) throw errors.validation(`Invalid IP allowlist: ${details[0]!.message}`, details);
  if (entries.size > MAX_ALLOWLIST_ENTRIES) throw errors.validation(`An IP allowlist holds at most ${MAX_ALLOWLIST_ENTRIES} entries`);
  return [...entries].sort();
}
