import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { errors, type DomainError } from '../shared/errors.ts';
import type { Database } from '../infra/db/schema.ts';

/**
 * `Idempotency-Key` on POST /api/v1/orders (api.md 6.1 decision, docs/orders.md):
 * - the first request with a key runs; its outcome (the order, or a 4xx error) is kept 30 days;
 * - a repeat with the same body gets that outcome again, with `Idempotent-Replayed: true`
 *   (an order is shown as it is now, with its vouchers);
 * - the same key with another body is 422 IDEMPOTENCY_MISMATCH; while the first is still running,
 *   409 IDEMPOTENCY_IN_PROGRESS;
 * - a 5xx is not kept (the key can be used again), and a request that died mid-way (crash) lets
 *   the key be taken over after `lockMs`. The order row itself carries the key under a unique
 *   constraint, so even a takeover can never create a second order.
 */

export const IDEMPOTENCY_TTL_DAYS = 30;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export type IdempotentOutcome = { kind: 'order'; orderId: number } | { kind: 'error'; error: DomainError };

/** How a kept error is written and read back: as the answer it was (status and envelope), so a replay is byte for byte the same. */
export interface StoredErrorCodec {
  encode(error: DomainError): { status: number; body: string };
  decode(status: number, body: string): DomainError;
}

export type IdempotencyStart = { kind: 'run' } | { kind: 'replay'; outcome: IdempotentOutcome };

export const idempotencyErrors = {
  inProgress: () => errors.conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed'),
  mismatch: () => errors.mismatch('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used with a different request body'),
  invalidKey: () => errors.badRequest(`Invalid Idempotency-Key: 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters`),
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

export function checkIdempotencyKey(key: string): string {
  if (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x20-\x7e]+$/.test(key)) throw idempotencyErrors.invalidKey();
  return key;
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
      if (existing.request_hash !== hash) throw idempotencyErrors.mismatch();
      if (existing.state === 'DONE') {
        if (existing.order_id !== null) return { kind: 'replay', outcome: { kind: 'order', orderId: existing.order_id } };
        return { kind: 'replay', outcome: { kind: 'error', error: this.codec.decode(existing.response_status!, existing.response_body!) } };
      }
      if (!existing.abandoned) throw idempotencyErrors.inProgress();
      // The request that held the key died. If its order committed, that is the outcome.
      const orderId = await orders.find();
      if (orderId !== undefined) {
        await this.finish(scope, key, { kind: 'order', orderId });
        return { kind: 'replay', outcome: { kind: 'order', orderId } };
      }
      const taken = await this.db
        .updateTable('idempotency_keys')
        .set({ locked_until: sql<Date>`now() + ${`${this.lockMs} milliseconds`}::interval` })
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

  /** The request failed in a way worth retrying (5xx): the key is free again. */
  async forget(scope: ClientScope, key: string): Promise<void> {
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
