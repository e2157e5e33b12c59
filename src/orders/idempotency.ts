import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { errors, type DomainError } from '../shared/errors.ts';
import { idempotencyKeyErrors } from '../shared/idempotency-key.ts';
import type { Database } from '../infra/db/schema.ts';

/**
 * `Idempotency-Key` on POST /api/v1/orders (api.md 6.1 decision, docs/orders.md):
 * - the first request with a key runs; its outcome (the order, or a 4xx error) is kept 30 days;
 * - a repeat with the same body gets that outcome again, with `Idempotent-Replayed: true`
 *   (an order is shown as it is now, with its vouchers);
 * - the same key with another body is 422 IDEMPOTENCY_MISMATCH; while the first is still running,
 *   409 IDEMPOTENCY_IN_PROGRESS;
 * - a 5xx is not kept: the key is released at once, and a request that died mid-way (crash)
 *   lets the key be taken over after `lockMs`. The next request with a released or abandoned key
 *   gets the key's order if one was committed after all (a 503 whose connection was lost after
 *   the commit) — 422 if its body differs — and otherwise runs, with any body. The order row
 *   itself carries the key under a unique constraint, so even a takeover can never create a
 *   second order.
 */

export const IDEMPOTENCY_TTL_DAYS = 30;
/** How long before its lock lapses a failed request stops trying to release its key (`releaseSoon`). */
const RELEASE_MARGIN_MS = 5_000;

export type IdempotentOutcome = { kind: 'order'; orderId: number } | { kind: 'error'; error: DomainError };

/** How a kept error is written and read back: as the answer it was (status and envelope), so a replay is byte for byte the same. */
export interface StoredErrorCodec {
  encode(error: DomainError): { status: number; body: string };
  decode(status: number, body: string): DomainError;
}

export type IdempotencyStart = { kind: 'run' } | { kind: 'replay'; outcome: IdempotentOutcome };

/** 409 IDEMPOTENCY_IN_PROGRESS: never kept as the key's outcome, since the key's own order may exist. */
export function isInProgress(error: DomainError): boolean {
  return error.code === 'IDEMPOTENCY_IN_PROGRESS';
}

export const idempotencyErrors = {
  inProgress: () => errors.conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed'),
  mismatch: idempotencyKeyErrors.mismatch,
};

/** Same JSON value, same hash: key order and spacing do not matter. */
export function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

export class IdempotencyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly codec: StoredErrorCodec,
    /** How long a running request holds its key before a retry may take it over. */
    private readonly lockMs = 60_000,
  ) {}

  /**
   * Claims the key for this request, or says what to answer instead. `orders.find` looks for an
   * order already created with the key (a request that crashed after its order committed);
   * `orders.release` frees the key on old orders once it expired, so it can be used again.
   */
  async start(
    scope: ClientScope,
    key: string,
    hash: string,
    orders: { find: () => Promise<number | undefined>; release: () => Promise<void> },
  ): Promise<IdempotencyStart> {
    const { clientId } = scope;
    for (let round = 0; round < 3; round++) {
      const inserted = await this.db
        .insertInto('idempotency_keys')
        .values({
          client_id: clientId,
          key,
          request_hash: hash,
          state: 'IN_PROGRESS',
          locked_until: sql<Date>`now() + ${`${this.lockMs} milliseconds`}::interval`,
          expires_at: sql<Date>`now() + ${`${IDEMPOTENCY_TTL_DAYS} days`}::interval`,
        })
        .onConflict((oc) => oc.columns(['client_id', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { kind: 'run' };

      const existing = await this.db
        .selectFrom('idempotency_keys')
        .select([
          'request_hash',
          'state',
          'response_status',
          'response_body',
          'order_id',
          sql<boolean>`expires_at < now()`.as('expired'),
          sql<boolean>`locked_until < now()`.as('abandoned'),
        ])
        .where('client_id', '=', clientId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!existing) continue; // deleted meanwhile: try to claim it again
      if (existing.expired) {
        await orders.release();
        await this.forget(scope, key);
        continue;
      }
      const sameBody = existing.request_hash === hash;
      if (existing.state === 'DONE') {
        if (!sameBody) throw idempotencyErrors.mismatch();
        if (existing.order_id !== null) return { kind: 'replay', outcome: { kind: 'order', orderId: existing.order_id } };
        return { kind: 'replay', outcome: { kind: 'error', error: this.codec.decode(existing.response_status!, existing.response_body!) } };
      }
      if (!existing.abandoned) throw sameBody ? idempotencyErrors.inProgress() : idempotencyErrors.mismatch();
      // The request that held the key failed (5xx) or died. If its order committed, that is the outcome.
      const orderId = await orders.find();
      if (orderId !== undefined) {
        if (!sameBody) throw idempotencyErrors.mismatch();
        await this.finish(scope, key, { kind: 'order', orderId });
        return { kind: 'replay', outcome: { kind: 'order', orderId } };
      }
      // Nothing was kept for the key: this request runs, whatever body the other one had.
      const taken = await this.db
        .updateTable('idempotency_keys')
        .set({ request_hash: hash, locked_until: sql<Date>`now() + ${`${this.lockMs} milliseconds`}::interval` })
        .where('client_id', '=', clientId)
        .where('key', '=', key)
        .where('state', '=', 'IN_PROGRESS')
        .where(sql<boolean>`locked_until < now()`)
        .executeTakeFirst();
      if (taken.numUpdatedRows > 0n) return { kind: 'run' };
    }
    throw idempotencyErrors.inProgress();
  }

  async finish(scope: ClientScope, key: string, outcome: IdempotentOutcome): Promise<void> {
    const answer = outcome.kind === 'error' ? this.codec.encode(outcome.error) : { status: 201, body: null };
    await this.db
      .updateTable('idempotency_keys')
      .set({
        state: 'DONE',
        order_id: outcome.kind === 'order' ? outcome.orderId : null,
        response_status: answer.status,
        response_body: answer.body,
      })
      .where('client_id', '=', scope.clientId)
      .where('key', '=', key)
      .execute();
  }

  /**
   * The request failed in a way worth retrying (5xx), or found the key's order committed by an
   * earlier request meanwhile: its lock ends now. The row stays, so the next request with the key
   * looks for an order the key made before it runs (`start`).
   */
  private async release(scope: ClientScope, key: string): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ locked_until: sql<Date>`'-infinity'::timestamptz` })
      .where('client_id', '=', scope.clientId)
      .where('key', '=', key)
      .where('state', '=', 'IN_PROGRESS')
      .execute();
  }

  /**
   * `release`, and when the database refuses that too (it is gone), again every `retryMs` until it
   * gets through — a retry then finds the key free within a second of the database's return, not
   * after the whole lock. The tries stop a margin before the lock lapses: a request that took the
   * key over after that must keep its own lock.
   */
  async releaseSoon(scope: ClientScope, key: string, retryMs = 1000): Promise<void> {
    const until = Date.now() + this.lockMs - RELEASE_MARGIN_MS;
    const attempt = async (): Promise<void> => {
      try {
        await this.release(scope, key);
      } catch {
        if (Date.now() + retryMs < until) setTimeout(() => void attempt(), retryMs).unref();
      }
    };
    await attempt();
  }

  /** An expired key: forgotten, so it can be used again. */
  private async forget(scope: ClientScope, key: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('client_id', '=', scope.clientId).where('key', '=', key).execute();
  }

  /** Drops keys past their 30 days. */
  async purgeExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom('idempotency_keys')
      .where(sql<boolean>`expires_at < now()`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
