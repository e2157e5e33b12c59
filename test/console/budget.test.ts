import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { QueryClient } from '@tanstack/react-query';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { createOperator, signIn } from '../helpers/console.ts';
import { demoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'console-budget-admin-token-0123456789abcdef';
/** The budget: each page's data in one or two admin API requests. */
const BUDGET = 2;
/** The session check the app makes once when it starts (the router's guard), counted apart from the page's data. */
const SESSION_CHECK = 'GET /admin/v1/auth/session';
/**
 * Pages opened from a link with filters in the address, whose fields name the client or the
 * product an ID stands for: the names are part of the page's budget.
 */
const FILTERED = [
  '/orders?client_id=$clientId&product_id=$productId',
  '/orders?client_id=$clientId&status=DELIVERED',
  '/orders?product_id=$productId',
  '/webhooks?client_id=$clientId',
  '/audit?client_id=$clientId',
];

/**
 * Every page of the console's router, by its path ('/clients/$clientId'…). The router module is
 * loaded by path so the type checker of the server's code does not follow it into the browser's:
 * the sources through tsx, or under `npm test` its bundle beside the tests' (scripts/test.js).
 */
async function consolePaths(): Promise<string[]> {
  const bundled = process.env.POPUP_TEST_BUNDLE;
  const routerModule = bundled ? pathToFileURL(path.join(bundled, 'web/console/src/router.mjs')).href : '../../web/console/src/router.tsx';
  const { createConsoleRouter } = (await import(routerModule)) as {
    createConsoleRouter: (queryClient: QueryClient) => { routesByPath: Record<string, unknown> };
  };
  return Object.keys(createConsoleRouter(new QueryClient()).routesByPath);
}

/**
 * The data budget of every page: each page of the router, loaded afresh in Chromium (a new
 * document, so nothing is cached), makes at most two admin API requests besides the session check.
 */
for (const engine of ENGINES) {
  describe(`the console's request budget [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    let page: Page;
    const params: Record<string, string> = {};

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      // A client, a product and an order, so the pages of one are real pages.
      const demo = await demoClient(store, ADMIN_TOKEN);
      const order = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: demo.auth,
        payload: { product_id: demo.amazonProductId, denomination: 25, quantity: 1 },
      });
      assert.equal(order.statusCode, 201, order.body);
      Object.assign(params, {
        $clientId: String(demo.credentials.client_id),
        $productId: String(demo.amazonProductId),
        $orderId: String(order.json().id),
      });
      browser = await launchChromium();
      page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await signIn(page, base, await createOperator(store, ADMIN_TOKEN, 'budget-operator'));
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    test('every page of the router, loaded afresh (and those with filters in their address), reads its data in one or two admin API requests, and checks the session once', async (t) => {
      const paths = await consolePaths();
      const signedIn = paths.filter((path) => path !== '/sign-in');
      assert.ok(signedIn.length >= 17, `the router's pages: ${paths.join(', ')}`);
      // The navigation leads only to pages of this list.
      const nav = await page
        .getByRole('navigation', { name: 'Console' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.replace(/^\/console/, '') || '/'));
      for (const path of nav) assert.ok(paths.includes(path), `${path} of the navigation is a page of the router`);

      const overBudget: string[] = [];
      const counted: Record<string, number> = {};
      for (const path of [...signedIn, ...FILTERED]) {
        const url = path.replace(/\$\w+/g, (param) => {
          assert.ok(params[param], `a value for ${param} of ${path}`);
          return params[param]!;
        });
        const calls: string[] = [];
        const record = (request: Request) => {
          const address = new URL(request.url());
          if (address.pathname.startsWith('/admin/v1/')) calls.push(`${request.method()} ${address.pathname}`);
        };
        page.on('request', record);
        await page.goto(`${base}/console${url}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        page.off('request', record);

        assert.equal(await page.getByRole('alert').count(), 0, `${path} shows no error`);
        const sessionChecks = calls.filter((call) => call === SESSION_CHECK).length;
        assert.equal(sessionChecks, 1, `${path}: the session is checked once (${calls.join(', ')})`);
        const data = calls.filter((call) => call !== SESSION_CHECK);
        counted[path] = data.length;
        if (data.length > BUDGET) overBudget.push(`${path}: ${data.join(', ')}`);
      }
      t.diagnostic(`admin API requests per page: ${JSON.stringify(counted)}`);
      assert.deepEqual(overBudget, [], 'pages over the budget of two requests');
      assert.ok(
        Object.values(counted).some((count) => count > 0),
        `the requests were counted: ${JSON.stringify(counted)}`,
      );
    });
  });
}
