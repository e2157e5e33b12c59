import { after, before, beforeEach } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { createContainer } from '../../src/container.ts';
import { openStoreDatabase } from '../../src/infra/db/open.ts';
import { clientScope, createClient, loginOk } from '../helpers/api.ts';
import { startTestStore, type StoreOptions, type TestStore } from '../helpers/store.ts';
import { ADMIN_TOKEN, createWallet, topUp } from '../helpers/wallets.ts';
import type { Engine } from '../../src/infra/db/database.ts';
import type { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import type { OrderWithVouchers } from '../../src/orders/orders.service.ts';
import { parseInventoryCsv } from '../../src/inventory/inventory.file.ts';

export const USD = 840;
export const USA = 840;

export interface OrderActor {
  clientId: number;
  token: string;
  walletId: number;
}

/** A client with the `vouchers` feature, logged in, with a PREPAID wallet holding `balance`. */
export async function orderingClient(store: TestStore, balance: string, currency = 'USD'): Promise<OrderActor> {
  const credentials = await createClient(store, { features: ['vouchers'] });
  const wallet = await createWallet(store, credentials.client_id, currency);
  if (Number(balance) > 0) await topUp(store, wallet.id, balance);
  return { clientId: credentials.client_id, token: (await loginOk(store, credentials)).access_token, walletId: wallet.id };
}

/** A visible product on `supplier` (sandbox by default): fixed 10 at 0 %, and 20 … 500 at 2 %. */
export async function orderableProduct(
  store: Pick<TestStore, 'container'>,
  options: { supplier?: string; name?: string; voucherType?: 'CODE' | 'CODE_WITH_PIN' | 'URL' } = {},
): Promise<number> {
  const created = await store.container.reference.createCategory({ name: `Orders ${Math.random().toString(36).slice(2, 8)}` });
  const product = await store.container.catalog.createProduct({
    name: options.name ?? 'Order Test Card',
    category_id: created.id,
    country_id: USA,
    currency_id: USD,
    supplier: options.supplier ?? 'sandbox',
    voucher_type: options.voucherType ?? 'CODE',
    denominations: [
      { min_value: 10, max_value: 10, discount: 0 },
      { min_value: 20, max_value: 500, discount: 2 },
    ],
  });
  return product.id;
}

export interface TestSupplierStore {
  store: TestStore;
  /** The failure-injecting `test` supplier's control, reset before each test. */
  supplier: TestSupplier;
  /** A product on it (`orderableProduct`). */
  product: number;
}

/**
 * A store with the failure-injecting `test` supplier (ENABLE_TEST_SUPPLIER, ADMIN_TOKEN), the
 * delivery settings `fulfilment` (backoff of a few milliseconds, so `drainDeliveries` works) and a
 * product on that supplier named `productName`. Called inside a `describe`, it registers the
 * hooks: `ready` receives the store before the first test, and the supplier is reset before each.
 */
export function testSupplierStore(
  engine: Engine,
  productName: string,
  fulfilment: StoreOptions['fulfilment'],
  ready: (made: TestSupplierStore) => void,
): void {
  let made: TestSupplierStore | undefined;
  before(async () => {
    const store = await startTestStore(engine, { env: { ENABLE_TEST_SUPPLIER: 'true', ADMIN_TOKEN }, fulfilment });
    made = { store, supplier: store.container.testSupplier!, product: await orderableProduct(store, { supplier: 'test', name: productName }) };
    ready(made);
  });
  beforeEach(() => made!.supplier.reset());
  after(() => made?.store.close());
}

/** Places an order (`place`) while the test supplier fails every issue for good: it ends FAILED, refunded in full. */
export async function placeFailing<T extends { status: string }>(supplier: TestSupplier, place: () => Promise<T>): Promise<T> {
  supplier.failPermanently();
  try {
    const order = await place();
    if (order.status !== 'FAILED') throw new Error(`expected a FAILED order, got ${order.status}`);
    return order;
  } finally {
    supplier.reset();
  }
}

/**
 * A FAILED order in the store `env` names (DATA_DIR, or DATABASE_URL and DATABASE_SCHEMA), for
 * tests of what retries it: opened in this process with the test supplier, which fails while a
 * new client orders 2 × 25.00 of a product on it, then closed. The store must be free (no server
 * holding its data directory). What retries it needs the `test` supplier too (ENABLE_TEST_SUPPLIER)
 * and sandbox mode (its codes go to demo clients only otherwise).
 */
export async function failedOrderIn(env: Record<string, string>): Promise<{ orderId: number; clientId: number }> {
  const config = loadConfig({ ...env, ENABLE_TEST_SUPPLIER: 'true', STORE_MODE: 'sandbox', LOG_LEVEL: 'silent' });
  const { database, lock } = await openStoreDatabase(config, 'test');
  const container = await createContainer(config, database, pino({ level: 'silent' }));
  try {
    const product = await orderableProduct({ container }, { supplier: 'test', name: 'Failing Card' });
    const clientId = (await container.clients.createClient({ name: 'Failed Orders', features: ['vouchers'] })).client_id;
    const wallet = await container.wallets.createWallet({ client_id: clientId, currency: 'USD' });
    await container.wallets.creditWallet(wallet.id, { amount: '100.00' });
    const scope = await clientScope({ container }, clientId);
    const order = await placeFailing(container.testSupplier!, async () => {
      const result = await container.orders.createOrder(scope, { product_id: product, denomination: 25, quantity: 2 });
      if (result.kind !== 'order') throw new Error(`expected an order: ${result.kind}`);
      return result.order;
    });
    return { orderId: order.id, clientId };
  } finally {
    await container.close();
    await lock?.release();
  }
}

/** An inventory product (value 10) stocked with `codes` codes `PREFIX-000`, `PREFIX-001`, … (PIN `pinBase + i`). */
export async function stockedProduct(
  store: Pick<TestStore, 'container'>,
  name: string,
  prefix: string,
  codes: number,
  pinBase = 1000,
): Promise<number> {
  const product = await orderableProduct(store, { supplier: 'inventory', name });
  const csv = ['code,pin', ...Array.from({ length: codes }, (_, i) => `${prefix}-${String(i).padStart(3, '0')},${pinBase + i}`)].join('\n');
  const report = await store.container.inventory.importCodes({ productId: product, denomination: 10, records: parseInventoryCsv(csv).records });
  if (!report.ok) throw new Error(`stocking ${name}: ${JSON.stringify(report.errors)}`);
  return product;
}

export function placeOrder(store: TestStore, token: string, body: unknown, headers: Record<string, string> = {}) {
  return store.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { authorization: `Bearer ${token}`, ...headers },
    payload: body as object,
  });
}

/**
 * `placeOrder`, repeated as a client would after `503 SERVICE_UNAVAILABLE` (the store overloaded:
 * no database connection became free in time, as a loaded machine may see in a burst). Only for
 * bodies with a client_reference or an Idempotency-Key, which keep a repeat from placing twice.
 */
export async function placeOrderRetrying(
  store: TestStore,
  token: string,
  body: { client_reference: string; [field: string]: unknown },
  headers: Record<string, string> = {},
) {
  for (let attempt = 1; ; attempt++) {
    const response = await placeOrder(store, token, body, headers);
    if (response.statusCode !== 503 || attempt === 30) return response;
    await sleep(Number(response.headers['retry-after'] ?? 1) * 1000);
  }
}

export function getOrder(store: TestStore, token: string, id: number | string) {
  return store.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, headers: { authorization: `Bearer ${token}` } });
}

export function orderOf(response: LightMyRequestResponse): OrderWithVouchers {
  if (response.statusCode !== 201 && response.statusCode !== 200) throw new Error(`expected an order: ${response.statusCode} ${response.body}`);
  return response.json() as OrderWithVouchers;
}

export async function walletBalance(store: TestStore, walletId: number): Promise<number> {
  return (await store.container.wallets.getWallet(walletId)).amount;
}

/** Runs the delivery worker until no job is left (for stores whose backoff is a few milliseconds). */
export async function drainDeliveries(store: TestStore, rounds = 50): Promise<void> {
  const db = store.container.database.db;
  for (let round = 0; round < rounds; round++) {
    await sleep(10);
    const handled = await store.container.fulfilment.runDue();
    const due = await db.selectFrom('fulfilment_jobs').select('order_id').execute();
    if (handled === 0 && due.length === 0) return;
  }
  throw new Error(`jobs still pending after ${rounds} rounds`);
}
