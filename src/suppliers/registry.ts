import type { Kysely } from 'kysely';
import type { StoreMode } from '../config.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { Database } from '../infra/db/schema.ts';
import { InventorySupplier } from './inventory.ts';
import { SandboxSupplier } from './sandbox.ts';
import type { Supplier } from './supplier.ts';
import { TestSupplier } from './test-supplier.ts';

export interface DefaultSupplierDeps {
  db: Kysely<Database>;
  voucherCipher: VoucherCipher;
  /** Also register the failure-injecting `test` supplier (ENABLE_TEST_SUPPLIER). */
  testSupplier?: boolean;
  /** STORE_MODE: in production mode fake codes go to demo clients only (`mayIssue`). Default production. */
  storeMode?: StoreMode;
}

/** Who an order is for, as far as demo data goes. */
export interface IssueAudience {
  /** The client is a demo client (`clients.demo`). */
  demoClient: boolean;
  /** The product is demo data (`products.demo`): its stock holds DEMO- codes. */
  demoProduct: boolean;
}

/** Supplier implementations by name; a product whose supplier is not registered is not orderable. */
export class SupplierRegistry {
  private readonly suppliers = new Map<string, Supplier>();
  readonly storeMode: StoreMode;

  constructor(suppliers: Supplier[] = [], options: { storeMode?: StoreMode } = {}) {
    this.storeMode = options.storeMode ?? 'production';
    for (const supplier of suppliers) this.register(supplier);
  }

  /**
   * The suppliers every installation has: `sandbox`, and `inventory` when given the database and
   * the voucher cipher (the container always does; without them only the sandbox, for unit tests).
   */
  static withDefaults(deps?: DefaultSupplierDeps): SupplierRegistry {
    return new SupplierRegistry(
      [
        new SandboxSupplier(),
        ...(deps ? [new InventorySupplier(deps.db, deps.voucherCipher)] : []),
        ...(deps?.testSupplier ? [new TestSupplier()] : []),
      ],
      { storeMode: deps?.storeMode },
    );
  }

  /**
   * Whether `supplier` may issue an order's vouchers to its client. In production mode a client
   * that is not a demo client never receives fake codes: none from a supplier that makes them
   * (sandbox), none from a demo product's stock (DEMO- codes). In sandbox mode anything goes.
   * Checked when an order is placed (which then answers 404, as for a product the client cannot
   * see) and before every delivery step (a refused order fails for good and is refunded) — behind
   * the catalog, which already hides demo products from such clients.
   */
  mayIssue(supplier: Supplier, audience: IssueAudience): boolean {
    if (this.storeMode === 'sandbox' || audience.demoClient) return true;
    return supplier.fakeCodes !== true && !audience.demoProduct;
  }

  register(supplier: Supplier): void {
    if (this.suppliers.has(supplier.name)) throw new Error(`Supplier ${supplier.name} is already registered`);
    this.suppliers.set(supplier.name, supplier);
  }

  get(name: string): Supplier | undefined {
    return this.suppliers.get(name);
  }

  has(name: string): boolean {
    return this.suppliers.has(name);
  }

  names(): string[] {
    return [...this.suppliers.keys()].sort();
  }
}
