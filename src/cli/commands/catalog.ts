import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { CatalogFormat } from '../../catalog/catalog.file.ts';
import type { AdminApi, CatalogImportReportWire, ClientPricingWire, ProductWire, WithAdmin } from '../admin-api.ts';
import { printJson } from '../output.ts';
import { importLineErrors, named, positiveId, printLineErrors, progressBar, readInput, table } from '../command-helpers.ts';
import { rangeInWords } from '../../catalog/range-words.ts';
import { createsStore } from '../store-access.ts';
import { activeFilter, activeOptions, listOptions, listQuery, printList, type ActiveFlags, type ListFlags } from '../list-options.ts';
import type { AdminProductSortField } from '../../catalog/catalog.repository.ts';
import type { CategorySortField, SubcategorySortField } from '../../reference/reference.repository.ts';
import { productDetailLines, productFieldOptions, withFieldOptions } from './product-fields.ts';
import { CLIENT_FEATURES, unknownFeature, type ClientFeature } from '../../clients/features.ts';

const state = (active: boolean) => (active ? 'active' : 'inactive');

/** The sorts of the admin lists of products, categories and subcategories (their *_SORT_FIELDS). */
export const PRODUCT_SORTS = ['id', 'name', 'category', 'created_at', 'updated_at'] as const satisfies readonly AdminProductSortField[];
export const CATEGORY_SORTS = ['id', 'name'] as const satisfies readonly CategorySortField[];
export const SUBCATEGORY_SORTS = ['id', 'name', 'category'] as const satisfies readonly SubcategorySortField[];

interface ProductListFlags extends ListFlags, ActiveFlags {
  search?: string;
  category?: string;
  country?: string;
  currency?: string;
  supplier?: string;
  orderable?: boolean;
  notOrderable?: boolean;
}

async function printProduct(product: ProductWire): Promise<void> {
  process.stdout.write(
    [
      `product ${product.id}: ${product.name}`,
      `  status:       ${state(product.active)}, ${product.orderable ? 'visible to clients' : 'not visible to clients'}`,
      ...(product.demo ? ['  demo data:    yes (in production mode only demo clients see it)'] : []),
      `  category:     ${product.category}${product.sub_category ? ` / ${product.sub_category}` : ''}`,
      `  country:      ${product.country_code}`,
      `  currency:     ${product.currency_code}`,
      `  voucher type: ${product.voucher_type}`,
      `  supplier:     ${product.supplier}`,
      `  ranges:       ${product.denominations.map((d) => `#${d.id} ${d.min_value === d.max_value ? d.min_value : `${d.min_value}-${d.max_value}`} (${d.discount}%)`).join(', ') || '(none)'}`,
      ...(await productDetailLines(product)),
      '',
    ].join('\n'),
  );
}

type FaceValueRange = { min_value: number; max_value: number; currency_code: string };

/**
 * The range a negotiated discount is for, in words as the console says it, with the ID `--range`
 * takes: ", range 50–500 USD (range ID 7)"; only the ID when the range is not known; nothing for
 * every range of the product (null).
 */
function rangeOf(denominationId: number | null, range: FaceValueRange | null | undefined): string {
  if (denominationId === null) return '';
  return range ? `, ${rangeInWords(range)} (range ID ${denominationId})` : `, range ID ${denominationId}`;
}

/**
 * The client and the product of a pricing change as the CLI names them ("3 (Acme)"), and the
 * range the change is for (`rangeOf`), read after the change succeeded: a removed entry is no
 * longer in the pricing to name it.
 */
async function pricingNames(api: AdminApi, clientId: number, productId: number, denominationId: number | null = null) {
  const [client, product] = await Promise.all([api.clients.show(clientId), api.products.show(productId)]);
  const range = product.denominations.find((denomination) => denomination.id === denominationId);
  return {
    client: named(client.id, client.name),
    product: named(product.id, product.name),
    range: rangeOf(denominationId, range && { ...range, currency_code: product.currency_code }),
  };
}

type PricingNames = Awaited<ReturnType<typeof pricingNames>>;

/**
 * Makes a change to a client's pricing, then prints the pricing as JSON (`--json`) or the line
 * `say` makes of the names of what changed (`pricingNames`).
 */
async function changePricing(
  withAdmin: WithAdmin,
  target: { clientId: number; productId: number; denominationId?: number | null; json?: boolean },
  change: (api: AdminApi) => Promise<ClientPricingWire>,
  say: (names: PricingNames) => string,
): Promise<void> {
  const { clientId, productId, denominationId = null, json } = target;
  const { pricing, names } = await withAdmin(async (api) => {
    const pricing = await change(api);
    return { pricing, names: json ? null : await pricingNames(api, clientId, productId, denominationId) };
  });
  if (!names) return printJson(pricing);
  process.stdout.write(`${say(names)}\n`);
}

export function printPricing(pricing: ClientPricingWire): void {
  const lines = [`pricing of client ${pricing.client_id}`];
  lines.push(
    pricing.blacklist.length
      ? `  blacklisted: ${pricing.blacklist.map((entry) => named(entry.product_id, entry.product_name)).join(', ')}`
      : '  blacklisted: (none)',
  );
  if (pricing.discounts.length === 0) lines.push('  negotiated discounts: (none)');
  for (const rate of pricing.discounts) {
    lines.push(`  product ${named(rate.product_id, rate.product_name)}${rangeOf(rate.denomination_id, rate.denomination)}: ${rate.discount}%`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function summary(report: CatalogImportReportWire, source: string): string {
  const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
  const lines = [
    report.dry_run
      ? `dry run of ${source}: ${report.products.length} products would be imported (${counts}); nothing was written`
      : `imported ${report.products.length} products from ${source}: ${counts}`,
  ];
  const verb = report.dry_run ? 'would be created' : 'created';
  if (report.categories_created.length) lines.push(`  categories ${verb}: ${report.categories_created.join(', ')}`);
  if (report.subcategories_created.length) lines.push(`  subcategories ${verb}: ${report.subcategories_created.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function emptyReport(dryRun: boolean): CatalogImportReportWire {
  return {
    ok: true,
    dry_run: dryRun,
    errors: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    categories_created: [],
    subcategories_created: [],
    products: [],
  };
}

const formatOption = () => new Option('--format <format>', 'csv or json (default: from the file name, else csv)').choices(FORMATS);

/** The catalog's file formats, for --format (CATALOG_FORMATS: catalog.file.ts is loaded by the commands that read or name a file). */
const FORMATS: CatalogFormat[] = ['csv', 'json'];

/** The catalog file's code (its schemas, CSV) is loaded by the commands that use it: `--help` stays light. */
const catalogFile = () => import('../../catalog/catalog.file.ts');

export function registerCatalogCommands(program: Command, withAdmin: WithAdmin): void {
  // ---- categories and subcategories ----------------------------------------------------------------

  const categories = program.command('categories').description('manage product categories');
  listOptions(
    activeOptions(
      categories
        .command('list')
        .description('list categories, inactive included, by id')
        .option('--search <text>', 'name contains it (any case), or it is the id'),
      'categories',
    ),
    CATEGORY_SORTS,
    'id',
  ).action(async (options: ListFlags & ActiveFlags & { search?: string }) => {
    const query = { ...listQuery(options, CATEGORY_SORTS, 'id'), ...activeFilter(options), search: options.search };
    const { items, meta } = await withAdmin((api) => api.categories.list(query));
    printList(items, meta, options, 'categories', (list) =>
      process.stdout.write(
        table(
          ['ID', 'STATUS', 'NAME'],
          list.map((c) => [String(c.id), state(c.active), c.name]),
        ),
      ),
    );
  });
  createsStore(categories.command('create <name>'))
    .description('create a category (names are unique, case-insensitively)')
    .option('--json', 'print JSON')
    .action(async (name: string, options: { json?: boolean }) => {
      const created = await withAdmin((api) => api.categories.create(name));
      if (options.json) return printJson(created);
      process.stdout.write(`created category ${created.id}: ${created.name}\n`);
    });
  categories
    .command('rename <id> <name>')
    .description('rename a category')
    .option('--json', 'print JSON')
    .action(async (id: string, name: string, options: { json?: boolean }) => {
      const changed = await withAdmin((api) => api.categories.rename(positiveId(id, 'category'), name));
      if (options.json) return printJson(changed);
      process.stdout.write(`category ${changed.id} is now ${changed.name}\n`);
    });
  for (const [verb, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    categories
      .command(`${verb} <id>`)
      .description(active ? 'show the category (and its products) to clients again' : 'hide the category and its products from clients')
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean }) => {
        const changed = await withAdmin((api) => api.categories.setActive(positiveId(id, 'category'), active));
        if (options.json) return printJson(changed);
        process.stdout.write(`category ${changed.id} ${verb}d\n`);
      });
  }

  const subcategories = program.command('subcategories').description('manage product subcategories');
  listOptions(
    activeOptions(
      subcategories
        .command('list')
        .description('list subcategories, inactive included, by id')
        .option('--category <id>', 'only those of this category')
        .option('--search <text>', 'name contains it (any case), or it is the id'),
      'subcategories',
    ),
    SUBCATEGORY_SORTS,
    'id',
  ).action(async (options: ListFlags & ActiveFlags & { category?: string; search?: string }) => {
    const query = {
      ...listQuery(options, SUBCATEGORY_SORTS, 'id'),
      ...activeFilter(options),
      search: options.search,
      category_id: options.category === undefined ? undefined : String(positiveId(options.category, 'category')),
    };
    const [{ items, meta }, parents] = await withAdmin(async (api) => [await api.subcategories.list(query), await api.categories.list()] as const);
    const names = new Map(parents.items.map((c) => [c.id, c.name]));
    printList(items, meta, options, 'subcategories', (list) =>
      process.stdout.write(
        table(
          ['ID', 'CATEGORY', 'STATUS', 'NAME'],
          list.map((s) => [String(s.id), `${s.category_id} ${names.get(s.category_id) ?? ''}`.trim(), state(s.active), s.name]),
        ),
      ),
    );
  });
  subcategories
    .command('create <name>')
    .description('create a subcategory in a category')
    .requiredOption('--category <id>', 'the category it belongs to')
    .option('--json', 'print JSON')
    .action(async (name: string, options: { category: string; json?: boolean }) => {
      const categoryId = positiveId(options.category, 'category');
      const created = await withAdmin((api) => api.subcategories.create(categoryId, name));
      if (options.json) return printJson(created);
      process.stdout.write(`created subcategory ${created.id}: ${created.name} (category ${created.category_id})\n`);
    });
  subcategories
    .command('rename <id> <name>')
    .description('rename a subcategory')
    .option('--json', 'print JSON')
    .action(async (id: string, name: string, options: { json?: boolean }) => {
      const changed = await withAdmin((api) => api.subcategories.rename(positiveId(id, 'subcategory'), name));
      if (options.json) return printJson(changed);
      process.stdout.write(`subcategory ${changed.id} is now ${changed.name}\n`);
    });
  for (const [verb, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    subcategories
      .command(`${verb} <id>`)
      .description(active ? 'show the subcategory (and its products) to clients again' : 'hide the subcategory and its products from clients')
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean }) => {
        const changed = await withAdmin((api) => api.subcategories.setActive(positiveId(id, 'subcategory'), active));
        if (options.json) return printJson(changed);
        process.stdout.write(`subcategory ${changed.id} ${verb}d\n`);
      });
  }

  // ---- products ------------------------------------------------------------------------------------

  const products = program.command('products').description('manage products (bulk changes: catalog import)');
  listOptions(
    activeOptions(
      products
        .command('list')
        .description('every product, inactive included, by id (VISIBLE "demo": demo data, seen by demo clients only in production mode)')
        .option('--search <text>', 'name contains it (any case), or it is the id')
        .option('--category <id>', 'only this category')
        .option('--country <id>', 'only this country (ISO 3166-1 numeric, e.g. 840)')
        .option('--currency <id>', 'only this currency (ISO 4217 numeric, e.g. 840)')
        .option('--supplier <name>', 'only this supplier')
        .option('--orderable', 'only products clients can order now')
        .option('--not-orderable', 'only products clients cannot order now'),
      'products',
    ),
    PRODUCT_SORTS,
    'id',
  ).action(async (options: ProductListFlags) => {
    if (options.orderable && options.notOrderable) throw new Error('Choose --orderable or --not-orderable, not both');
    const id = (value: string | undefined, thing: string) => (value === undefined ? undefined : String(positiveId(value, thing)));
    const query = {
      ...listQuery(options, PRODUCT_SORTS, 'id'),
      ...activeFilter(options),
      search: options.search,
      category_id: id(options.category, 'category'),
      country_id: id(options.country, 'country'),
      currency_id: id(options.currency, 'currency'),
      supplier: options.supplier,
      orderable: options.orderable ? 'true' : options.notOrderable ? 'false' : undefined,
    };
    const { items, meta } = await withAdmin((api) => api.products.list(query));
    const { formatDenominationSpec } = await import('../../catalog/catalog.import-fields.ts');
    printList(items, meta, options, 'products', (list) =>
      process.stdout.write(
        table(
          ['ID', 'STATUS', 'VISIBLE', 'COUNTRY', 'CURRENCY', 'TYPE', 'CATEGORY', 'DENOMINATIONS', 'NAME'],
          list.map((p) => [
            String(p.id),
            state(p.active),
            p.orderable ? (p.demo ? 'demo' : 'yes') : 'no',
            p.country_code,
            p.currency_code,
            p.voucher_type,
            p.sub_category ? `${p.category} / ${p.sub_category}` : p.category,
            formatDenominationSpec(p.denominations) || '-',
            p.name,
          ]),
        ),
      ),
    );
  });
  products
    .command('show <id>')
    .description('one product with its denomination ranges')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const product = await withAdmin((api) => api.products.show(positiveId(id, 'product')));
      if (options.json) printJson(product);
      else await printProduct(product);
    });
  // Its options are the fields of a product of a catalog file (product-fields.ts), added when it runs.
  const create = createsStore(products.command('create')).description(
    'create one product, with the rules and names of catalog import (a missing category is created)',
  );
  withFieldOptions(products, create, [new Option('--json', 'print JSON')]);
  create.action(async (options: Record<string, unknown>) => {
    const fields = (await productFieldOptions()).read(options);
    const product = await withAdmin(async (api) => {
      const report = await api.catalog.import({ records: [{ line: 1, fields }], mode: 'create' }).catch((error: unknown) => {
        // The one line's problem is the message.
        const errors = importLineErrors(error);
        throw errors ? new Error(errors[0]!.message) : error;
      });
      return api.products.show(report.products[0]!.product_id!);
    });
    if (options.json) printJson(product);
    else await printProduct(product);
  });
  for (const [verb, active] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    products
      .command(`${verb} <id>`)
      .description(active ? 'offer the product to clients again' : 'stop offering the product (it is never deleted)')
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean }) => {
        const product = await withAdmin((api) => api.products.setActive(positiveId(id, 'product'), active));
        if (options.json) return printJson(product);
        process.stdout.write(
          `product ${product.id} ${verb}d${active && !product.orderable ? ' (still not visible to clients: see products show)' : ''}\n`,
        );
      });
  }

  // ---- bulk import and export ----------------------------------------------------------------------

  const catalog = program.command('catalog').description('import or export the whole product catalog (CSV or JSON)');
  createsStore(catalog.command('import <file>'))
    .description('create and update products from a CSV or JSON file ("-": standard input); all lines or none')
    .addOption(formatOption())
    .option('--dry-run', 'check every line and report what would change; write nothing')
    .option('--json', 'print the import report as one JSON object')
    .action(async (file: string, options: { format?: CatalogFormat; dryRun?: boolean; json?: boolean }) => {
      const { formatOfFileName, parseCatalogFile } = await catalogFile();
      const format = options.format ?? formatOfFileName(file) ?? 'csv';
      const parsed = parseCatalogFile(await readInput(file), format);
      // With problems in the file itself the readable lines are still checked (a dry run), so
      // every bad line is listed at once.
      const report =
        parsed.records.length === 0
          ? emptyReport(options.dryRun ?? false)
          : await withAdmin(async (api) => {
              const bar = progressBar(parsed.records.length, !options.json, 'products');
              const dryRun = options.dryRun || parsed.errors.length > 0;
              try {
                return await api.catalog.import({ records: parsed.records, dry_run: dryRun }, bar.onProgress);
              } catch (error) {
                // Bad lines come back as a 400 with one `details` entry per line ("line N").
                const errors = importLineErrors(error);
                if (!errors) throw error;
                return { ...emptyReport(dryRun), ok: false, errors };
              } finally {
                bar.stop();
              }
            });
      const errors = [...parsed.errors, ...report.errors].sort((a, b) => a.line - b.line);
      if (errors.length) {
        if (options.json) printJson({ ...emptyReport(options.dryRun ?? false), ok: false, errors });
        printLineErrors(errors);
        const lines = new Set(errors.map((error) => error.line)).size;
        throw new Error(`${lines} line${lines === 1 ? '' : 's'} of ${file} ${lines === 1 ? 'has' : 'have'} errors; nothing was imported`);
      }
      if (options.json) return printJson(report);
      process.stdout.write(summary(report, file === '-' ? 'standard input' : file));
    });
  catalog
    .command('export')
    .description('write every product with its denomination ranges as CSV or JSON (what catalog import reads)')
    .addOption(formatOption())
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(new Option('--output <file>').hideHelp())
    .option('--no-ids', 'leave out product ids (to import into another installation)')
    .action(async (options: { format?: CatalogFormat; out?: string; output?: string; ids: boolean }) => {
      const out = options.out ?? options.output;
      const { formatOfFileName } = await catalogFile();
      const format = options.format ?? (out ? formatOfFileName(out) : undefined) ?? 'csv';
      // The file is the server's (GET /admin/v1/catalog/export): the same bytes however the CLI reaches the store.
      const exported = await withAdmin((api) => api.catalog.export({ format, ...(options.ids ? {} : { ids: 'false' }) }));
      if (!out) return void process.stdout.write(exported.file);
      await writeFile(out, exported.file);
      process.stdout.write(`exported ${exported.count} products to ${out}\n`);
    });

  // ---- client features and pricing (under `clients`) -------------------------------------------------

  const clients = program.commands.find((command) => command.name() === 'clients') ?? program.command('clients');
  clients
    .command('features <id>')
    .description("show a client's features, or replace them with --set")
    .option('--set <list>', `comma-separated (known: ${CLIENT_FEATURES.join(', ')}); "" removes all`)
    .option('--json', 'print the client as JSON')
    .action(async (id: string, options: { set?: string; json?: boolean }) => {
      const clientId = positiveId(id, 'client');
      const features = options.set
        ?.split(',')
        .map((feature) => feature.trim())
        .filter(Boolean);
      const unknown = features && unknownFeature(features);
      if (unknown) throw new Error(unknown.message);
      const client = await withAdmin((api) =>
        features === undefined ? api.clients.show(clientId) : api.clients.setFeatures(clientId, features as ClientFeature[]),
      );
      if (options.json) return printJson(client);
      process.stdout.write(`client ${client.id} features: ${client.features.join(', ') || '(none)'}\n`);
    });

  clients
    .command('pricing <client>')
    .description("a client's blacklist and negotiated discounts")
    .option('--json', 'print JSON')
    .action(async (client: string, options: { json?: boolean }) => {
      const pricing = await withAdmin((api) => api.pricing.show(positiveId(client, 'client')));
      if (options.json) printJson(pricing);
      else printPricing(pricing);
    });

  const blacklist = clients.command('blacklist').description('hide products from one client');
  for (const [verb, message] of [
    ['add', 'hidden from'],
    ['remove', 'shown again to'],
  ] as const) {
    blacklist
      .command(`${verb} <client> <product>`)
      .description(verb === 'add' ? 'hide a product from the client' : 'show a blacklisted product to the client again')
      .option('--json', "print the client's pricing as JSON")
      .action(async (client: string, product: string, options: { json?: boolean }) => {
        const clientId = positiveId(client, 'client');
        const productId = positiveId(product, 'product');
        await changePricing(
          withAdmin,
          { clientId, productId, json: options.json },
          (api) => (verb === 'add' ? api.pricing.blacklist(clientId, productId) : api.pricing.unblacklist(clientId, productId)),
          (names) => `product ${names.product} ${message} client ${names.client}`,
        );
      });
  }

  const discount = clients.command('discount').description('negotiated discounts of one client');
  discount
    .command('set <client> <product> <percent>')
    .description("set the client's discount for a product (or one of its ranges); the best of it and the default applies")
    .option('--range <id>', 'only this denomination range (ids: products show)')
    .option('--json', "print the client's pricing as JSON")
    .action(async (client: string, product: string, percent: string, options: { range?: string; json?: boolean }) => {
      const clientId = positiveId(client, 'client');
      const productId = positiveId(product, 'product');
      const denominationId = options.range === undefined ? null : positiveId(options.range, 'denomination');
      if (!/^\d+(\.\d+)?$/.test(percent.trim())) throw new Error(`Invalid discount: ${percent} (a percentage such as 2.5)`);
      await changePricing(
        withAdmin,
        { clientId, productId, denominationId, json: options.json },
        (api) => api.pricing.setDiscount(clientId, { product_id: productId, denomination_id: denominationId, discount: Number(percent) }),
        (names) => `client ${names.client} gets ${Number(percent)}% on product ${names.product}${names.range}`,
      );
    });
  discount
    .command('remove <client> <product>')
    .description('remove the negotiated discount (the defaults apply again)')
    .option('--range <id>', 'the rate for this denomination range')
    .option('--json', "print the client's pricing as JSON")
    .action(async (client: string, product: string, options: { range?: string; json?: boolean }) => {
      const clientId = positiveId(client, 'client');
      const productId = positiveId(product, 'product');
      const denominationId = options.range === undefined ? null : positiveId(options.range, 'denomination');
      await changePricing(
        withAdmin,
        { clientId, productId, denominationId, json: options.json },
        (api) => api.pricing.removeDiscount(clientId, { product_id: productId, denomination_id: denominationId }),
        (names) => `negotiated discount of client ${names.client} on product ${names.product}${names.range} removed`,
      );
    });
}
