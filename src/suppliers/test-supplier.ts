import type { Executor } from '../infra/db/executor.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import { SandboxSupplier } from './sandbox.ts';
import { SupplierError, type CapacityQuery, type IssueRequest, type ReserveRequest, type Supplier } from './supplier.ts';

/**
 * The failure-injecting supplier, for tests, name `test`.
 * It makes codes like the sandbox (`TEST-…`) and fails when told to, through an in-process
 * control API, so order tests can drive retries, backoff, permanent failures and partial
 * delivery. Registered only with ENABLE_TEST_SUPPLIER=true (docs/inventory.md).
 *
 * Failure rules are checked in this order on each `issue` call: a queued one-off failure
 * (`failNextIssues`), the permanent failure (`failPermanently`), then the unit budget
 * (`failAfterUnits`). A failing call issues nothing (the Supplier contract).
 */

export type FailureKind = 'TRANSIENT' | 'PERMANENT';

/** How an injected failure fails: a SupplierError of that kind (and code/message), or any error (a supplier bug). */
export type InjectedFailure = { kind: FailureKind; code?: string; message?: string } | { error: Error };

export interface SupplierCall {
  method: 'capacity' | 'reserve' | 'issue' | 'release';
  orderId: number | null;
  quantity: number | null;
  /** What happened: units returned/reserved, or the failure. */
  outcome: 'ok' | FailureKind | 'error';
}

const DEFAULT_CODE: Record<FailureKind, string> = { TRANSIENT: 'TEST_TRANSIENT', PERMANENT: 'TEST_PERMANENT' };

export class TestSupplier implements Supplier {
  readonly name = 'test';
  private readonly sandbox = new SandboxSupplier();
  private queued: InjectedFailure[] = [];
  private permanent: InjectedFailure | null = null;
  private unitBudget: { units: number; failure: InjectedFailure } | null = null;
  private stock: number | null = null;
  private delayMs = 0;
  /** Units issued successfully since the last reset. */
  issuedUnits = 0;
  /** Every call since the last reset, in order. */
  readonly calls: SupplierCall[] = [];

  // ---- control ---------------------------------------------------------------------------------

  /** The next `count` issue calls fail (default: transiently), then issuing works again. */
  failNextIssues(count: number, failure: InjectedFailure = { kind: 'TRANSIENT' }): this {
    for (let i = 0; i < count; i++) this.queued.push(failure);
    return this;
  }

  /** Every issue call fails (default: permanently) until `succeed()`. */
  failPermanently(failure: InjectedFailure = { kind: 'PERMANENT' }): this {
    this.permanent = failure;
    return this;
  }

  /**
   * Issuing works for `units` more units in total (across orders), then fails (default:
   * transiently). A call that would go past the budget fails as a whole, so issue one unit per
   * call to get exactly `units` delivered.
   */
  failAfterUnits(units: number, failure: InjectedFailure = { kind: 'TRANSIENT' }): this {
    this.unitBudget = { units: this.issuedUnits + units, failure };
    return this;
  }

  /** Capacity and reservations limited to `units` (reserve takes from it, release does not give back); null: unlimited. */
  setStock(units: number | null): this {
    this.stock = units;
    return this;
  }

  /** Each issue call waits this long first (slow supplier). */
  setDelay(ms: number): this {
    this.delayMs = ms;
    return this;
  }

  /** Clears every failure rule (queued, permanent, unit budget); stock, delay and counters stay. */
  succeed(): this {
    this.queued = [];
    this.permanent = null;
    this.unitBudget = null;
    return this;
  }

  /** Back to a plain working supplier: no rules, unlimited stock, no delay, counters at zero. */
  reset(): this {
    this.succeed();
    this.stock = null;
    this.delayMs = 0;
    this.issuedUnits = 0;
    this.calls.length = 0;
    return this;
  }

  /** Issue calls that are still going to fail because of `failNextIssues`. */
  get pendingFailures(): number {
    return this.queued.length;
  }

  // ---- Supplier --------------------------------------------------------------------------------

  async capacity(query: CapacityQuery): Promise<boolean> {
    const ok = (await this.sandbox.capacity(query)) && (this.stock === null || query.quantity <= this.stock);
    this.calls.push({ method: 'capacity', orderId: null, quantity: query.quantity, outcome: 'ok' });
    return ok;
  }

  async reserve(db: Executor, request: ReserveRequest): Promise<number> {
    let reserved = await this.sandbox.reserve(db, request);
    if (this.stock !== null) {
      reserved = Math.min(reserved, this.stock);
      this.stock -= reserved;
    }
    this.calls.push({ method: 'reserve', orderId: request.orderId, quantity: request.quantity, outcome: 'ok' });
    return reserved;
  }

  async issue(db: Executor, request: IssueRequest): Promise<IssuedVoucher[]> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure =
      this.queued.shift() ??
      this.permanent ??
      (this.unitBudget && this.issuedUnits + request.quantity > this.unitBudget.units ? this.unitBudget.failure : null);
    if (failure) {
      this.calls.push({
        method: 'issue',
        orderId: request.orderId,
        quantity: request.quantity,
        outcome: 'error' in failure ? 'error' : failure.kind,
      });
      if ('error' in failure) throw failure.error;
      throw new SupplierError(
        failure.kind,
        failure.code ?? DEFAULT_CODE[failure.kind],
        failure.message ?? `test supplier: injected ${failure.kind.toLowerCase()} failure`,
      );
    }
    const vouchers = await this.sandbox.issue(db, request);
    this.issuedUnits += vouchers.length;
    this.calls.push({ method: 'issue', orderId: request.orderId, quantity: request.quantity, outcome: 'ok' });
    return vouchers;
  }

  async release(_db: Executor, orderId: number): Promise<void> {
    this.calls.push({ method: 'release', orderId, quantity: null, outcome: 'ok' });
  }
}
