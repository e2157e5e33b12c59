import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../helpers/api.ts';
import { assertInvalidQueries, assertOptionalPaging, idsOf, listGet } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'admin-lists-token-0123456789abcdefghijklmn';

/**
 * The operator's lists that were answered whole (clients, operators, webhooks, FX rates) take
 * pages, sorts and filters (docs/architecture.md, "Query strings"): whole without page or
 * limit, for the CLI; each filter, each sort both ways, and each malformed value refused.
 */
for (const engine of ENGINES) {
  describe(`admin API: pages, sorts and filters of the operator's lists [${engine}]`, () => {
    let store: TestStore;
    const get = (url: string) => listGet(store, `/admin/v1${url}`, ADMIN_TOKEN);
    const ids = async (url: string) => idsOf(await get(url), url);
    const clients: Record<string, number> = {};

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      for (const name of ['Bravo Rewards', 'alpha perks', 'Charlie 100% Club', 'Delta_Points']) {
        clients[name] = (await createClient(store, { name })).client_id;
      }
      await store.container.clients.setActive(clients['Charlie 100% Club']!, false);
    });
    after(() => store?.close());

    test('clients: whole without page or limit, else paged; malformed pages, limits and sorts refused', async () => {
      await assertOptionalPaging(store, '/admin/v1/clients', ADMIN_TOKEN, Object.values(clients));
    });

    test('clients: sorted by id, name (without case), username or creation, either way', async () => {
      const [bravo, alpha, charlie, delta] = Object.values(clients) as [number, number, number, number];
      assert.deepEqual(await ids('/clients?sort_by=name'), [alpha, bravo, charlie, delta]);
      assert.deepEqual(await ids('/clients?sort={"field":"NAME","direction":"desc"}'), [delta, charlie, bravo, alpha]);
      assert.deepEqual(await ids('/clients?sort_dir=desc'), [delta, charlie, alpha, bravo]);
      assert.deepEqual(await ids('/clients?sort_by=created_at&sort_dir=DESC&limit=2'), [delta, charlie]);
      const usernames = ((await get('/clients?sort_by=username')).json() as { username: string }[]).map((client) => client.username);
      assert.deepEqual(usernames, [...usernames].sort());
    });

    test('clients: search in the name or username without case (% and _ are themselves), or by id; active; together', async () => {
      const [bravo, alpha, charlie, delta] = Object.values(clients) as [number, number, number, number];
      assert.deepEqual(await ids('/clients?search=REWARDS'), [bravo]);
      assert.deepEqual(await ids('/clients?search=a%20p'), [alpha]);
      assert.deepEqual(await ids('/clients?search=%25'), [charlie]);
      assert.deepEqual(await ids('/clients?search=a_p'), [delta], 'not a pattern: a_p would match alpha perks');
      const username = ((await get(`/clients/${delta}`)).json() as { username: string }).username;
      assert.deepEqual(await ids(`/clients?search=${username.toUpperCase()}`), [delta]);
      const byId = (await get(`/clients?search=${alpha}`)).json() as { id: number; username: string }[];
      assert.ok(byId.some((client) => client.id === alpha));
      assert.ok(
        byId.every((client) => client.id === alpha || client.username.includes(String(alpha))),
        'the id, or a username with it',
      );
      assert.deepEqual(await ids('/clients?active=false'), [charlie]);
      assert.deepEqual(await ids('/clients?active=true&search=a&sort_by=name'), [alpha, bravo, delta]);
      assert.deepEqual(await ids('/clients?search=&active='), [bravo, alpha, charlie, delta], 'empty filters are none');
      const page = await get('/clients?active=true&limit=1');
      assert.equal(page.headers['x-total-count'], '3', 'the count is of the matches');
      await assertInvalidQueries(store, '/admin/v1/clients', ADMIN_TOKEN, ['active=yes', 'active=TRUE', 'active=1', `search=${'x'.repeat(201)}`]);
    });
  });
}
