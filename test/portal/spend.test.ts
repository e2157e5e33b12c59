import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClock } from '../../src/infra/clock.ts';
import { createClient } from '../helpers/api.ts';
import type { DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { errorOf, PERMISSION_DENIED, startDemoPortal, type DemoPortal, type PortalApi } from './setup.ts';

const DAY = 86_400_000;

for (const engine of ENGINES) {
  describe(`GET /portal/v1/spend: what the client spent this month [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let demo: DemoClient;
    let place: DemoPortal['place'];
    const clock = new TestClock();

    before(async () => {
      ({ store, call, demo, place } = await startDemoPortal(engine, { clock }));
    });
    after(() => store?.close());

    test("orders' debits less their refunds, per currency, from the 1st of the month (UTC); nothing in a month with no order", async () => {
      const finance = await call.member(demo.credentials.client_id, 'finance');
      const now = clock.now();
      const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().replace('.000Z', 'Z');
      const empty = await call.withCookie(finance.session, 'GET', '/spend');
      assert.equal(empty.statusCode, 200, empty.body);
      assert.deepEqual(empty.json(), { since: monthStart, currencies: [] });

      await place(2); // 49.00 USD
      const cancelled = await place(6); // 147.00 USD, then refunded
      const cancel = await call.admin('POST', `/orders/${cancelled.id}/cancel`, { remarks: 'test' });
      assert.equal(cancel.statusCode, 200, cancel.body);
      await place(1); // 24.50 USD
      const credit = await call.admin('POST', `/wallets/${await usdWallet()}/credit`, { amount: '10.00', remarks: 'not an order' });
      assert.equal(credit.statusCode, 201, credit.body);

      const spend = await call.withCookie(finance.session, 'GET', '/spend');
      assert.deepEqual(spend.json(), { since: monthStart, currencies: [{ currency_code: 'USD', amount: 73.5, orders: 3 }] });

      const other = await call.member((await createClient(store, { name: 'Spends Nothing' })).client_id, 'owner');
      assert.deepEqual((await call.withCookie(other.session, 'GET', '/spend')).json().currencies, [], "another client's orders are not counted");

      clock.advance(40 * DAY);
      const later = clock.now();
      const again = await call.signedIn(finance.email);
      const nextMonth = (await call.withCookie(again, 'GET', '/spend')).json();
      assert.equal(nextMonth.since, new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), 1)).toISOString().replace('.000Z', 'Z'));
      assert.deepEqual(nextMonth.currencies, [], 'a new month starts at nothing');
    });

    test('a developer sees no money: 403; without a session 401', async () => {
      const developer = await call.member(demo.credentials.client_id, 'developer');
      const refused = await call.withCookie(developer.session, 'GET', '/spend');
      assert.deepEqual([refused.statusCode, errorOf(refused)], [403, PERMISSION_DENIED]);
      assert.equal((await call.inject({ method: 'GET', url: '/portal/v1/spend' })).statusCode, 401);
    });

    async function usdWallet(): Promise<number> {
      const wallets = (await call.admin('GET', `/wallets?client_id=${demo.credentials.client_id}`)).json();
      return wallets.find((wallet: { currency_code: string }) => wallet.currency_code === 'USD').id;
    }
  });
}
