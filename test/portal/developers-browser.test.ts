import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN } from './setup.ts';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** POST /auth/login from the page, as an integrator's server would: the status and the access token. */
function apiLogin(page: Page, credentials: { username: string; password: string }) {
  return page.evaluate(async (body) => {
    const answer = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await answer.json();
    return { status: answer.status, token: (json.data?.access_token as string | undefined) ?? null };
  }, credentials);
}

/** A portal write from the page with the session's CSRF token, whatever the page shows: its status. */
function portalWrite(page: Page, method: string, url: string, body: object) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await (await fetch('/portal/v1/session')).json();
      const answer = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
        body: JSON.stringify(body),
      });
      return answer.status;
    },
    { method, url, body },
  );
}

/**
 * The portal's Developers page in Chromium: an API credential created (its secret shown once), used
 * to log in to the API, its last use shown, revoked (the API refuses it and its token); the IP
 * allowlist's lock-out warning and its line errors; a viewer sees no write control and is refused;
 * the operator's top-up text on the wallets page.
 */
for (const engine of ENGINES) {
  describe(`the portal's Developers page in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let page: Page;
    let clientId: number;
    let primary: { username: string; password: string };
    const check = (where: string, on = page) => portal.check(where, on);
    const row = (name: string, on = page) => on.getByRole('row').filter({ has: on.getByRole('cell', { name, exact: true }) });

    before(async () => {
      portal = await openPortalBrowser(engine);
      store = portal.store;
      const created = await store.container.clients.createClient({ name: 'Acme Integrations' });
      clientId = created.client_id;
      primary = created;
      page = await portal.member(clientId, 'owner@integrations.example', 'owner');
    });
    after(() => portal?.close());

    test('a credential is created with its secret shown once, logs in to the API, shows its last use, and once revoked is refused', async () => {
      await page.getByRole('link', { name: 'Developers', exact: true }).click();
      await page.getByRole('heading', { name: 'Developers', level: 1 }).waitFor();
      await row('Primary').waitFor();
      await check('developers');

      await page.getByLabel('Credential name').fill('Integration test');
      await page.getByRole('button', { name: 'Create credential' }).click();
      const created = page.getByRole('region', { name: 'New credential' });
      await created.waitFor();
      const secret = (await created.getByText(/^[A-Za-z0-9_-]{40}$/).textContent())!;
      const username = (await created.getByText(/^prs_[0-9a-f]{24}$/).textContent())!;
      await created.getByRole('button', { name: 'Copy secret' }).waitFor();
      await row('Integration test').getByRole('cell', { name: 'never' }).waitFor();
      await check('a new credential');

      const login = await apiLogin(page, { username, password: secret });
      assert.equal(login.status, 200, 'the new credential logs in to the API');
      await created.getByRole('button', { name: 'I have saved the secret' }).click();
      await page.reload();
      await row('Integration test')
        .getByRole('cell', { name: /from 127\.0\.0\.1$/ })
        .waitFor();
      assert.equal(await page.getByText(secret).count(), 0, 'the secret is not shown again');

      await row('Integration test').getByRole('button', { name: 'Revoke Integration test' }).click();
      const dialog = page.getByRole('dialog', { name: 'Revoke the credential “Integration test”?' });
      await check('revoke dialog');
      await dialog.getByRole('button', { name: 'Revoke credential' }).click();
      await row('Integration test').getByRole('cell', { name: 'revoked', exact: true }).waitFor();
      assert.equal(await row('Integration test').getByRole('button').count(), 0, 'a revoked credential has no action');

      assert.equal((await apiLogin(page, { username, password: secret })).status, 401, 'the API refuses the revoked credential');
      const withToken = await page.evaluate(
        async (token) => (await fetch('/api/v1/wallets', { headers: { authorization: `Bearer ${token}` } })).status,
        login.token!,
      );
      assert.equal(withToken, 401, 'and the token it issued');
    });

    test('the IP allowlist shows your address, names a bad line, and warns before locking the API out', async () => {
      const editor = page.getByRole('form', { name: 'Edit the IP allowlist' });
      await page.getByText('Your address, as the store sees it:').getByText('127.0.0.1').waitFor();
      const lastUsed = page.getByRole('list', { name: 'Addresses the API was last used from' });
      assert.equal(await lastUsed.count(), 0, "the revoked credential's address is no longer one the API uses");
      const server = await store.app.inject({ method: 'POST', url: '/auth/login', remoteAddress: '198.51.100.20', payload: primary });
      assert.equal(server.statusCode, 200, server.body);
      await page.reload();
      await lastUsed.getByText('198.51.100.20').waitFor();
      await lastUsed.getByText(/last login of “Primary”/).waitFor();

      await editor.getByLabel('Allowed addresses').fill('192.0.2.0/24\nnot-an-address');
      await editor.getByRole('button', { name: 'Save allowlist' }).click();
      const lineError = 'line 2: not an IP address or CIDR range: not-an-address';
      await page.getByRole('list', { name: 'Lines in error' }).getByText(lineError).waitFor();
      assert.equal(await page.getByText(lineError).count(), 1, 'the error is shown once');
      const refusal = page.getByRole('alert');
      await refusal.getByRole('list', { name: 'Lines in error' }).waitFor();
      await refusal.getByText('The allowlist was not saved.', { exact: true }).waitFor();
      assert.doesNotMatch(await refusal.innerText(), /400|VALIDATION_FAILURE/, 'no status or code of the API in the words');
      await check('allowlist error');

      await editor.getByLabel('Allowed addresses').fill('192.0.2.0/24');
      await editor.getByRole('button', { name: 'Save allowlist' }).click();
      const warning = page.getByRole('dialog', { name: 'This list would lock out addresses in use' });
      const refusals = warning.getByRole('list', { name: 'Addresses that would be refused' });
      await refusals.getByText('127.0.0.1').waitFor();
      await refusals.getByText('198.51.100.20').waitFor();
      await check('lock-out warning');
      await warning.getByRole('button', { name: 'Cancel' }).click();
      const shown = await store.app.inject({ method: 'GET', url: `/admin/v1/clients/${clientId}`, headers: admin });
      assert.deepEqual(shown.json().ip_allowlist, [], 'nothing saved without confirmation');

      await editor.getByRole('button', { name: 'Save allowlist' }).click();
      await warning.getByRole('button', { name: 'Save anyway' }).click();
      await page.getByRole('status').filter({ hasText: 'The IP allowlist was saved.' }).waitFor();
      const refused = await store.app.inject({ method: 'POST', url: '/auth/login', remoteAddress: '198.51.100.20', payload: primary });
      assert.equal(refused.statusCode, 403, 'the saved list applies to the API at once');

      await editor.getByLabel('Allowed addresses').fill('192.0.2.0/24\n127.0.0.1\n198.51.100.20');
      await editor.getByRole('button', { name: 'Save allowlist' }).click();
      await page.getByRole('status').filter({ hasText: 'The IP allowlist was saved.' }).waitFor();
      assert.equal(await warning.count(), 0, 'a list that keeps every known address asks nothing');
      assert.equal(await editor.getByLabel('Allowed addresses').inputValue(), '127.0.0.1/32\n192.0.2.0/24\n198.51.100.20/32');
    });

    test("the wallets page shows the operator's top-up text as plain text", async () => {
      const text = 'Wire the amount to IBAN DE00 1234 <script>alert(1)</script>\nQuote your client number.';
      const set = await store.app.inject({
        method: 'PUT',
        url: `/admin/v1/clients/${clientId}/top-up-instructions`,
        headers: admin,
        payload: { text },
      });
      assert.equal(set.statusCode, 200, set.body);
      await page.getByRole('link', { name: 'Wallets and statements', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'No wallets yet' }).waitFor();
      const section = page.getByRole('region', { name: 'How to top up' });
      await section.getByText('Wire the amount to IBAN DE00 1234 <script>alert(1)</script>').waitFor();
      await section.getByText('Quote your client number.').waitFor();
      assert.equal(await page.locator('main script').count(), 0, 'shown as text, not markup');
      await check('statements with top-up text');
    });

    test('a viewer sees the credentials and the allowlist but no control that changes them, and the server refuses those changes', async () => {
      const viewer = await portal.member(clientId, 'viewer@integrations.example', 'viewer');
      try {
        await viewer.getByRole('link', { name: 'Developers', exact: true }).click();
        await row('Primary', viewer).waitFor();
        await viewer.getByRole('list', { name: 'Allowed addresses' }).getByText('192.0.2.0/24').waitFor();
        for (const name of ['Create credential', 'Revoke Primary', 'Save allowlist'])
          assert.equal(await viewer.getByRole('button', { name }).count(), 0, name);
        assert.equal(await viewer.getByLabel('Credential name').count(), 0);
        assert.equal(await portalWrite(viewer, 'POST', '/portal/v1/credentials', { name: 'sneaky' }), 403);
        assert.equal(await portalWrite(viewer, 'PUT', '/portal/v1/ip-allowlist', { entries: [], confirm: true }), 403);
        const primaryId = (await store.container.credentials.listForOperator(clientId))[0]!.id;
        assert.equal(await portalWrite(viewer, 'POST', `/portal/v1/credentials/${primaryId}/revoke`, {}), 403);
        assert.equal((await store.container.credentials.listForOperator(clientId))[0]!.revoked_at, null, 'nothing changed');
        await check('viewer developers', viewer);
      } finally {
        await viewer.close();
      }
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
