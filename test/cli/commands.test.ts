import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Command } from 'commander';
import { adminApi } from '../../src/cli/admin-api.ts';
import { IMPORT_FIELDS } from '../../src/catalog/catalog.import-fields.ts';
import { connectAdmin } from '../../src/cli/admin-connection.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { loadConfig } from '../../src/config.ts';
import { postJson, runCli, startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { runMain, STORE_VARIABLES } from '../helpers/cli-in-process.ts';
import { dropSchema } from '../helpers/store.ts';
import { failedOrderIn } from '../orders/setup.ts';

/**
 * Every leaf command of `popup-store`, one row each, run in every mode the CLI has: in-process on
 * the embedded database (no server), in-process on PostgreSQL (when DATABASE_URL is set), and
 * against a running server (its admin API over HTTP). Most rows run the CLI's `main` in this
 * process (output captured); rows marked `process` also run as a real process in the server mode.
 * A command without a row fails the first test.
 */

type Mode = 'in-process' | 'postgres' | 'server';

interface Context {
  mode: Mode;
  env: Record<string, string>;
  dir: string;
  /** What earlier rows made (ids), by name. */
  ids: Record<string, number>;
  /** Server mode: an order and a webhook of the demo client, made through the client API. */
  placed: { order?: number; webhook?: number };
  /**
   * Runs `work` while no process holds the store (server mode: the server is stopped, then
   * started again, with the failure-injecting `test` supplier registered).
   */
  whileStoreFree<T>(work: () => Promise<T>): Promise<T>;
}

interface Row {
  /** The leaf command, as `popup-store` spells it: "clients ip add". */
  command: string;
  args(ctx: Context): string[];
  check(out: CliResult, ctx: Context): void;
  /** Also run as a real process (server mode): the bin's own start, stdout and exit code. */
  process?: boolean;
  /** Before the command: what it works on, made in the store. */
  prepare?(ctx: Context): Promise<void>;
  /** More of the command's environment (in-process modes). */
  env?: Record<string, string>;
  /** The same command once more, after the check. */
  again?: Pick<Row, 'args' | 'check'>;
  skip?: string;
}

const json = (out: CliResult) => {
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout);
};
const ok = (out: CliResult, stdout: string | RegExp) => {
  assert.equal(out.code, 0, out.stderr);
  if (typeof stdout === 'string') assert.equal(out.stdout, stdout);
  else assert.match(out.stdout, stdout);
};
const failed = (out: CliResult, stderr: string | RegExp) => {
  assert.equal(out.code, 1, out.stdout);
  if (typeof stderr === 'string') assert.equal(out.stderr, stderr);
  else assert.match(out.stderr, stderr);
};
const id = (ctx: Context, name: string) => String(ctx.ids[name]);
/** The audit actor of CLI changes: the in-process CLI's own, or the server's local token. */
const actor = (ctx: Context) => (ctx.mode === 'server' ? 'operator:local-cli' : 'cli');
const CREDENTIALS = ['client_id', 'password', 'username'];

const ROWS: Row[] = [
  {
    command: 'migrate',
    args: () => ['migrate'],
    check: (out, ctx) =>
      ctx.mode === 'server' ? failed(out, /^error: The data directory .* is in use by process \d+ \(server\)/) : ok(out, 'database is up to date\n'),
  },
  { command: 'serve', skip: 'the server of the server mode is `popup-store serve`', args: () => [], check: () => {} },
  {
    command: 'demo',
    args: () => ['demo', '--json'],
    check: (out, ctx) => {
      const credentials = json(out);
      assert.deepEqual(Object.keys(credentials).sort(), CREDENTIALS);
      ctx.ids.demoClient = credentials.client_id;
    },
  },
  {
    command: 'clients create',
    args: () => ['clients', 'create', '--name', 'Acme', '--ip', '10.0.0.0/8', '--feature', 'vouchers', '--json'],
    check: (out, ctx) => {
      const credentials = json(out);
      assert.deepEqual(Object.keys(credentials).sort(), CREDENTIALS);
      ctx.ids.client = credentials.client_id;
    },
    process: true,
  },
  {
    command: 'clients list',
    args: () => ['clients', 'list', '--search', 'acme', '--active', '--sort', 'name', '--json'],
    check: (out, ctx) => {
      // Server mode creates Acme twice (once more as a real process).
      const names = json(out).map((c: { name: string }) => c.name);
      assert.ok(names.length > 0 && names.every((name: string) => name === 'Acme'), names.join());
      const acme = json(out).find((c: { id: number }) => c.id === ctx.ids.client);
      assert.deepEqual([acme.name, acme.ip_allowlist, typeof acme.created_at], ['Acme', ['10.0.0.0/8'], 'string']);
    },
  },
  {
    command: 'clients summary',
    args: (ctx) => ['clients', 'summary', id(ctx, 'client'), '--json'],
    check: (out, ctx) => {
      const summary = json(out);
      assert.deepEqual(Object.keys(summary).sort(), ['client', 'credentials', 'pricing', 'rate_limits', 'terms', 'top_up', 'wallets']);
      assert.deepEqual([summary.client.id, summary.client.name, summary.terms.client_id], [ctx.ids.client, 'Acme', ctx.ids.client]);
    },
  },
  {
    command: 'clients show',
    args: (ctx) => ['clients', 'show', id(ctx, 'client')],
    check: (out, ctx) => ok(out, new RegExp(`^client ${ctx.ids.client}: Acme\\n  username: +prs_`)),
  },
  {
    command: 'clients deactivate',
    args: (ctx) => ['clients', 'deactivate', id(ctx, 'client'), '--json'],
    check: (out) => assert.equal(json(out).active, false),
  },
  {
    command: 'clients activate',
    args: (ctx) => ['clients', 'activate', id(ctx, 'client')],
    check: (out, ctx) => ok(out, `client ${ctx.ids.client} activated\n`),
  },
  {
    command: 'clients ip add',
    args: (ctx) => ['clients', 'ip', 'add', id(ctx, 'client'), '192.0.2.1', '--json'],
    check: (out) => assert.deepEqual(json(out).ip_allowlist, ['10.0.0.0/8', '192.0.2.1/32']),
  },
  {
    command: 'clients ip remove',
    args: (ctx) => ['clients', 'ip', 'remove', id(ctx, 'client'), '192.0.2.1'],
    check: (out, ctx) => ok(out, `192.0.2.1 removed from the allowlist of client ${ctx.ids.client}\n`),
  },
  {
    command: 'clients logout',
    args: (ctx) => ['clients', 'logout', id(ctx, 'client')],
    check: (out, ctx) => ok(out, `all tokens of client ${ctx.ids.client} revoked\n`),
  },
  {
    command: 'clients rotate-secret',
    args: (ctx) => ['clients', 'rotate-secret', id(ctx, 'client'), '--json'],
    check: (out, ctx) => {
      const rotated = json(out);
      assert.deepEqual([Object.keys(rotated).sort(), rotated.client_id], [CREDENTIALS, ctx.ids.client]);
    },
  },
  {
    command: 'clients features',
    args: (ctx) => ['clients', 'features', id(ctx, 'client'), '--set', ''],
    check: (out, ctx) => ok(out, `client ${ctx.ids.client} features: (none)\n`),
  },
  {
    command: 'clients pricing',
    args: (ctx) => ['clients', 'pricing', id(ctx, 'client'), '--json'],
    check: (out, ctx) => assert.deepEqual(json(out), { client_id: ctx.ids.client, blacklist: [], discounts: [] }),
  },
  {
    command: 'clients blacklist add',
    args: (ctx) => ['clients', 'blacklist', 'add', id(ctx, 'client'), '1', '--json'],
    check: (out) =>
      assert.deepEqual(
        json(out).blacklist.map((entry: { product_id: number }) => entry.product_id),
        [1],
      ),
  },
  {
    command: 'clients blacklist remove',
    args: (ctx) => ['clients', 'blacklist', 'remove', id(ctx, 'client'), '1'],
    check: (out, ctx) => ok(out, new RegExp(`^product 1 \\(.+\\) shown again to client ${ctx.ids.client} \\(.+\\)\\n$`)),
  },
  {
    command: 'clients discount set',
    args: (ctx) => ['clients', 'discount', 'set', id(ctx, 'client'), '1', '2.5', '--json'],
    check: (out) => assert.deepEqual(json(out).discounts[0].discount, 2.5),
  },
  {
    command: 'clients discount remove',
    args: (ctx) => ['clients', 'discount', 'remove', id(ctx, 'client'), '1'],
    check: (out, ctx) => ok(out, new RegExp(`^negotiated discount of client ${ctx.ids.client} \\(.+\\) on product 1 \\(.+\\) removed\\n$`)),
  },
  {
    command: 'clients terms',
    args: (ctx) => ['clients', 'terms', id(ctx, 'client'), '--json'],
    check: (out, ctx) => assert.deepEqual(json(out), { client_id: ctx.ids.client, tax_rate: 0, default_max_quantity: 5000, max_quantities: [] }),
  },
  {
    command: 'clients tax-rate',
    args: (ctx) => ['clients', 'tax-rate', id(ctx, 'client'), '8.875'],
    check: (out, ctx) => ok(out, `client ${ctx.ids.client} tax rate: 8.875%\n`),
  },
  {
    command: 'clients max-quantity set',
    args: (ctx) => ['clients', 'max-quantity', 'set', id(ctx, 'client'), '1', '7', '--json'],
    check: (out) => assert.deepEqual(json(out).max_quantities[0].max_quantity, 7),
  },
  {
    command: 'clients max-quantity remove',
    args: (ctx) => ['clients', 'max-quantity', 'remove', id(ctx, 'client'), '1'],
    check: (out, ctx) => ok(out, `max quantity of client ${ctx.ids.client} for product 1 removed (default 5000)\n`),
  },
  {
    command: 'clients rate-limits',
    args: (ctx) => ['clients', 'rate-limits', id(ctx, 'client'), '--read', '7', '--json'],
    check: (out, ctx) => {
      const limits = json(out);
      assert.deepEqual([limits.client_id, limits.overrides], [ctx.ids.client, { read: 7, orders: null, quotes: null }]);
      assert.deepEqual(limits.effective, { ...limits.defaults, read: 7 });
    },
  },
  {
    command: 'clients users invite',
    args: (ctx) => ['clients', 'users', 'invite', id(ctx, 'client'), '--email', 'Owner@Acme.example', '--role', 'owner'],
    check: (out, ctx) => {
      ok(
        out,
        new RegExp(
          `^invited owner@acme\\.example to client ${ctx.ids.client} as owner \\(user (\\d+)\\); ` +
            'the e-mailed link opens http://\\S+/portal/accept and works until \\S+Z\\n$',
        ),
      );
      ctx.ids.clientUser = Number(/\(user (\d+)\)/.exec(out.stdout)![1]);
    },
  },
  {
    command: 'clients users list',
    args: (ctx) => ['clients', 'users', 'list', id(ctx, 'client')],
    check: (out, ctx) => ok(out, new RegExp(`^ID +STATUS +ROLE +2FA +EMAIL\\n${ctx.ids.clientUser} +invited +owner +off +owner@acme\\.example\\n$`)),
  },
  {
    command: 'clients users deactivate',
    args: (ctx) => ['clients', 'users', 'deactivate', id(ctx, 'client'), id(ctx, 'clientUser'), '--json'],
    check: (out) => {
      const user = json(out);
      assert.deepEqual([user.email, user.active, user.status], ['owner@acme.example', false, 'inactive']);
    },
  },
  {
    command: 'clients users activate',
    args: (ctx) => ['clients', 'users', 'activate', id(ctx, 'client'), id(ctx, 'clientUser')],
    check: (out, ctx) => ok(out, `user ${ctx.ids.clientUser} (owner@acme.example) of client ${ctx.ids.client} activated\n`),
  },
  {
    command: 'clients credentials create',
    args: (ctx) => ['clients', 'credentials', 'create', id(ctx, 'client'), '--name', 'rotation'],
    check: (out, ctx) => {
      ok(
        out,
        new RegExp(
          `^Created credential (\\d+) "rotation" of client ${ctx.ids.client}\\.\\n  username: prs_[0-9a-f]{24}\\n  secret:   [A-Za-z0-9_-]{40}\\n`,
        ),
      );
      ctx.ids.credential = Number(/credential (\d+)/.exec(out.stdout)![1]);
    },
  },
  {
    command: 'clients credentials list',
    args: (ctx) => ['clients', 'credentials', 'list', id(ctx, 'client')],
    check: (out, ctx) =>
      ok(
        out,
        new RegExp(
          `^ID +STATUS +USERNAME +LAST USED +NAME\\n\\d+ +active +prs_\\w+ +never +Primary\\n${ctx.ids.credential} +active +prs_\\w+ +never +rotation\\n$`,
        ),
      ),
  },
  {
    command: 'clients credentials revoke',
    args: (ctx) => ['clients', 'credentials', 'revoke', id(ctx, 'client'), id(ctx, 'credential')],
    check: (out, ctx) => ok(out, `credential ${ctx.ids.credential} "rotation" of client ${ctx.ids.client} revoked\n`),
  },
  {
    command: 'settings top-up',
    args: () => ['settings', 'top-up', '--text', 'Wire the amount to our bank.'],
    check: (out) => ok(out, 'store top-up text:\nWire the amount to our bank.\n'),
  },
  {
    command: 'clients top-up',
    args: (ctx) => ['clients', 'top-up', id(ctx, 'client'), '--text', 'Call Ana.', '--json'],
    check: (out, ctx) =>
      assert.deepEqual(json(out), {
        client_id: ctx.ids.client,
        client_text: 'Call Ana.',
        store_text: 'Wire the amount to our bank.',
        effective: 'Call Ana.',
      }),
  },
  {
    command: 'clients users totp-reset',
    args: (ctx) => ['clients', 'users', 'totp-reset', id(ctx, 'client'), id(ctx, 'clientUser')],
    check: (out, ctx) =>
      ok(
        out,
        `two-factor authentication of user ${ctx.ids.clientUser} (owner@acme.example) of client ${ctx.ids.client} turned off; its sessions ended\n`,
      ),
  },
  {
    command: 'wallets create',
    args: (ctx) => ['wallets', 'create', '--client', id(ctx, 'client'), '--currency', 'USD', '--json'],
    check: (out, ctx) => {
      const wallet = json(out);
      assert.deepEqual([wallet.client_id, wallet.currency_code, wallet.amount], [ctx.ids.client, 'USD', 0]);
      ctx.ids.wallet = wallet.id;
    },
  },
  {
    command: 'wallets credit',
    args: (ctx) => ['wallets', 'credit', id(ctx, 'wallet'), '100', '--remarks', 'top-up', '--json'],
    check: (out) => {
      const credit = json(out);
      assert.deepEqual([credit.balance_after, credit.remarks], [100, 'USD Wallet credited by amount 100.00 - top-up']);
    },
  },
  {
    command: 'wallets debit',
    args: (ctx) => ['wallets', 'debit', id(ctx, 'wallet'), '25.5'],
    check: (out, ctx) =>
      ok(out, new RegExp(`^transaction \\d+: DEBIT -USD 25\\.50 on wallet ${ctx.ids.wallet} \\(\\w+\\)\\n  balance after: USD 74\\.50\\n`)),
  },
  {
    command: 'wallets list',
    args: (ctx) => ['wallets', 'list', '--client', id(ctx, 'client'), '--json'],
    check: (out, ctx) =>
      assert.deepEqual(
        json(out).map((w: { id: number }) => w.id),
        [ctx.ids.wallet],
      ),
  },
  {
    command: 'wallets show',
    args: (ctx) => ['wallets', 'show', id(ctx, 'wallet'), '--json'],
    check: (out) => assert.equal(json(out).amount, 74.5),
  },
  {
    command: 'wallets low-balance',
    args: (ctx) => ['wallets', 'low-balance', id(ctx, 'wallet'), '80', '--json'],
    check: (out, ctx) =>
      assert.deepEqual(json(out), { wallet_id: ctx.ids.wallet, currency: 'USD', balance: 74.5, threshold: 80, below: true, alerted_at: null }),
  },
  {
    command: 'wallets low-balances',
    args: (ctx) => ['wallets', 'low-balances', id(ctx, 'client')],
    check: (out, ctx) =>
      ok(out, new RegExp(`^WALLET +CURRENCY +BALANCE +THRESHOLD +BELOW +LAST ALERT *\\n${ctx.ids.wallet} +USD +USD 74\\.50 +USD 80\\.00 +below`)),
  },
  {
    command: 'wallets transactions',
    args: (ctx) => ['wallets', 'transactions', id(ctx, 'wallet'), '--limit', '5', '--json'],
    check: (out) =>
      assert.deepEqual(
        json(out).map((t: { transaction_type: string }) => t.transaction_type),
        ['DEBIT', 'CREDIT'],
      ),
  },
  {
    command: 'fx set',
    args: () => ['fx', 'set', 'USD', 'JPY', '151.25', '--fee', '10', '--json'],
    check: (out, ctx) => {
      const rate = json(out);
      assert.deepEqual([rate.rate, rate.created_by], [151.25, actor(ctx)]);
    },
    process: true,
  },
  {
    command: 'fx list',
    args: () => ['fx', 'list', '--source', 'USD', '--destination', 'JPY', '--status', 'current', '--sort', 'created_at', '--desc', '--json'],
    // Server mode sets it twice (once more as a real process): the history keeps both, one current.
    check: (out) =>
      assert.deepEqual(
        json(out).map((r: { rate: number; status: string }) => [r.rate, r.status]),
        [[151.25, 'CURRENT']],
      ),
  },
  {
    command: 'reconcile',
    args: () => ['reconcile'],
    check: (out) => ok(out, /^ledger OK: 11 checks passed \(/),
  },
  {
    command: 'categories list',
    args: () => ['categories', 'list', '--search', 'gam', '--active', '--sort', 'name', '--json'],
    check: (out) =>
      assert.deepEqual(
        json(out).map((c: { name: string }) => c.name),
        ['Gaming'],
      ),
  },
  {
    command: 'categories create',
    args: () => ['categories', 'create', 'Books', '--json'],
    check: (out, ctx) => {
      const category = json(out);
      assert.deepEqual([category.name, category.active], ['Books', true]);
      ctx.ids.category = category.id;
    },
  },
  {
    command: 'categories rename',
    args: (ctx) => ['categories', 'rename', id(ctx, 'category'), 'Books & Comics'],
    check: (out, ctx) => ok(out, `category ${ctx.ids.category} is now Books & Comics\n`),
  },
  {
    command: 'categories deactivate',
    args: (ctx) => ['categories', 'deactivate', id(ctx, 'category'), '--json'],
    check: (out) => assert.equal(json(out).active, false),
  },
  {
    command: 'categories activate',
    args: (ctx) => ['categories', 'activate', id(ctx, 'category')],
    check: (out, ctx) => ok(out, `category ${ctx.ids.category} activated\n`),
  },
  {
    command: 'subcategories create',
    args: (ctx) => ['subcategories', 'create', 'Manga', '--category', id(ctx, 'category'), '--json'],
    check: (out, ctx) => {
      const subcategory = json(out);
      assert.deepEqual([subcategory.name, subcategory.category_id], ['Manga', ctx.ids.category]);
      ctx.ids.subcategory = subcategory.id;
    },
  },
  {
    command: 'subcategories list',
    args: (ctx) => ['subcategories', 'list', '--category', id(ctx, 'category'), '--sort', 'name', '--page', '1', '--limit', '10'],
    check: (out, ctx) =>
      ok(
        out,
        new RegExp(
          `^ID +CATEGORY +STATUS +NAME\\n${ctx.ids.subcategory} +${ctx.ids.category} Books & Comics +active +Manga\\npage 1 of 1, 1 in all\\n$`,
        ),
      ),
  },
  {
    command: 'subcategories rename',
    args: (ctx) => ['subcategories', 'rename', id(ctx, 'subcategory'), 'Manhwa'],
    check: (out, ctx) => ok(out, `subcategory ${ctx.ids.subcategory} is now Manhwa\n`),
  },
  {
    command: 'subcategories deactivate',
    args: (ctx) => ['subcategories', 'deactivate', id(ctx, 'subcategory'), '--json'],
    check: (out) => assert.equal(json(out).active, false),
  },
  {
    command: 'subcategories activate',
    args: (ctx) => ['subcategories', 'activate', id(ctx, 'subcategory')],
    check: (out, ctx) => ok(out, `subcategory ${ctx.ids.subcategory} activated\n`),
  },
  {
    command: 'products list',
    args: () => ['products', 'list', '--active', '--json'],
    check: (out) => {
      const products = json(out);
      assert.equal(products.length, 16);
      assert.ok(
        products.every((p: { demo: boolean; created_at: unknown }) => p.demo && typeof p.created_at === 'string'),
        "products.every((p: { demo: boolean; created_at: unknown }) => p.demo && typeof p.created_at === '...",
      );
    },
  },
  {
    command: 'products show',
    args: () => ['products', 'show', '1'],
    check: (out) => ok(out, /^product 1: .+\n {2}status: +active, visible to clients\n {2}demo data: +yes/),
  },
  {
    command: 'products create',
    args: () => [
      'products',
      'create',
      '--name',
      'Table Card',
      '--category',
      'Books & Comics',
      '--subcategory',
      'Manhwa',
      '--country',
      'USA',
      '--currency',
      'USD',
      '--denominations',
      '10|25',
      '--supplier',
      'inventory',
      '--image-url',
      'https://img.example/table.png',
      '--delivery-mode',
      'Digital',
      '--delivery-time',
      'Instant',
      '--validity',
      '12 months',
      '--description',
      'A card for the table.',
      '--redemption-instructions',
      'Enter the code.',
      '--terms',
      'No cash value.',
    ],
    check: (out, ctx) => {
      // What `products show` prints, every line (product-fields.ts).
      ok(
        out,
        new RegExp(
          [
            '^product (\\d+): Table Card',
            '  status:       active, visible to clients',
            '  category:     Books & Comics / Manhwa',
            '  country:      USA',
            '  currency:     USD',
            '  voucher type: CODE',
            '  supplier:     inventory',
            '  ranges:       #\\d+ 10 \\(0%\\), #\\d+ 25 \\(0%\\)',
            '  image:        https://img\\.example/table\\.png',
            '  delivery:     Digital, Instant',
            '  validity:     12 months',
            '  description:  A card for the table\\.',
            '  redemption instructions: Enter the code\\.',
            '  terms:        No cash value\\.',
            '$',
          ].join('\\n'),
        ),
      );
      ctx.ids.product = Number(/^product (\d+):/.exec(out.stdout)![1]);
    },
  },
  {
    command: 'products deactivate',
    args: (ctx) => ['products', 'deactivate', id(ctx, 'product')],
    check: (out, ctx) => ok(out, `product ${ctx.ids.product} deactivated\n`),
  },
  {
    command: 'products activate',
    args: (ctx) => ['products', 'activate', id(ctx, 'product'), '--json'],
    check: (out) => assert.deepEqual([json(out).active, json(out).orderable], [true, true]),
  },
  {
    command: 'catalog import',
    args: (ctx) => ['catalog', 'import', path.join(ctx.dir, 'catalog.csv'), '--dry-run', '--json'],
    check: (out) => {
      const report = json(out);
      assert.deepEqual([report.ok, report.dry_run, report.created, report.products[0].name], [true, true, 1, 'Dry Card']);
    },
    process: true,
  },
  {
    command: 'catalog export',
    args: (ctx) => ['catalog', 'export', '--format', 'json', '--out', path.join(ctx.dir, 'export.json')],
    check: (out, ctx) => {
      ok(out, `exported 17 products to ${path.join(ctx.dir, 'export.json')}\n`);
      const products = JSON.parse(readFileSync(path.join(ctx.dir, 'export.json'), 'utf8'));
      assert.equal(products.length, 17);
      assert.deepEqual(products.at(-1).denominations, [
        { min_value: 10, max_value: 10, discount: 0 },
        { min_value: 25, max_value: 25, discount: 0 },
      ]);
    },
  },
  {
    command: 'inventory import',
    args: (ctx) => ['inventory', 'import', path.join(ctx.dir, 'codes.csv'), '--product', id(ctx, 'product'), '--denomination', '10'],
    check: (out, ctx) =>
      ok(
        out,
        new RegExp(
          `^imported 2 codes from .*codes\\.csv for Table Card \\(product ${ctx.ids.product}\\), value 10 \\(batch \\d+\\); 2 available now\\n$`,
        ),
      ),
  },
  {
    command: 'inventory stock',
    args: (ctx) => ['inventory', 'stock', '--product', id(ctx, 'product'), '--sort', 'denomination', '--desc', '--json'],
    check: (out) =>
      assert.deepEqual(
        json(out).map((l: { denomination: number; available: number }) => [l.denomination, l.available]),
        [
          [25, 0],
          [10, 2],
        ],
      ),
  },
  {
    command: 'inventory threshold',
    args: (ctx) => ['inventory', 'threshold', '5', '--product', id(ctx, 'product'), '--denomination', '10', '--json'],
    check: (out) => {
      const level = json(out);
      assert.deepEqual([level.threshold, level.low_stock], [5, true]);
    },
  },
  {
    command: 'operators create',
    args: () => ['operators', 'create', '--username', 'alice'],
    check: (out, ctx) => {
      ok(out, /^Created operator (\d+)\.\n {2}username: alice\n {2}password: \S+\nThe password is shown only now; store it safely\.\n$/);
      ctx.ids.operator = Number(/^Created operator (\d+)/.exec(out.stdout)![1]);
    },
  },
  {
    command: 'operators list',
    args: () => ['operators', 'list', '--search', 'ALI', '--active', '--sort', 'username', '--json'],
    check: (out) =>
      assert.deepEqual(
        json(out).map((o: { username: string; active: boolean }) => [o.username, o.active]),
        [['alice', true]],
      ),
  },
  {
    command: 'operators deactivate',
    args: (ctx) => ['operators', 'deactivate', id(ctx, 'operator'), '--json'],
    check: (out) => assert.equal(json(out).active, false),
  },
  {
    command: 'operators activate',
    args: (ctx) => ['operators', 'activate', id(ctx, 'operator')],
    check: (out, ctx) => ok(out, `operator ${ctx.ids.operator} (alice) activated\n`),
  },
  {
    command: 'operators rotate-password',
    args: (ctx) => ['operators', 'rotate-password', id(ctx, 'operator'), '--json'],
    check: (out, ctx) => {
      const rotated = json(out);
      assert.deepEqual([Object.keys(rotated).sort(), rotated.operator_id], [['operator_id', 'password', 'username'], ctx.ids.operator]);
    },
  },
  {
    command: 'operators totp-reset',
    args: (ctx) => ['operators', 'totp-reset', id(ctx, 'operator')],
    check: (out, ctx) => ok(out, `operator ${ctx.ids.operator} (alice): two-factor authentication turned off\n`),
  },
  {
    command: 'webhooks list',
    args: (ctx) => ['webhooks', 'list', '--client', id(ctx, 'demoClient'), '--sort', 'created_at', '--limit', '10', '--page', '1', '--json'],
    check: (out, ctx) =>
      assert.deepEqual(
        json(out).map((hook: { id: number }) => hook.id),
        ctx.placed.webhook ? [ctx.placed.webhook] : [],
      ),
  },
  {
    command: 'webhooks disable',
    args: (ctx) => ['webhooks', 'disable', String(ctx.placed.webhook ?? 999_999), '--reason', 'Maintenance', '--json'],
    check: (out, ctx) => {
      if (!ctx.placed.webhook) return failed(out, 'error: Webhook not found\n');
      const hook = json(out);
      assert.deepEqual([hook.disabled_reason, hook.disabled_by], ['Maintenance', 'operator:local-cli']);
    },
  },
  {
    command: 'webhooks enable',
    args: (ctx) => ['webhooks', 'enable', String(ctx.placed.webhook ?? 999_999)],
    check: (out, ctx) =>
      ctx.placed.webhook
        ? ok(out, new RegExp(`^webhook ${ctx.placed.webhook} of client ${ctx.ids.demoClient} \\(Demo client\\): .+\\n  state: +active\\n`))
        : failed(out, 'error: Webhook not found\n'),
  },
  {
    command: 'webhooks attempts',
    args: (ctx) => ['webhooks', 'attempts', String(ctx.placed.webhook ?? 999_999), '--json'],
    check: (out, ctx) =>
      ctx.placed.webhook ? assert.ok(Array.isArray(json(out)), 'Array.isArray(json(out))') : failed(out, 'error: Webhook not found\n'),
  },
  {
    command: 'orders list',
    args: () => ['orders', 'list'],
    check: (out, ctx) =>
      ok(
        out,
        ctx.placed.order
          ? new RegExp(
              `^ID +CREATED +CLIENT +STATUS +DELIVERED +PAID +PRODUCT\\n${ctx.placed.order} +\\S+ +${ctx.ids.demoClient} \\(Demo client\\) +DELIVERED +1/1 +[A-Z]{3} [\\d,.]+ +\\d+ \\([^\\n]+\\)\\n`,
            )
          : 'no orders\n',
      ),
  },
  {
    command: 'orders show',
    args: (ctx) => ['orders', 'show', String(ctx.placed.order ?? 999_999), '--json'],
    check: (out, ctx) => {
      if (!ctx.placed.order) return failed(out, 'error: Order not found\n');
      const order = json(out);
      assert.deepEqual([order.id, order.status, order.delivered_quantity, typeof order.created_at], [ctx.placed.order, 'DELIVERED', 1, 'string']);
      assert.equal('vouchers' in order, false);
    },
  },
  {
    command: 'orders cancel',
    args: (ctx) => ['orders', 'cancel', String(ctx.placed.order ?? 999_999), '--remarks', 'typo'],
    check: (out, ctx) => failed(out, ctx.placed.order ? 'error: Order cannot be cancelled: it is DELIVERED\n' : 'error: Order not found\n'),
  },
  {
    command: 'orders retry',
    // A FAILED order (failedOrderIn): retried, it is charged again and delivered by the test supplier.
    prepare: async (ctx) => {
      ctx.ids.failedOrder = (await ctx.whileStoreFree(() => failedOrderIn(ctx.env))).orderId;
    },
    env: { ENABLE_TEST_SUPPLIER: 'true', STORE_MODE: 'sandbox' },
    args: (ctx) => ['orders', 'retry', id(ctx, 'failedOrder')],
    check: (out, ctx) => ok(out, `order ${ctx.ids.failedOrder} retried: DELIVERED, 2 of 2 vouchers\n`),
    again: {
      args: (ctx) => ['orders', 'retry', id(ctx, 'failedOrder'), '--json'],
      check: (out) => failed(out, 'error: Order cannot be retried: it is DELIVERED\n'),
    },
  },
  {
    command: 'audit',
    args: (ctx) => ['audit', '--client', id(ctx, 'client'), '--action', 'client.rate_limits'],
    check: (out, ctx) =>
      ok(
        out,
        new RegExp(
          `^ID +TIME +ACTOR +ACTION +TARGET +CLIENT +DETAILS\\n\\d+ +\\S+Z +${actor(ctx)} +client\\.rate_limits +client:${ctx.ids.client} +${ctx.ids.client} +` +
            '\\{"after":\\{"read":7,"orders":null,"quotes":null\\},"before":\\{"read":null,[^\\n]*\\n$',
        ),
      ),
  },
  {
    command: 'orders timeline',
    args: (ctx) => ['orders', 'timeline', String(ctx.placed.order ?? 999_999)],
    check: (out, ctx) => {
      if (!ctx.placed.order) return failed(out, 'error: Order not found\n');
      ok(out, /^TIME +KIND +ACTOR +WHAT\n\S+Z +placed +client:\d+ +Placed: 1 × [^\n]+\n(\S+Z +\S+ +\S+ +[^\n]+\n)+$/);
      assert.match(out.stdout, / payment +/);
      assert.match(out.stdout, / delivery +\S+ +1 voucher delivered\n/);
    },
  },
  {
    command: 'overview',
    args: () => ['overview'],
    check: (out) =>
      ok(
        out,
        /^as of \S+Z\nwallets: [^\n]+\norders today: [^\n]+\norders this week: [^\n]+\npending over 10 min: \d+\nwebhooks: \d+ failing, \d+ disabled\nlow stock: [^\n]+\nlast reconciliation: [^\n]+\n$/,
      ),
  },
  {
    command: 'suppliers',
    args: () => ['suppliers', '--hours', '48'],
    check: (out, ctx) => {
      const issues = ctx.mode === 'server' ? 'yes' : 'demo only';
      ok(
        out,
        new RegExp(
          '^SUPPLIER +ISSUES +PRODUCTS +ORDERS +UNITS +DELIVERED +FAILED +FAILURE RATE +PENDING +LAST FAILURE\\n' +
            'inventory +yes +\\d+ +\\d+ +\\d+ +\\d+ +0 +(-|0\\.00%) +0 +-\\n' +
            `sandbox +${issues} +\\d+ +\\d+ +\\d+ +\\d+ +0 +(-|0\\.00%) +0 +-\\n` +
            // Server mode: the server runs with the test supplier since the orders retry row.
            (ctx.mode === 'server' ? 'test +yes +1 +1 +2 +2 +\\d+ +\\S+ +0 +\\S+\\n' : '') +
            'orders placed in the last 48 h \\(since \\S+Z\\); store mode (production|sandbox)\\n$',
        ),
      );
    },
  },
];

function leafCommands(command: Command, prefix: string[] = []): string[] {
  if (command.commands.length === 0) return [prefix.join(' ')];
  return command.commands.flatMap((sub) => leafCommands(sub, [...prefix, sub.name()]));
}

test('the table has one row for every leaf command of the program', () => {
  const rows = ROWS.map((row) => row.command);
  assert.deepEqual([...rows].sort(), [...new Set(rows)].sort(), 'one row per command');
  assert.deepEqual([...rows].sort(), leafCommands(buildProgram()).sort());
});

test('products create: an option for every field of a product of a catalog file, with the names it has always had', async () => {
  const help = await runMain(['products', 'create', '--help'], {});
  assert.equal(help.code, 0, help.stderr);
  const flags = [...help.stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
  assert.deepEqual(flags, [
    '--name',
    '--category',
    '--subcategory',
    '--country',
    '--currency',
    '--denominations',
    '--voucher-type',
    '--supplier',
    '--image-url',
    '--delivery-mode',
    '--delivery-time',
    '--validity',
    '--description',
    '--redemption-instructions',
    '--terms',
    '--inactive',
    '--json',
  ]);
  assert.match(help.stdout, /^ {2}--voucher-type <type> +CODE, CODE_WITH_PIN or URL \(default: "CODE"\)$/m);
  const fields = IMPORT_FIELDS.filter((field) => field !== 'id' && field !== 'active').map((field) => `--${field.replaceAll('_', '-')}`);
  assert.deepEqual(flags.filter((flag) => fields.includes(flag!)).sort(), [...fields].sort());
  const missing = await runMain(['products', 'create', '--name', 'X', '--country', 'USA', '--currency', 'USD'], {});
  assert.deepEqual([missing.code, missing.stderr.split('\n')[0]], [2, "error: required option '--category <name>' not specified"]);
});

async function writeInputFiles(dir: string): Promise<void> {
  // Owner-only, as the store keeps its data directory (else the CLI warns that it tightened them).
  await writeFile(path.join(dir, 'catalog.csv'), 'name,category,country,currency,denominations\nDry Card,Gaming,USA,USD,5|10\n', { mode: 0o600 });
  await writeFile(path.join(dir, 'codes.csv'), 'code,pin,claim_url,expires_at,serial\nTBL-0001,,,,\nTBL-0002,,,,\n', { mode: 0o600 });
}

/** Server mode: the demo client orders a voucher and registers a webhook, through the client API. */
async function placeThroughClientApi(server: ServerProcess, ctx: Context, credentials: { username: string; password: string }): Promise<void> {
  const login = await postJson(`${server.url}/auth/login`, credentials);
  const auth = { authorization: `Bearer ${login.body.data.access_token}` };
  const products = (await (await fetch(`${server.url}/api/v1/products`, { headers: auth })).json()) as {
    id: number;
    currency_code?: string;
    available_denominations: { min_value: number; max_value: number }[];
  }[];
  const product = products.find((p) => p.currency_code === 'USD' && p.available_denominations.length > 0)!;
  const order = await postJson(
    `${server.url}/api/v1/orders`,
    { product_id: product.id, denomination: product.available_denominations[0]!.min_value, quantity: 1 },
    auth,
  );
  assert.equal(order.status, 201, JSON.stringify(order.body));
  ctx.placed.order = order.body.id;
  const hook = await postJson(`${server.url}/api/v1/webhooks`, { url: 'http://127.0.0.1:9/hook', events: ['*'] }, auth);
  assert.equal(hook.status, 201, JSON.stringify(hook.body));
  ctx.placed.webhook = hook.body.id;
}

interface TableStore {
  env: Record<string, string>;
  dir: string;
  server?: ServerProcess;
  whileStoreFree?: Context['whileStoreFree'];
}

function runTable(mode: Mode, setup: () => Promise<TableStore>, teardown: () => Promise<void>) {
  describe(`every command, ${mode}`, () => {
    const ctx: Context = { mode, env: {}, dir: '', ids: {}, placed: {}, whileStoreFree: (work) => work() };
    let server: ServerProcess | undefined;
    before(async () => {
      const made = await setup();
      Object.assign(ctx, { env: made.env, dir: made.dir }, made.whileStoreFree ? { whileStoreFree: made.whileStoreFree } : {});
      server = made.server;
      await writeInputFiles(made.dir);
    });
    after(teardown);

    for (const row of ROWS) {
      test(row.command, { skip: row.skip ?? false }, async () => {
        await row.prepare?.(ctx);
        const env = { ...ctx.env, ...row.env };
        const args = row.args(ctx);
        const out = await runMain(args, env);
        row.check(out, ctx);
        if (row.again) row.again.check(await runMain(row.again.args(ctx), env), ctx);
        if (row.command === 'demo' && server) {
          await placeThroughClientApi(server, ctx, JSON.parse(out.stdout));
        }
        if (row.process && mode === 'server') {
          // The same command as a real process: its own start, exit code and output.
          const again = await runCli(args, ctx.env);
          if (row.command === 'clients create') json(again);
          else row.check(again, ctx);
        }
      });
    }
  });
}

// ---- in-process on the embedded database: no server holds the data directory --------------------

{
  let dir = '';
  runTable(
    'in-process',
    async () => {
      dir = await tempDataDir({ migrated: true });
      return { env: { DATA_DIR: dir }, dir };
    },
    async () => {},
  );
}

// ---- in-process on PostgreSQL --------------------------------------------------------------------

if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  const schema = `t_commands_${process.pid}_${randomBytes(4).toString('hex')}`;
  runTable(
    'postgres',
    async () => {
      const dir = await tempDataDir();
      return { env: { DATABASE_URL: url, DATABASE_SCHEMA: schema, DATA_DIR: dir }, dir };
    },
    () => dropSchema(url, schema),
  );
} else {
  test('every command, postgres', { skip: 'DATABASE_URL not set' }, () => {});
}

// ---- against a running server: its admin API over HTTP -------------------------------------------

{
  let server: ServerProcess | undefined;
  runTable(
    'server',
    async () => {
      const dir = await tempDataDir({ migrated: true });
      // Sandbox mode: a webhook may point at a loopback address.
      server = await startServerProcess({ DATA_DIR: dir, STORE_MODE: 'sandbox' });
      const whileStoreFree = async <T>(work: () => Promise<T>): Promise<T> => {
        assert.equal(await server!.stop(), 0);
        const result = await work();
        server = await startServerProcess({ DATA_DIR: dir, STORE_MODE: 'sandbox', ENABLE_TEST_SUPPLIER: 'true' });
        return result;
      };
      return { env: { DATA_DIR: dir }, dir, server, whileStoreFree };
    },
    async () => {
      assert.equal(await server?.stop(), 0);
    },
  );
}

// ---- the progress of an import, in both transports -------------------------------------------------

describe('an import reports its progress through the admin client', () => {
  let dir = '';
  let server: ServerProcess | undefined;
  before(async () => {
    dir = await tempDataDir({ migrated: true });
  });
  after(async () => {
    await server?.stop();
  });

  const records = Array.from({ length: 300 }, (_, index) => ({
    line: index + 2,
    fields: { name: `Bulk ${index}`, category: 'Bulk', country: 'USA', currency: 'USD', denominations: '10' },
  }));

  for (const transport of ['in-process', 'http'] as const) {
    test(transport, async () => {
      if (transport === 'http') server = await startServerProcess({ DATA_DIR: dir });
      // The embedded store in `dir`, whatever this process's environment points at (DATABASE_URL in CI).
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STORE_VARIABLES.includes(name)));
      const admin = await connectAdmin(loadConfig({ ...env, DATA_DIR: dir }), { create: false });
      try {
        assert.equal(admin.via === 'in-process', transport === 'in-process');
        const progress: { phase: string; done: number; total: number }[] = [];
        const report = await adminApi(admin).catalog.import({ records, dry_run: true }, (step) => progress.push(step));
        assert.deepEqual([report.ok, report.created], [true, 300]);
        assert.ok(progress.length > 0, 'progress.length > 0');
        assert.deepEqual([progress[0]!.phase, progress.at(-1)!.done, progress.at(-1)!.total], ['validate', 300, 300]);
        const bad = adminApi(admin).catalog.import({ records: [{ line: 9, fields: { name: 'X' } }] }, () => {});
        await assert.rejects(bad, (error: Error & { status?: number; details?: { field: string }[] }) => {
          assert.deepEqual([error.status, error.details?.[0]?.field], [400, 'line 9']);
          return true;
        });
      } finally {
        await admin.close();
      }
    });
  }
});
