import { parseCsvRecords, type LineError, type LineRecord } from '../infra/csv-records.ts';

/**
 * The CSV layout of `popup-store inventory import` (docs/inventory.md): a header line naming
 * some of these columns, in any order, then one voucher per line. Which columns a line must
 * fill depends on the product's voucher type (checked by the import, line by line).
 */
export const INVENTORY_COLUMNS = ['code', 'pin', 'claim_url', 'expires_at', 'serial'] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];

export function parseInventoryCsv(text: string): { records: LineRecord[]; errors: LineError[] } {
  return parseCsvRecords(text, {
    columns: INVENTORY_COLUMNS,
    required: [],
    checkHeader: (columns) =>
      columns.includes('code') || columns.includes('claim_url') ? [] : ['missing column "code" (or "claim_url" for URL vouchers)'],
    headerHint: INVENTORY_COLUMNS.join(', '),
    secretCells: true,
  });
}
