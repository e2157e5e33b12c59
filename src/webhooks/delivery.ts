import type { Kysely } from 'kysely';
import type { FastifyBaseLogger as Logger } from 'fastify';
import { toRfc3339 } from '../http/format.ts';
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

class LeaseLost extends Error {}

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

/**
 * One attempt of a claimed delivery: sign, send, then record the attempt, the delivery's next
 * step (done, retry at …, given up) and the endpoint's health — disabling it once it has failed
 * for `disableAfterMs` — in one transaction, as long as the lease is still ours.
 */
export class DeliveryAttempt {
  constructor(private readonly deps: DeliveryDeps) {}

  /** Null when nothing was recorded: the delivery was given up without sending, the lease was lost, or `signal` aborted it. */
  async run(claimed: ClaimedDelivery, signal?: AbortSignal): Promise<DeliveryReport | null> {
    const { clock, db } = this.deps;
    if (!claimed.enabled && claimed.kind !== 'test') {
      await repo.finishWithoutAttempt(db, claimed.id, claimed.lock_token, 'webhook disabled', clock.now());
      return null;
    }
    const startedAt = clock.now();
    const outcome = await this.send(claimed, startedAt, signal);
    if (outcome.aborted) {
      await repo.releaseLease(db, claimed.id, claimed.lock_token);
      return null;
    }
    return this.record(claimed, startedAt, outcome);
  }

  private async send(claimed: ClaimedDelivery, startedAt: Date, signal?: AbortSignal): Promise<AttemptOutcome> {
    let secrets;
    try {
      const previousValid = claimed.previous_secret !== null && claimed.previous_secret_expires_at !== null && claimed.previous_secret_expires_at > startedAt;
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

  private async record(claimed: ClaimedDelivery, startedAt: Date, outcome: AttemptOutcome): Promise<DeliveryReport | null> {
    const { clock, rules } = this.deps;
    const now = clock.now();
    const firstAttemptAt = claimed.first_attempt_at ?? startedAt;
    const deadline = firstAttemptAt.getTime() + rules.retryWindowMs;
    let status: WebhookDeliveryStatus = 'succeeded';
    let nextAttemptAt: Date | null = null;
    if (!outcome.success) {
      if (claimed.kind === 'test' || now.getTime() >= deadline) status = 'failed';
      else {
        status = 'pending';
        // The last retry lands on the deadline itself, so a delivery is retried for the whole window.
        nextAttemptAt = new Date(Math.min(now.getTime() + rules.retryDelayMs(claimed.attempts + 1), deadline));
      }
    }
    try {
      return await this.deps.db.transaction().execute(async (trx) => {
        // The endpoint's health first: a failure that disables it gives this delivery up too
        // (a test ping says nothing about the endpoint's health).
        if (claimed.kind !== 'test') {
          if (outcome.success) await repo.markEndpointHealthy(trx, claimed.endpoint_id, now);
          else if (await this.noteFailure(trx, claimed.endpoint_id, startedAt, now, outcome.error)) {
            status = 'failed';
            nextAttemptAt = null;
          }
        }
        const attempt = await repo.finishAttempt(trx, claimed.id, claimed.lock_token, {
          status,
          nextAttemptAt,
          firstAttemptAt,
          statusCode: outcome.statusCode,
          error: outcome.error,
          completedAt: status === 'pending' ? null : now,
        });
        if (attempt === null) throw new LeaseLost();
        await repo.insertAttempt(trx, {
          delivery_id: claimed.id,
          endpoint_id: claimed.endpoint_id,
          attempt,
          started_at: startedAt,
          duration_ms: outcome.durationMs,
          status_code: outcome.statusCode,
          success: outcome.success,
          error: outcome.error,
        });
        return { attempt, outcome, status, nextAttemptAt };
      });
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error;
      // Another worker took the delivery over after our lease ran out; it records its own attempt.
      this.deps.log.warn({ deliveryId: String(claimed.id) }, 'webhook delivery lease lost before the attempt was recorded');
      return null;
    }
  }

  /** Notes a failed attempt; true when the endpoint is disabled (now, or already). */
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
