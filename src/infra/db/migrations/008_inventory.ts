import { sql, type Kysely } from 'kysely';

/**
 * Voucher inventory: codes the operator imported, per product and face value.
 *
 * - `denomination` is NUMERIC(19,4) like `product_denominations`, compared as a number, so
 *   "25.00" and "25" find the same codes.
 * - `payload` is the voucher (code, PIN, claim URL, serial, expiry) as JSON, encrypted with the
 *   voucher key (AES-256-GCM, `src/infra/crypto/voucher-cipher.ts`); `expires_at` is also kept in
 *   clear for stock reports and so that expired codes are never handed out.
 * - `fingerprint` is a keyed hash (HMAC) of the code, unique per product: the same code can never
 *   be imported twice, and the database holds no code in clear.
 * - `status` moves AVAILABLE → RESERVED (for `order_id`) → ISSUED, or back to AVAILABLE when the
 *   order releases it. `order_id` has no foreign key: the orders table is another module's, and
 *   a code row outlives nothing it points at (codes are never deleted).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inventory_batches')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('restrict'))
    .addColumn('denomination', sql`numeric(19, 4)`, (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('source', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('inventory_batches_product').on('inventory_batches').columns(['product_id', 'denomination']).execute();

  await db.schema
    .createTable('voucher_inventory')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('restrict'))
    .addColumn('denomination', sql`numeric(19, 4)`, (c) => c.notNull().check(sql`denomination > 0`))
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('inventory_batches.id').onDelete('restrict'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('AVAILABLE')
        .check(sql`status in ('AVAILABLE', 'RESERVED', 'ISSUED', 'VOID')`),
    )
    .addColumn('order_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reserved_at', 'timestamptz')
    .addColumn('issued_at', 'timestamptz')
    // A reserved or issued code belongs to exactly one order; a code in stock to none.
    .addCheckConstraint('voucher_inventory_order', sql`(status in ('RESERVED', 'ISSUED')) = (order_id is not null)`)
    .addUniqueConstraint('voucher_inventory_fingerprint', ['product_id', 'fingerprint'])
    .execute();
  // Reserve: the oldest available codes of one product and value (ORDER BY id LIMIT n … SKIP LOCKED).
  await sql`create index voucher_inventory_available on voucher_inventory (product_id, denomination, id) where status = 'AVAILABLE'`.execute(db);
  // Issue and release: the codes of one order, oldest first.
  await sql`create index voucher_inventory_order_id on voucher_inventory (order_id, id) where order_id is not null`.execute(db);
  // No index on batch_id: batches are never deleted, and every index costs each status change.

  await db.schema
    .createTable('inventory_thresholds')
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('denomination', sql`numeric(19, 4)`, (c) => c.notNull())
    .addColumn('threshold', 'integer', (c) => c.notNull().check(sql`threshold >= 0`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('inventory_thresholds_pk', ['product_id', 'denomination'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['inventory_thresholds', 'voucher_inventory', 'inventory_batches']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
