import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';
import { EVENT_TYPES } from '../../src/events/event-types.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { orderingClient } from '../orders/setup.ts';
import { openPortalBrowser, type PortalBrowser } from './browser-steps.ts';
import { ADMIN_TOKEN, type Role } from './setup.ts';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * Webhooks, events and low-balance alerts in Chromium: a developer adds an endpoint at a local
 * receiver and pings it (the ping arrives, signed with the secret the page showed once, and its
 * attempt is listed), rotates its secret after a confirmation, browses the events; an owner sets a threshold and sees the warning; a
 * viewer sees no write control and is refused every webhook write by the server.
 */
for (const engine of ENGINES) {
  describe(`portal webhooks, events and low-balance alerts in a browser [${engine}]`, () => {
    let portal: PortalBrowser;
    let store: TestStore;
    let receiver: WebhookReceiver;
    let clientId: number;
    let walletId: number;
    const signedIn = (email: string, role: Role) => portal.member(clientId, email, role);

    before(async () => {
      receiver = await WebhookReceiver.start();
      portal = await openPortalBrowser(engine);
      store = portal.store;
      const buyer = await orderingClient(store, '100.00');
      clientId = buyer.clientId;
      walletId = buyer.walletId;
    });
    after(async () => {
      await portal?.close();
      await receiver?.close();
    });

    test('a developer adds an endpoint for the event types ticked, sends a test ping that arrives signed, and sees its attempt; browses the events', async () => {
      const page = await signedIn('dev@hooks.example', 'developer');
      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await page.getByRole('status').filter({ hasText: 'No webhook endpoints yet' }).waitFor();
      await portal.check('webhooks, empty', page);
      await page.getByLabel('Endpoint URL').fill('ftp://files.example.com/hook');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByRole('alert').filter({ hasText: 'Invalid url' }).waitFor();
      await page.getByLabel('Endpoint URL').fill(receiver.url('/browser'));

      // The event types are the store's, ticked: all of them (also those added later) unless one unticks that.
      const types = page.getByRole('form', { name: 'Add an endpoint' }).getByRole('group', { name: 'Event types' });
      const allTypes = types.getByRole('checkbox', { name: 'All event types, also those added later' });
      const type = (code: string) => types.getByRole('checkbox', { name: `(${code})` });
      assert.equal(await types.getByRole('checkbox').count(), EVENT_TYPES.length + 1, 'a box per type the store sends, and one for all');
      assert.ok(await allTypes.isChecked(), 'all types at first');
      for (const code of EVENT_TYPES) assert.ok((await type(code).isChecked()) && (await type(code).isDisabled()), `${code}: in all`);
      await allTypes.uncheck();
      for (const code of EVENT_TYPES) await type(code).uncheck();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await types.getByText('Choose at least one event type.').waitFor();
      await portal.check('webhooks, no event type', page);
      assert.equal(await page.getByRole('status').filter({ hasText: 'No webhook endpoints yet' }).count(), 1, 'nothing added');
      await types.getByRole('checkbox', { name: 'Order delivered (order.delivered)', exact: true }).check();
      await types.getByRole('checkbox', { name: 'Wallet credited (wallet.credited)', exact: true }).check();
      // The new endpoint shows from the creation's answer, while the list's own read is still held.
      const listRead = (url: URL) => url.pathname === '/portal/v1/webhooks';
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(listRead, async (route) => {
        if (route.request().method() === 'GET') await held;
        await route.continue();
      });
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.getByLabel('Signing secret').textContent())!;
      assert.match(secret, /^whsec_/);
      const endpoint = page.getByRole('region', { name: /^Endpoint \d+$/ });
      await endpoint.getByText('active · events: Order delivered, Wallet credited').waitFor();
      const reread = page.waitForResponse((response) => listRead(new URL(response.url())) && response.request().method() === 'GET');
      release();
      await reread;
      await page.unroute(listRead);
      await endpoint.getByRole('status').filter({ hasText: 'No attempts yet' }).waitFor();
      await endpoint.getByText('active · events: Order delivered, Wallet credited').waitFor();
      await endpoint.getByRole('button', { name: 'Send test ping' }).click();
      await endpoint.getByText('Test ping delivered (HTTP 200).').waitFor();
      const [arrived] = await receiver.waitFor(1);
      assert.equal(arrived!.headers['x-event-type'], 'ping');
      assert.ok(verifySignatureV2(arrived!.rawBody, arrived!.headers['x-signature-v2'], [secret]), 'signed with the secret the page showed');
      const attempt = endpoint
        .getByRole('table', { name: /^Delivery attempts of endpoint/ })
        .getByRole('row')
        .nth(1);
      await attempt.waitFor();
      const [, event, ...rest] = await attempt.getByRole('cell').allInnerTexts();
      assert.match(event!, /^Test ping \S+$/, 'the event type in words, then its id');
      assert.deepEqual(rest, ['Test ping', '1', 'Delivered (HTTP 200)', 'Delivered'], 'sent as, try, result and the delivery, in words');
      await portal.check('webhooks, pinged', page);

      await endpoint.getByLabel('Send again every event since').fill('2020-01-01');
      await endpoint.getByRole('button', { name: 'Recover events' }).click();
      await endpoint.getByText('Events queued again: 1.').waitFor();

      // Rotating the secret asks first: cancelled, the secret stays; confirmed, a new one is shown once.
      const hookId = Number((await endpoint.getAttribute('aria-label'))!.replace('Endpoint ', ''));
      const stored = () =>
        store.container.database.db.selectFrom('webhook_endpoints').select('events').where('id', '=', hookId).executeTakeFirstOrThrow();
      assert.deepEqual((await stored()).events, ['order.delivered', 'wallet.credited']);
      // Changed to every type, also those added later.
      const edit = endpoint.getByRole('form', { name: `Edit endpoint ${hookId}` });
      await edit.getByRole('checkbox', { name: 'All event types, also those added later' }).check();
      await edit.getByRole('button', { name: 'Save' }).click();
      await endpoint.getByText('active · events: All event types').waitFor();
      assert.deepEqual((await stored()).events, ['*']);
      const rotation = () =>
        store.container.database.db.selectFrom('webhook_endpoints').select('secret').where('id', '=', hookId).executeTakeFirstOrThrow();
      const original = await rotation();
      await endpoint.getByRole('button', { name: 'Rotate secret' }).click();
      const ask = page.getByRole('dialog', { name: `Rotate the secret of endpoint ${hookId}?` });
      await ask.getByText('keeps signing for 24 hours').waitFor();
      await portal.check('webhooks, rotating the secret', page);
      await ask.getByRole('button', { name: 'Cancel' }).click();
      await ask.waitFor({ state: 'hidden' });
      assert.deepEqual(await rotation(), original, 'cancelled: the secret is unchanged');
      await endpoint.getByRole('button', { name: 'Rotate secret' }).click();
      await ask.getByRole('button', { name: 'Rotate secret' }).click();
      await endpoint.getByText('New secret issued; the previous one keeps signing for 24 hours.').waitFor();
      const rotated = (await page.getByLabel('Signing secret').textContent())!;
      assert.match(rotated, /^whsec_/);
      assert.notEqual(rotated, secret, 'the new secret is shown');

      // A request that fails (a 400, not retried) shows the store's message and a way to try again.
      await page.route('**/portal/v1/events?**', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ error: { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' } }),
        }),
      );
      await page.getByRole('link', { name: 'Events', exact: true }).click();
      await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Invalid query parameters' }).waitFor();
      await page.unroute('**/portal/v1/events?**');
      await page.getByRole('button', { name: 'Try again' }).click();
      const list = page.getByRole('list', { name: 'Events' });
      await list.getByText('wallet.credited').first().waitFor();
      await list.getByText('Wallet credited', { exact: true }).first().waitFor();
      await page.getByLabel('Type').selectOption({ label: 'Wallet low on balance' });
      await page.getByRole('button', { name: 'Show events' }).click();
      await page.getByRole('status').filter({ hasText: 'No events' }).waitFor();
      await page.getByLabel('Type').selectOption({ label: 'Wallet credited' });
      await page.getByRole('button', { name: 'Show events' }).click();
      await list.getByText('wallet.credited').first().click();
      const payload = await page
        .getByLabel(/^Payload of evt_/)
        .first()
        .textContent();
      assert.match(payload!, /"balance": 100/);
      await portal.check('events', page);
      await page.close();
    });

    test("an endpoint the store's operator disabled says so, without the switch or the recovery that cannot apply; enabled, both are back", async () => {
      const hookId = (await store.app.inject({ method: 'GET', url: `/admin/v1/webhooks?client_id=${clientId}`, headers: admin })).json()[0].id;
      const operator = (action: 'disable' | 'enable', payload?: object) =>
        store.app.inject({ method: 'POST', url: `/admin/v1/webhooks/${hookId}/${action}`, headers: admin, ...(payload ? { payload } : {}) });
      const disabled = await operator('disable', { reason: 'Your receiver answers too slowly' });
      assert.equal(disabled.statusCode, 200, disabled.body);
      const page = await signedIn('admin@hooks.example', 'admin');
      try {
        await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
        const endpoint = page.getByRole('region', { name: `Endpoint ${hookId}` });
        await endpoint.getByText("Disabled by the store's operator · events: All event types").waitFor();
        await endpoint.getByText("Reason: Your receiver answers too slowly. Only the store's operator can enable it again.").waitFor();
        for (const name of ['Deactivate', 'Activate', 'Recover events']) {
          assert.equal(await endpoint.getByRole('button', { name, exact: true }).count(), 0, name);
        }
        await endpoint.getByRole('button', { name: 'Send test ping' }).waitFor();
        await portal.check('webhooks, disabled by the operator', page);

        assert.equal((await operator('enable')).statusCode, 200);
        await page.reload();
        await endpoint.getByText('Active · events: All event types').waitFor();
        await endpoint.getByRole('button', { name: 'Deactivate', exact: true }).waitFor();
        await endpoint.getByRole('button', { name: 'Recover events' }).waitFor();
      } finally {
        await page.close();
      }
    });

    test('an owner sets a wallet threshold above the balance and sees the low-balance warning', async () => {
      const page = await signedIn('owner@hooks.example', 'owner');
      await page.getByLabel('Alert threshold (USD)').fill('150');
      await page.getByRole('button', { name: 'Save threshold' }).click();
      await page.getByRole('alert').filter({ hasText: 'Low balance in USD' }).waitFor();
      await portal.check('home with a warning', page);
      assert.equal(await store.container.lowBalance.sweep(), 1, 'and the alert goes out');
      await page.close();
    });

    test('a viewer sees the endpoints but no write control, and the server refuses every webhook write', async () => {
      const page = await signedIn('viewer@hooks.example', 'viewer');
      await page.getByRole('alert').filter({ hasText: 'Low balance' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Save threshold' }).count(), 0);
      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await page.getByRole('region', { name: /^Endpoint \d+$/ }).waitFor();
      for (const name of ['Send test ping', 'Rotate secret', 'Delete endpoint', 'Add endpoint', 'Recover events', 'Deactivate']) {
        assert.equal(await page.getByRole('button', { name }).count(), 0, name);
      }
      await portal.check('viewer webhooks', page);
      const hookId = (await store.app.inject({ method: 'GET', url: `/admin/v1/webhooks?client_id=${clientId}`, headers: admin })).json()[0].id;
      const writes: [string, string, object?][] = [
        ['POST', '/webhooks', { url: 'http://127.0.0.1:9/x', events: ['*'] }],
        ['PATCH', `/webhooks/${hookId}`, { active: false }],
        ['DELETE', `/webhooks/${hookId}`],
        ['POST', `/webhooks/${hookId}/rotate-secret`],
        ['POST', `/webhooks/${hookId}/test`],
        ['POST', `/webhooks/${hookId}/recover`, { since: '2020-01-01' }],
        ['POST', '/events/evt_000000000000000000000000/redeliver', {}],
        ['PUT', `/wallets/${walletId}/low-balance`, { threshold: null }],
      ];
      // No function declared inside: the page runs this source as it is.
      const statuses = await page.evaluate(async (requests) => {
        const session = await (await fetch('/portal/v1/session')).json();
        const answers: number[] = [];
        for (const [method, url, body] of requests) {
          const answer = await fetch(`/portal/v1${url}`, {
            method,
            headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
            body: body ? JSON.stringify(body) : undefined,
          });
          answers.push(answer.status);
        }
        return answers;
      }, writes);
      assert.deepEqual(statuses, [403, 403, 403, 403, 403, 403, 403, 403]);
      await page.close();
    });

    test('no page has a serious or critical accessibility violation', () => {
      assert.deepEqual(portal.violations, []);
    });
  });
}
