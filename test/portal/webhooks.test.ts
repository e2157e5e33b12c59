import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { clientCall } from '../helpers/webhooks.ts';
import { orderingClient } from '../orders/setup.ts';
import { errorOf, startPortalStore, type PortalApi } from './setup.ts';

for (const engine of ENGINES) {
  describe(`client portal: webhooks and events [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let receiver: WebhookReceiver;

    before(async () => {
      receiver = await WebhookReceiver.start();
      ({ store, call } = await startPortalStore(engine));
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
    });

    test('a developer creates an endpoint (secret once), pings it through the delivery path (signed, its attempt listed), rotates, recovers, deletes; audited', async () => {
      const buyer = await orderingClient(store, '100.00');
      await call.admin('POST', `/wallets/${buyer.walletId}/debit`, { amount: '1.00' });
      const dev = await call.member(buyer.clientId, 'developer');
      const session = dev.session;
      const created = await call.withCookie(session, 'POST', '/webhooks', {
        payload: { url: receiver.url('/portal?token=receiver-own-token'), events: ['wallet.debited'] },
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.headers['cache-control'], 'no-store');
      const { id, secret } = created.json();
      assert.match(secret, /^whsec_/);
      const shown = await call.withCookie(session, 'GET', `/webhooks/${id}`);
      assert.equal('secret' in shown.json(), false, 'never shown again');
      const fromApi = await clientCall(store, buyer.token, 'GET', `/api/v1/webhooks/${id}`);
      assert.deepEqual(fromApi.json(), shown.json(), 'the same endpoint as the client API shows');

      const ping = await call.withCookie(session, 'POST', `/webhooks/${id}/test`);
      assert.equal(ping.statusCode, 200, ping.body);
      assert.equal(ping.json().success, true);
      const [arrived] = await receiver.waitFor(1);
      assert.equal(arrived!.headers['x-event-type'], 'ping');
      assert.ok(verifySignatureV2(arrived!.rawBody, arrived!.headers['x-signature-v2'], [secret]), 'signed with the secret shown once');
      const attempts = (await call.withCookie(session, 'GET', `/webhooks/${id}/attempts`)).json();
      assert.deepEqual(
        attempts.map((attempt: { kind: string; success: boolean; event_id: string }) => [attempt.kind, attempt.success, attempt.event_id]),
        [['test', true, ping.json().event_id]],
      );

      const rotated = await call.withCookie(session, 'POST', `/webhooks/${id}/rotate-secret`);
      assert.notEqual(rotated.json().secret, secret);
      assert.ok(rotated.json().previous_secret_expires_at, 'rotated.json().previous_secret_expires_at');

      const recover = (since: string) => call.withCookie(session, 'POST', `/webhooks/${id}/recover`, { payload: { since } });
      const recovered = await recover('2020-01-01');
      assert.equal(recovered.statusCode, 202, recovered.body);
      assert.deepEqual(recovered.json(), { webhook_id: id, since: '2020-01-01T00:00:00Z', queued: 1 }, 'the one wallet.debited event');
      assert.equal((await recover(new Date(Date.now() + 3600_000).toISOString())).statusCode, 400, 'in the future');
      const notADate = errorOf(await recover('yesterday'));
      assert.deepEqual([notADate.code, notADate.message], ['VALIDATION_FAILURE', 'Invalid since: not an RFC 3339 time or date']);
      assert.equal((await call.withCookie(session, 'POST', `/webhooks/${id}/recover`, { payload: {} })).statusCode, 400);

      const events = await call.withCookie(session, 'GET', '/events?type=wallet.debited&since=2020-01-01&limit=10');
      assert.equal(events.statusCode, 200, events.body);
      assert.equal(events.json().length, 1);
      const event = events.json()[0];
      assert.deepEqual(Object.keys(event.data).sort(), ['amount', 'balance', 'currency', 'order_id', 'transaction_id', 'wallet_id']);
      assert.equal((await call.withCookie(session, 'GET', `/events?until=2020-01-01`)).json().length, 0);
      assert.equal((await call.withCookie(session, 'GET', `/events?since=nonsense`)).statusCode, 400);
      assert.equal((await call.withCookie(session, 'GET', `/events?type=nope`)).statusCode, 400);
      assert.deepEqual((await call.withCookie(session, 'GET', `/events/${event.id}`)).json(), event);
      assert.equal(errorOf(await call.withCookie(session, 'GET', '/events/123')).message, 'Invalid event ID');
      const redelivered = await call.withCookie(session, 'POST', `/events/${event.id}/redeliver`, { payload: {} });
      assert.equal(redelivered.statusCode, 202, redelivered.body);
      assert.deepEqual(
        redelivered.json().deliveries.map((d: { webhook_id: number }) => d.webhook_id),
        [id],
      );

      const bad = await call.withCookie(session, 'POST', '/webhooks', { payload: { url: 'ftp://x', events: ['wallet.debited'] } });
      assert.equal(errorOf(bad).code, 'VALIDATION_FAILURE');
      const unknown = await call.withCookie(session, 'PATCH', `/webhooks/${id}`, { payload: { events: ['nope'] } });
      assert.equal(errorOf(unknown).code, 'VALIDATION_FAILURE');
      assert.equal((await call.withCookie(session, 'PATCH', `/webhooks/${id}`, { payload: { active: false } })).json().active, false);
      assert.equal(errorOf(await recover('2020-01-01')).message, 'The webhook is not active');
      assert.equal((await call.withCookie(session, 'DELETE', `/webhooks/${id}`)).statusCode, 204);
      assert.equal((await call.withCookie(session, 'GET', `/webhooks/${id}`)).statusCode, 404);
      assert.equal((await call.withCookie(session, 'POST', `/webhooks/${id}/test`, { csrf: null })).statusCode, 403, 'CSRF');

      const actions = (await call.audit({ target: `webhook:${id}` })).map((entry) => [entry.action, entry.client_id, entry.actor]);
      const who = `client_user:${dev.id}`;
      assert.deepEqual(actions, [
        ['portal.webhook.create', buyer.clientId, who],
        ['portal.webhook.test', buyer.clientId, who],
        ['portal.webhook.rotate_secret', buyer.clientId, who],
        ['portal.webhook.recover', buyer.clientId, who],
        ['portal.webhook.update', buyer.clientId, who],
        ['portal.webhook.delete', buyer.clientId, who],
      ]);
      const entries = JSON.stringify(await call.audit({ target: `webhook:${id}` }));
      assert.ok(!entries.includes('receiver-own-token'), "the URL's query stays out of the audit log");
      assert.ok(entries.includes(`127.0.0.1:${receiver.port}`), 'its host is there');
      const logs = store.logs.text();
      for (const value of [secret, rotated.json().secret]) {
        assert.ok(!logs.includes(value), 'no secret in the logs');
        assert.ok(!JSON.stringify(await call.audit({ target: `webhook:${id}` })).includes(value), 'nor in the audit log');
      }
    });
  });
}
