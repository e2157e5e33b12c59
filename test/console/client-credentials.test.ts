import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { accessibilityViolations, createOperator, signIn } from '../helpers/console.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'console-credentials-admin-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The console's client page: the client's API credentials (secret once, revoke) and the top-up text, in Chromium. */
for (const engine of ENGINES) {
  describe(`a client's API credentials and top-up text in the console [${engine}]`, () => {
    let store: TestStore;
    let base: string;
    let browser: Browser;
    let page: Page;
    let clientId: number;
    const violations: string[] = [];
    const check = async (where: string) => {
      for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      base = await store.app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      clientId = (await store.container.clients.createClient({ name: 'Keyed Client' })).client_id;
      await signIn(page, base, await createOperator(store, ADMIN_TOKEN, 'keys-operator'));
      await page.goto(`${base}/console/clients/${clientId}`);
      await page.getByRole('heading', { name: 'Keyed Client', level: 1 }).waitFor();
    });
    after(async () => {
      await browser?.close();
      await store?.close();
    });

    test('a credential is created with its secret shown once, logs in, and is revoked behind a confirmation', async () => {
      const section = page.getByRole('region', { name: 'API credentials' });
      await section.getByRole('cell', { name: 'Primary', exact: true }).waitFor();
      await section.getByLabel('Credential name').fill('Partner sync');
      await section.getByRole('button', { name: 'Create credential' }).click();
      const dialog = page.getByRole('dialog', { name: 'New API credential' });
      const secret = (await dialog.getByText(/^[A-Za-z0-9_-]{40}$/).textContent())!;
      const username = (await dialog.getByText(/^prs_[0-9a-f]{24}$/).textContent())!;
      await dialog.getByRole('button', { name: 'Copy secret' }).waitFor();
      await check('new credential');
      const login = await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password: secret } });
      assert.equal(login.statusCode, 200, login.body);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.getByText(secret).count(), 0, 'the secret is gone with the dialog');

      await page.reload();
      const row = section.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Partner sync', exact: true }) });
      await row.getByRole('cell', { name: /from 127\.0\.0\.1$/ }).waitFor();
      await row.getByRole('button', { name: 'Revoke Partner sync' }).click();
      const confirm = page.getByRole('dialog', { name: 'Revoke the credential “Partner sync”?' });
      await check('revoke confirmation');
      await confirm.getByRole('button', { name: 'Revoke credential' }).click();
      await row.getByRole('cell', { name: 'revoked', exact: true }).waitFor();
      assert.equal((await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password: secret } })).statusCode, 401);
      const audit = await store.app.inject({ method: 'GET', url: `/admin/v1/audit?client_id=${clientId}`, headers: admin });
      const actions = audit.json().map((entry: { action: string; actor: string }) => `${entry.action} ${entry.actor}`);
      assert.ok(actions.includes('client.credential_create operator:keys-operator'), JSON.stringify(actions));
      assert.ok(actions.includes('client.credential_revoke operator:keys-operator'), JSON.stringify(actions));
    });

    test("the store's and the client's top-up text, saved from the client's page", async () => {
      const section = page.getByRole('region', { name: 'Top-up text' });
      await section.getByLabel('For every client').fill('Wire the amount to our bank.');
      await section.getByRole('button', { name: 'Save the store-wide text' }).click();
      await section.getByRole('status').filter({ hasText: 'The store-wide text was saved.' }).waitFor();
      await section.getByLabel('For this client').fill('Call Ana on +1 555 0100.');
      await section.getByRole('button', { name: "Save the client's text" }).click();
      await section.getByRole('status').filter({ hasText: "The client's text was saved." }).waitFor();
      await check('top-up text');
      const shown = await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${clientId}/top-up-instructions`, headers: admin });
      assert.deepEqual(shown.json(), {
        client_id: clientId,
        client_text: 'Call Ana on +1 555 0100.',
        store_text: 'Wire the amount to our bank.',
        effective: 'Call Ana on +1 555 0100.',
      });
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(violations, []);
    });
  });
}
