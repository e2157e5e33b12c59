import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { EVENT_TYPES } from '../events/event-types.ts';
import { recordPing } from '../events/events.repository.ts';
import { clientEventOrThrow } from '../events/events.service.ts';
import { errors } from '../shared/errors.ts';
import { toRfc3339 } from '../shared/dates.ts';
import {
  mapPage,
  pageMeta,
  pageRequest,
  readOptionalPage,
  type OptionalPage,
  type OptionalPageRequest,
  type PageMeta,
  type PageRequest,
} from '../shared/pages.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { DeliveryAttempt } from './delivery.ts';
import { newWebhookSecret } from './signing.ts';
import { checkUrl, resolveTarget, TargetRefusedError, urlHost, type TargetPolicy } from './target-policy.ts';
import * as repo from './webhooks.repository.ts';
import type { AttemptRecord, EndpointRow, OperatorEndpointRow, OperatorWebhookFilter, WebhookSortField } from './webhooks.repository.ts';
import { MAX_DESCRIPTION, type CreateWebhookInput, type RedeliverInput, type WebhookChanges } from './webhooks.schemas.ts';
import { longerThan } from '../shared/text-length.ts';

export { WEBHOOK_SORT_FIELDS, WEBHOOK_STATES } from './webhooks.repository.ts';
export type { OperatorWebhookFilter, WebhookSortField, WebhookState } from './webhooks.repository.ts';

export const WEBHOOK_NOT_FOUND = 'Webhook not found';
/** Endpoints per client. */
export const MAX_WEBHOOKS_PER_CLIENT = 20;
/** How long the secret before a rotation keeps signing (api.md 7). */
export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;
const LEASE_MS = 60_000;

/** What a client sees of one of its endpoints (the secret only on creation and rotation). */
export interface WebhookView {
  id: number;
  url: string;
  events: string[];
  description: string | null;
  /** The client's switch. */
  active: boolean;
  /** Set when the store (failing for 5 days) or the operator disabled it; nothing is sent meanwhile. */
  disabled_at: string | null;
  disabled_reason: string | null;
  /** `system` (the client can enable it again) or `operator` (only the operator can). */
  disabled_by: 'system' | 'operator' | null;
  /** Every attempt since then failed; null when the last one succeeded. */
  failing_since: string | null;
  last_success_at: string | null;
  last_failure_at: string | null;
  /** Until then the secret before the last rotation still signs too. */
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookWithSecret extends WebhookView {
  /** Shown only in this response. */
  secret: string;
}

export interface AdminWebhookView extends Omit<WebhookView, 'disabled_by'> {
  client_id: number;
  /** The client's name as it is now. */
  client_name: string;
  /** `system` or `operator:<name>`. */
  disabled_by: string | null;
}

export interface AttemptView {
  id: number;
  delivery_id: number;
  event_id: string;
  event_type: string;
  /** `event`, `redeliver` or `test`. */
  kind: string;
  /** 1, 2, … within the delivery. */
  attempt: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  success: boolean;
  error: string | null;
  /** Where the delivery stands now: `pending` (retry at next_attempt_at), `succeeded`, `failed`. */
  delivery_status: string;
  next_attempt_at: string | null;
}

export interface TestResult {
  event_id: string;
  delivery_id: number;
  success: boolean;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** What a recovery (every event since a date, sent again to one endpoint) answers. */
export interface RecoveryView {
  webhook_id: number;
  since: string;
  /** Deliveries queued: one per event of a subscribed type created since then. */
  queued: number;
}

/** What POST /api/v1/events/:id/redeliver answers. */
export interface RedeliveryView {
  event_id: string;
  deliveries: { id: number; webhook_id: number }[];
}

/** What an operator can do to webhooks: served by the service and by the admin HTTP API. */
export interface WebhookAdministration {
  /** The endpoints the filter selects, sorted; a page of them, or all when no page is asked. */
  listWebhooks(filter: OperatorWebhookFilter, request: OptionalPageRequest<WebhookSortField>): Promise<OptionalPage<AdminWebhookView>>;
  getWebhook(id: number): Promise<AdminWebhookView>;
  disableWebhook(id: number, reason?: string): Promise<AdminWebhookView>;
  enableWebhook(id: number): Promise<AdminWebhookView>;
  /** Newest first: the last `limit`, or with `page` that page of them and its meta. */
  listAttempts(id: number, options?: { limit?: number; page?: number }): Promise<OptionalPage<AttemptView>>;
}

const iso = (date: Date | null) => (date ? toRfc3339(date) : null);

export function webhookView(row: EndpointRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    active: row.active,
    disabled_at: iso(row.disabled_at),
    disabled_reason: row.disabled_reason,
    disabled_by: row.disabled_by === null ? null : row.disabled_by === 'system' ? 'system' : 'operator',
    failing_since: iso(row.failing_since),
    last_success_at: iso(row.last_success_at),
    last_failure_at: iso(row.last_failure_at),
    previous_secret_expires_at: iso(row.previous_secret_expires_at),
    created_at: toRfc3339(row.created_at),
    updated_at: toRfc3339(row.updated_at),
  };
}

export function adminWebhookView(row: OperatorEndpointRow): AdminWebhookView {
  const { id, ...rest } = webhookView(row);
  return { id, client_id: row.client_id, client_name: row.client_name, ...rest, disabled_by: row.disabled_by };
}

export function attemptView(row: AttemptRecord): AttemptView {
  return {
    id: Number(row.id),
    delivery_id: Number(row.delivery_id),
    event_id: row.event_id,
    event_type: row.event_type,
    kind: row.kind,
    attempt: row.attempt,
    started_at: toRfc3339(row.started_at),
    duration_ms: row.duration_ms,
    status_code: row.status_code,
    success: row.success,
    error: row.error,
    delivery_status: row.delivery_status,
    next_attempt_at: row.delivery_status === 'pending' ? toRfc3339(row.next_attempt_at) : null,
  };
}

const invalid = (field: string, reason: string) => errors.validation(`Invalid ${field}: ${reason}`, [{ field, message: reason }]);

export interface WebhooksDeps {
  db: Kysely<Database>;
  cipher: VoucherCipher;
  clock: Clock;
  policy: TargetPolicy;
  /** Sends the synchronous ping of `test`. */
  attempt: DeliveryAttempt;
}

/** What a client route may ask: the request's client's endpoints (`ClientScope`). */
export type ClientWebhooks = Pick<
  WebhooksService,
  | 'createWebhook'
  | 'listClientWebhooks'
  | 'getClientWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'rotateSecret'
  | 'testWebhook'
  | 'listClientAttempts'
  | 'redeliver'
  | 'recoverSince'
>;

/**
 * Webhook endpoints (api.md 7): the client's CRUD, secret rotation, test ping and the redelivery
 * of an event, and the operator's view (list, disable, enable, attempts), audited like every
 * admin write.
 */
export class WebhooksService implements WebhookAdministration {
  constructor(
    private readonly deps: WebhooksDeps,
    private readonly actor: string,
  ) {}

  /** The same service acting for another operator identity (audit log). */
  as(actor: string): WebhooksService {
    return new WebhooksService(this.deps, actor);
  }

  // ---- rules ----------------------------------------------------------------------------------

  /** The URL rules, then every address of its host (docs/webhooks.md, SSRF). 400 with the reason. */
  private async checkTarget(text: string): Promise<string> {
    try {
      const url = checkUrl(text, this.deps.policy);
      await resolveTarget(urlHost(url), this.deps.policy);
      return url.href;
    } catch (error) {
      if (error instanceof TargetRefusedError) throw invalid('url', error.message);
      throw error;
    }
  }

  private checkEvents(events: string[]): string[] {
    const unique = [...new Set(events)];
    if (unique.length === 0) throw invalid('events', 'must name at least one event type');
    for (const type of unique) {
      if (type !== '*' && !(EVENT_TYPES as readonly string[]).includes(type)) {
        throw invalid('events', `unknown event type "${type.slice(0, 64)}" (one of ${EVENT_TYPES.join(', ')}, or *)`);
      }
    }
    return unique;
  }

  private checkDescription(description: string | null | undefined): string | null {
    if (description === undefined || description === null) return null;
    const text = description.trim();
    if (longerThan(text, MAX_DESCRIPTION)) throw invalid('description', `at most ${MAX_DESCRIPTION} characters`);
    return text || null;
  }

  private async clientEndpoint(scope: ClientScope, id: number, db: Executor = this.deps.db): Promise<EndpointRow> {
    const row = await repo.findClientEndpoint(db, scope, id, { forUpdate: db.isTransaction });
    if (!row) throw errors.notFound(WEBHOOK_NOT_FOUND);
    return row;
  }

  // ---- client API -----------------------------------------------------------------------------

  async createWebhook(scope: ClientScope, input: CreateWebhookInput): Promise<WebhookWithSecret> {
    const url = await this.checkTarget(input.url);
    const events = this.checkEvents(input.events);
    const description = this.checkDescription(input.description);
    const secret = newWebhookSecret();
    return this.deps.db.transaction().execute(async (trx) => {
      // Serialises concurrent creations of one client, so the cap holds.
      await trx.selectFrom('clients').select('id').where('id', '=', scope.clientId).forUpdate().executeTakeFirst();
      if ((await repo.countClientEndpoints(trx, scope)) >= MAX_WEBHOOKS_PER_CLIENT) {
        throw errors.badRequest(`A client can have at most ${MAX_WEBHOOKS_PER_CLIENT} webhooks`);
      }
      const row = await repo.insertEndpoint(trx, {
        client_id: scope.clientId,
        url,
        description,
        events,
        active: input.active ?? true,
        secret: this.deps.cipher.encrypt(secret),
      });
      return { ...webhookView(row), secret };
    });
  }

  async listClientWebhooks(scope: ClientScope, page: PageRequest): Promise<{ items: WebhookView[]; meta: PageMeta }> {
    const total = await repo.countClientEndpoints(this.deps.db, scope);
    const rows = total > page.offset ? await repo.listClientEndpoints(this.deps.db, scope, page) : [];
    return { items: rows.map(webhookView), meta: pageMeta(page, total, rows.length) };
  }

  async getClientWebhook(scope: ClientScope, id: number): Promise<WebhookView> {
    return webhookView(await this.clientEndpoint(scope, id));
  }

  async updateWebhook(scope: ClientScope, id: number, input: WebhookChanges): Promise<WebhookView> {
    const url = input.url === undefined ? undefined : await this.checkTarget(input.url);
    const events = input.events === undefined ? undefined : this.checkEvents(input.events);
    const description = input.description === undefined ? undefined : this.checkDescription(input.description);
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const current = await this.clientEndpoint(scope, id, trx);
      const changes: repo.EndpointChanges = {};
      if (url !== undefined) changes.url = url;
      if (events !== undefined) changes.events = events;
      if (description !== undefined) changes.description = description;
      if (input.active !== undefined) changes.active = input.active;
      // Turning it on again clears a disable by the store (not one by the operator).
      if (input.active === true && current.disabled_by === 'system') {
        Object.assign(changes, { disabled_at: null, disabled_reason: null, disabled_by: null, failing_since: null });
      }
      if (Object.keys(changes).length === 0) return current;
      if (input.active === false && current.active) await repo.cancelPendingDeliveries(trx, id, 'webhook deactivated', this.deps.clock.now());
      return repo.updateEndpoint(trx, id, changes);
    });
    return webhookView(row);
  }

  async deleteWebhook(scope: ClientScope, id: number): Promise<void> {
    await this.clientEndpoint(scope, id);
    await repo.deleteEndpoint(this.deps.db, id);
  }

  /** A new secret (shown once); the one it replaces keeps signing for 24 h (api.md 7). */
  async rotateSecret(scope: ClientScope, id: number): Promise<WebhookWithSecret> {
    const secret = newWebhookSecret();
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const current = await this.clientEndpoint(scope, id, trx);
      return repo.updateEndpoint(trx, id, {
        secret: this.deps.cipher.encrypt(secret),
        previous_secret: current.secret,
        previous_secret_expires_at: new Date(this.deps.clock.now().getTime() + SECRET_OVERLAP_MS),
      });
    });
    return { ...webhookView(row), secret };
  }

  /**
   * Sends a `ping` event to the endpoint now and answers with the outcome (api.md 7). One
   * attempt, no retries; works on a deactivated or disabled endpoint too, to check it before
   * switching it back on.
   */
  async testWebhook(scope: ClientScope, id: number): Promise<TestResult> {
    const now = this.deps.clock.now();
    const { event, claimed } = await this.deps.db.transaction().execute(async (trx) => {
      await this.clientEndpoint(scope, id, trx);
      const event = await recordPing(trx, scope, id);
      const [claimed] = await repo.claimDueDeliveries(trx, {
        now,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        token: randomBytes(12).toString('hex'),
        limit: 1,
        eventSeq: event.seq,
      });
      return { event, claimed: claimed! };
    });
    const report = await this.deps.attempt.run(claimed);
    if (!report) throw errors.internal('The test delivery could not be recorded');
    return {
      event_id: event.id,
      delivery_id: Number(claimed.id),
      success: report.outcome.success,
      status_code: report.outcome.statusCode,
      error: report.outcome.error,
      duration_ms: report.outcome.durationMs,
    };
  }

  async listClientAttempts(scope: ClientScope, id: number, options: { limit?: number } = {}): Promise<AttemptView[]> {
    await this.clientEndpoint(scope, id);
    return (await repo.listAttempts(this.deps.db, id, options.limit ?? 50)).map(attemptView);
  }

  /**
   * Queues the event again: for the given webhook, or for every active webhook of the client
   * subscribed to its type. The deliveries are new ones, with attempts of their own.
   */
  async redeliver(scope: ClientScope, id: string, input: RedeliverInput = {}): Promise<RedeliveryView> {
    const event = await clientEventOrThrow(this.deps.db, scope, id);
    return this.deps.db.transaction().execute(async (trx) => {
      let endpointIds: number[];
      if (input.webhook_id !== undefined) {
        const endpoint = await repo.findClientEndpoint(trx, scope, input.webhook_id);
        if (!endpoint) throw errors.notFound(WEBHOOK_NOT_FOUND);
        if (!endpoint.active || endpoint.disabled_at) throw errors.badRequest('The webhook is not active');
        endpointIds = [endpoint.id];
      } else {
        endpointIds = await repo.subscribedEndpointIds(trx, scope, event.type);
        if (endpointIds.length === 0) throw errors.badRequest('No active webhook is subscribed to this event type');
      }
      const deliveries = await repo.queueDeliveries(trx, event.seq, endpointIds, 'redeliver');
      return { event_id: event.public_id, deliveries: deliveries.map((d) => ({ id: Number(d.id), webhook_id: d.endpoint_id })) };
    });
  }

  /**
   * Sends every event of the client created at or after `since` again to the endpoint, if it is
   * subscribed to its type (the events past the retention are gone): new `redeliver` deliveries,
   * oldest first. The endpoint must be active and not disabled, as for `redeliver`.
   */
  async recoverSince(scope: ClientScope, id: number, since: Date): Promise<RecoveryView> {
    if (since.getTime() > this.deps.clock.now().getTime()) throw invalid('since', 'must not be in the future');
    return this.deps.db.transaction().execute(async (trx) => {
      const endpoint = await this.clientEndpoint(scope, id, trx);
      if (!endpoint.active || endpoint.disabled_at) throw errors.badRequest('The webhook is not active');
      const queued = await repo.queueRecovery(trx, endpoint, since);
      return { webhook_id: endpoint.id, since: toRfc3339(since), queued };
    });
  }

  // ---- operator -------------------------------------------------------------------------------

  private async endpoint(id: number): Promise<OperatorEndpointRow> {
    const row = await repo.findEndpointForOperator(this.deps.db, id);
    if (!row) throw errors.notFound(WEBHOOK_NOT_FOUND);
    return row;
  }

  async listWebhooks(filter: OperatorWebhookFilter, request: OptionalPageRequest<WebhookSortField>): Promise<OptionalPage<AdminWebhookView>> {
    const { db } = this.deps;
    const page = await readOptionalPage(request.page, {
      count: () => repo.countEndpointsForOperator(db, filter),
      items: () => repo.listEndpointsForOperator(db, filter, request),
    });
    return mapPage(page, adminWebhookView);
  }

  async getWebhook(id: number): Promise<AdminWebhookView> {
    return adminWebhookView(await this.endpoint(id));
  }

  /** Stops every delivery to the endpoint until the operator enables it; the client sees the reason. */
  async disableWebhook(id: number, reason?: string): Promise<AdminWebhookView> {
    const text = reason?.replace(/\s+/g, ' ').trim() || 'Disabled by the operator';
    if (longerThan(text, MAX_DESCRIPTION)) throw invalid('reason', `at most ${MAX_DESCRIPTION} characters`);
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findEndpointForOperator(trx, id, { forUpdate: true });
      if (!before) throw errors.notFound(WEBHOOK_NOT_FOUND);
      const now = this.deps.clock.now();
      const after = {
        ...(await repo.updateEndpoint(trx, id, { disabled_at: now, disabled_reason: text, disabled_by: this.actor })),
        client_name: before.client_name,
      };
      await repo.cancelPendingDeliveries(trx, id, 'webhook disabled', now);
      await recordAudit(trx, {
        actor: this.actor,
        action: 'webhook.disable',
        target: `webhook:${id}`,
        details: { before: adminWebhookView(before), after: adminWebhookView(after) },
      });
      return after;
    });
    return adminWebhookView(row);
  }

  /** Clears any disable (by the store or an operator) and the failure streak. */
  async enableWebhook(id: number): Promise<AdminWebhookView> {
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findEndpointForOperator(trx, id, { forUpdate: true });
      if (!before) throw errors.notFound(WEBHOOK_NOT_FOUND);
      const after = {
        ...(await repo.updateEndpoint(trx, id, { disabled_at: null, disabled_reason: null, disabled_by: null, failing_since: null })),
        client_name: before.client_name,
      };
      await recordAudit(trx, {
        actor: this.actor,
        action: 'webhook.enable',
        target: `webhook:${id}`,
        details: { before: adminWebhookView(before), after: adminWebhookView(after) },
      });
      return after;
    });
    return adminWebhookView(row);
  }

  async listAttempts(id: number, options: { limit?: number; page?: number } = {}): Promise<OptionalPage<AttemptView>> {
    const { db } = this.deps;
    await this.endpoint(id);
    const limit = options.limit ?? 50;
    const page = options.page === undefined ? null : pageRequest(options.page, limit);
    const answer = await readOptionalPage(page, {
      count: () => repo.countAttempts(db, id),
      items: () => repo.listAttempts(db, id, limit, page?.offset ?? 0),
    });
    return mapPage(answer, attemptView);
  }
}
