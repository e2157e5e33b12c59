/**
 * The server of bench/soak.ts, in a process of its own (bench/server-process.ts): the store on a
 * throw-away database (bench/harness.ts; PostgreSQL when DATABASE_URL is set), in sandbox mode so
 * that the sandbox supplier delivers every quantity-1 order at once, with its background workers
 * running, BENCH_SOAK_PRODUCTS (50) products and BENCH_SOAK_CLIENTS (8) clients, each logged in
 * with a funded USD wallet. Reports what the parent loads (and its pid, for its RSS), then serves
 * until it is told to stop.
 */
import { fileURLToPath } from 'node:url';
import { createClientAndLogIn, envNumber, runBenchmark, withBenchServer } from './harness.ts';
import { reportReady } from './server-process.ts';

export interface SoakServerInfo {
  url: string;
  engine: string;
  pid: number;
  authorizations: string[];
  products: number[];
  adminToken: string;
}

const PRODUCTS = Math.floor(envNumber('BENCH_SOAK_PRODUCTS', 50, 1));
const CLIENTS = Math.floor(envNumber('BENCH_SOAK_CLIENTS', 8, 1));

async function main(): Promise<void> {
  await withBenchServer(
    () => {},
    async (server) => {
      const { container, url, engine } = server;
      const category = await container.reference.createCategory({ name: 'Soak' });
      const products: number[] = [];
      for (let i = 0; i < PRODUCTS; i++) {
        const product = await container.catalog.createProduct({
          name: `Soak card ${i + 1}`,
          category_id: category.id,
          country_id: 840,
          currency_id: 840,
          supplier: 'sandbox',
          voucher_type: 'CODE',
          denominations: [
            { min_value: 10, max_value: 10, discount: 1 },
            { min_value: 20, max_value: 200, discount: 2 },
          ],
        });
        products.push(product.id);
      }
      const authorizations: string[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const client = await createClientAndLogIn(server, { name: `Soak client ${i + 1}`, features: ['vouchers'] });
        const wallet = await container.wallets.createWallet({ client_id: client.clientId, currency: 'USD' });
        await container.wallets.creditWallet(wallet.id, { amount: '100000000.00' });
        authorizations.push(client.authorization);
      }
      container.startWorkers();
      await reportReady<SoakServerInfo>({ url, engine, pid: process.pid, authorizations, products, adminToken: server.config.adminToken! });
    },
  );
}

// Run when started as a process; bench/soak.ts imports the types only.
if (process.argv[1] === fileURLToPath(import.meta.url)) runBenchmark(main);
