import { sql, type Kysely } from 'kysely';

/**
 * Client terms the quote (api.md 4.4) and the order (6.1) price with (a tax rate, a
 * per-product bulk limit, `max_quantity`):
 *
 * - `client_terms`: one row per client that has terms other than the defaults. `tax_rate` is a
 *   percentage, NUMERIC(6,3): 0 … 100 with up to three decimals (8.875 % exists). No row = 0 %.
 * - `client_product_limits`: the most vouchers one order of this client may ask for of this
 *   product, 1 … 5000 (`MAX_ORDER_QUANTITY`). No row = 5000.
 *
 * Both go with their client or product (ON DELETE CASCADE; neither is ever deleted today).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_terms')
    .addColumn('client_id', 'integer', (c) => c.primaryKey().references('clients.id').onDelete('cascade'))
    .addColumn('tax_rate', sql`numeric(6, 3)`, (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`tax_rate >= 0 and tax_rate <= 100`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('client_product_limits')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('max_quantity', 'integer', (c) => c.notNull().check(sql`max_quantity between 1 and 5000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('client_product_limits_pk', ['client_id', 'product_id'])
    .execute();
  await db.schema.createIndex('client_product_limits_product_id').on('client_product_limits').column('product_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_product_limits').ifExists().execute();
  await db.schema.dropTable('client_terms').ifExists().execute();
}
