import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../infra/db/executor.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import { MAX_ORDER_QUANTITY, type CapacityQuery, type IssueRequest, type ReserveRequest, type Supplier } from './supplier.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Random characters from an alphabet without look-alikes (no I/1/O/0). */
function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return code;
}

/** Vouchers valid for one year from issue, like most real gift cards. */
function expiry(now: Date): string {
  const date = new Date(now.getTime() + 365 * 24 * 3600 * 1000);
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The sandbox supplier: fake, clearly-marked test codes (prefix `TEST-`),
 * generated on demand, so it can always deliver, up to the per-order maximum. Nothing is
 * reserved or kept: the order stores what it was issued.
 */
export class SandboxSupplier implements Supplier {
  readonly name = 'sandbox';
  readonly fakeCodes = true;

  constructor(private readonly maxPerOrder = MAX_ORDER_QUANTITY) {}

  async capacity(query: CapacityQuery): Promise<boolean> {
    return Number.isSafeInteger(query.quantity) && query.quantity >= 1 && query.quantity <= this.maxPerOrder;
  }

  async reserve(_db: Executor, request: ReserveRequest): Promise<number> {
    return (await this.capacity(request)) ? request.quantity : 0;
  }

  async issue(_db: Executor, request: IssueRequest): Promise<IssuedVoucher[]> {
    const now = new Date();
    return Array.from({ length: request.quantity }, (_, i) => {
      const unit = request.delivered + i + 1;
      const code = `TEST-${randomCode(4)}-${randomCode(4)}-${randomCode(4)}`;
      const reference = `SBX-${request.orderId}-${String(unit).padStart(4, '0')}`;
      const token = createHash('sha256').update(code).digest('base64url').slice(0, 22);
      return {
        card_number: request.voucherType === 'URL' ? null : code,
        pin_code: request.voucherType === 'CODE_WITH_PIN' ? randomCode(6).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) % 10)) : null,
        claim_url: request.voucherType === 'URL' ? `https://sandbox.popup-store.invalid/claim/${token}` : null,
        expires_at: expiry(now),
        voucher_reference_number: reference,
      };
    });
  }

  async takeNow(db: Executor, request: ReserveRequest & IssueRequest): Promise<IssuedVoucher[]> {
    return (await this.reserve(db, request)) === request.quantity ? this.issue(db, request) : [];
  }

  async release(): Promise<void> {}
}
