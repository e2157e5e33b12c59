import path from 'node:path';
import type { Command } from 'commander';
import { parseDecimal } from '../../money/decimal.ts';
import { parseInventoryCsv } from '../../inventory/inventory.file.ts';
import type { InventoryImportReportWire, StockLevelWire, WithAdmin } from '../admin-api.ts';
import { printJson } from '../output.ts';
import { importLineErrors, positiveId, printLineErrors, progressBar, readInput, table } from '../command-helpers.ts';
import { listOptions, listQuery, printList, type ListFlags } from '../list-options.ts';
import type { StockSortField } from '../../inventory/inventory.repository.ts';

function denominationOption(value: string): string {
  const parsed = parseDecimal(value);
  if (!parsed || parsed.units <= 0n || !/^\d+(\.\d+)?$/.test(value.trim()))
    throw new Error(`Invalid denomination: ${value} (a face value like 25 or 25.00)`);
  return value.trim();
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function summary(report: InventoryImportReportWire, source: string): string {
  const what = `${report.product_name} (product ${report.product_id}), value ${report.denomination}`;
  const lines = [
    report.dry_run
      ? `dry run of ${source}: ${plural(report.imported, 'code')} would be imported for ${what}; ${report.available} would be available; nothing was written`
      : `imported ${plural(report.imported, 'code')} from ${source} for ${what} (batch ${report.batch_id}); ${report.available} available now`,
  ];
  if (report.supplier !== 'inventory') {
    lines.push(
      `note: product ${report.product_id} is delivered by the "${report.supplier}" supplier; these codes are handed out only once its supplier is "inventory"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const NO_STOCK = 'no stock (import codes with: popup-store inventory import FILE --product ID --denomination VALUE)';

/** The sorts of GET /admin/v1/inventory/stock (STOCK_SORT_FIELDS). */
export const STOCK_SORTS = ['product_id', 'product_name', 'denomination', 'available', 'threshold'] as const satisfies readonly StockSortField[];

function printStock(levels: StockLevelWire[]): void {
  process.stdout.write(
    table(
      ['PRODUCT', 'VALUE', 'AVAILABLE', 'RESERVED', 'ISSUED', 'EXPIRED', 'THRESHOLD', 'LOW', 'NAME'],
      levels.map((level) => [
        String(level.product_id),
        `${level.currency} ${level.denomination}`,
        String(level.available),
        String(level.reserved),
        String(level.issued),
        String(level.expired),
        level.threshold === null ? '-' : String(level.threshold),
        level.low_stock ? 'LOW' : '',
        `${level.product_name}${level.supplier === 'inventory' ? '' : ` (supplier: ${level.supplier})`}`,
      ]),
    ),
  );
}

export function registerInventoryCommands(program: Command, withAdmin: WithAdmin): void {
  const inventory = program.command('inventory').description('voucher codes in stock: import, stock levels, low-stock thresholds');

  inventory
    .command('import <file>')
    .description('import voucher codes from a CSV file ("-": standard input) for one product and face value; all lines or none')
    .requiredOption('--product <id>', 'the product the codes are for')
    .requiredOption('--denomination <value>', 'the face value of every code in the file, e.g. 25 or 25.00')
    .option('--dry-run', 'check every line (duplicates included) and report; write nothing')
    .option('--json', 'print the import report as one JSON object')
    .action(async (file: string, options: { product: string; denomination: string; dryRun?: boolean; json?: boolean }) => {
      const productId = positiveId(options.product, 'product');
      const denomination = denominationOption(options.denomination);
      const parsed = parseInventoryCsv(await readInput(file));
      const source = file === '-' ? null : path.basename(file);
      // With problems in the file itself the readable lines are still checked (a dry run), so
      // every bad line is listed at once.
      const body = {
        product_id: productId,
        denomination: Number(denomination),
        records: parsed.records,
        dry_run: options.dryRun || parsed.errors.length > 0,
        source,
      };
      const report = await withAdmin(async (api) => {
        const bar = progressBar(parsed.records.length, !options.json, 'codes');
        try {
          return await api.inventory.import(body, bar.onProgress);
        } catch (error) {
          // Bad lines come back as a 400 with one `details` entry per line ("line N").
          const errors = importLineErrors(error);
          if (!errors) throw error;
          const failed: InventoryImportReportWire = {
            ok: false,
            dry_run: body.dry_run,
            product_id: productId,
            product_name: '',
            supplier: '',
            denomination: body.denomination,
            errors,
            imported: 0,
            batch_id: null,
            available: 0,
          };
          return failed;
        } finally {
          bar.stop();
        }
      });
      const fileErrors = parsed.records.length === 0 && parsed.errors.length > 0 ? [] : report.errors;
      const errors = [...parsed.errors, ...fileErrors].sort((a, b) => a.line - b.line);
      if (errors.length) {
        if (options.json) printJson({ ...report, ok: false, imported: 0, batch_id: null, errors });
        printLineErrors(errors);
        const lines = new Set(errors.map((error) => error.line)).size;
        throw new Error(
          `${plural(lines, 'line')} of ${file === '-' ? 'standard input' : file} ${lines === 1 ? 'has' : 'have'} errors; nothing was imported`,
        );
      }
      if (options.json) return printJson(report);
      process.stdout.write(summary(report, file === '-' ? 'standard input' : file));
    });

  listOptions(
    inventory
      .command('stock')
      .description('codes available, reserved, issued and expired per product and face value, with the low-stock flag')
      .option('--product <id>', 'only this product')
      .option('--search <text>', "the product's name contains it (any case), or it is its id")
      .option('--supplier <name>', "only this supplier's products")
      .option('--low-stock', 'only values with fewer codes available than their threshold (without one: none available)'),
    STOCK_SORTS,
    'product_id',
  ).action(async (options: ListFlags & { product?: string; search?: string; supplier?: string; lowStock?: boolean }) => {
    const query = {
      ...listQuery(options, STOCK_SORTS, 'product_id'),
      product_id: options.product === undefined ? undefined : String(positiveId(options.product, 'product')),
      search: options.search,
      supplier: options.supplier,
      low_stock: options.lowStock ? 'true' : undefined,
    };
    const { items, meta } = await withAdmin((api) => api.inventory.stock(query));
    printList(items, meta, options, 'stock', printStock, options.lowStock ? 'no low stock' : NO_STOCK);
  });

  inventory
    .command('threshold <count>')
    .description('set the low-stock threshold of a product and face value (flagged when fewer are available); "none" removes it')
    .requiredOption('--product <id>', 'the product')
    .requiredOption('--denomination <value>', 'the face value, e.g. 25')
    .option('--json', 'print the stock level as JSON')
    .action(async (count: string, options: { product: string; denomination: string; json?: boolean }) => {
      const productId = positiveId(options.product, 'product');
      const denomination = denominationOption(options.denomination);
      if (count !== 'none' && !/^\d{1,10}$/.test(count)) throw new Error(`Invalid threshold: ${count} (a whole number, or "none")`);
      const threshold = count === 'none' ? null : Number(count);
      const level = await withAdmin((api) => api.inventory.setThreshold({ product_id: productId, denomination: Number(denomination), threshold }));
      if (options.json) return printJson(level);
      process.stdout.write(
        `${level.product_name} (product ${level.product_id}), value ${level.denomination}: ` +
          `${threshold === null ? 'no threshold' : `threshold ${threshold}`}; ${level.available} available${level.low_stock ? ' — LOW' : ''}\n`,
      );
    });
}
