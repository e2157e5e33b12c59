import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { accessibilityViolations, createOperator, signIn } from '../helpers/console.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'console-operations-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The console's operations pages in Chromium: webhooks, operators, reconcile, the operator's own second factor. */
for (const engine of ENGINES) {
  describe(`console operations pages in a browser [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    let page: Page;
    let operator: { username: string; password: string; id: number };
    const violations: string[] = [];
    const check = async (where: string) => {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      operator = await createOperator(store, ADMIN_TOKEN, 'operations-operator');
      await signIn(page, base, operator);
    });
    after(async () => {
      await browser?.close();
      await store.close();
    });

    test('webhooks: disable one with a reason the client then sees, and enable it again', async () => {
      const client = (await store.app.inject({ method: 'POST', url: '/admin/v1/clients', headers: admin, payload: { name: 'Hooked' } })).json();
      const token = (
        await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username: client.username, password: client.password } })
      ).json().data.access_token;
      const hook = await store.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: { authorization: `Bearer ${token}` },
        payload: { url: 'http://127.0.0.1:9/hook', events: ['*'] },
      });
      assert.equal(hook.statusCode, 201, hook.body);
      const id = hook.json().id;

      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await page.getByRole('cell', { name: 'Healthy' }).waitFor();
      await check('webhooks');
      await page.getByRole('button', { name: `Disable webhook ${id}` }).click();
      const dialog = page.getByRole('dialog', { name: `Disable webhook ${id}?` });
      await dialog.getByLabel('Reason').fill('Your endpoint answers 500 to every delivery');
      await dialog.getByRole('button', { name: 'Disable' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Webhook ${id} is disabled.` })
        .waitFor();
      const seen = (await store.app.inject({ method: 'GET', url: `/api/v1/webhooks/${id}`, headers: { authorization: `Bearer ${token}` } })).json();
      assert.equal(seen.disabled_reason, 'Your endpoint answers 500 to every delivery');
      await page.getByRole('button', { name: `Enable webhook ${id}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Webhook ${id} is enabled again.` })
        .waitFor();
      // The attempts button is drawn as the row's other buttons are, not as plain text.
      const look = (name: string) =>
        page.getByRole('button', { name, exact: true }).evaluate((button) => {
          const style = getComputedStyle(button);
          return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, background: style.backgroundColor };
        });
      await page.mouse.move(0, 0); // off the Disable button, which now stands where Enable was clicked
      const disableLook = await look(`Disable webhook ${id}`);
      assert.notEqual(disableLook.border.split(' ')[0], '0px', 'a secondary button has a border');
      assert.deepEqual(await look(`Attempts of webhook ${id}`), disableLook, `Attempts of webhook ${id}`);
      const attemptsRead = page.waitForRequest((request) => request.url().includes(`/admin/v1/webhooks/${id}/attempts?`));
      await page.getByRole('button', { name: `Attempts of webhook ${id}`, exact: true, expanded: false }).click();
      await page.getByRole('button', { name: `Attempts of webhook ${id}`, exact: true, expanded: true }).waitFor();
      const attempts = page.getByRole('region', { name: `Attempts of webhook ${id}` });
      await attempts
        .getByRole('status')
        .filter({ hasText: `No delivery attempts to webhook ${id} yet` })
        .waitFor();
      const asked = new URL((await attemptsRead).url()).searchParams;
      assert.deepEqual([asked.get('page'), asked.get('limit')], ['1', '25'], 'the attempts are read a page at a time');
      await check('webhook attempts');
      // Pressed again, the button hides the attempts it shows.
      await page.getByRole('button', { name: `Attempts of webhook ${id}`, exact: true, expanded: true }).click();
      await attempts.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: `Attempts of webhook ${id}`, exact: true, expanded: false }).waitFor();

      // Filtered by a client chosen by its name: the address keeps its ID.
      const other = (await store.app.inject({ method: 'POST', url: '/admin/v1/clients', headers: admin, payload: { name: 'Other hooks' } })).json();
      const otherToken = (
        await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username: other.username, password: other.password } })
      ).json().data.access_token;
      const otherHook = await store.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: { authorization: `Bearer ${otherToken}` },
        payload: { url: 'http://127.0.0.1:9/other', events: ['*'] },
      });
      assert.equal(otherHook.statusCode, 201, otherHook.body);
      await page.reload();
      const endpoints = page.getByRole('table', { name: 'Webhook endpoints' });
      await endpoints.getByRole('cell', { name: 'http://127.0.0.1:9/other' }).waitFor();
      const filters = page.getByRole('form', { name: 'Filter webhooks' });
      const field = filters.getByRole('combobox', { name: 'Client', exact: true });
      await field.fill('hook');
      // Both clients match "hook": each offered by its name, with its ID as the value.
      const option = filters.locator('datalist option[label="Hooked"]');
      await option.waitFor({ state: 'attached' });
      await filters.locator('datalist option[label="Other hooks"]').waitFor({ state: 'attached' });
      assert.equal(await option.getAttribute('value'), String(client.client_id));
      await field.fill(String(client.client_id));
      await page.waitForURL(new RegExp(`client_id=${client.client_id}(&|$)`));
      await filters.getByText('Hooked', { exact: true }).waitFor();
      await endpoints.getByRole('cell', { name: 'http://127.0.0.1:9/other' }).waitFor({ state: 'detached' });
      await endpoints.getByRole('cell', { name: 'http://127.0.0.1:9/hook' }).waitFor();
      await check('webhooks filtered');
      // Each endpoint names its client, a link to the client's page.
      await endpoints.getByText(`ID ${client.client_id}`, { exact: true }).waitFor();
      await endpoints.getByRole('link', { name: 'Hooked', exact: true }).click();
      await page.getByRole('heading', { name: 'Hooked', level: 1 }).waitFor();
    });

    test('operators: a new operator and their password shown once; deactivating them ends their access', async () => {
      await page.getByRole('link', { name: 'Operators', exact: true }).click();
      await page.getByRole('heading', { name: 'Operators', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Create operator' }).click();
      const create = page.getByRole('dialog', { name: 'Create an operator' });
      await create.getByLabel('Username').fill('night-shift');
      await create.getByRole('button', { name: 'Create' }).click();
      const shown = page.getByRole('dialog', { name: 'Password of night-shift' });
      const password = (await shown.locator('code').textContent())!;
      const login = await store.app.inject({ method: 'POST', url: '/admin/v1/auth/login', payload: { username: 'night-shift', password } });
      assert.equal(login.statusCode, 200);
      await shown.getByRole('button', { name: 'Done' }).click();
      await shown.waitFor({ state: 'detached' });
      assert.equal(await page.getByText(password).count(), 0);
      await check('operators');
      await page.getByRole('button', { name: 'Deactivate night-shift' }).click();
      await page.getByRole('dialog', { name: 'Deactivate night-shift?' }).getByRole('button', { name: 'Deactivate' }).click();
      await page.getByRole('button', { name: 'Activate night-shift' }).waitFor();
      const token = login.json().data.access_token;
      assert.equal(
        (await store.app.inject({ method: 'GET', url: '/admin/v1/clients', headers: { authorization: `Bearer ${token}` } })).statusCode,
        401,
      );
    });

    test('reconcile: every check holds on a consistent ledger', async () => {
      await page.getByRole('link', { name: 'Reconcile', exact: true }).click();
      await page.getByRole('button', { name: 'Run the checks' }).click();
      await page.getByRole('status').filter({ hasText: 'Every invariant holds' }).waitFor();
      assert.equal(await page.getByRole('cell', { name: 'Broken' }).count(), 0);
      await check('reconcile');
    });

    test('your sessions: a second browser signed in is listed, its End session button names it, and ending it signs it out', async () => {
      const other = await browser.newPage({ userAgent: 'Night shift laptop/1.0' });
      try {
        await signIn(other, base, operator);
        await page.getByRole('link', { name: 'Your sessions', exact: true }).click();
        await page.getByRole('heading', { name: 'Your sessions', level: 1 }).waitFor();
        await page.getByText('(this session)').waitFor();
        await check('your sessions');
        const end = page.getByRole('button', { name: /^End session of Night shift laptop\/1\.0 from 127\.0\.0\.1, last seen \d{4}-\d{2}-\d{2} / });
        await end.click();
        await end.waitFor({ state: 'detached' });
        assert.equal(await page.getByRole('button', { name: /^End session/ }).count(), 0, 'no button ends this session');
        await other.getByRole('link', { name: 'Clients', exact: true }).click();
        await other.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
      } finally {
        await other.close();
      }
    });

    test('two-factor authentication: set up with the key, recovery codes shown once, then asked at sign-in', async () => {
      await page.getByRole('link', { name: 'Two-factor authentication', exact: true }).click();
      await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
      await page.getByRole('img', { name: 'QR code of the authenticator key' }).waitFor();
      const key = (await page.locator('code').first().textContent())!;
      const totp = new TOTP({ secret: key });
      await page.getByLabel('One-time code').fill(totp.generate());
      await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
      await page.getByRole('heading', { name: 'Recovery codes' }).waitFor();
      assert.equal(await page.locator('section[aria-labelledby="recovery"] li').count(), 10);
      // The page says it is on at once, and offers to turn it off, not to set it up again.
      await page.getByText('Sign-in asks for a one-time code after your password.').waitFor();
      await page.getByRole('button', { name: 'Turn off two-factor authentication' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Set up two-factor authentication' }).count(), 0);
      await check('two-factor authentication');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Username').fill(operator.username);
      await page.getByLabel('Password').fill(operator.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel('One-time code').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(violations, []);
    });
  });
}
