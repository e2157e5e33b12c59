import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../infra/db/schema.ts';
import type { Executor } from '../infra/db/executor.ts';
import { VoucherDecryptError, type VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import * as repo from './stock.repository.ts';
import { MAX_ORDER_QUANTITY, SupplierError, type CapacityQuery, type IssueRequest, type ReserveRequest, type Supplier } from './supplier.ts';

/**
 * The inventory supplier: codes the operator imported (`popup-store inventory
 * import`), encrypted at rest. Reserving takes the oldest unexpired codes in stock with one
 * statement (`FOR UPDATE SKIP LOCKED`), issuing hands out the codes reserved for the order, so
 * two orders never receive the same code, under any concurrency, across processes.
 */
export class InventorySupplier implements Supplier {
  readonly name = 'inventory';

  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: VoucherCipher,
  ) {}

  /** True when at least `quantity` unexpired codes of that value are in stock (not reserved). */
  async capacity(query: CapacityQuery): Promise<boolean> {
    if (!validQuantity(query.quantity)) return false;
    return (await repo.countAvailable(this.db, query, query.quantity)) >= query.quantity;
  }

  /**
   * Reserves up to `quantity` codes for the order in the caller's transaction and returns how many.
   * Under READ COMMITTED a code taken by a concurrent transaction between our snapshot and our
   * lock drops out of the statement's result, so a short pass is repeated (each pass sees the
   * latest commits) until the order has enough or a pass finds nothing.
   */
  async reserve(db: Executor, request: ReserveRequest): Promise<number> {
    if (!validQuantity(request.quantity)) return 0;
    let reserved = 0;
    while (reserved < request.quantity) {
      const taken = await repo.reserveCodes(db, request, request.orderId, request.quantity - reserved);
      if (taken === 0) break;
      reserved += taken;
    }
    return reserved;
  }

  /**
   * The next `quantity` codes reserved for the order, oldest first, marked ISSUED in the caller's
   * transaction with one statement. Nothing is left changed unless all of them are there and can
   * be decrypted.
   */
  async issue(db: Executor, request: IssueRequest): Promise<IssuedVoucher[]> {
    const codes = await repo.issueReservedCodes(db, request.orderId, request.quantity);
    if (codes.length < request.quantity) {
      const reserved = await repo.countReserved(db, request.orderId);
      throw new SupplierError(
        'PERMANENT',
        'NOT_RESERVED',
        `order ${request.orderId}: ${reserved} inventory code${reserved === 1 ? ' is' : 's are'} reserved, ${request.quantity} asked`,
      );
    }
    try {
      return this.open(codes);
    } catch (error) {
      // A wrong or missing voucher key is an operator problem that a restart with the right key
      // fixes: transient, and the codes go back to RESERVED (nothing issued, whatever the caller does).
      await repo.unissue(
        db,
        codes.map((code) => code.id),
      );
      const detail = error instanceof VoucherDecryptError ? error.message : 'unreadable payload';
      throw new SupplierError('TRANSIENT', 'DECRYPT_FAILED', `inventory codes of order ${request.orderId} cannot be decrypted: ${detail}`);
    }
  }

  private open(codes: repo.ReservedCode[]): IssuedVoucher[] {
    return codes
      .sort((a, b) => a.id - b.id)
      .map((code) => ({ ...this.cipher.open(code.payload), expires_at: code.expires_at ? toRfc3339(code.expires_at) : null }));
  }

  /**
   * Reserve and issue in one: codes go from AVAILABLE straight to ISSUED for the order, with
   * the same short-pass repetition as `reserve`. Fewer than asked: the caller rolls back.
   */
  async takeNow(db: Executor, request: ReserveRequest & IssueRequest): Promise<IssuedVoucher[]> {
    if (!validQuantity(request.quantity)) return [];
    const codes: repo.ReservedCode[] = [];
    while (codes.length < request.quantity) {
      const taken = await repo.issueAvailableCodes(db, request, request.orderId, request.quantity - codes.length, this.cipher.keyIds);
      if (taken.length === 0) break;
      codes.push(...taken);
    }
    return this.open(codes);
  }

  takeInStatement(db: Executor, request: ReserveRequest & IssueRequest, when: RawBuilder<unknown>): RawBuilder<unknown> {
    return repo.takeAvailableStatement(db, request, request.orderId, request.quantity, when, this.cipher.keyIds);
  }

  async release(db: Executor, orderId: number): Promise<void> {
    await repo.releaseCodes(db, orderId);
  }
}

const validQuantity = (quantity: number) => Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= MAX_ORDER_QUANTITY;
