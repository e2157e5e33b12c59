import type { Kysely } from 'kysely';
import type { FastifyBaseLogger as Logger } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database, WebhookDeliveryStatus } from '../infra/db/schema.ts';
import type { AttemptOutcome, WebhookSender } from './sender.ts';
import { signatureHeaders } from './signing.ts';
import * as repo from './webhooks.repository.ts';
import type { ClaimedDelivery } from './webhooks.repository.ts';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

/** When deliveries are retried and endpoints given up on (docs/webhooks.md, "Retries"). */
export interface DeliveryRules {
  /** A delivery is retried until this long after its first attempt (api.md 7: at least 3 days). */
  retryWindowMs: number;
  /** An endpoint whose attempts have all failed for this long is disabled (api.md 7: 5 days). */
  disableAfterMs: number;
  /** Milliseconds to wait after the `attempt`-th failed attempt. */
  retryDelayMs(attempt: number): number;
}

/** 10 s, 20 s, 40 s … doubling up to 6 h, each ±25 % at random so failed receivers are not hit in waves. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const nominal = Math.min(10 * SECOND * 2 ** Math.max(0, attempt - 1), 6 * HOUR);
  return Math.round(nominal * (0.75 + random() * 0.5));
}

export const DEFAULT_DELIVERY_RULES: DeliveryRules = {
  retryWindowMs: 3 * DAY,
  disableAfterMs: 5 * DAY,
  retryDelayMs: (attempt) => retryDelayMs(attempt),
};

/** The request body of a delivery (api.md 7); the signatures are over exactly these bytes. */
export function deliveryBody(event: { public_id: string; type: string; created_at: Date; data: Record<string, unknown> }): string {
  return JSON.stringify({ id: event.public_id, type: event.type, created_at: toRfc3339(event.created_at), data: event.data });
}

export interface DeliveryReport {
  /** The attempt's number within its delivery (1, 2, …). */
  attempt: number;
  outcome: AttemptOutcome;
  status: WebhookDeliveryStatus;
  nextAttemptAt: Date | null;
}

export interface DeliveryDeps {
  db: Kysely<Database>;
  cipher: VoucherCipher;
  sender: WebhookSender;
  clock: Clock;
  log: Logger;
  rules: DeliveryRules;
}

/** An attempt that was made and is waiting to be recorded. */
export interface AttemptResult {
  claimed: ClaimedDelivery;
  startedAt: Date;
  outcome: AttemptOutcome;
}

/**
 * Attempts of claimed deliveries: `send` signs and POSTs one; `record` writes a batch of them —
 * each attempt, each delivery's next step (done, retry at …, given up) and each endpoint's
 * health, disabling an endpoint once it has failed for `disableAfterMs` — in one transaction,
 * for the deliveries whose lease is still ours. Batching is what lets one worker keep up with
 * thousands of deliveries a second.
 */
export class DeliveryAttempt {
  constructor(private readonly deps: DeliveryDeps) {}

  /** One attempt, recorded at once (the test ping). Null when nothing was recorded. */
  async run(claimed: ClaimedDelivery, signal?: AbortSignal): Promise<DeliveryReport | null> {
    const result = await this.send(claimed, signal);
    if (!result) return null;
    const [report] = await this.record([result]);
    return report ?? null;
  }

  /**
   * Makes the attempt. Null when there is nothing to record: the endpoint was disabled or
   * deactivated meanwhile (the delivery is given up unsent), or `signal` cut the attempt short
   * (the delivery is given back for another worker).
   */
  async send(claimed: ClaimedDelivery, signal?: AbortSignal): Promise<AttemptResult | null> {
    const { clock, db } = this.deps;
    if (!claimed.enabled && claimed.kind !== 'test') {
      await repo.finishWithoutAttempt(db, claimed.id, claimed.lock_token, 'webhook disabled', clock.now());
      return null;
    }
    const startedAt = clock.now();
    const outcome = await this.post(claimed, startedAt, signal);
    if (outcome.aborted) {
      await repo.releaseClaims(db, [claimed.id], claimed.lock_token);
      return null;
    }
    return { claimed, startedAt, outcome };
  }

  private async post(claimed: ClaimedDelivery, startedAt: Date, signal?: AbortSignal): Promise<AttemptOutcome> {
    let secrets;
    try {
      const previousValid =
        claimed.previous_secret !== null && claimed.previous_secret_expires_at !== null && claimed.previous_secret_expires_at > startedAt;
      secrets = {
        current: this.deps.cipher.decrypt(claimed.secret),
        previous: previousValid ? this.deps.cipher.decrypt(claimed.previous_secret!) : null,
      };
    } catch (error) {
      this.deps.log.error({ err: error, webhookId: claimed.endpoint_id }, 'webhook secret could not be decrypted');
      return { success: false, statusCode: null, error: 'signing secret could not be read (store key changed)', durationMs: 0 };
    }
    const body = deliveryBody({
      public_id: claimed.event_public_id,
      type: claimed.event_type,
      created_at: claimed.event_created_at,
      data: claimed.event_data,
    });
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const headers = {
      'x-webhook-id': String(claimed.endpoint_id),
      'x-event-id': claimed.event_public_id,
      'x-event-type': claimed.event_type,
      'x-timestamp': String(timestamp),
      'x-delivery-id': String(claimed.id),
      'x-delivery-attempt': String(claimed.attempts + 1),
      ...signatureHeaders(body, timestamp, secrets),
    };
    return this.deps.sender.send(claimed.url, headers, body, signal);
  }

  /** Records a batch of attempts in one transaction; a report per result (null: lease lost). */
  async record(results: AttemptResult[]): Promise<(DeliveryReport | null)[]> {
    const now = this.deps.clock.now();
    return this.deps.db.transaction().execute(async (trx) => {
      // The endpoints first, then their deliveries: the order a deletion of an endpoint takes them in
      // (the endpoint, then its deliveries by cascade), so the two never wait for each other.
      await repo.lockEndpointsAgainstDeletion(trx, [...new Set(results.map((result) => result.claimed.endpoint_id))]);
      const disabled = await this.updateHealth(trx, results, now);
      const plans = results.map((result) => this.plan(result, now, disabled.has(result.claimed.endpoint_id)));
      const recorded = await repo.finishAttempts(trx, plans);
      const reports: (DeliveryReport | null)[] = [];
      const attempts: repo.NewAttempt[] = [];
      results.forEach(({ claimed, startedAt, outcome }, i) => {
        const attempt = recorded.get(claimed.id);
        if (attempt === undefined) {
          // Another worker took the delivery over after our lease ran out; it records its own attempt.
          this.deps.log.warn({ deliveryId: String(claimed.id) }, 'webhook delivery lease lost before the attempt was recorded');
          reports.push(null);
          return;
        }
        attempts.push({
          delivery_id: claimed.id,
          endpoint_id: claimed.endpoint_id,
          attempt,
          started_at: startedAt,
          duration_ms: outcome.durationMs,
          status_code: outcome.statusCode,
          success: outcome.success,
          error: outcome.error,
        });
        reports.push({ attempt, outcome, status: plans[i]!.status, nextAttemptAt: plans[i]!.nextAttemptAt });
      });
      await repo.insertAttempts(trx, attempts);
      return reports;
    });
  }

  /** The delivery's next step after this attempt. */
  private plan({ claimed, startedAt, outcome }: AttemptResult, now: Date, endpointDisabled: boolean): repo.DeliveryResult {
    const firstAttemptAt = claimed.first_attempt_at ?? startedAt;
    const deadline = firstAttemptAt.getTime() + this.deps.rules.retryWindowMs;
    const base = { id: claimed.id, token: claimed.lock_token, firstAttemptAt, statusCode: outcome.statusCode, error: outcome.error };
    if (outcome.success) return { ...base, status: 'succeeded', nextAttemptAt: null, completedAt: now };
    if (claimed.kind === 'test' || endpointDisabled || now.getTime() >= deadline)
      return { ...base, status: 'failed', nextAttemptAt: null, completedAt: now };
    // The last retry lands on the deadline itself, so a delivery is retried for the whole window.
    const next = Math.min(now.getTime() + this.deps.rules.retryDelayMs(claimed.attempts + 1), deadline);
    return { ...base, status: 'pending', nextAttemptAt: new Date(next), completedAt: null };
  }

  /**
   * Each endpoint's health from its attempts in the batch (a test ping says nothing about it):
   * the latest outcome decides. Returns the endpoints that are disabled (now, or already).
   * Endpoints are updated in id order, so concurrent batches never wait on each other in a cycle.
   */
  private async updateHealth(trx: Executor, results: AttemptResult[], now: Date): Promise<Set<number>> {
    const byEndpoint = new Map<number, AttemptResult[]>();
    for (const result of results) {
      if (result.claimed.kind === 'test') continue;
      const list = byEndpoint.get(result.claimed.endpoint_id) ?? [];
      list.push(result);
      byEndpoint.set(result.claimed.endpoint_id, list);
    }
    const disabled = new Set<number>();
    for (const endpointId of [...byEndpoint.keys()].sort((a, b) => a - b)) {
      const list = byEndpoint.get(endpointId)!.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
      let lastSuccess = -1;
      list.forEach((result, i) => {
        if (result.outcome.success) lastSuccess = i;
      });
      if (lastSuccess === list.length - 1) {
        await repo.markEndpointHealthy(trx, endpointId, now);
        continue;
      }
      const failures = list.slice(lastSuccess + 1);
      const failingSince = lastSuccess >= 0 ? failures[0]!.startedAt : list[0]!.startedAt;
      if (lastSuccess >= 0) await repo.markEndpointHealthy(trx, endpointId, now);
      if (await this.noteFailure(trx, endpointId, failingSince, now, failures.at(-1)!.outcome.error)) disabled.add(endpointId);
    }
    return disabled;
  }

  /** Notes failed attempts since `startedAt`; true when the endpoint is disabled (now, or already). */
  private async noteFailure(trx: Executor, endpointId: number, startedAt: Date, now: Date, error: string | null): Promise<boolean> {
    const health = await repo.markEndpointFailing(trx, endpointId, startedAt, now);
    if (!health || health.disabled_at) return true;
    if (!health.failing_since || now.getTime() - health.failing_since.getTime() < this.deps.rules.disableAfterMs) return false;
    const days = Math.floor(this.deps.rules.disableAfterMs / DAY);
    const reason = `Disabled after failing for ${days} days (every attempt since ${toRfc3339(health.failing_since)} failed; last: ${error ?? 'unknown error'})`;
    await repo.updateEndpoint(trx, endpointId, { disabled_at: now, disabled_reason: reason, disabled_by: 'system' });
    await repo.cancelPendingDeliveries(trx, endpointId, 'webhook disabled', now);
    await recordAudit(trx, { actor: 'system', action: 'webhook.disabled', target: `webhook:${endpointId}`, details: { reason } });
    this.deps.log.warn({ webhookId: endpointId }, 'webhook endpoint disabled after failing for too long');
    return true;
  }
}
