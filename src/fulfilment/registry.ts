import type { Kysely } from 'kysely';
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
}

/** Supplier implementations by name; a product whose supplier is not registered is not orderable. */
export class SupplierRegistry {
  private readonly suppliers = new Map<string, Supplier>();

  constructor(suppliers: Supplier[] = []) {
    for (const supplier of suppliers) this.register(supplier);
  }

  /**
   * The suppliers every installation has: `sandbox`, and `inventory` when given the database and
   * the voucher cipher (the container always does; without them only the sandbox, for unit tests).
   */
  static withDefaults(deps?: DefaultSupplierDeps): SupplierRegistry {
    return new SupplierRegistry([
      new SandboxSupplier(),
      ...(deps ? [new InventorySupplier(deps.db, deps.voucherCipher)] : []),
      ...(deps?.testSupplier ? [new TestSupplier()] : []),
    ]);
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
