import { SandboxSupplier } from './sandbox.ts';
import type { Supplier } from './supplier.ts';

/** Supplier implementations by name; a product whose supplier is not registered is not orderable. */
export class SupplierRegistry {
  private readonly suppliers = new Map<string, Supplier>();

  constructor(suppliers: Supplier[] = []) {
    for (const supplier of suppliers) this.register(supplier);
  }

  /** The suppliers every installation has. */
  static withDefaults(): SupplierRegistry {
    return new SupplierRegistry([new SandboxSupplier()]);
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
