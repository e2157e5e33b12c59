import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { tempDataDir } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';
import { CLIENT_SORTS } from '../../src/cli/commands/clients.ts';
import { CATEGORY_SORTS, PRODUCT_SORTS, SUBCATEGORY_SORTS } from '../../src/cli/commands/catalog.ts';
import { STOCK_SORTS } from '../../src/cli/commands/inventory.ts';
import { FX_SORTS, FX_STATUSES } from '../../src/cli/commands/ledger.ts';
import { OPERATOR_SORTS } from '../../src/cli/commands/operators.ts';
import { WEBHOOK_LIST_STATES, WEBHOOK_SORTS } from '../../src/cli/commands/webhooks.ts';
import { CLIENT_SORT_FIELDS } from '../../src/clients/clients.repository.ts';
import { ADMIN_PRODUCT_SORT_FIELDS } from '../../src/catalog/catalog.repository.ts';
import { CATEGORY_SORT_FIELDS, SUBCATEGORY_SORT_FIELDS } from '../../src/reference/reference.repository.ts';
import { STOCK_SORT_FIELDS } from '../../src/inventory/inventory.repository.ts';
import { FX_RATE_SORT_FIELDS, FX_RATE_STATUSES } from '../../src/ledger/fx.repository.ts';
import { OPERATOR_SORT_FIELDS } from '../../src/operators/operators.repository.ts';
import { WEBHOOK_SORT_FIELDS, WEBHOOK_STATES } from '../../src/webhooks/webhooks.repository.ts';

test("the CLI's sorts and states are the admin API's", () => {
  const same = (cli: readonly string[], api: readonly string[]) => assert.deepEqual([...cli].sort(), [...api].sort());
  same(CLIENT_SORTS, CLIENT_SORT_FIELDS);
  same(PRODUCT_SORTS, ADMIN_PRODUCT_SORT_FIELDS);
  same(CATEGORY_SORTS, CATEGORY_SORT_FIELDS);
  same(SUBCATEGORY_SORTS, SUBCATEGORY_SORT_FIELDS);
  same(STOCK_SORTS, STOCK_SORT_FIELDS);
  same(FX_SORTS, FX_RATE_SORT_FIELDS);
  same(FX_STATUSES, FX_RATE_STATUSES);
  same(OPERATOR_SORTS, OPERATOR_SORT_FIELDS);
  same(WEBHOOK_SORTS, WEBHOOK_SORT_FIELDS);
  same(
    WEBHOOK_LIST_STATES.map((state) => state.toUpperCase()),
    WEBHOOK_STATES,
  );
});

/**
 * The lists' filters, sorts and pages as options (in-process, on the embedded database, with the
 * demo data): what each asks the store, how a page is printed, and each wrong option refused
 * before any request. The table of every command (commands.test.ts) runs each list in every mode.
 */
describe('popup-store lists: filters, sorts and pages', () => {
  let env: Record<string, string>;
  const run = async (...args: string[]) => {
    const out = await runMain(args, env);
    assert.equal(out.code, 0, out.stderr);
    return out.stdout;
  };
  const json = async (...args: string[]) => JSON.parse(await run(...args, '--json'));
  const refused = async (message: string, ...args: string[]) => {
    const out = await runMain(args, env);
    assert.deepEqual([out.code, out.stdout, out.stderr], [1, '', `error: ${message}\n`], args.join(' '));
  };

  before(async () => {
    env = { DATA_DIR: await tempDataDir({ migrated: true }) };
    await run('demo');
    for (const username of ['carol', 'alice', 'bob']) await run('operators', 'create', '--username', username);
    await run('operators', 'deactivate', String((await json('operators', 'list', '--search', 'bob'))[0].id));
  });

  test('clients: --search, --active/--inactive, --sort and --desc; a page says which', async () => {
    await run('clients', 'create', '--name', 'Zeta Rewards');
    await run('clients', 'create', '--name', 'Alpha Perks');
    const names = async (...args: string[]) => (await json('clients', 'list', ...args)).map((client: { name: string }) => client.name);
    assert.deepEqual(await names('--sort', 'name'), ['Alpha Perks', 'Demo client', 'Zeta Rewards']);
    assert.deepEqual(await names('--sort', 'name', '--desc'), ['Zeta Rewards', 'Demo client', 'Alpha Perks']);
    assert.deepEqual(await names('--search', 'REWARD'), ['Zeta Rewards']);
    assert.deepEqual(await names('--inactive'), []);
    assert.deepEqual(await names('--desc', '--limit', '2'), ['Alpha Perks', 'Zeta Rewards'], 'by id, newest first, one page');
    const page = await run('clients', 'list', '--sort', 'name', '--limit', '2', '--page', '2');
    assert.match(page, /^ID +STATUS +USERNAME +NAME\n\d+ +active +prs_\w+ +Zeta Rewards\npage 2 of 2, 3 in all\n$/);
    assert.equal(await run('clients', 'list', '--limit', '2', '--page', '3'), 'no clients on page 3 (3 in all)\n');
    assert.equal(await run('clients', 'list', '--search', 'nobody'), 'no clients\n');
  });

  test("clients summary: the client, its wallets, terms, rate limits and pricing from one request; --json is the API's answer", async () => {
    const summary = await json('clients', 'summary', '1');
    assert.deepEqual(Object.keys(summary).sort(), ['client', 'credentials', 'pricing', 'rate_limits', 'terms', 'top_up', 'wallets']);
    assert.equal(summary.client.name, 'Demo client');
    assert.deepEqual(summary.wallets.map((wallet: { currency_code: string }) => wallet.currency_code).sort(), ['EUR', 'GBP', 'USD']);
    const text = await run('clients', 'summary', '1');
    assert.match(text, /^client 1: Demo client\n/);
    assert.match(text, /\nwallets of client 1\n( {2}wallet \d+: [A-Z]{3} Wallet, PREPAID, [A-Z]{3} 10,000\.00\n){3}terms/);
    assert.match(text, /\nterms of client 1\n {2}tax rate: +0%\n/);
    assert.match(text, /\nclient 1 rate limits, requests per minute:\n/);
    assert.match(text, /\npricing of client 1\n {2}blacklisted: \(none\)\n {2}negotiated discounts: \(none\)\nAPI credentials of client 1\n/);
    assert.match(text, /\nAPI credentials of client 1\nID +STATUS +USERNAME +LAST USED +NAME\n\d+ +active +prs_\w+ +\S.* +Primary\n/);
    assert.match(text, /\nhow to top up \(the store's text\):\n\(none\)\n$/);
    await refused('Invalid client ID: x', 'clients', 'summary', 'x');
    await refused('Client not found', 'clients', 'summary', '999');
  });

  test('clients pricing, discount and blacklist: each product by its ID and name, a discount of one range by that range in words and its ID; --json as the API answers', async () => {
    const client = (await json('clients', 'create', '--name', 'Pricing Ltd')).client_id;
    const [amazon] = await json('products', 'list', '--search', 'Amazon.com Gift Card');
    const [steam] = await json('products', 'list', '--search', 'Steam Wallet');
    const [ten, , wide] = amazon.denominations as { id: number; min_value: number; max_value: number }[];
    assert.deepEqual([ten!.min_value, ten!.max_value, wide!.min_value, wide!.max_value], [10, 10, 50, 500]);
    const who = `client ${client} (Pricing Ltd)`;
    const card = `product ${amazon.id} (Amazon.com Gift Card)`;
    // Each change says which client, product and range it was made for, by name.
    assert.equal(await run('clients', 'discount', 'set', String(client), String(amazon.id), '3'), `${who} gets 3% on ${card}\n`);
    assert.equal(
      await run('clients', 'discount', 'set', String(client), String(amazon.id), '4', '--range', String(ten!.id)),
      `${who} gets 4% on ${card}, fixed value 10 USD (range ID ${ten!.id})\n`,
    );
    assert.equal(
      await run('clients', 'discount', 'set', String(client), String(amazon.id), '5.5', '--range', String(wide!.id)),
      `${who} gets 5.5% on ${card}, range 50–500 USD (range ID ${wide!.id})\n`,
    );
    assert.equal(
      await run('clients', 'blacklist', 'add', String(client), String(steam.id)),
      `product ${steam.id} (Steam Wallet Code) hidden from ${who}\n`,
    );
    const lines = [
      `pricing of client ${client}`,
      `  blacklisted: ${steam.id} (Steam Wallet Code)`,
      `  product ${amazon.id} (Amazon.com Gift Card): 3%`,
      `  product ${amazon.id} (Amazon.com Gift Card), fixed value 10 USD (range ID ${ten!.id}): 4%`,
      `  product ${amazon.id} (Amazon.com Gift Card), range 50–500 USD (range ID ${wide!.id}): 5.5%`,
    ];
    assert.equal(await run('clients', 'pricing', String(client)), `${lines.join('\n')}\n`);
    const summary = await run('clients', 'summary', String(client));
    assert.ok(summary.includes(`\n${lines.join('\n')}\nAPI credentials of client ${client}\n`), summary);
    const pricing = await json('clients', 'pricing', String(client));
    assert.deepEqual(Object.keys(pricing).sort(), ['blacklist', 'client_id', 'discounts']);
    assert.deepEqual(
      pricing.discounts.map((rate: { denomination_id: number | null; denomination: unknown; discount: number }) => [
        rate.denomination_id,
        rate.denomination,
        rate.discount,
      ]),
      [
        [null, null, 3],
        [ten!.id, { min_value: 10, max_value: 10, currency_code: 'USD' }, 4],
        [wide!.id, { min_value: 50, max_value: 500, currency_code: 'USD' }, 5.5],
      ],
    );
    // A removal names what is no longer in the pricing.
    assert.equal(
      await run('clients', 'discount', 'remove', String(client), String(amazon.id), '--range', String(ten!.id)),
      `negotiated discount of ${who} on ${card}, fixed value 10 USD (range ID ${ten!.id}) removed\n`,
    );
    assert.equal(
      await run('clients', 'blacklist', 'remove', String(client), String(steam.id)),
      `product ${steam.id} (Steam Wallet Code) shown again to ${who}\n`,
    );
  });

  test('operators, categories, subcategories: search, state, sort', async () => {
    const usernames = async (...args: string[]) => (await json('operators', 'list', ...args)).map((o: { username: string }) => o.username);
    assert.deepEqual(await usernames('--sort', 'username'), ['alice', 'bob', 'carol']);
    assert.deepEqual(await usernames('--active', '--sort', 'username', '--desc'), ['carol', 'alice']);
    assert.deepEqual(await usernames('--inactive'), ['bob']);
    await refused('Choose --active or --inactive, not both', 'operators', 'list', '--active', '--inactive');
    const categories = await json('categories', 'list', '--search', 'gift');
    assert.deepEqual(
      categories.map((c: { name: string }) => c.name),
      ['Gift Cards'],
    );
    const subcategories = await json('subcategories', 'list', '--category', String(categories[0].id), '--sort', 'name');
    const names = subcategories.map((s: { name: string }) => s.name);
    assert.ok(names.length > 0, 'names.length > 0');
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    await refused('Invalid sort: created_at (one of id, name)', 'categories', 'list', '--sort', 'created_at');
  });

  test('products: each filter, sort and page', async () => {
    const all = await json('products', 'list');
    assert.equal(all.length, 16, 'without --page nor --limit: every product');
    const ids = async (...args: string[]) => (await json('products', 'list', ...args)).map((p: { id: number }) => p.id);
    const byId = all.map((p: { id: number }) => p.id);
    assert.deepEqual(await ids('--limit', '5', '--page', '2'), byId.slice(5, 10));
    assert.deepEqual(await ids('--desc', '--limit', '3'), [...byId].reverse().slice(0, 3));
    const amazon = all.filter((p: { name: string }) => p.name.toLowerCase().includes('amazon')).map((p: { id: number }) => p.id);
    assert.deepEqual(await ids('--search', 'AMAZON'), amazon);
    const usd = all.filter((p: { currency_code: string }) => p.currency_code === 'USD').map((p: { id: number }) => p.id);
    assert.deepEqual(await ids('--currency', '840'), usd);
    const usa = all.filter((p: { country_code: string }) => p.country_code === 'USA').map((p: { id: number }) => p.id);
    assert.deepEqual(await ids('--country', '840'), usa);
    const inventory = all.filter((p: { supplier: string }) => p.supplier === 'inventory').map((p: { id: number }) => p.id);
    assert.deepEqual(await ids('--supplier', 'inventory'), inventory);
    const category = all[0].category_id;
    assert.deepEqual(
      await ids('--category', String(category)),
      all.filter((p: { category_id: number }) => p.category_id === category).map((p: { id: number }) => p.id),
    );
    assert.deepEqual(await ids('--inactive'), []);
    assert.deepEqual(
      await ids('--orderable'),
      all.filter((p: { orderable: boolean }) => p.orderable).map((p: { id: number }) => p.id),
    );
    const named = (await json('products', 'list', '--sort', 'name')).map((p: { name: string }) => p.name);
    assert.deepEqual(
      named,
      [...named].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    await refused('Invalid currency ID: USD', 'products', 'list', '--currency', 'USD');
    await refused('Invalid limit: 0 (1 to 10000)', 'products', 'list', '--limit', '0');
    await refused('Invalid page: -1 (1 to 2147483647)', 'products', 'list', '--page=-1');
    await refused('Invalid limit: 0 (1 to 10000)', 'wallets', 'transactions', '1', '--limit', '0');
    await refused('Invalid limit: 1001 (1 to 1000)', 'webhooks', 'attempts', '1', '--limit', '1001');
  });

  test('inventory stock: --search, --supplier, --low-stock, sorted and paged', async () => {
    const all = await json('inventory', 'stock');
    assert.ok(all.length > 2, 'all.length > 2');
    const available = (await json('inventory', 'stock', '--sort', 'available', '--desc')).map((l: { available: number }) => l.available);
    assert.deepEqual(
      available,
      [...available].sort((a: number, b: number) => b - a),
    );
    const first = all[0];
    await run('inventory', 'threshold', '1000000', '--product', String(first.product_id), '--denomination', String(first.denomination));
    const low = await json('inventory', 'stock', '--low-stock');
    assert.ok(
      low.some((l: { product_id: number; denomination: number }) => l.product_id === first.product_id && l.denomination === first.denomination),
      'low.some((l: { product_id: number; denomination: number }) => l.product_id === first.product_id &...',
    );
    assert.ok(
      low.every((l: { low_stock: boolean }) => l.low_stock),
      'low.every((l: { low_stock: boolean }) => l.low_stock)',
    );
    const named = await json('inventory', 'stock', '--search', first.product_name, '--supplier', first.supplier);
    assert.ok(
      named.length > 0 && named.every((l: { product_id: number }) => l.product_id === first.product_id),
      'named.length > 0 && named.every((l: { product_id: number }) => l.product_id === first.product_id)',
    );
    assert.match(
      await run('inventory', 'stock', '--limit', '1'),
      new RegExp(`^PRODUCT .+\\n${first.product_id} .+\\npage 1 of ${all.length}, ${all.length} in all\\n$`),
    );
    assert.equal(await run('inventory', 'stock', '--supplier', 'nobody', '--low-stock'), 'no low stock\n');
  });

  test('fx list: --currency, --status, sorted and paged; webhooks list: --state', async () => {
    const current = await json('fx', 'list', '--status', 'current', '--currency', 'usd');
    assert.ok(current.length > 0, 'current.length > 0');
    assert.ok(
      current.every(
        (r: { status: string; source_currency: string; destination_currency: string }) =>
          r.status === 'CURRENT' && [r.source_currency, r.destination_currency].includes('USD'),
      ),
      'current.every( (r: { status: string; source_currency: string; destination_currency: string }) => ...',
    );
    const newest = await json('fx', 'list', '--sort', 'created_at', '--desc', '--limit', '1');
    assert.equal(newest.length, 1);
    await refused('Invalid status: now (one of CURRENT, SUPERSEDED, SCHEDULED, EXPIRED)', 'fx', 'list', '--status', 'now');
    assert.equal(await run('webhooks', 'list', '--state', 'FAILING'), 'no webhooks\n');
    await refused('Invalid state: broken (one of healthy, failing, disabled)', 'webhooks', 'list', '--state', 'broken');
    await refused('Invalid sort: url (one of id, client_id, created_at, failing_since)', 'webhooks', 'list', '--sort', 'url');
  });
});
