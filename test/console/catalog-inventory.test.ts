import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { accessibilityViolations, createOperator, signIn } from '../helpers/console.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'catalog-console-admin-token-0123456789abcdef';
const HEADER = 'name,category,subcategory,country,currency,voucher_type,supplier,active,denominations';
const csv = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`) });
const CODES = ['GIFT-7Q2M-91XK', 'GIFT-7Q2M-91XL', 'GIFT-7Q2M-91XM'];

/**
 * The catalog, inventory and FX pages in Chromium, as an operator uses them: a catalog file with
 * a bad line refused by its dry run with the line's number and nothing written, a good one
 * previewed then imported; voucher codes imported without ever being shown; a low-stock
 * threshold; an FX rate behind its confirmation. Every page visited is checked with axe-core.
 */
for (const engine of ENGINES) {
  describe(`catalog, inventory and FX in the console [${engine}]`, () => {
    let store: TestStore;
    let page: Page;
    let browser: Browser;
    const violations: string[] = [];
    const checkAccessibility = async (where: string) => {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    };
    const products = async () =>
      (await store.app.inject({ method: 'GET', url: '/admin/v1/products', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    const productCount = async () => (await products()).length;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      const base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
      page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      await signIn(page, base, await createOperator(store, ADMIN_TOKEN, 'catalog-operator'));
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    test('a catalog file with a bad line: the dry run refuses it with the line number, shows what the other lines would do, writes nothing', async () => {
      await page.getByRole('link', { name: 'Catalog', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'No products yet' }).waitFor();
      await page.getByRole('link', { name: 'Import and export' }).click();
      await page
        .getByLabel('Catalog file')
        .setInputFiles(
          csv('bad.csv', ['Amazon US,Gift Cards,Marketplaces,USA,USD,CODE,sandbox,true,10|25:1.5', 'Steam,Gaming,,XXX,USD,CODE,sandbox,true,20']),
        );
      await page.getByRole('alert').filter({ hasText: 'bad.csv: 1 line has an error' }).waitFor();
      const lines = page.getByRole('table', { name: 'Lines of bad.csv' });
      const bad = lines.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
      assert.match((await bad.textContent())!, /Error.*XXX/);
      const good = lines.getByRole('row').filter({ has: page.getByRole('cell', { name: '2', exact: true }) });
      assert.match((await good.textContent())!, /Amazon US.*Created/);
      assert.ok(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), 'a file with a bad line cannot be imported');
      await checkAccessibility('catalog import refused');
      assert.equal(await productCount(), 0, 'the dry run wrote nothing');
    });

    test('a good file: every line previewed, then imported, and the products listed', async () => {
      await page
        .getByLabel('Catalog file')
        .setInputFiles(
          csv('good.json.csv', [
            'Amazon US,Gift Cards,Marketplaces,USA,USD,CODE,sandbox,true,10|25:1.5|50-500:3',
            'Store Card,Gift Cards,,USA,USD,CODE,inventory,true,25|50',
          ]),
        );
      await page.getByRole('status').filter({ hasText: 'every line is good. Importing it creates 2 products' }).waitFor();
      assert.equal(await productCount(), 0, 'nothing is written before Import');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Imported: 2 products created' }).waitFor();
      assert.equal(await productCount(), 2);
      await page.getByRole('link', { name: 'See the products' }).click();
      const products = page.getByRole('table', { name: 'Products' });
      await products.getByRole('link', { name: 'Amazon US' }).waitFor();
      await products.getByRole('link', { name: 'Store Card' }).waitFor();
      const searched = page.waitForRequest((request) => {
        const url = new URL(request.url());
        return url.pathname === '/admin/v1/products' && url.searchParams.get('search') === 'store';
      });
      await page.getByLabel('Search products').fill('store');
      await products.getByRole('link', { name: 'Amazon US' }).waitFor({ state: 'detached' });
      assert.match(page.url(), /[?&]q=store/, 'the filter is in the address');
      const asked = new URL((await searched).url()).searchParams;
      assert.deepEqual([asked.get('page'), asked.get('limit')], ['1', '25'], 'the store filters and pages the list');
      await checkAccessibility('products');
      await products.getByRole('link', { name: 'Store Card' }).click();
      await page.getByRole('heading', { name: 'Store Card', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Face values of Store Card' }).getByRole('cell', { name: '50 USD', exact: true }).waitFor();
      await checkAccessibility('product');
    });

    test("categories, then a category's subcategories on their own page, named with their category; the filter in the address", async () => {
      await page.getByRole('link', { name: 'Catalog', exact: true }).click();
      await page.getByRole('navigation', { name: 'Catalog views' }).getByRole('link', { name: 'Categories', exact: true }).click();
      const categories = page.getByRole('table', { name: 'Categories' });
      await categories.getByRole('cell', { name: 'Gift Cards', exact: true }).waitFor();
      await checkAccessibility('categories');
      await categories.getByRole('link', { name: 'Show the subcategories of Gift Cards' }).click();
      const subcategories = page.getByRole('table', { name: 'Subcategories' });
      await subcategories.getByRole('cell', { name: 'Marketplaces', exact: true }).waitFor();
      assert.match(page.url(), /\/console\/catalog\/subcategories\?category_id=\d+/);
      assert.equal(await page.getByLabel('In category').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]!.text), 'Gift Cards');
      await subcategories.getByRole('button', { name: 'Rename Marketplaces in Gift Cards' }).waitFor();
      await page.getByLabel('Subcategory name').fill('nothing like it');
      await page.getByRole('status').filter({ hasText: 'No subcategory matches these filters' }).waitFor();
      await checkAccessibility('subcategories');
    });

    test('voucher codes imported from a file after a preview, never shown; a low-stock threshold set', async () => {
      await page.getByRole('link', { name: 'Inventory', exact: true }).click();
      const stock = page.getByRole('table', { name: 'Stock levels' });
      await stock.getByRole('cell', { name: '25.00 USD', exact: true }).waitFor();
      const storeCard = (await products()).find((product: { name: string }) => product.name === 'Store Card');
      // The picker asks the store for the products that match what is typed, a few at a time; the page loaded none.
      const searched = page.waitForRequest((request) => {
        const url = new URL(request.url());
        return url.pathname === '/admin/v1/products' && url.searchParams.get('search') === 'store c';
      });
      await page.getByLabel('Find a product').fill('store c');
      assert.equal(new URL((await searched).url()).searchParams.get('limit'), '20');
      await page.getByLabel('Product', { exact: true }).selectOption({ label: `Store Card (#${storeCard.id}, inventory)` });
      await page.getByLabel('Face value').selectOption('25');
      const file = `code,expires_at\n${CODES.map((code) => `${code},2099-12-31`).join('\n')}\n`;
      await page.getByLabel('Codes file').setInputFiles({ name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
      await page.getByText('3 lines with a voucher').waitFor();
      // The import is followed as it runs: progress lines, then the answer (src/http/progress-stream.ts).
      // Read on its way to the page: Chromium keeps no body of a no-store answer for the test to read after.
      const streamed = new Promise<{ type: string; text: string }>((resolve) => {
        void page.route('**/admin/v1/inventory/import', async (route) => {
          if ((route.request().postData() ?? '').includes('"dry_run":true')) return route.continue();
          const response = await route.fetch();
          const text = await response.text();
          resolve({ type: response.headers()['content-type'] ?? '', text });
          await route.fulfill({ response, body: text });
        });
      });
      await page.getByRole('button', { name: 'Import codes' }).click();
      const answer = await streamed;
      await page.unroute('**/admin/v1/inventory/import');
      assert.match(answer.type, /^application\/x-ndjson/);
      const lines = answer.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(lines.at(-2), { progress: { phase: 'write', done: 3, total: 3 } });
      assert.equal(lines.at(-1).status, 200);
      await page.getByRole('status').filter({ hasText: 'Imported 3 codes of Store Card' }).waitFor();
      for (const code of CODES) assert.equal(await page.getByText(code).count(), 0, 'no code on the page');
      assert.ok(!(await page.content()).includes('GIFT-7Q2M'), 'nor in its markup');

      await page.getByRole('button', { name: 'Set threshold of Store Card 25.00 USD' }).click();
      const dialog = page.getByRole('dialog', { name: 'Threshold of Store Card 25.00 USD' });
      await dialog.getByLabel('Low-stock threshold').fill('5');
      await checkAccessibility('threshold');
      await dialog.getByRole('button', { name: 'Save threshold' }).click();
      await page.getByRole('status').filter({ hasText: 'The threshold of Store Card 25.00 USD is 5; 3 available: low stock.' }).waitFor();
      const row = stock.getByRole('row').filter({ hasText: '25.00 USD' });
      assert.match((await row.getByRole('cell').allInnerTexts()).join(''), /inventory3000 ?5Low/);
      await checkAccessibility('inventory');
    });

    test('an FX rate: reviewed against the current one, confirmed, then current', async () => {
      await page.getByRole('link', { name: 'FX rates', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'No current rate' }).waitFor();
      await page.getByRole('button', { name: 'Set a rate' }).click();
      const dialog = page.getByRole('dialog', { name: 'Set an FX rate' });
      await dialog.getByLabel('Source currency').selectOption('USD');
      await dialog.getByLabel('Destination currency', { exact: true }).selectOption('EUR');
      await dialog.getByLabel(/^Rate/).fill('0.9215');
      await dialog.getByLabel(/^Conversion fee/).fill('0.50');
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByText('1 USD = 0.9215 EUR').waitFor();
      // The review reads the pair's current rate after it opens ("Reading the current rate of the pair…").
      await dialog.getByText(/There is no current rate for USD → EUR/).waitFor();
      await checkAccessibility('fx confirmation');
      await dialog.getByRole('button', { name: 'Confirm rate' }).click();
      await page.getByRole('status').filter({ hasText: '1 USD = 0.9215 EUR with a fee of 0.50 EUR' }).waitFor();
      const current = page.getByRole('table', { name: 'Current rates' });
      await current.getByRole('cell', { name: '1 USD = 0.9215 EUR' }).waitFor();
      await current.getByRole('cell', { name: '0.50 EUR', exact: true }).waitFor();
      const rates = async () =>
        (await store.app.inject({ method: 'GET', url: '/admin/v1/fx-rates', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }))
          .json()
          .map((rate: { rate: number; conversion_fee: number; status: string }) => [rate.rate, rate.conversion_fee, rate.status]);
      assert.deepEqual(await rates(), [[0.9215, 0.5, 'CURRENT']]);
      // A rate without a fee reads "no fee" wherever its fee is shown: the review, the notice, both tables.
      await current.getByRole('button', { name: 'Change rate USD → EUR' }).click();
      await dialog.getByLabel(/^Rate/).fill('0.93');
      assert.equal(await dialog.getByLabel(/^Conversion fee/).inputValue(), '0');
      await dialog.getByRole('button', { name: 'Review' }).click();
      await dialog.getByText('1 USD = 0.93 EUR, with no fee per conversion.').waitFor();
      await dialog
        .getByText(
          /^It replaces the current 1 USD = 0\.9215 EUR \(with a fee of 0\.50 EUR, set by operator:catalog-operator\), which stays in the history\./,
        )
        .waitFor();
      await dialog.getByRole('button', { name: 'Confirm rate' }).click();
      await page.getByRole('status').filter({ hasText: '1 USD = 0.93 EUR with no fee, from' }).waitFor();
      await current.getByRole('cell', { name: '1 USD = 0.93 EUR' }).waitFor();
      await current.getByRole('cell', { name: 'No fee', exact: true }).waitFor();
      const history = page.getByRole('table', { name: 'FX rate history' });
      await history.getByRole('row', { name: /1 USD = 0\.93 EUR No fee/ }).waitFor();
      await history.getByRole('row', { name: /1 USD = 0\.9215 EUR 0\.50 EUR/ }).waitFor();
      assert.equal(await page.getByRole('cell', { name: /^0(\.0+)? EUR$/ }).count(), 0, 'a zero fee is never shown as an amount');
      assert.deepEqual((await rates()).sort(), [
        [0.9215, 0.5, 'SUPERSEDED'],
        [0.93, 0, 'CURRENT'],
      ]);
      // The pair's currencies are typed as codes; the filter applies at three letters and stays in the address.
      await page.getByLabel('From currency').fill('us');
      await page.getByText('Three letters, e.g. EUR').waitFor();
      await page.getByLabel('From currency').fill('usd');
      await page.waitForURL(/[?&]source=USD/);
      await page.getByLabel('Into currency').fill('GBP');
      await page.getByRole('status').filter({ hasText: 'No rate matches these filters' }).waitFor();
      await checkAccessibility('fx');
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(violations, []);
    });
  });
}
