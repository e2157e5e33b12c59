import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { CLIENT_TOPIC } from '../auth/client-auth-cache.ts';
import { CLIENT_RATE_LIMIT_CLASSES, MAX_CLIENT_RATE_LIMIT, MIN_CLIENT_RATE_LIMIT, type ClientRateLimits } from '../auth/client-rate-limits.ts';
import { findPrimaryCredential, updateSecretHash } from '../auth/api-credentials.repository.ts';
import { checkRoomForCredential, insertFirstCredential } from '../auth/api-credentials.service.ts';
import { generateCredentials, generateSecret, hashSecret } from '../auth/credentials.ts';
import { normalizeCidr } from '../auth/ip-allowlist.ts';
import { revokeAllClientTokens } from '../auth/revocation.ts';
import { readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';
import * as repo from './clients.repository.ts';
import type { ClientFilter, ClientRecord, ClientSortField } from './clients.repository.ts';
import { unknownFeature } from './features.ts';
import type { CreateClientInput, RateLimitChanges } from './clients.schemas.ts';

export { CLIENT_SORT_FIELDS } from './clients.repository.ts';
export type { ClientFilter, ClientRecord, ClientSortField };

export interface CreatedClient {
  client_id: number;
  username: string;
  /** The API secret, shown this once; only its argon2id hash is stored. */
  password: string;
}

/** What an operator can do to clients: served by the service itself and by the admin HTTP API. */
export interface ClientAdministration {
  createClient(input: CreateClientInput): Promise<CreatedClient>;
  /** Every client, by id. */
  listClients(): Promise<ClientRecord[]>;
  /** The clients the filter selects, sorted; a page of them, or all when no page is asked. */
  listClientsPage(filter: ClientFilter, request: OptionalPageRequest<ClientSortField>): Promise<OptionalPage<ClientRecord>>;
  getClient(clientId: number): Promise<ClientRecord>;
  setActive(clientId: number, active: boolean): Promise<ClientRecord>;
  addIp(clientId: number, cidr: string): Promise<ClientRecord>;
  removeIp(clientId: number, cidr: string): Promise<ClientRecord>;
  logout(clientId: number): Promise<void>;
  rotateSecret(clientId: number): Promise<CreatedClient>;
  /** Replaces the feature list (e.g. `vouchers`); an unknown feature is refused. */
  setFeatures(clientId: number, features: string[]): Promise<ClientRecord>;
  /** Marks (or unmarks) the demo client: in production mode only demo clients see demo products. */
  setDemo(clientId: number, demo: boolean): Promise<ClientRecord>;
}

/** Trimmed, de-duplicated, every one known (else 400 VALIDATION_FAILURE naming the known features). */
export function checkFeatures(features: readonly string[]): string[] {
  const normalized = [...new Set(features.map((feature) => feature.trim()).filter(Boolean))];
  const unknown = unknownFeature(normalized);
  if (unknown) throw errors.validation(unknown.message, [{ field: `features.${unknown.index}`, message: unknown.message }]);
  return normalized;
}

export function parseCidrOrThrow(cidr: string): string {
  const normalized = normalizeCidr(cidr);
  if (!normalized) throw errors.validation(`Invalid IP address or CIDR range: ${cidr}`);
  return normalized;
}

export class ClientsService implements ClientAdministration {
  constructor(
    private readonly deps: { db: Kysely<Database>; bus: InvalidationBus },
    private readonly actor: string,
  ) {}

  /** The same service acting for another operator identity (audit log). */
  as(actor: string): ClientsService {
    return new ClientsService(this.deps, actor);
  }

  async createClient(input: CreateClientInput): Promise<CreatedClient> {
    const name = input.name.trim();
    if (!name) throw errors.validation('Client name is required');
    const features = checkFeatures(input.features ?? []);
    const demo = input.demo ?? false;
    const cidrs = (input.ip_allowlist ?? []).map(parseCidrOrThrow);
    const credentials = generateCredentials();
    const secretHash = await hashSecret(credentials.password);
    const clientId = await this.deps.db.transaction().execute(async (trx) => {
      const id = await repo.insertClient(trx, { name, username: credentials.username, features, demo });
      await insertFirstCredential(trx, id, { username: credentials.username, secretHash }, this.actor);
      for (const cidr of cidrs) await repo.addAllowlistEntry(trx, id, cidr);
      await recordAudit(trx, {
        actor: this.actor,
        action: 'client.create',
        target: `client:${id}`,
        details: { after: { name, ip_allowlist: cidrs, features, demo } },
      });
      return id;
    });
    return { client_id: clientId, ...credentials };
  }

  listClients(): Promise<ClientRecord[]> {
    return repo.listClientRecords(this.deps.db);
  }

  listClientsPage(filter: ClientFilter, request: OptionalPageRequest<ClientSortField>): Promise<OptionalPage<ClientRecord>> {
    const { db } = this.deps;
    return readOptionalPage(request.page, {
      count: () => repo.countClientRecords(db, filter),
      items: () => repo.listClientRecords(db, filter, request),
    });
  }

  async getClient(clientId: number): Promise<ClientRecord> {
    const client = await repo.findClientRecord(this.deps.db, clientId);
    if (!client) throw errors.notFound('Client not found');
    return client;
  }

  /**
   * A deactivation ends the portal sessions of the client's people for good (docs/portal.md), so a
   * reactivation does not bring back a session someone may have taken meanwhile; the client's
   * unexpired API access tokens only pause (docs/reference/authentication.md).
   */
  setActive(clientId: number, active: boolean): Promise<ClientRecord> {
    return this.change(clientId, active ? 'client.activate' : 'client.deactivate', async (trx) => {
      await repo.updateClient(trx, clientId, { active });
      if (!active) await repo.endPortalSessions(trx, clientId);
    });
  }

  /** Replaces the client's feature list (e.g. `vouchers`); every process sees it at once. */
  async setFeatures(clientId: number, features: string[]): Promise<ClientRecord> {
    const normalized = checkFeatures(features);
    return this.change(clientId, 'client.features', (trx) => repo.updateClient(trx, clientId, { features: normalized }));
  }

  /** Every process sees it at once (the catalog's per-client view listens to the client topic). */
  setDemo(clientId: number, demo: boolean): Promise<ClientRecord> {
    return this.change(clientId, demo ? 'client.demo_mark' : 'client.demo_unmark', (trx) => repo.updateClient(trx, clientId, { demo }));
  }

  addIp(clientId: number, cidr: string): Promise<ClientRecord> {
    const normalized = parseCidrOrThrow(cidr);
    return this.change(clientId, 'client.ip_add', (trx) => repo.addAllowlistEntry(trx, clientId, normalized));
  }

  removeIp(clientId: number, cidr: string): Promise<ClientRecord> {
    const normalized = parseCidrOrThrow(cidr);
    return this.change(clientId, 'client.ip_remove', async (trx) => {
      if (!(await repo.removeAllowlistEntry(trx, clientId, normalized))) {
        throw errors.notFound('IP allowlist entry not found');
      }
    });
  }

  async logout(clientId: number): Promise<void> {
    const found = await revokeAllClientTokens(this.deps, clientId, { actor: this.actor, action: 'client.logout' });
    if (!found) throw errors.notFound('Client not found');
  }

  /**
   * A new secret for the client's first credential (its username is the client's): the old secret
   * stops working at once; tokens already issued stay valid (use logout too). When that credential
   * was revoked (it stays so), a new first credential takes its place, with a new username that
   * becomes the client's: the operator can always hand the client a working credential
   * (409 CREDENTIAL_LIMIT if the client already has the most active ones).
   */
  async rotateSecret(clientId: number): Promise<CreatedClient> {
    const before = await this.getClient(clientId);
    const primary = await findPrimaryCredential(this.deps.db, clientId);
    if (primary && !primary.revoked_at) {
      const password = generateSecret();
      const secretHash = await hashSecret(password);
      await this.change(clientId, 'client.rotate_secret', (trx) => updateSecretHash(trx, primary.id, secretHash));
      return { client_id: clientId, username: before.username, password };
    }
    const { username, password } = generateCredentials();
    const secretHash = await hashSecret(password);
    await this.change(clientId, 'client.rotate_secret', async (trx) => {
      await checkRoomForCredential(trx, clientId);
      await insertFirstCredential(trx, clientId, { username, secretHash }, this.actor);
      await repo.updateClient(trx, clientId, { username });
    });
    return { client_id: clientId, username, password };
  }

  /** The client's own rate limits (null: the configured default). */
  async getRateLimits(clientId: number): Promise<ClientRateLimits> {
    const limits = await repo.findRateLimits(this.deps.db, clientId);
    if (!limits) throw errors.notFound('Client not found');
    return limits;
  }

  /**
   * Changes the classes given (a number, or null for the default); the others stay.
   * Audited (`client.rate_limits`, before/after) and published on the client topic: every
   * process drops the client's cached auth state, whose limits its rate limiter reads.
   */
  async setRateLimits(clientId: number, changes: RateLimitChanges): Promise<ClientRateLimits> {
    for (const limitClass of CLIENT_RATE_LIMIT_CLASSES) {
      const value = changes[limitClass];
      if (value === undefined || value === null) continue;
      if (!Number.isInteger(value) || value < MIN_CLIENT_RATE_LIMIT || value > MAX_CLIENT_RATE_LIMIT) {
        const message = `must be an integer from ${MIN_CLIENT_RATE_LIMIT} to ${MAX_CLIENT_RATE_LIMIT}, or null for the default`;
        throw errors.validation(`Invalid ${limitClass}: ${message}`, [{ field: limitClass, message }]);
      }
    }
    const after = await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findRateLimits(trx, clientId);
      if (!before) throw errors.notFound('Client not found');
      const updated = { ...before };
      for (const limitClass of CLIENT_RATE_LIMIT_CLASSES) {
        const value = changes[limitClass];
        if (value !== undefined) updated[limitClass] = value;
      }
      await repo.updateRateLimits(trx, clientId, updated);
      await recordAudit(trx, { actor: this.actor, action: 'client.rate_limits', target: `client:${clientId}`, details: { before, after: updated } });
      return updated;
    });
    await this.deps.bus.publish(CLIENT_TOPIC, String(clientId));
    return after;
  }

  /** One audited change: before/after snapshots in the audit log, then every process is told. */
  private async change(clientId: number, action: string, apply: (trx: Executor) => Promise<unknown>): Promise<ClientRecord> {
    const after = await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findClientRecord(trx, clientId);
      if (!before) throw errors.notFound('Client not found');
      await apply(trx);
      const updated = (await repo.findClientRecord(trx, clientId))!;
      await recordAudit(trx, {
        actor: this.actor,
        action,
        target: `client:${clientId}`,
        details: { before: snapshot(before), after: snapshot(updated) },
      });
      return updated;
    });
    await this.deps.bus.publish(CLIENT_TOPIC, String(clientId));
    return after;
  }
}

function snapshot(client: ClientRecord) {
  return { name: client.name, active: client.active, features: client.features, ip_allowlist: client.ip_allowlist, demo: client.demo };
}
