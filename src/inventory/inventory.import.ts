import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { countAvailable } from '../suppliers/stock.repository.ts';
import { toRfc3339 } from '../shared/dates.ts';
import { recordAudit } from '../infra/audit.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import type { LineError, LineRecord } from '../infra/csv-records.ts';
import type { Database, VoucherType } from '../infra/db/schema.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import { INVENTORY_COLUMNS } from './inventory.file.ts';
import * as repo from './inventory.repository.ts';
import { resolveStock } from './inventory.rules.ts';
import { notUtf8Problem } from '../shared/import-text.ts';
import { longerThan } from '../shared/text-length.ts';

/**
 * Importing voucher codes (docs/inventory.md): every line is checked, one error
 * per bad line with its number, duplicates (in the file, or already in stock for the product)
 * refused, and nothing is written unless every line is good — one database transaction. The
 * same function serves the local CLI and `POST /admin/v1/inventory/import`.
 *
 * No message, report or audit entry ever contains a code, PIN or claim URL: a duplicate is
 * "line 7: duplicate code (already in stock)".
 */

export const MAX_INVENTORY_IMPORT = 100_000;
const MAX_CODE = 256;
const MAX_PIN = 64;
const MAX_SERIAL = 200;
const MAX_URL = 2048;
const UNIQUE_VIOLATION = '23505';

export interface InventoryImportInput {
  productId: number;
  /** Face value per voucher in the product currency (one of the product's values). */
  denomination: number | string;
  /** As read from the file (`parseInventoryCsv`): the line each voucher is on and its cells. */
  records: LineRecord[];
  /** Check everything, report, write nothing. */
  dryRun?: boolean;
  /** The file name, kept with the batch (never the content). */
  source?: string | null;
}

export interface InventoryImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface InventoryImportReport {
  /** false: at least one line is bad, and nothing was written. */
  ok: boolean;
  dry_run: boolean;
  product_id: number;
  product_name: string;
  /** The product's supplier: the codes are only handed out while it is `inventory`. */
  supplier: string;
  denomination: number;
  /** One per bad line, in line order. */
  errors: LineError[];
  /** Codes imported (a dry run: that would be imported). */
  imported: number;
  /** The import batch; null for a dry run or a failed import. */
  batch_id: number | null;
  /** Unexpired codes of that product and value in stock afterwards (a dry run: as it would be). */
  available: number;
}

class LineProblem extends Error {}

interface CheckedLine {
  line: number;
  /** What the duplicate check compares: "code" or "claim URL". */
  identity: 'code' | 'claim URL';
  fingerprint: string;
  voucher: IssuedVoucher;
  expiresAt: Date | null;
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

function cell(fields: Record<string, unknown>, column: string, max: number): string | null {
  const value = fields[column];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw new LineProblem(`${column} must be text`);
  const text = String(value).trim();
  if (text === '') return null;
  if (longerThan(text, max)) throw new LineProblem(`${column} is longer than ${max} characters`);
  if (CONTROL.test(text)) throw new LineProblem(`${column} contains a control character (tab, line break, …)`);
  const notUtf8 = notUtf8Problem(column, text);
  if (notUtf8) throw new LineProblem(notUtf8);
  return text;
}

function claimUrl(fields: Record<string, unknown>): string | null {
  const text = cell(fields, 'claim_url', MAX_URL);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new LineProblem('claim_url must be an absolute http:// or https:// URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LineProblem('claim_url must be an absolute http:// or https:// URL');
  return text;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;

/** A date means the end of that day (UTC): a card "valid until 2027-12-31" works all that day. */
function expiry(fields: Record<string, unknown>, now: Date): Date | null {
  const text = cell(fields, 'expires_at', 64);
  if (text === null) return null;
  let date: Date | null = null;
  const day = DATE_ONLY.exec(text);
  if (day) {
    const candidate = new Date(`${text}T23:59:59Z`);
    if (!Number.isNaN(candidate.getTime()) && candidate.toISOString().slice(0, 10) === text) date = candidate;
  } else if (DATE_TIME.test(text)) {
    const candidate = new Date(text.replace(' ', 'T'));
    if (!Number.isNaN(candidate.getTime())) date = new Date(Math.floor(candidate.getTime() / 1000) * 1000);
  }
  if (!date) throw new LineProblem('expires_at must be a date (2027-12-31) or an RFC 3339 time (2027-12-31T23:59:59Z)');
  if (date.getTime() <= now.getTime()) throw new LineProblem('expires_at is in the past: the code could never be issued');
  return date;
}

function checkLine(record: LineRecord, voucherType: VoucherType, productId: number, cipher: VoucherCipher, now: Date): CheckedLine {
  const fields = record.fields;
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new LineProblem('a voucher must be an object');
  const unknown = Object.keys(fields).find((key) => !(INVENTORY_COLUMNS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new LineProblem(`unknown field "${unknown.slice(0, 40)}" (known: ${INVENTORY_COLUMNS.join(', ')})`);
  const code = cell(fields, 'code', MAX_CODE);
  const pin = cell(fields, 'pin', MAX_PIN);
  const url = claimUrl(fields);
  const serial = cell(fields, 'serial', MAX_SERIAL);
  const expiresAt = expiry(fields, now);
  const needs = (what: string) => new LineProblem(`${what} is required (product ${productId} is ${voucherType})`);
  if (voucherType === 'URL' && url === null) throw needs('claim_url');
  if (voucherType !== 'URL' && code === null) throw needs('code');
  if (voucherType === 'CODE_WITH_PIN' && pin === null) throw needs('pin');
  // A URL voucher without a code is told apart by its claim URL.
  const identity = code !== null ? 'code' : 'claim URL';
  return {
    line: record.line,
    identity,
    fingerprint: cipher.fingerprint(code !== null ? `code:${code}` : `claim_url:${url}`),
    voucher: {
      card_number: code,
      pin_code: pin,
      claim_url: url,
      expires_at: expiresAt ? toRfc3339(expiresAt) : null,
      voucher_reference_number: serial,
    },
    expiresAt,
  };
}

export async function runInventoryImport(
  deps: { db: Kysely<Database>; cipher: VoucherCipher; actor: string },
  input: InventoryImportInput,
  onProgress?: (progress: InventoryImportProgress) => void,
): Promise<InventoryImportReport> {
  const dryRun = input.dryRun ?? false;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { product, key, denomination } = await resolveStock(trx, input.productId, input.denomination);
      const report: InventoryImportReport = {
        ok: true,
        dry_run: dryRun,
        product_id: product.id,
        product_name: product.name,
        supplier: product.supplier,
        denomination,
        errors: [],
        imported: 0,
        batch_id: null,
        available: 0,
      };
      const { records } = input;
      if (records.length > MAX_INVENTORY_IMPORT) {
        report.ok = false;
        report.errors.push({
          line: records[MAX_INVENTORY_IMPORT]!.line,
          message: `an import takes at most ${MAX_INVENTORY_IMPORT} codes; split the file`,
        });
        return report;
      }

      const now = new Date();
      const lineErrors: LineError[] = [];
      const checked: CheckedLine[] = [];
      const firstLine = new Map<string, number>();
      records.forEach((record, index) => {
        try {
          const line = checkLine(record, product.voucher_type, product.id, deps.cipher, now);
          const first = firstLine.get(line.fingerprint);
          if (first !== undefined) throw new LineProblem(`duplicate ${line.identity} (same as line ${first})`);
          firstLine.set(line.fingerprint, record.line);
          checked.push(line);
        } catch (error) {
          if (!(error instanceof LineProblem)) throw error;
          lineErrors.push({ line: record.line, message: error.message });
        }
        onProgress?.({ phase: 'validate', done: index + 1, total: records.length });
      });
      const inStock = await repo.existingFingerprints(
        trx,
        product.id,
        checked.map((line) => line.fingerprint),
      );
      for (const line of checked) {
        if (inStock.has(line.fingerprint)) lineErrors.push({ line: line.line, message: `duplicate ${line.identity} (already in stock)` });
      }
      const current = await countAvailable(trx, key, Number.MAX_SAFE_INTEGER);
      if (lineErrors.length || checked.length === 0) {
        if (checked.length === 0 && lineErrors.length === 0) lineErrors.push({ line: 1, message: 'the file has no vouchers (only a header line)' });
        report.ok = false;
        report.errors = lineErrors.sort((a, b) => a.line - b.line);
        report.available = current;
        return report;
      }
      report.imported = checked.length;
      report.available = current + checked.filter((line) => line.expiresAt === null || line.expiresAt > now).length;
      if (dryRun) return report;

      report.batch_id = await repo.insertBatch(trx, {
        productId: product.id,
        denomination: key.denomination,
        quantity: checked.length,
        source: input.source?.slice(0, 200) ?? null,
        createdBy: deps.actor,
      });
      for (let start = 0; start < checked.length; start += repo.INSERT_CHUNK) {
        const chunk = checked.slice(start, start + repo.INSERT_CHUNK);
        await repo.insertCodes(
          trx,
          { ...key, batchId: report.batch_id },
          chunk.map((line) => ({ fingerprint: line.fingerprint, payload: deps.cipher.seal(line.voucher), expires_at: line.expiresAt })),
        );
        onProgress?.({ phase: 'write', done: start + chunk.length, total: checked.length });
      }
      await recordAudit(trx, {
        actor: deps.actor,
        action: 'inventory.import',
        target: `product:${product.id}`,
        details: { denomination, batch_id: report.batch_id, codes: checked.length, source: input.source ?? null },
      });
      return report;
    });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION) {
      throw errors.badRequest(
        'Some of these codes were imported by another import meanwhile; nothing was imported — run it again to see which lines',
      );
    }
    throw error;
  }
}
