import { Option, type Command } from 'commander';
import type { ImportField } from '../../catalog/catalog.import-fields.ts';
import type { ProductWire } from '../admin-api.ts';

/**
 * The product fields of `products create` and `products show`, taken from the schemas of the
 * admin product routes: the options are the fields of a product of a catalog file
 * (`CatalogFileProduct`: `products create` imports one line), the lines those of the admin view
 * (`AdminProduct`). What is written here only says how a field reads on a terminal; a field it
 * does not name is an option `--field-name <text>` (a flag for a boolean) and a line
 * `  field name: …` when it is set, so a new product field needs nothing here.
 *
 * The schemas (and TypeBox) are loaded when a product command runs, not at every start of the CLI.
 */

interface OptionHint {
  /** The option's argument (`<name>`); default `text`. */
  argument?: string;
  /** Its help; default the schema's description, else the field's name. */
  help?: string;
  default?: string;
  /** A boolean field given by this flag, which sets it to false (`--inactive`). */
  unset?: string;
}

/** How the options read, in the order `--help` lists them; fields not named here come after, in the schema's order. */
const OPTIONS: Partial<Record<ImportField, OptionHint>> = {
  name: { argument: 'name', help: 'product name (must not exist yet)' },
  category: { argument: 'name', help: 'category name' },
  subcategory: { argument: 'name', help: 'subcategory name, in that category' },
  country: { argument: 'alpha-3', help: 'ISO 3166-1 alpha-3 code, e.g. USA' },
  currency: { argument: 'code', help: 'ISO 4217 code, e.g. USD' },
  denominations: { argument: 'ranges', help: 'e.g. "10|25:1.5|50-500:3": fixed values or MIN-MAX ranges, :DISCOUNT percent' },
  voucher_type: { argument: 'type', help: 'CODE, CODE_WITH_PIN or URL', default: 'CODE' },
  supplier: { argument: 'name', help: 'fulfilment supplier', default: 'sandbox' },
  image_url: { argument: 'url', help: 'image' },
  delivery_mode: { help: 'e.g. Digital' },
  delivery_time: { help: 'e.g. Instant' },
  validity: { help: 'e.g. 12 months' },
  description: {},
  redemption_instructions: { help: 'how to redeem' },
  terms: { help: 'terms and conditions' },
  active: { unset: 'inactive', help: 'create it inactive (hidden from clients)' },
};

/** Fields a new product does not take from an option. */
const NOT_OPTIONS: ImportField[] = ['id'];

interface JsonSchema {
  type?: string;
  description?: string;
  anyOf?: JsonSchema[];
}

const words = (field: string) => field.replaceAll('_', ' ');

/** One option per field a product of a catalog file has; `read` turns the parsed options into the import's fields. */
export interface FieldOptions {
  options: Option[];
  read(values: Record<string, unknown>): Record<string, unknown>;
}

export async function productFieldOptions(): Promise<FieldOptions> {
  const [{ IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS }, { CatalogFileProduct }] = await Promise.all([
    import('../../catalog/catalog.import-fields.ts'),
    import('../../catalog/catalog.schemas.ts'),
  ]);
  const fields = [...(Object.keys(OPTIONS) as ImportField[]), ...IMPORT_FIELDS].filter(
    (field, index, all) => all.indexOf(field) === index && IMPORT_FIELDS.includes(field) && !NOT_OPTIONS.includes(field),
  );
  const readers: [ImportField, (values: Record<string, unknown>) => unknown][] = [];
  const options = fields.map((field) => {
    const schema = CatalogFileProduct.properties[field] as JsonSchema;
    const hint = OPTIONS[field] ?? {};
    const help = hint.help ?? schema.description ?? words(field);
    const flag = field.replaceAll('_', '-');
    if (schema.type === 'boolean') {
      const option = new Option(`--${hint.unset ?? flag}`, help);
      const key = option.attributeName();
      readers.push([field, hint.unset ? (values) => !values[key] : (values) => values[key]]);
      return option;
    }
    const option = new Option(`--${flag} <${hint.argument ?? 'text'}>`, help);
    if (hint.default !== undefined) option.default(hint.default);
    if (REQUIRED_IMPORT_FIELDS.includes(field)) option.makeOptionMandatory();
    const key = option.attributeName();
    readers.push([field, (values) => values[key]]);
    return option;
  });
  return { options, read: (values) => Object.fromEntries(readers.map(([field, value]) => [field, value(values)])) };
}

/**
 * Adds the field options to `products create` when it is about to run (or show its help): its
 * parent's `preSubcommand` hook, so the schemas load only then. `--json` and the rest follow them.
 */
export function withFieldOptions(parent: Command, create: Command, after: Option[]): void {
  parent.hook('preSubcommand', async (_parent, sub) => {
    if (sub !== create || create.options.length > 0) return;
    for (const option of [...(await productFieldOptions()).options, ...after]) create.addOption(option);
  });
}

/** The admin view's fields that the first lines of `products show` present, or that those name (ids, times). */
const SHOWN_ABOVE: (keyof ProductWire)[] = [
  'id',
  'name',
  'active',
  'orderable',
  'demo',
  'category_id',
  'category',
  'subcategory_id',
  'sub_category',
  'country_id',
  'country_code',
  'currency_id',
  'currency_code',
  'voucher_type',
  'supplier',
  'denominations',
  'created_at',
  'updated_at',
];

/** Labels other than the field's name; fields next to each other with one label share its line ("delivery: Digital, Instant"). */
const LABELS: Partial<Record<keyof ProductWire, string>> = { image_url: 'image', delivery_mode: 'delivery', delivery_time: 'delivery' };

function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return Array.isArray(value) && value.length === 0 ? null : JSON.stringify(value);
  return String(value);
}

/** The lines of `products show` after its ranges: every other field of the admin view that is set, in the schema's order. */
export async function productDetailLines(product: ProductWire): Promise<string[]> {
  const { AdminProduct } = await import('../../catalog/catalog.schemas.ts');
  const lines: { label: string; values: string[] }[] = [];
  for (const field of Object.keys(AdminProduct.properties) as (keyof ProductWire)[]) {
    if (SHOWN_ABOVE.includes(field)) continue;
    const label = LABELS[field] ?? words(field);
    const last = lines.at(-1);
    const group = last?.label === label ? last : { label, values: [] };
    if (group !== last) lines.push(group);
    const value = shown(product[field]);
    if (value !== null) group.values.push(value);
  }
  return lines.filter((line) => line.values.length > 0).map((line) => `  ${`${line.label}:`.padEnd(13)} ${line.values.join(', ')}`);
}
