import { sql, type Kysely } from 'kysely';

/**
 * The product catalog (api.md 4): products, their denomination ranges with
 * default discounts, and per-client pricing (negotiated discounts, blacklist).
 *
 * Money and rates are NUMERIC, never floating point: face values NUMERIC(19,4) (enough for
 * every ISO 4217 minor unit in use, CLF has 4), percentages NUMERIC(5,2).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(btrim(name)) > 0`))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('restrict'))
    .addColumn('subcategory_id', 'integer')
    .addColumn('country_id', 'integer', (c) => c.notNull().references('countries.id').onDelete('restrict'))
    .addColumn('currency_id', 'integer', (c) => c.notNull().references('currencies.id').onDelete('restrict'))
    .addColumn('image_url', 'text')
    .addColumn('delivery_mode', 'text')
    .addColumn('delivery_time', 'text')
    .addColumn('validity', 'text')
    .addColumn('description', 'text')
    .addColumn('redemption_instructions', 'text')
    .addColumn('terms', 'text')
    .addColumn('voucher_type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('CODE')
        .check(sql`voucher_type in ('CODE', 'CODE_WITH_PIN', 'URL')`),
    )
    .addColumn('supplier', 'text', (c) =>
      c
        .notNull()
        .defaultTo('sandbox')
        .check(sql`supplier ~ '^[a-z][a-z0-9_-]{0,63}$'`),
    )
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The subcategory, when set, belongs to the product's category (MATCH SIMPLE: a null
    // subcategory_id is not checked).
    .addForeignKeyConstraint('products_subcategory_fk', ['category_id', 'subcategory_id'], 'subcategories', ['category_id', 'id'], (fk) =>
      fk.onDelete('restrict'),
    )
    .execute();
  await db.schema.createIndex('products_category_subcategory').on('products').columns(['category_id', 'subcategory_id']).execute();
  await db.schema.createIndex('products_country_id').on('products').column('country_id').execute();
  await db.schema.createIndex('products_currency_id').on('products').column('currency_id').execute();

  await db.schema
    .createTable('product_denominations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('min_value', sql`numeric(19, 4)`, (c) => c.notNull().check(sql`min_value > 0`))
    .addColumn('max_value', sql`numeric(19, 4)`, (c) => c.notNull())
    .addColumn('discount', sql`numeric(5, 2)`, (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`discount >= 0 and discount < 100`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('product_denominations_min_max', sql`min_value <= max_value`)
    // Lets a negotiated discount reference (product_id, denomination_id) with one foreign key.
    .addUniqueConstraint('product_denominations_product_id_id', ['product_id', 'id'])
    .execute();

  await db.schema
    .createTable('client_product_blacklist')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('client_product_blacklist_pk', ['client_id', 'product_id'])
    .execute();
  await db.schema.createIndex('client_product_blacklist_product_id').on('client_product_blacklist').column('product_id').execute();

  await db.schema
    .createTable('client_product_discounts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    // Null: the rate applies to every range of the product; else to that range only.
    .addColumn('denomination_id', 'integer')
    .addColumn('discount', sql`numeric(5, 2)`, (c) => c.notNull().check(sql`discount >= 0 and discount < 100`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'client_product_discounts_denomination_fk',
      ['product_id', 'denomination_id'],
      'product_denominations',
      ['product_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await sql`create unique index client_product_discounts_product_level
    on client_product_discounts (client_id, product_id) where denomination_id is null`.execute(db);
  await sql`create unique index client_product_discounts_range_level
    on client_product_discounts (client_id, denomination_id) where denomination_id is not null`.execute(db);
  await db.schema.createIndex('client_product_discounts_product_id').on('client_product_discounts').column('product_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['client_product_discounts', 'client_product_blacklist', 'product_denominations', 'products']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
