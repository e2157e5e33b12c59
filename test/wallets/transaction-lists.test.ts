import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createClient, errorOf, loginOk } from '../helpers/api.ts';
import { idsOf, listGet, walkByCursor } from '../helpers/lists.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { createWallet, INVALID_QUERY, topUp } from '../helpers/wallets.ts';

/** The transaction list at volume (docs/reference/pagination.md): the `after` cursor, counts, the amount sort. */

interface Listed {
  id: number;
  amount: number;
  transaction_type: string;
  wallet_id: number;
}

for (const engine of ENGINES) {
  describe(`transaction list: cursor, counts, amount sort [${engine}]`, () => {
    let store: TestStore;
    let token: string;
    let otherToken: string;
    let clientId: number;
    const wallets: Record<string, number> = {};

    before(async () => {
      store = await startTestStore(engine);
      const client = await createClient(store);
      clientId = client.client_id;
      token = (await loginOk(store, client)).access_token;
      const amounts: Record<string, string[]> = {
        USD: ['241.25', '10.00', '999.99', '0.01', '55.50'],
        EUR: ['300.00', '12.34', '7.00'],
        JPY: ['1000', '250', '99999'],
      };
      for (const [currency, credits] of Object.entries(amounts)) {
        wallets[currency] = (await createWallet(store, clientId, currency)).id;
        for (const amount of credits) await topUp(store, wallets[currency]!, amount);
        await store.container.wallets.debitWallet(wallets[currency]!, { amount: credits[1]! });
      }
      const other = await createClient(store);
      otherToken = (await loginOk(store, other)).access_token;
      await topUp(store, (await createWallet(store, other.client_id, 'USD')).id, '5.00');
    });
    after(() => store?.close());

    test('walking by cursor returns every transaction once, in the order of the list, with filters and sorts', async () => {
      for (const query of [
        '',
        'transaction_type=CREDIT',
        'transaction_type=debit',
        `wallet_id=${wallets.USD}`,
        'currency=eur',
        'currency_id=392&transaction_type=CREDIT',
        'sort_by=created_at&sort_dir=asc',
        'sort_by=created_at&transaction_type=DEBIT',
        'status=COMPLETED&sort_by=id&sort_dir=asc',
        'start_date=2000-01-01&end_date=2999-01-01',
      ]) {
        const whole = idsOf(await listGet(store, `/api/v1/transactions?limit=100&${query}`, token), query);
        assert.ok(whole.length > 0, query);
        for (const limit of [1, 3]) {
          const walked = await walkByCursor(store, `/api/v1/transactions?${query}`, token, limit);
          assert.deepEqual(walked.ids, whole, `${query} limit ${limit}`);
        }
      }
    });

    test('X-Total-Count is exact per wallet, currency, type and status', async () => {
      const db = store.container.database.db;
      for (const [query, where] of [
        ['', sql`true`],
        ['transaction_type=CREDIT', sql`transaction_type = 'CREDIT'`],
        [`wallet_id=${wallets.EUR}&transaction_type=DEBIT`, sql`wallet_id = ${wallets.EUR} and transaction_type = 'DEBIT'`],
        ['currency=JPY', sql`wallet_id = ${wallets.JPY}`],
        ['status=COMPLETED', sql`status = 'COMPLETED'`],
        ['status=PENDING', sql`status = 'PENDING'`],
      ] as const) {
        const response = await listGet(store, `/api/v1/transactions?limit=1&${query}`, token);
        const { rows } = await sql<{ n: string | number | bigint }>`
          select count(*) as n from ledger_transactions where client_id = ${clientId} and ${where}`.execute(db);
        assert.equal(response.headers['x-total-count'], String(Number(rows[0]!.n)), query);
      }
      assert.deepEqual(idsOf(await listGet(store, '/api/v1/transactions?status=FAILED', token)), []);
    });

    test('the amount sort compares major units across currencies, by page only: no cursor, and after with it is 400', async () => {
      const all = (await listGet(store, '/api/v1/transactions?limit=100', token)).json() as Listed[];
      const major = (item: Listed) => item.amount;
      for (const direction of ['asc', 'desc'] as const) {
        const expected = [...all].sort((x, y) => (major(x) - major(y) || x.id - y.id) * (direction === 'asc' ? 1 : -1)).map((item) => item.id);
        const pages: number[] = [];
        for (let page = 1; page <= 4; page++) {
          const response = await listGet(store, `/api/v1/transactions?sort_by=amount&sort_dir=${direction}&limit=4&page=${page}`, token);
          assert.equal(response.headers['x-next-cursor'], undefined);
          pages.push(...idsOf(response));
        }
        assert.deepEqual(pages, expected, direction);
        const credits = idsOf(
          await listGet(store, `/api/v1/transactions?sort_by=amount&sort_dir=${direction}&transaction_type=CREDIT&limit=100`, token),
        );
        assert.deepEqual(
          credits,
          expected.filter((id) => all.find((item) => item.id === id)!.transaction_type === 'CREDIT'),
        );
      }
      const cursor = (await listGet(store, '/api/v1/transactions?limit=1', token)).headers['x-next-cursor'] as string;
      const withAmount = await listGet(store, `/api/v1/transactions?sort_by=amount&after=${encodeURIComponent(cursor)}`, token);
      assert.equal(withAmount.statusCode, 400);
      assert.deepEqual(errorOf(withAmount), INVALID_QUERY);
    });

    test("a cursor is its client's: another client's is 400; another client's wallet lists nothing", async () => {
      const cursor = (await listGet(store, '/api/v1/transactions?limit=1', token)).headers['x-next-cursor'] as string;
      const response = await listGet(store, `/api/v1/transactions?after=${encodeURIComponent(cursor)}`, otherToken);
      assert.equal(response.statusCode, 400);
      assert.deepEqual(errorOf(response), INVALID_QUERY);
      const foreign = await listGet(store, `/api/v1/transactions?wallet_id=${wallets.USD}`, otherToken);
      assert.deepEqual(idsOf(foreign), []);
      assert.equal(foreign.headers['x-total-count'], '0');
    });
  });
}
