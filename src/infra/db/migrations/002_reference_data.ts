import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sql, type Kysely } from 'kysely';
import type { Country } from 'world-countries';
import currencyCodes from 'currency-codes';

const require = createRequire(import.meta.url);
// The package's typings declare an ES default export, but it is CommonJS (module.exports = [...]).
const worldCountries = require('world-countries') as Country[];

/**
 * Reference data (api.md 3). Countries and currencies are seeded from maintained data
 * packages, never typed by hand; their ids are the ISO numeric codes (USA 840, USD 840),
 * so an id means the same thing on every installation. Categories and subcategories start
 * empty: the operator creates them, and products reference them by id.
 */

export interface CountrySeed {
  id: number;
  name: string;
  official_name: string;
  alpha_2: string;
  alpha_3: string;
  numeric_code: string;
  dialing_prefix: string | null;
}

export interface CurrencySeed {
  id: number;
  code: string;
  name: string;
  numeric_code: string;
  minor_units: number;
}

/**
 * The international dialling prefix from world-countries' `idd` (a root such as "+4" and
 * suffixes such as ["4"]):
 * - one suffix: root + suffix ("+44"; "+1264" for Anguilla, as the data publishes it);
 * - several suffixes under "+1" or "+7": those are area codes of an integrated numbering
 *   plan, so the prefix is the root ("+1" for the USA, Canada, …; "+7" for Russia, Kazakhstan);
 * - several suffixes otherwise: root + the (first) shortest suffix, cut to the three digits an
 *   E.164 country code has at most ("+290" Saint Helena, "+379" Vatican, "+212" Western Sahara);
 * - no root (Antarctica, Heard Island): null.
 */
export function dialingPrefix(idd: { root: string; suffixes: string[] } | undefined): string | null {
  const root = idd?.root ?? '';
  const suffixes = idd?.suffixes ?? [];
  if (!/^\+\d+$/.test(root)) return null;
  if (suffixes.length === 0) return root;
  if (suffixes.length === 1) return root + suffixes[0];
  if (root === '+1' || root === '+7') return root;
  // Stable sort: among equally short suffixes the first listed wins.
  const shortest = [...suffixes].sort((a, b) => a.length - b.length)[0]!;
  return (root + shortest).slice(0, 4);
}

/** ISO 3166-1: every entry with an official numeric code (Kosovo's user-assigned XK has none). */
export function countrySeeds(): CountrySeed[] {
  return worldCountries
    .filter((country) => /^\d{3}$/.test(country.ccn3 ?? '') && /^[A-Z]{2}$/.test(country.cca2) && /^[A-Z]{3}$/.test(country.cca3))
    .map((country) => ({
      id: Number(country.ccn3),
      name: country.name.common,
      official_name: country.name.official,
      alpha_2: country.cca2,
      alpha_3: country.cca3,
      numeric_code: country.ccn3,
      dialing_prefix: dialingPrefix(country.idd),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * ISO 4217 codes whose minor unit the ISO list gives as "N.A." (gold, SDR, bond-market units,
 * the testing code, "no currency"): not money a wallet or a price can be in. currency-codes
 * reports those as 0 digits, so they are read from the ISO XML file the package ships.
 */
function codesWithoutMinorUnit(): Set<string> {
  const xml = readFileSync(require.resolve('currency-codes/iso-4217-list-one.xml'), 'utf8');
  const codes = new Set<string>();
  for (const [, entry] of xml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
    const code = /<Ccy>\s*([A-Z]{3})\s*<\/Ccy>/.exec(entry!)?.[1];
    const minor = /<CcyMnrUnts>\s*([^<]*?)\s*<\/CcyMnrUnts>/.exec(entry!)?.[1];
    if (code && minor !== undefined && !/^\d+$/.test(minor)) codes.add(code);
  }
  return codes;
}

export function currencySeeds(): CurrencySeed[] {
  const excluded = codesWithoutMinorUnit();
  return currencyCodes.data
    .filter((entry) => /^[A-Z]{3}$/.test(entry.code) && /^\d{3}$/.test(entry.number) && !excluded.has(entry.code))
    .map((entry) => ({
      id: Number(entry.number),
      code: entry.code,
      name: entry.currency,
      numeric_code: entry.number,
      minor_units: entry.digits,
    }))
    .sort((a, b) => a.id - b.id);
}

const BATCH = 100;

async function insertInBatches(db: Kysely<any>, table: string, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + BATCH))
      .execute();
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('countries')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('official_name', 'text', (c) => c.notNull())
    .addColumn('alpha_2', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`alpha_2 ~ '^[A-Z]{2}$'`),
    )
    .addColumn('alpha_3', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`alpha_3 ~ '^[A-Z]{3}$'`),
    )
    .addColumn('numeric_code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`numeric_code ~ '^[0-9]{3}$'`),
    )
    .addColumn('dialing_prefix', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('currencies')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`code ~ '^[A-Z]{3}$'`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('numeric_code', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`numeric_code ~ '^[0-9]{3}$'`),
    )
    .addColumn('minor_units', 'smallint', (c) => c.notNull().check(sql`minor_units between 0 and 6`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) > 0`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Product filters match category names exactly (api.md 4.2): names must not differ only by case.
  await sql`create unique index categories_name_unique on categories (lower(name))`.execute(db);

  await db.schema
    .createTable('subcategories')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('restrict'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) > 0`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Lets a product reference (category_id, subcategory_id) with one composite foreign key,
    // so its subcategory always belongs to its category.
    .addUniqueConstraint('subcategories_category_id_id', ['category_id', 'id'])
    .execute();
  await sql`create unique index subcategories_name_unique on subcategories (category_id, lower(name))`.execute(db);

  await insertInBatches(db, 'countries', countrySeeds());
  await insertInBatches(db, 'currencies', currencySeeds());
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['subcategories', 'categories', 'currencies', 'countries']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
