import { sql } from 'kysely';
import type { Executor } from '../infra/db/executor.ts';

/** A notice claimed for sending; `lease` is both its expiry and this claim's fencing token. */
export interface ClaimedEmail {
  id: bigint;
  order_id: number | null;
  recipient: string;
  subject: string;
  body: string;
  /** `body` is sealed with the at-rest key: the mailer opens it as it sends it. */
  body_sealed: boolean;
  attempts: number;
  created_at: Date;
  lease: Date;
}

const interval = (ms: number) => sql`${`${ms} milliseconds`}::interval`;

/**
 * Leases up to `limit` due PENDING notices. SKIP LOCKED lets several mailers (processes) pass
 * over each other's rows, and a leased row is taken again only after its lease ran out (its
 * mailer died). The lease is cut to whole milliseconds so that the JS `Date` read back equals
 * the stored value and can serve as the claim's token.
 */
export async function claimDueEmails(db: Executor, limit: number, leaseMs: number): Promise<ClaimedEmail[]> {
  const { rows } = await sql<ClaimedEmail>`
    update email_outbox set locked_until = date_trunc('milliseconds', now() + ${interval(leaseMs)})
    where id in (
      select id from email_outbox
      where status = 'PENDING' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, order_id, recipient, subject, body, body_sealed, attempts, created_at, locked_until as lease`.execute(db);
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A message for the mailer, written in the caller's transaction (it is sent only if that commits).
 * A body that carries a credential (a link with a token) is given sealed, with `sealed` set.
 */
export async function queueEmail(db: Executor, message: { recipient: string; subject: string; body: string; sealed: boolean }): Promise<void> {
  await db
    .insertInto('email_outbox')
    .values({ order_id: null, recipient: message.recipient, subject: message.subject, body: message.body, body_sealed: message.sealed })
    .execute();
}

/** Only while the claim holds: a mailer whose lease ran out and was taken over changes nothing. */
function ownClaim(db: Executor, email: ClaimedEmail) {
  return db.updateTable('email_outbox').where('id', '=', email.id).where('status', '=', 'PENDING').where('locked_until', '=', email.lease);
}

/** Returns false when the claim was lost (the notice is another mailer's now). */
export async function markSent(db: Executor, email: ClaimedEmail): Promise<boolean> {
  const result = await ownClaim(db, email)
    .set({ status: 'SENT', attempts: email.attempts + 1, sent_at: sql<Date>`now()`, locked_until: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function scheduleRetry(db: Executor, email: ClaimedEmail, delayMs: number, error: string): Promise<boolean> {
  const result = await ownClaim(db, email)
    .set({ attempts: email.attempts + 1, last_error: error, next_attempt_at: sql<Date>`now() + ${interval(delayMs)}`, locked_until: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markFailed(db: Executor, email: ClaimedEmail, error: string): Promise<boolean> {
  const result = await ownClaim(db, email)
    .set({ status: 'FAILED', attempts: email.attempts + 1, last_error: error, locked_until: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives a claimed notice back without counting an attempt (the mailer is shutting down). */
export async function releaseClaim(db: Executor, email: ClaimedEmail): Promise<void> {
  await ownClaim(db, email).set({ locked_until: null }).execute();
}
