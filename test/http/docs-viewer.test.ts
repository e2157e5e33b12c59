import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

/** A group of operations in the viewer's sidebar, open or closed. */
const groupButton = (page: Page, group: string) => page.getByRole('button', { name: new RegExp(`^${group} (Open|Close) Group$`) });

/**
 * The API reference pages in a real browser: the viewer renders the store's documents, shows code
 * samples, sends a try-it request to the store, and never reaches another host nor breaks its
 * Content-Security-Policy.
 */
for (const engine of ENGINES) {
  describe(`the API reference in a browser [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    before(async () => {
      store = await startTestStore(engine);
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    /** Opens a page that refuses and records every request to another host, and records CSP violations. */
    async function open(path: string): Promise<{ page: Page; outside: string[]; violations: string[]; toStore: string[] }> {
      const page = await browser.newPage();
      const outside: string[] = [];
      const violations: string[] = [];
      const toStore: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== base) {
          outside.push(url.href);
          return route.abort();
        }
        toStore.push(`${route.request().method()} ${url.pathname}`);
        return route.continue();
      });
      await page.goto(`${base}${path}`);
      return { page, outside, violations, toStore };
    }

    test('/docs: the introduction, every group, an operation with curl, Node, PHP and Python samples, and try-it against this store', async () => {
      const { page, outside, violations, toStore } = await open('/docs');
      try {
        await page.getByRole('heading', { name: 'The Popup Reward Store API', level: 1 }).waitFor({ timeout: 30_000 });
        await page.getByRole('heading', { name: 'Conventions' }).waitFor();
        for (const group of ['auth', 'products', 'orders', 'wallets', 'webhooks', 'events']) {
          assert.ok(await groupButton(page, group).isVisible(), group);
        }
        for (const library of ['Shell', 'Node.js', 'PHP', 'Python']) {
          assert.ok(await page.getByRole('tab', { name: library }).first().isVisible(), library);
        }

        await groupButton(page, 'orders').click();
        await page.getByRole('heading', { name: 'Place a voucher order' }).waitFor();
        await page
          .getByText(/curl .*\/api\/v1\/orders/)
          .first()
          .waitFor();

        await page
          .getByRole('button', { name: 'Health check' })
          .or(page.getByRole('link', { name: 'Health check' }))
          .first()
          .click();
        await page
          .getByRole('button', { name: /Test Request/ })
          .first()
          .click();
        const sent = toStore.length;
        await page.getByRole('button', { name: /^Send/ }).first().click();
        await page.getByText('"status"').first().waitFor({ timeout: 15_000 });
        assert.ok(toStore.slice(sent).includes('GET /status'), `try-it reached the store: ${toStore.slice(sent)}`);

        const links = await page.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
        assert.ok(!links.some((href) => /scalar\.com/.test(href) && href.includes('openapi.json')), 'no link hands the document to another host');
        assert.deepEqual(outside, [], 'nothing is fetched from another host');
        assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
      } finally {
        await page.close();
      }
    });

    test('/admin/docs: the admin API, its own document', async () => {
      const { page, outside, violations, toStore } = await open('/admin/docs');
      try {
        await page.getByRole('heading', { name: 'The Popup Reward Store admin API', level: 1 }).waitFor({ timeout: 30_000 });
        await groupButton(page, 'clients').click();
        await page.getByRole('heading', { name: 'Create a client' }).waitFor();
        assert.ok(toStore.includes('GET /admin/docs/openapi.json'), "toStore.includes('GET /admin/docs/openapi.json')");
        assert.deepEqual(outside, []);
        assert.deepEqual(violations, []);
      } finally {
        await page.close();
      }
    });
  });
}
