import { sql, type Kysely } from 'kysely';

/**
 * Demo data is marked (docs/catalog.md, Demo data): `clients.demo` is the demo client of
 * `popup-store demo`, `products.demo` a product of its catalog. In production mode a client
 * that is not a demo client never sees a demo product, and nothing issues a demo or sandbox
 * code to it.
 *
 * Stores where `popup-store demo` ran before this migration: the products it stocked with DEMO
 * codes (inventory batches it imported) and the client it made (the lowest id named "Demo
 * client", the one the command uses) are marked now; the next run of the command marks the
 * rest of its catalog. Nothing else is guessed from names.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('clients')
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('products')
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`
    update products set demo = true
    where id in (select product_id from inventory_batches where source = 'popup-store demo')`.execute(db);
  await sql`
    update clients set demo = true
    where id = (select min(id) from clients where name = 'Demo client')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('products').dropColumn('demo').execute();
  await db.schema.alterTable('clients').dropColumn('demo').execute();
}
