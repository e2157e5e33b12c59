import type { InventoryImportInput, InventoryImportReport } from '../inventory/inventory.import.ts';
import type { InventoryAdministration, StockLevel, ThresholdInput } from '../inventory/inventory.service.ts';
import { adminCall, RemoteCallError } from './admin-http.ts';

/** The voucher inventory through the admin HTTP API of a running server. */
export class RemoteInventoryAdministration implements InventoryAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /**
   * One request, so the server imports in one transaction. Bad lines come back as a 400 with one
   * `details` entry per line ("line N"), turned back into the report the local import gives.
   * `onProgress` is not called: the server does the work in one go.
   */
  async importCodes(input: InventoryImportInput): Promise<InventoryImportReport> {
    const body = {
      product_id: input.productId,
      denomination: Number(input.denomination),
      records: input.records,
      dry_run: input.dryRun,
      source: input.source ?? null,
    };
    try {
      return await adminCall<InventoryImportReport>(this.baseUrl, this.token, 'POST', '/inventory/import', body);
    } catch (error) {
      const lines = error instanceof RemoteCallError && error.status === 400 ? error.details.filter((d) => /^line \d+$/.test(d.field)) : [];
      if (lines.length === 0) throw error;
      // The server's report is not sent with a 400; what the CLI prints needs only the errors.
      return {
        ok: false,
        dry_run: input.dryRun ?? false,
        product_id: input.productId,
        product_name: '',
        supplier: '',
        denomination: Number(input.denomination),
        errors: lines.map((detail) => ({ line: Number(detail.field.slice(5)), message: detail.message })),
        imported: 0,
        batch_id: null,
        available: 0,
      };
    }
  }

  stockLevels(filter: { productId?: number } = {}): Promise<StockLevel[]> {
    const query = filter.productId === undefined ? '' : `?product_id=${filter.productId}`;
    return adminCall(this.baseUrl, this.token, 'GET', `/inventory/stock${query}`);
  }

  setThreshold(input: ThresholdInput): Promise<StockLevel> {
    return adminCall(this.baseUrl, this.token, 'PUT', '/inventory/thresholds', {
      product_id: input.productId,
      denomination: Number(input.denomination),
      threshold: input.threshold,
    });
  }
}
