import { randomBytes } from 'node:crypto';
import { deleteEventsBefore, WEBHOOK_CHANNEL } from '../events/events.repository.ts';
import type { DatabaseHandle } from '../infra/db/database.ts';
import { ListeningPollLoop } from '../infra/worker/listening-loop.ts';
import { DeliveryAttempt, type AttemptResult, type DeliveryDeps } from './delivery.ts';
import { claimDueDeliveries, releaseClaims, type ClaimedDelivery } from './webhooks.repository.ts';

const DAY = 24 * 3600 * 1000;

export interface DeliveryWorkerOptions extends DeliveryDeps {
  database: DatabaseHandle;
  /** Attempts in flight at once (default 64). */
  concurrency?: number;
  /** How long a claim is ours; well above the 10 s an attempt may take (default 60 s). */
  leaseMs?: number;
  /** Pause between looks when there was nothing due (default 1 s; NOTIFY cuts it short for new events). */
  idleDelayMs?: number;
  /** Events older than this many days are deleted, with their deliveries (EVENT_RETENTION_DAYS). */
  retentionDays: number;
  /** How often the retention sweep runs (default 1 h). */
  sweepIntervalMs?: number;
  /** On stop, how long in-flight attempts may finish before they are cut short (default 3 s). */
  stopGraceMs?: number;
}

/**
 * The webhook delivery worker (api.md 7): claims due deliveries with a lease (several workers
 * and processes share the table safely), sends up to `concurrency` of them at once without one
 * slow receiver holding up the rest, records each attempt, and now and then deletes events past
 * their retention. Slots are shared fairly (docs/webhooks.md, "fair delivery"): an endpoint has
 * at most an eighth of them, and a client beyond a quarter only while a quarter stays free, so
 * the endpoints of one client that never answer cannot hold up the deliveries of the others.
 * Woken by the NOTIFY that `recordEvent` sends on commit; looks anyway every `idleDelayMs` for
 * retries that came due. Everything durable is in the database: a restart
 * picks up where the last process left off.
 */
export class WebhookDeliveryWorker {
  private readonly loop: ListeningPollLoop;
  private readonly attempt: DeliveryAttempt;
  private readonly inFlight = new Set<Promise<void>>();
  /** Attempts in flight by endpoint and by client, for their shares. */
  private readonly byEndpoint = new Map<number, number>();
  private readonly byClient = new Map<number, number>();
  private readonly endpointShare: number;
  private readonly clientShare: number;
  /** Slots kept for clients within their share once a client has gone beyond its own. */
  private readonly reserve: number;
  /** The last round gave deliveries back (over a share): an attempt's end wakes the loop for them. */
  private passedOver = false;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly sweepIntervalMs: number;
  private shutdown = new AbortController();
  private lastSweep = 0;
  /** Between start() and stop(): a stop then gives the attempts in flight their grace period and cuts them short. */
  private started = false;
  /** A NOTIFY arrived during the current round: look again at once instead of pausing. */
  private woken = false;
  /** Attempts made and waiting to be recorded, in one transaction per batch. */
  private unrecorded: { result: AttemptResult; done: () => void }[] = [];
  private recording: Promise<void> | null = null;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.attempt = new DeliveryAttempt(options);
    this.concurrency = options.concurrency ?? 64;
    this.endpointShare = Math.max(1, Math.floor(this.concurrency / 8));
    this.clientShare = Math.max(1, Math.floor(this.concurrency / 4));
    this.reserve = Math.floor(this.concurrency / 4);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 3600_000;
    this.loop = new ListeningPollLoop({
      name: 'webhooks',
      idleDelayMs: options.idleDelayMs ?? 1000,
      log: options.log,
      runOnce: () => this.runOnce(),
      database: options.database,
      channel: WEBHOOK_CHANNEL,
      onWake: () => (this.woken = true),
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.shutdown.signal.aborted) this.shutdown = new AbortController();
    await this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Stops claiming, lets in-flight attempts finish for a moment, then cuts them short (their deliveries are given back). */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.loop.stop();
    const grace = new Promise((resolve) => setTimeout(resolve, this.options.stopGraceMs ?? 3000).unref());
    await Promise.race([this.idle(), grace]);
    this.shutdown.abort();
    await this.idle();
  }

  /** Resolves when no attempt is in flight. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /**
   * One round: waits until enough slots are free (a quarter of them, so claims come in batches),
   * claims as many due deliveries as there are free slots, passing over endpoints and clients that
   * have their share in flight, and starts them without waiting for them; a claimed delivery over
   * a share is given back. Returns how many it started (at least 1 when woken meanwhile, so the
   * loop looks again).
   */
  async runOnce(): Promise<number> {
    this.woken = false;
    const batch = Math.max(1, Math.floor(this.concurrency / 4));
    while (this.inFlight.size > this.concurrency - batch) await Promise.race(this.inFlight);
    await this.sweepIfDue();
    const now = this.options.clock.now();
    const token = randomBytes(12).toString('hex');
    const claimed = await claimDueDeliveries(this.options.db, {
      now,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
      token,
      limit: this.concurrency - this.inFlight.size,
      exceptEndpoints: atShare(this.byEndpoint, this.endpointShare),
      exceptClients: this.crowded() ? atShare(this.byClient, this.clientShare) : [],
    });
    const givenBack: bigint[] = [];
    for (const delivery of claimed) {
      if (this.admits(delivery)) this.run(delivery);
      else givenBack.push(delivery.id);
    }
    this.passedOver = givenBack.length > 0;
    await releaseClaims(this.options.db, givenBack, token);
    const started = claimed.length - givenBack.length;
    return started > 0 ? started : this.woken ? 1 : 0;
  }

  /** Past this many in flight, a client beyond its share waits: the rest is kept for the others. */
  private crowded(): boolean {
    return this.inFlight.size >= this.concurrency - this.reserve;
  }

  private admits(delivery: ClaimedDelivery): boolean {
    if ((this.byEndpoint.get(delivery.endpoint_id) ?? 0) >= this.endpointShare) return false;
    return (this.byClient.get(delivery.client_id) ?? 0) < this.clientShare || !this.crowded();
  }

  private run(delivery: ClaimedDelivery): void {
    count(this.byEndpoint, delivery.endpoint_id, 1);
    count(this.byClient, delivery.client_id, 1);
    const running: Promise<void> = this.attempt
      .send(delivery, this.shutdown.signal)
      .then((result) => (result ? this.record(result) : undefined))
      .catch((error: unknown) => {
        // The lease runs out and a later round retries it.
        this.options.log.error({ err: error, deliveryId: String(delivery.id) }, 'webhook delivery failed to run');
      })
      .finally(() => {
        this.inFlight.delete(running);
        count(this.byEndpoint, delivery.endpoint_id, -1);
        count(this.byClient, delivery.client_id, -1);
        if (this.passedOver && this.started) this.loop.wake();
      });
    this.inFlight.add(running);
  }

  /** Queues an attempt for recording; resolves once it is recorded (or its batch failed). */
  private record(result: AttemptResult): Promise<void> {
    return new Promise((done) => {
      this.unrecorded.push({ result, done });
      this.recording ??= this.recordQueued().finally(() => (this.recording = null));
    });
  }

  /** Records queued attempts, whatever has gathered meanwhile in one transaction each time. */
  private async recordQueued(): Promise<void> {
    while (this.unrecorded.length > 0) {
      const batch = this.unrecorded.splice(0, 500);
      try {
        await this.attempt.record(batch.map((item) => item.result));
      } catch (error) {
        // Nothing of the batch is recorded; the leases run out and the deliveries are tried again.
        this.options.log.error({ err: error, attempts: batch.length }, 'webhook attempts could not be recorded');
      }
      for (const item of batch) item.done();
    }
  }

  /** Rounds until nothing is due and nothing is in flight (tests, with a controlled clock). */
  async runUntilIdle(): Promise<void> {
    for (;;) {
      const claimed = await this.runOnce();
      await this.idle();
      if (claimed === 0) return;
    }
  }

  /** Deletes events (with their deliveries and attempts) older than the retention; returns how many. */
  async sweep(): Promise<number> {
    const cutoff = new Date(this.options.clock.now().getTime() - this.options.retentionDays * DAY);
    const deleted = await deleteEventsBefore(this.options.db, cutoff);
    if (deleted > 0) this.options.log.info({ deleted, retentionDays: this.options.retentionDays }, 'old events deleted');
    return deleted;
  }

  private async sweepIfDue(): Promise<void> {
    const now = this.options.clock.now().getTime();
    if (now - this.lastSweep < this.sweepIntervalMs) return;
    this.lastSweep = now;
    try {
      await this.sweep();
    } catch (error) {
      this.options.log.error({ err: error }, 'event retention sweep failed');
    }
  }
}

function count(counts: Map<number, number>, key: number, by: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/** The keys that have `share` or more in flight. */
function atShare(counts: Map<number, number>, share: number): number[] {
  return [...counts].filter(([, n]) => n >= share).map(([key]) => key);
}
