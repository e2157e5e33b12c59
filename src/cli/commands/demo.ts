import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { DEMO_CLIENT_NAME, DEMO_STOCK_PER_VALUE } from '../../demo/demo-constants.ts';
import type { DemoWire, WithAdmin } from '../admin-api.ts';
import { printJson } from '../output.ts';
import { createsStore } from '../store-access.ts';

/** For people: "USD 10,000.00". */
const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'code' }).format(amount).replace(/\u00a0/g, ' ');

/** "3 products from demo stock (DEMO- codes), 50 per value: 450 codes added". */
function stockLine(stock: DemoWire['stock']): string {
  if (stock.length === 0) return 'no product is delivered from stock';
  const products = new Set(stock.map((entry) => entry.product_id)).size;
  const added = stock.reduce((sum, entry) => sum + entry.imported, 0);
  return `${products} products delivered from demo stock (DEMO- codes), ${DEMO_STOCK_PER_VALUE} per value: ${added ? `${added} codes added` : 'already full'}`;
}

export function registerDemoCommands(program: Command, withAdmin: WithAdmin): void {
  createsStore(program.command('demo'))
    .description(`create (or refresh) demo data: "${DEMO_CLIENT_NAME}" with a new secret, a catalog, funded wallets, FX rates`)
    .option('--json', 'print only {"client_id","username","password"} as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const { result, via } = await withAdmin(async (api, admin) => ({ result: await api.demo.run(), via: admin.via }));
      const { credentials } = result;
      if (options.json) return printJson(credentials);
      // The running server's address when the CLI went through it; else where `npm start` listens.
      const url = via.startsWith('http') ? via : `http://127.0.0.1:${config.port || 3000}`;
      const { catalog } = result;
      const login = JSON.stringify({ username: credentials.username, password: credentials.password });
      process.stdout.write(
        [
          `Demo data is ready${via.startsWith('http') ? ` (through the server at ${via})` : ''}.`,
          `  catalog:  ${catalog.products.length} products (${catalog.created} created, ${catalog.updated} updated, ${catalog.unchanged} unchanged)` +
            (catalog.categories_created.length ? `; new categories: ${catalog.categories_created.join(', ')}` : ''),
          `  stock:    ${stockLine(result.stock)}`,
          `  client:   ${credentials.client_id} "${DEMO_CLIENT_NAME}" (${result.client_created ? 'created' : 'existing; secret rotated'}), feature vouchers`,
          '  marked as demo data: in production mode only this client sees and orders it (in sandbox mode every client)',
          `  wallets:  ${result.wallets.map((w) => `${money(w.balance, w.currency)} (wallet ${w.wallet_id})`).join(', ')}`,
          `  FX rates: ${result.fx_rates_set.length ? `set ${result.fx_rates_set.join(', ')}` : 'already set'}`,
          '',
          `  username: ${credentials.username}`,
          `  password: ${credentials.password}`,
          'The password is new on every run; the previous one no longer works.',
          '',
          'Log in:',
          `  curl -s -X POST ${url}/auth/login -H 'Content-Type: application/json' \\`,
          `    -d '${login}'`,
          'Then, with the access_token from the answer:',
          `  curl -s ${url}/api/v1/products -H "Authorization: Bearer <access_token>"`,
          `  curl -s ${url}/api/v1/wallets -H "Authorization: Bearer <access_token>"`,
          '',
        ].join('\n'),
      );
    });
}
