import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../helpers/api.ts';
import { assertInvalidQueries, assertOptionalPaging, idsOf, listGet } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { insertEndpoint, updateEndpoint } from '../../src/webhooks/webhooks.repository.ts';

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
    const webhooks: number[] = [];
    const rates: number[] = [];
    const operators: number[] = [];

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      for (const name of ['Bravo Rewards', 'alpha perks', 'Charlie 100% Club', 'Delta_Points']) {
        clients[name] = (await createClient(store, { name })).client_id;
      }
      await store.container.clients.setActive(clients['Charlie 100% Club']!, false);
      // Webhooks of two clients: healthy, failing for 2 days, disabled (failing for 3), failing for 1, healthy but switched off.
      const db = store.container.database.db;
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
      const endpoint = async (client: string, changes: Parameters<typeof updateEndpoint>[2] = {}) => {
        const row = await insertEndpoint(db, {
          client_id: clients[client]!,
          url: 'https://hooks.example.com/x',
          description: null,
          events: ['*'],
          active: true,
          secret: 'not-a-secret',
        });
        await updateEndpoint(db, row.id, changes);
        webhooks.push(row.id);
      };
      await endpoint('Bravo Rewards');
      await endpoint('Bravo Rewards', { failing_since: daysAgo(2) });
      await endpoint('alpha perks', { failing_since: daysAgo(3), disabled_at: daysAgo(0), disabled_by: 'system', disabled_reason: 'failing' });
      await endpoint('alpha perks', { failing_since: daysAgo(1) });
      await endpoint('alpha perks', { active: false });
      for (const username of ['zed.ops', 'amy', 'bob-x']) {
        operators.push((await store.container.operators.createOperator({ username })).operator_id);
      }
      await store.container.operators.setActive(operators[2]!, false);
      // FX rates: USD→EUR superseded, current and scheduled; GBP→USD expired; EUR→GBP current.
      const fx = store.container.fx.as('operator:lists');
      const at = (days: number) => daysAgo(-days).toISOString();
      for (const [source, destination, rate, validFrom, validTo] of [
        ['USD', 'EUR', '0.9', at(-10), undefined],
        ['USD', 'EUR', '0.92', at(-1), undefined],
        ['USD', 'EUR', '0.95', at(5), undefined],
        ['GBP', 'USD', '1.25', at(-9), at(-2)],
        ['EUR', 'GBP', '0.85', at(0), undefined],
      ] as const) {
        rates.push(
          (await fx.setFxRate({ source_currency: source, destination_currency: destination, rate, valid_from: validFrom, valid_to: validTo })).id,
        );
      }
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
      assert.ok(
        byId.some((client) => client.id === alpha),
        'byId.some((client) => client.id === alpha)',
      );
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

    test('webhooks: newest first, whole or paged; by client, creation or failing since (the failing first), either way', async () => {
      const [w1, w2, w3, w4, w5] = webhooks as [number, number, number, number, number];
      await assertOptionalPaging(store, '/admin/v1/webhooks', ADMIN_TOKEN, [w5, w4, w3, w2, w1]);
      assert.deepEqual(await ids('/webhooks?sort_by=client_id'), [w1, w2, w3, w4, w5]);
      assert.deepEqual(await ids('/webhooks?sort_by=client_id&sort_dir=desc'), [w5, w4, w3, w2, w1]);
      assert.deepEqual(await ids('/webhooks?sort_by=created_at'), [w1, w2, w3, w4, w5]);
      assert.deepEqual(await ids('/webhooks?sort_by=failing_since'), [w3, w2, w4, w1, w5]);
      assert.deepEqual(await ids('/webhooks?sort_by=failing_since&sort_dir=desc'), [w4, w2, w3, w5, w1]);
    });

    test('webhooks: state healthy, failing or disabled (any case), with the client; a bad state refused', async () => {
      const [w1, w2, w3, w4, w5] = webhooks as [number, number, number, number, number];
      assert.deepEqual(await ids('/webhooks?state=healthy'), [w5, w1]);
      assert.deepEqual(await ids('/webhooks?state=FAILING'), [w4, w2]);
      assert.deepEqual(await ids('/webhooks?state=disabled'), [w3]);
      assert.deepEqual(await ids(`/webhooks?state=failing&client_id=${clients['Bravo Rewards']}`), [w2]);
      assert.deepEqual(await ids(`/webhooks?client_id=${clients['alpha perks']}&limit=2`), [w5, w4]);
      assert.deepEqual(await ids('/webhooks?state='), [w5, w4, w3, w2, w1], 'empty: no filter');
      const page = await get('/webhooks?state=failing&page=1&limit=1');
      assert.equal(page.headers['x-total-count'], '2');
      await assertInvalidQueries(store, '/admin/v1/webhooks', ADMIN_TOKEN, [
        'state=broken',
        'state=disabled,failing',
        'client_id=0',
        'client_id=abc',
      ]);
    });

    test("webhooks: each endpoint with its client's name, whole, paged, sorted by any key, and one endpoint", async () => {
      const [w1, w2, w3, w4, w5] = webhooks as [number, number, number, number, number];
      const named = async (url: string) => {
        const response = await get(url);
        assert.equal(response.statusCode, 200, response.body);
        return (response.json() as { id: number; client_id: number; client_name: string }[]).map((w) => [w.id, w.client_id, w.client_name]);
      };
      const [bravo, alpha] = [clients['Bravo Rewards']!, clients['alpha perks']!];
      assert.deepEqual(await named('/webhooks?sort_by=client_id'), [
        [w1, bravo, 'Bravo Rewards'],
        [w2, bravo, 'Bravo Rewards'],
        [w3, alpha, 'alpha perks'],
        [w4, alpha, 'alpha perks'],
        [w5, alpha, 'alpha perks'],
      ]);
      for (const sort of ['created_at', 'failing_since', 'id']) {
        const rows = await named(`/webhooks?sort_by=${sort}&page=1&limit=5`);
        assert.equal(rows.length, 5, sort);
        for (const [, clientId, name] of rows) assert.equal(name, clientId === bravo ? 'Bravo Rewards' : 'alpha perks', sort);
      }
      assert.deepEqual(await named(`/webhooks?client_id=${alpha}&state=failing&page=1&limit=1`), [[w4, alpha, 'alpha perks']]);
      const one = await get(`/webhooks/${w3}`);
      assert.deepEqual([one.json().client_id, one.json().client_name], [alpha, 'alpha perks']);
    });

    test('FX rates: by pair (each newest first), whole or paged; by validity, creation or id, either way', async () => {
      const [r1, r2, r3, r4, r5] = rates as [number, number, number, number, number];
      await assertOptionalPaging(store, '/admin/v1/fx-rates', ADMIN_TOKEN, [r5, r4, r3, r2, r1]);
      assert.deepEqual(await ids('/fx-rates?sort_dir=desc'), [r3, r2, r1, r4, r5], 'pairs the other way, each still newest first');
      assert.deepEqual(await ids('/fx-rates?sort_by=valid_from'), [r1, r4, r2, r5, r3]);
      assert.deepEqual(await ids('/fx-rates?sort_by=valid_from&sort_dir=desc'), [r3, r5, r2, r4, r1]);
      assert.deepEqual(await ids('/fx-rates?sort_by=created_at&sort_dir=desc'), [r5, r4, r3, r2, r1]);
      assert.deepEqual(await ids('/fx-rates?sort_by=id'), [r1, r2, r3, r4, r5]);
    });

    test('FX rates: a currency on either side, a status now (any case), with the source or destination; malformed ones refused', async () => {
      const [r1, r2, r3, r4, r5] = rates as [number, number, number, number, number];
      const statuses = ((await get('/fx-rates?sort_by=id')).json() as { status: string }[]).map((rate) => rate.status);
      assert.deepEqual(statuses, ['SUPERSEDED', 'CURRENT', 'SCHEDULED', 'EXPIRED', 'CURRENT']);
      assert.deepEqual(await ids('/fx-rates?status=current'), [r5, r2]);
      assert.deepEqual(await ids('/fx-rates?status=SUPERSEDED'), [r1]);
      assert.deepEqual(await ids('/fx-rates?status=scheduled'), [r3]);
      assert.deepEqual(await ids('/fx-rates?status=expired'), [r4]);
      assert.deepEqual(await ids('/fx-rates?currency=usd'), [r4, r3, r2, r1]);
      assert.deepEqual(await ids('/fx-rates?currency=GBP'), [r5, r4]);
      assert.deepEqual(await ids('/fx-rates?currency=JPY'), [], 'a currency without rates: none');
      assert.deepEqual(await ids('/fx-rates?source_currency=usd&status=current'), [r2]);
      assert.deepEqual(await ids('/fx-rates?destination_currency=840&currency=GBP'), [r4]);
      assert.deepEqual(await ids('/fx-rates?currency=&status='), [r5, r4, r3, r2, r1], 'empty: no filter');
      assert.equal((await get('/fx-rates?status=current&limit=1')).headers['x-total-count'], '2');
      await assertInvalidQueries(store, '/admin/v1/fx-rates', ADMIN_TOKEN, [
        'currency=US',
        'currency=U$D',
        'currency=840',
        'status=now',
        'status=current,expired',
      ]);
      const unknown = await get('/fx-rates?source_currency=ZZZ');
      assert.equal(unknown.statusCode, 404, 'an unknown source is still 404');
    });

    test('operators: whole or paged; by id, username or creation, either way; search, active; malformed filters refused', async () => {
      const [zed, amy, bob] = operators as [number, number, number];
      await assertOptionalPaging(store, '/admin/v1/operators', ADMIN_TOKEN, [zed, amy, bob]);
      assert.deepEqual(await ids('/operators?sort_by=username'), [amy, bob, zed]);
      assert.deepEqual(await ids('/operators?sort_by=username&sort_dir=desc'), [zed, bob, amy]);
      assert.deepEqual(await ids('/operators?sort={"field":"created_at","direction":"desc"}'), [bob, amy, zed]);
      assert.deepEqual(await ids('/operators?search=B'), [bob]);
      assert.deepEqual(await ids('/operators?search=.'), [zed]);
      assert.deepEqual(await ids(`/operators?search=${amy}`), [amy]);
      assert.deepEqual(await ids('/operators?active=false'), [bob]);
      assert.deepEqual(await ids('/operators?active=true&sort_by=username'), [amy, zed]);
      assert.equal((await get('/operators?active=true&limit=1')).headers['x-total-count'], '2');
      await assertInvalidQueries(store, '/admin/v1/operators', ADMIN_TOKEN, ['active=no', `search=${'o'.repeat(201)}`]);
    });
  });
}
