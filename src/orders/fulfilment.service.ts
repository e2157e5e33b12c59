import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import { SupplierError, type IssueRequest, type ReserveRequest, type Supplier } from '../suppliers/supplier.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Executor } from '../infra/db/executor.ts';
import { isStatementAbort } from '../infra/db/statement-abort.ts';
import type { Database } from '../infra/db/schema.ts';
import { backoffWithJitter } from '../infra/worker/backoff.ts';
import { PollLoop } from '../infra/worker/poll-loop.ts';
import { knownWalletMovement, type KnownWalletMovement } from '../ledger/ledger.ts';
import { formatMinor } from '../money/minor-units.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import { insertDeliveredOrder, recordDelivery, type NewVouchers } from './delivery.ts';
import * as repo from './orders.repository.ts';
import type { OrderRecord } from './orders.repository.ts';

/**
 * Delivery of orders (api.md 6.1 step 5, 6.3). Every order has a `fulfilment_jobs` row from
 * the transaction that created it until it reaches a final status. A worker leases the job,
 * then delivers in steps of at most `batchSize` units; each step is one database transaction
 * that re-checks the lease, takes the units from the supplier, stores them (encrypted) and
 * advances `delivered_quantity`, so a crash loses at most the step in flight, which rolls back
 * and is done again after the lease expires. Transient supplier failures are retried with
 * exponential backoff and jitter; when the attempts run out, or on a permanent failure, the
 * undelivered share is refunded and the order becomes FAILED or PARTIALLY_DELIVERED.
 */

export interface FulfilmentOptions {
  /** Units per delivery step (one database transaction). */
  batchSize: number;
  /** How long a worker holds a job without renewing it (renewed at every step). */
  leaseMs: number;
  /** Delivery attempts before the undelivered units are given up and refunded. */
  maxAttempts: number;
  /** Backoff: the n-th retry waits about baseDelayMs × 2^(n−1), at most maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often an idle worker looks for due jobs. */
  pollIntervalMs: number;
  /** Jobs one worker round delivers at once. */
  concurrency: number;
}

export const DEFAULT_FULFILMENT_OPTIONS: FulfilmentOptions = {
  batchSize: 500,
  leaseMs: 30_000,
  maxAttempts: 8,
  baseDelayMs: 2_000,
  maxDelayMs: 10 * 60_000,
  pollIntervalMs: 1_000,
  concurrency: 4,
};

export interface FulfilmentDeps {
  db: Kysely<Database>;
  suppliers: SupplierRegistry;
  cipher: VoucherCipher;
  log: FastifyBaseLogger;
}

/** The whole of a new order, for a supplier that issues in this database. */
function issueRequest(order: OrderRecord): ReserveRequest & IssueRequest {
  return {
    orderId: order.id,
    productId: order.product_id,
    denomination: formatMinor(order.denomination, order.product_places),
    voucherType: order.voucher_type,
    quantity: order.quantity,
    delivered: 0,
  };
}

/** A supplier that issues in this database (`takeNow`). */
export type InlineSupplier = Supplier & { takeNow: NonNullable<Supplier['takeNow']> };

/** One whose stock is rows of this database: it takes codes inside a larger statement (`takeInStatement`). */
export type StatementSupplier = InlineSupplier & { takeInStatement: NonNullable<Supplier['takeInStatement']> };

type StepOutcome = 'more' | 'done' | 'lost';

export class FulfilmentService {
  /** This process's identity on job leases. */
  readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly options: FulfilmentOptions;
  private loop: PollLoop | null = null;

  constructor(
    private readonly deps: FulfilmentDeps,
    options: Partial<FulfilmentOptions> = {},
  ) {
    this.options = { ...DEFAULT_FULFILMENT_OPTIONS, ...options };
  }

  get leaseMs(): number {
    return this.options.leaseMs;
  }

  /** Starts this process's background worker (popup-store serve; tests start it explicitly). */
  start(): void {
    this.loop ??= new PollLoop({
      name: 'fulfilment',
      idleDelayMs: this.options.pollIntervalMs,
      log: this.deps.log,
      runOnce: () => this.runDue(),
    });
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop?.stop();
  }

  /** New work for the background worker (an async order was just created here). */
  wake(): void {
    this.loop?.wake();
  }

  /** Leases due jobs and delivers them; returns how many it took. */
  async runDue(limit = this.options.concurrency): Promise<number> {
    const orderIds = await repo.claimDueJobs(this.deps.db, this.workerId, limit, this.options.leaseMs);
    await Promise.all(orderIds.map((orderId) => this.deliver(orderId)));
    return orderIds.length;
  }

  /**
   * Delivers what it can of the order, under the job lease this worker holds. Never throws:
   * failures are recorded on the job and the order.
   */
  async deliver(orderId: number): Promise<void> {
    try {
      let outcome: StepOutcome = await this.deliverStep(orderId);
      while (outcome === 'more') {
        // Let waiting I/O (HTTP requests) in between steps: on PGlite the steps would otherwise
        // run back to back as microtasks and hold every request until the whole order is done.
        await yieldToEventLoop();
        outcome = await this.deliverStep(orderId);
      }
    } catch (error) {
      await this.recordFailure(orderId, error).catch((failure: unknown) =>
        this.deps.log.error({ err: failure, orderId }, 'could not record a delivery failure; the job is retried when its lease expires'),
      );
    }
  }

  private async deliverStep(orderId: number): Promise<StepOutcome> {
    return this.deps.db.transaction().execute(async (trx) => {
      if (!(await repo.lockOwnJob(trx, orderId, this.workerId))) return 'lost';
      const order = await repo.lockOrder(trx, orderId);
      if (!order || (order.status !== 'PENDING' && order.status !== 'PARTIALLY_DELIVERED')) {
        await repo.deleteJob(trx, orderId);
        return 'done';
      }
      const supplier = this.deps.suppliers.get(order.supplier);
      if (!supplier) throw new SupplierError('PERMANENT', 'SUPPLIER_UNAVAILABLE', `Supplier ${order.supplier} is not available`);
      if (!(await this.mayIssue(trx, order, supplier))) {
        throw new SupplierError('PERMANENT', 'DEMO_ONLY', 'In production mode sandbox and demo codes are issued to demo clients only');
      }
      const quantity = Math.min(order.quantity - order.delivered_quantity, this.options.batchSize);
      const vouchers = await supplier.issue(trx, {
        orderId,
        productId: order.product_id,
        denomination: formatMinor(order.denomination, order.product_places),
        voucherType: order.voucher_type,
        quantity,
        delivered: order.delivered_quantity,
      });
      if (vouchers.length !== quantity) {
        throw new SupplierError('TRANSIENT', 'SHORT_DELIVERY', `Supplier returned ${vouchers.length} of ${quantity} vouchers`);
      }
      const stored = { firstUnit: order.delivered_quantity, payloads: vouchers.map((v: IssuedVoucher) => this.deps.cipher.seal(v)) };
      const delivered = order.delivered_quantity + quantity;
      if (delivered < order.quantity) {
        await recordDelivery(trx, order, { kind: 'step', delivered }, { vouchers: stored });
        await repo.extendLease(trx, orderId, this.options.leaseMs);
        return 'more';
      }
      await recordDelivery(trx, order, { kind: 'delivered' }, { vouchers: stored });
      await repo.deleteJob(trx, orderId);
      return 'done';
    });
  }

  /**
   * `SupplierRegistry.mayIssue` for a step of an order, with the client's and the product's demo
   * marks as they are now (the order may have been placed before a mark changed).
   */
  async mayIssue(db: Executor, order: OrderRecord, supplier: Supplier): Promise<boolean> {
    const { suppliers } = this.deps;
    if (suppliers.storeMode === 'sandbox') return true;
    return suppliers.mayIssue(supplier, await repo.demoMarks(db, order.client_id, order.product_id));
  }

  /**
   * A new small order from a supplier whose stock is rows of this database (`takeInStatement`),
   * paid from a wallet the quote has read: the order, its debit, its codes, its event and its
   * e-mail notice with one statement that runs on its own (`insertDeliveredOrder`). `order` is
   * the order to insert (`columns`, with its id from `nextId`). Returns the order as delivered,
   * with its vouchers; null when the statement could not complete it (not enough funds or codes,
   * an operator account not created yet, the last codes taken by another order): nothing of it
   * remains, and the caller places the order in a transaction, which refuses or delivers it.
   */
  async deliverNew(
    order: OrderRecord,
    columns: repo.NewOrder,
    supplier: StatementSupplier,
    debit: KnownWalletMovement,
  ): Promise<{ order: OrderRecord; vouchers: IssuedVoucher[] } | null> {
    const { db } = this.deps;
    const movement = knownWalletMovement(debit, 'DEBIT', { standalone: true });
    try {
      const written = await insertDeliveredOrder(db, order, columns, {
        debit: movement.parts,
        take: supplier.takeInStatement(db, issueRequest(order), movement.parts.balanceMoved),
      });
      return { order: written.order, vouchers: written.payloads.map((payload) => this.deps.cipher.open(payload)) };
    } catch (error) {
      if (isStatementAbort(error)) return null;
      throw error;
    }
  }

  /**
   * Delivers a whole small order inside the transaction that creates it (and has debited it:
   * `order.transaction_id`), from a supplier that issues in this database (`takeNow`). Returns
   * the order as delivered, with its vouchers; null when the supplier is short: the caller
   * refuses the order, and the rollback undoes everything.
   */
  async deliverInTransaction(
    trx: Executor,
    order: OrderRecord,
    supplier: InlineSupplier,
  ): Promise<{ order: OrderRecord; vouchers: IssuedVoucher[] } | null> {
    const vouchers = await supplier.takeNow(trx, issueRequest(order));
    if (vouchers.length !== order.quantity) return null;
    const stored: NewVouchers = { firstUnit: 0, payloads: vouchers.map((v) => this.deps.cipher.seal(v)) };
    const delivered = await recordDelivery(trx, order, { kind: 'delivered' }, { vouchers: stored, also: { transaction_id: order.transaction_id } });
    return { order: delivered, vouchers };
  }

  /** After a failed step (rolled back): retry later, or give up the undelivered units and refund them. */
  private async recordFailure(orderId: number, error: unknown): Promise<void> {
    const failure = error instanceof SupplierError ? error : new SupplierError('TRANSIENT', 'DELIVERY_ERROR', 'Delivery failed unexpectedly');
    if (!(error instanceof SupplierError)) this.deps.log.error({ err: error, orderId }, 'delivery step failed');
    else this.deps.log.warn({ orderId, kind: failure.kind, code: failure.code, reason: failure.message }, 'supplier failure');

    await this.deps.db.transaction().execute(async (trx) => {
      const job = await repo.lockOwnJob(trx, orderId, this.workerId);
      if (!job) return;
      const order = await repo.lockOrder(trx, orderId);
      if (!order || (order.status !== 'PENDING' && order.status !== 'PARTIALLY_DELIVERED')) {
        await repo.deleteJob(trx, orderId);
        return;
      }
      const attempts = job.attempts + 1;
      if (failure.kind === 'PERMANENT' || attempts >= this.options.maxAttempts) {
        await this.giveUp(trx, order, failure);
        return;
      }
      await recordDelivery(trx, order, { kind: 'retrying' });
      await repo.rescheduleJob(trx, orderId, attempts, this.backoffMs(attempts), `${failure.code}: ${failure.message}`);
    });
  }

  /** Final: no more attempts for the undelivered units; their share goes back to the wallet. */
  private async giveUp(trx: Executor, order: OrderRecord, failure: SupplierError): Promise<void> {
    await recordDelivery(trx, order, { kind: 'given-up', code: failure.code, reason: failure.message, actor: 'system' });
    await this.deps.suppliers.get(order.supplier)?.release(trx, order.id);
    await repo.deleteJob(trx, order.id);
  }

  private backoffMs(attempts: number): number {
    return backoffWithJitter(attempts, this.options.baseDelayMs, this.options.maxDelayMs);
  }
}
