import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoClient, placeDemoOrder, type DemoClient } from '../helpers/demo.ts';
import { ENGINES } from '../helpers/store.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, type Role } from './setup.ts';

const PHONE = { width: 390, height: 844 };

/**
 * What each role is told in Chromium about buying and about codes, on a laptop and a phone: the
 * roles that place orders find the way from the home page and the orders page to the catalog, and
 * the product page says that the order is placed from the quote; the others are told who places
 * orders; the orders page says where codes are found again, and an order's page tells a role that
 * sees no code who does.
 */
for (const engine of ENGINES) {
  describe(`the portal's guidance on buying and codes, by role, in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let demo: DemoClient;
    const pages: Page[] = [];
    const member = async (role: Role) => {
      const page = await portal.member(demo.credentials.client_id, `${role}@guidance.example`, role);
      pages.push(page);
      return page;
    };
    const goTo = async (page: Page, link: string) => {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: link, level: 1 }).waitFor();
    };
    const openProduct = async (page: Page) => {
      await page.goto(`${portal.base}/portal/catalog/${demo.amazonProductId}`);
      await page.getByRole('heading', { name: 'Amazon.com Gift Card', level: 1 }).waitFor();
    };

    before(async () => {
      portal = await openPortalBrowser(engine);
      demo = await demoClient(portal.store, ADMIN_TOKEN);
    });
    after(() => portal?.close());

    test('finance, before any order: "Buy vouchers" on the home and orders pages opens the catalog; the product page says how to order', async () => {
      const page = await member('finance');
      await page.getByRole('status').filter({ hasText: 'No orders yet' }).waitFor();
      await page.getByRole('link', { name: 'Buy vouchers' }).click();
      await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
      await portal.check('finance catalog', page);

      await goTo(page, 'Orders');
      await page.getByRole('status').filter({ hasText: 'No orders yet' }).waitFor();
      await page.getByText('Codes are shown only to the owners, admins and developers of your team.').waitFor();
      await page.getByRole('link', { name: 'Buy vouchers' }).click();
      await page.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();

      await openProduct(page);
      await page.getByText('then preview the quote: the order is placed from there, after you confirm what it charges').waitFor();
      await portal.check('finance product', page);

      const phone = await portal.signIn('finance@guidance.example', undefined, PHONE);
      pages.push(phone);
      await phone.getByRole('link', { name: 'Buy vouchers' }).click();
      await phone.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
      await portal.check('finance catalog, phone', phone);
    });

    test('a delivered order: finance is told who reveals its codes; a developer is told on the orders page where to see them again', async () => {
      const order = await placeDemoOrder(portal.store, demo, 2);
      const finance = pages[0]!;
      await finance.goto(`${portal.base}/portal/orders/${order.id}`);
      await finance.getByRole('heading', { name: `Order ${order.id}`, level: 1 }).waitFor();
      await finance.getByText('the owners, admins and developers of your team reveal them on this page').waitFor();
      assert.equal(await finance.getByRole('button', { name: 'Reveal codes' }).count(), 0);
      await portal.check('finance order', finance);

      const developer = await member('developer');
      await goTo(developer, 'Orders');
      await developer.getByText("Open an order to see its vouchers' codes again: your password is asked each time.").waitFor();
      await developer.getByRole('link', { name: `Order ${order.id}`, exact: true }).click();
      await developer.getByRole('button', { name: 'Reveal codes' }).waitFor();
      await portal.check('developer order', developer);
    });

    test('developers and viewers, who place no order: no "Buy vouchers", and the product page says who places orders', async () => {
      for (const role of ['developer', 'viewer'] as const) {
        const page = role === 'developer' ? pages.at(-1)! : await member(role);
        await page.getByRole('link', { name: 'Home', exact: true }).click();
        await page.getByRole('heading', { name: 'Latest orders' }).waitFor();
        await page.getByRole('link', { name: 'All orders' }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Buy vouchers' }).count(), 0, `${role}: home`);
        await goTo(page, 'Orders');
        await page.getByRole('table', { name: 'Orders' }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Buy vouchers' }).count(), 0, `${role}: orders`);
        await openProduct(page);
        await page.getByText('Your role does not place orders: the owners, admins and finance people of your team do.').waitFor();
        await portal.check(`${role} product`, page);
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
