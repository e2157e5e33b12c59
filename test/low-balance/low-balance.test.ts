import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { clientCall, createWebhook } from '../helpers/webhooks.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder } from '../orders/setup.ts';
import { ADMIN_TOKEN, errorOf, readMails, startPortalStore, type PortalApi } from '../portal/setup.ts';

const DAY = 24 * 3600 * 1000;

for (const engine of ENGINES) {
  describe(`low-balance alerts [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let mail: string;
    let receiver: WebhookReceiver;
    const clock = new TestClock();

    before(async () => {
      receiver = await WebhookReceiver.start();
      ({ store, mail, call } = await startPortalStore(engine, { clock }));
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
    });

    /** A client with 100.00 USD, an owner, a finance user and a viewer, and an endpoint for wallet.low_balance. */
    async function account() {
      const buyer = await orderingClient(store, '100.00');
      const owner = await call.member(buyer.clientId, 'owner');
      const finance = await call.member(buyer.clientId, 'finance');
      const viewer = await call.member(buyer.clientId, 'viewer');
      const invited = await call.invite(buyer.clientId, `pending-${buyer.clientId}@example.com`, 'owner');
      assert.ok(invited.user.id, 'invited.user.id');
      const hook = await createWebhook(store, buyer.token, { url: receiver.url(`/low/${buyer.clientId}`), events: ['wallet.low_balance'] });
      return { buyer, owner, finance, viewer, hook };
    }
    const debit = (walletId: number, amount: string) => call.admin('POST', `/wallets/${walletId}/debit`, { amount });
    const credit = (walletId: number, amount: string) => call.admin('POST', `/wallets/${walletId}/credit`, { amount });
    const alertsOf = async (token: string) =>
      ((await clientCall(store, token, 'GET', '/api/v1/events?type=wallet.low_balance')).json() as { data: Record<string, unknown> }[]).map(
        (event) => event.data,
      );
    test('crossing the threshold: one e-mail to each owner and finance user, one wallet.low_balance event delivered; not again until topped up, and not within 24 hours', async () => {
      const { buyer, owner, finance, hook } = await account();
      const set = await call.withCookie(finance.session, 'PUT', `/wallets/${buyer.walletId}/low-balance`, { payload: { threshold: '50.00' } });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual(set.json(), { wallet_id: buyer.walletId, currency: 'USD', balance: 100, threshold: 50, below: false, alerted_at: null });
      assert.equal(await store.container.lowBalance.sweep(), 0, 'above the threshold: nothing');

      assert.equal((await debit(buyer.walletId, '60.00')).statusCode, 201);
      assert.equal(await store.container.lowBalance.sweep(), 1);
      assert.equal(await store.container.lowBalance.sweep(), 0, 'once');
      assert.deepEqual(await alertsOf(buyer.token), [{ wallet_id: buyer.walletId, currency: 'USD', balance: 40, threshold: 50 }]);
      await store.container.webhookWorker.start();
      const [delivery] = await receiver.waitFor(1);
      assert.equal(delivery!.headers['x-event-type'], 'wallet.low_balance');
      assert.equal(delivery!.headers['x-webhook-id'], String(hook.id));
      await store.container.webhookWorker.stop();

      await store.container.mailer.runDue();
      const mails = (await readMails(mail)).filter((m) => m.subject.startsWith('Low balance'));
      assert.deepEqual(mails.map((m) => m.to).sort(), [owner.email, finance.email].sort(), 'owners and finance, not the viewer nor an invited user');
      assert.match(mails[0]!.body, /is at 40\.00 USD, below its alert threshold of 50\.00 USD/);

      assert.equal((await debit(buyer.walletId, '10.00')).statusCode, 201);
      assert.equal(await store.container.lowBalance.sweep(), 0, 'still below: no second alert');
      assert.equal((await credit(buyer.walletId, '30.00')).statusCode, 201, 'back to 60.00: armed again');
      assert.equal((await debit(buyer.walletId, '20.00')).statusCode, 201, 'below again within 24 hours');
      assert.equal(await store.container.lowBalance.sweep(), 0, 'the 24-hour rule holds it back');
      const home = await call.withCookie(owner.session, 'GET', '/low-balance');
      assert.equal(home.statusCode, 200, home.body);
      assert.deepEqual([home.json()[0].below, home.json()[0].balance, typeof home.json()[0].alerted_at], [true, 40, 'string']);
      clock.advance(DAY + 1000);
      assert.equal(await store.container.lowBalance.sweep(), 1, 'after 24 hours, the sweep sends it');
      assert.equal((await alertsOf(buyer.token)).length, 2);
    });

    test('an order that crosses it alerts once, however many sweeps run at once; a wallet without a threshold never', async () => {
      const { buyer, owner } = await account();
      const other = await orderingClient(store, '30.00');
      assert.equal(
        (await call.withCookie(owner.session, 'PUT', `/wallets/${buyer.walletId}/low-balance`, { payload: { threshold: 95 } })).statusCode,
        200,
      );
      const product = await orderableProduct(store);
      orderOf(await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 1 }));
      orderOf(await placeOrder(store, other.token, { product_id: product, denomination: 10, quantity: 1 }));
      const results = await Promise.all([1, 2, 3, 4].map(() => store.container.lowBalance.sweep()));
      assert.equal(
        results.reduce((a, b) => a + b, 0),
        1,
        `${results}`,
      );
      assert.equal((await alertsOf(buyer.token)).length, 1);
      assert.equal((await alertsOf(other.token)).length, 0);
    });

    test('a threshold set above the balance alerts at the next sweep (a missed alert is found by the sweep)', async () => {
      const { buyer, owner } = await account();
      await call.withCookie(owner.session, 'PUT', `/wallets/${buyer.walletId}/low-balance`, { payload: { threshold: '500' } });
      assert.equal(await store.container.lowBalance.sweep(), 1);
      assert.deepEqual(await alertsOf(buyer.token), [{ wallet_id: buyer.walletId, currency: 'USD', balance: 100, threshold: 500 }]);
    });

    test("the serve process's worker: the wallets trigger's NOTIFY wakes it at the debit (its own round is a minute apart)", async () => {
      const { buyer, owner } = await account();
      await call.withCookie(owner.session, 'PUT', `/wallets/${buyer.walletId}/low-balance`, { payload: { threshold: '90' } });
      await store.container.lowBalanceWorker.start();
      try {
        // Its first round runs at start: after it, only a NOTIFY brings the next one within the minute.
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal((await debit(buyer.walletId, '20.00')).statusCode, 201);
        const deadline = Date.now() + 10_000;
        while ((await alertsOf(buyer.token)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.deepEqual(await alertsOf(buyer.token), [{ wallet_id: buyer.walletId, currency: 'USD', balance: 80, threshold: 90 }]);
      } finally {
        await store.container.lowBalanceWorker.stop();
      }
    });

    test('who may set it, bad input, and the operator: admin route, audit', async () => {
      const { buyer, owner, viewer } = await account();
      const put = (session: typeof owner.session, payload: object, id = buyer.walletId) =>
        call.withCookie(session, 'PUT', `/wallets/${id}/low-balance`, { payload });
      assert.equal((await put(viewer.session, { threshold: 1 })).statusCode, 403);
      for (const threshold of [-1, '1.005', 'abc', true, '1e3']) {
        const response = await put(owner.session, { threshold });
        assert.equal(response.statusCode, 400, `${threshold}: ${response.body}`);
        assert.ok(
          ['VALIDATION_FAILURE', 'BAD_REQUEST'].includes(errorOf(response).code),
          "['VALIDATION_FAILURE', 'BAD_REQUEST'].includes(errorOf(response).code)",
        );
      }
      assert.equal((await put(owner.session, {})).statusCode, 400);
      assert.equal((await put(owner.session, { threshold: 1, extra: 1 })).statusCode, 400);
      const other = await orderingClient(store, '10.00');
      assert.deepEqual(errorOf(await put(owner.session, { threshold: 1 }, other.walletId)), {
        name: 'NotFoundError',
        code: 'NOT_FOUND',
        message: 'Wallet not found',
      });
      const set = await call.inject({
        method: 'PUT',
        url: `/admin/v1/wallets/${buyer.walletId}/low-balance`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { threshold: '25.50' },
      });
      assert.equal(set.statusCode, 200, set.body);
      assert.equal(set.json().threshold, 25.5);
      const list = await call.admin('GET', `/clients/${buyer.clientId}/low-balance`);
      assert.deepEqual(
        list.json().map((w: { threshold: number }) => w.threshold),
        [25.5],
      );
      assert.equal((await call.admin('GET', '/clients/2147483647/low-balance')).statusCode, 404);
      const entries = await call.audit({ action: 'wallet.low_balance', target: `wallet:${buyer.walletId}` });
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.details.after, entry.client_id]),
        [['wallet.low_balance', 25.5, buyer.clientId]],
      );
      assert.equal((await put(owner.session, { threshold: null })).json().threshold, null);
      assert.equal((await call.audit({ action: 'portal.wallet.low_balance', target: `wallet:${buyer.walletId}` })).length, 1);
    });
  });
}
