import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import addressparser from 'nodemailer/lib/addressparser';
import type { Database } from '../infra/db/schema.ts';
import { backoffWithJitter } from '../infra/worker/backoff.ts';
import { PollLoop } from '../infra/worker/poll-loop.ts';
import { MailSendError, type MailMessage, type MailTransport } from './mail-transport.ts';
import * as outbox from './outbox.repository.ts';
import type { ClaimedEmail } from './outbox.repository.ts';

export interface MailerOptions {
  /** Notices claimed (and sent side by side) per round. */
  batchSize: number;
  /** How long a claim is this mailer's; well above the send timeout. */
  leaseMs: number;
  /** Attempts before a notice is marked FAILED (MAIL_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Backoff: the n-th retry waits about baseDelayMs × 2^(n−1), at most maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often an idle mailer looks for due notices. */
  pollIntervalMs: number;
  /** One send may take this long, then it counts as a failed attempt. */
  sendTimeoutMs: number;
  /** On stop, how long sends in flight may finish before they are cut short (and given back). */
  stopGraceMs: number;
}

export const DEFAULT_MAILER_OPTIONS: MailerOptions = {
  batchSize: 10,
  leaseMs: 5 * 60_000,
  maxAttempts: 10,
  baseDelayMs: 15_000,
  maxDelayMs: 60 * 60_000,
  pollIntervalMs: 2_000,
  sendTimeoutMs: 60_000,
  stopGraceMs: 3_000,
};

export interface MailerDeps {
  db: Kysely<Database>;
  transport: MailTransport;
  /** MAIL_FROM */
  from: string;
  log: FastifyBaseLogger;
  /** Opens the bodies stored sealed (the store's at-rest key): links with a token. */
  opener?: { decrypt(stored: string): string };
}

/** `20260315T101500Z`: file names sort by the time the notice was written. */
const compactTime = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * Sends the messages of the `email_outbox` table: order notices (written by the transaction that
 * completes an order, so a notice exists exactly when its order completed) and the client portal's
 * invitations and password resets (their bodies sealed, opened here). Each round claims due PENDING
 * notices under a lease (several processes share the table; none sends a notice another one
 * holds), sends them, and marks each SENT, or reschedules it with exponential backoff, or after
 * `maxAttempts` (or a refusal by the server) marks it FAILED with the reason. Nothing here ever
 * touches an order. Delivery is at least once: a mailer that dies after the server accepted a
 * message but before marking it SENT has it sent again after the lease (same Message-ID).
 */
export class Mailer {
  private readonly options: MailerOptions;
  private readonly domain: string;
  private readonly loop: PollLoop;
  private shutdown = new AbortController();
  private started = false;

  constructor(
    private readonly deps: MailerDeps,
    options: Partial<MailerOptions> = {},
  ) {
    this.options = { ...DEFAULT_MAILER_OPTIONS, ...options };
    const [sender] = addressparser(deps.from);
    this.domain = sender?.address?.split('@')[1] ?? 'localhost';
    this.loop = new PollLoop({
      name: 'mailer',
      idleDelayMs: this.options.pollIntervalMs,
      log: deps.log,
      runOnce: () => this.runDue(),
    });
  }

  get target(): string {
    return this.deps.transport.target;
  }

  /** Starts this process's background mailer (popup-store serve; tests call runDue). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.shutdown = new AbortController();
    this.deps.log.info({ target: this.target }, 'order e-mail notices go to %s', this.target);
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Lets sends in flight finish for `stopGraceMs`, then cuts them short; closes the transport. */
  async stop(): Promise<void> {
    if (this.started) {
      this.started = false;
      const grace = setTimeout(() => this.shutdown.abort(), this.options.stopGraceMs);
      await this.loop.stop();
      clearTimeout(grace);
    }
    await this.deps.transport.close();
  }

  /** One round: claims due notices and sends them; returns how many it claimed. */
  async runDue(): Promise<number> {
    const claimed = await outbox.claimDueEmails(this.deps.db, this.options.batchSize, this.options.leaseMs);
    const results = await Promise.allSettled(claimed.map((email) => this.deliver(email)));
    for (const [i, result] of results.entries()) {
      if (result.status === 'rejected') {
        // The claim runs out and a later round tries again.
        this.deps.log.error({ err: result.reason, emailId: String(claimed[i]!.id) }, 'could not record the outcome of an e-mail notice');
      }
    }
    return claimed.length;
  }

  private message(email: ClaimedEmail): MailMessage {
    return {
      key: `${compactTime(email.created_at)}-notice-${email.id}`,
      from: this.deps.from,
      to: email.recipient,
      subject: email.subject,
      text: email.body_sealed ? this.open(email.body) : email.body,
      messageId: `<notice-${email.id}-${email.created_at.getTime()}@${this.domain}>`,
    };
  }

  /** A sealed body, opened; one that cannot be opened (no key, another key) never will be: a permanent failure. */
  private open(sealed: string): string {
    try {
      if (this.deps.opener) return this.deps.opener.decrypt(sealed);
    } catch {
      // the reason would name nothing more useful than this
    }
    throw new MailSendError('ERROR: the sealed body of the message cannot be opened with the key of this store', true);
  }

  private async deliver(email: ClaimedEmail): Promise<void> {
    const { db, log } = this.deps;
    const context = { emailId: String(email.id), orderId: email.order_id };
    const signal = AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.options.sendTimeoutMs)]);
    try {
      await this.deps.transport.send(this.message(email), signal);
    } catch (error) {
      if (this.shutdown.signal.aborted) {
        await outbox.releaseClaim(db, email);
        return;
      }
      const failure = error instanceof MailSendError ? error : new MailSendError('ERROR: sending failed unexpectedly', false);
      if (!(error instanceof MailSendError)) log.error({ err: error, ...context }, 'e-mail notice: unexpected send error');
      const attempts = email.attempts + 1;
      if (failure.permanent || attempts >= this.options.maxAttempts) {
        if (await outbox.markFailed(db, email, failure.message)) {
          log.error({ ...context, attempts, reason: failure.message }, 'e-mail notice FAILED; no more attempts');
        }
        return;
      }
      const delayMs = backoffWithJitter(attempts, this.options.baseDelayMs, this.options.maxDelayMs);
      if (await outbox.scheduleRetry(db, email, delayMs, failure.message)) {
        log.warn({ ...context, attempts, retryInMs: delayMs, reason: failure.message }, 'e-mail notice not sent; will retry');
      }
      return;
    }
    if (await outbox.markSent(db, email)) log.info(context, 'e-mail notice sent');
    else log.warn(context, 'e-mail notice sent after its claim ran out; another mailer may send it again');
  }
}
