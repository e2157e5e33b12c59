import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createClient } from '../helpers/api.ts';
import type { DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { errorOf, startDemoPortal, type Member, type PortalApi } from './setup.ts';

interface Line {
  id: number;
  transaction_type: string;
  created_at: string;
}

const INVALID_QUERY = { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' };
const NOT_FOUND = { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Transaction not found' };

/**
 * `GET /portal/v1/transactions?line=ID`: the page of the list, in its filters and sort, that holds
 * one of the client's transactions — what the statement opens from an order's timeline, in one
 * request however deep the line is.
 */
for (const engine of ENGINES) {
  describe(`GET /portal/v1/transactions?line= [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let demo: DemoClient;
    let owner: Member;
    let usdWallet: number;

    const get = (query: string, as = owner) => call.withCookie(as.session, 'GET', `/transactions?${query}`);
    /** Every line of the list (its filters and sort in `query`), in its order. */
    const whole = async (query: string) => {
      const response = await get(`${query}&limit=1000`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as Line[];
    };
    /** The page `line=` answers: its number, its lines, and the number the whole list says it must be. */
    async function check(query: string, line: number, limit: number) {
      const response = await get(`${query}&limit=${limit}&line=${line}`);
      assert.equal(response.statusCode, 200, response.body);
      const page = Number(response.headers['x-page']);
      const ids = (response.json() as Line[]).map((item) => item.id);
      const all = (await whole(query)).map((item) => item.id);
      const expected = Math.floor(all.indexOf(line) / limit) + 1;
      assert.equal(page, expected, `${query}: line ${line} on page ${expected}`);
      assert.deepEqual(ids, all.slice((page - 1) * limit, page * limit), `${query}: the list's page ${page}`);
      assert.ok(ids.includes(line), `${query}: the page holds line ${line}`);
      assert.equal(response.headers['x-per-page'], String(limit));
      assert.equal(response.headers['x-total-count'], String(all.length));
    }

    before(async () => {
      const portal = await startDemoPortal(engine);
      ({ store, call, demo } = portal);
      owner = await call.member(demo.credentials.client_id, 'owner');
      const wallets = (await call.admin('GET', `/wallets?client_id=${demo.credentials.client_id}`)).json() as { id: number; currency_code: string }[];
      usdWallet = wallets.find((wallet) => wallet.currency_code === 'USD')!.id;
      // 24 debits and 6 credits, one credit after every fourth debit, and an order's debit.
      for (let n = 1; n <= 24; n++) {
        const debit = await call.admin('POST', `/wallets/${usdWallet}/debit`, { amount: '0.01', remarks: `Fee ${n}` });
        assert.equal(debit.statusCode, 201, debit.body);
        if (n % 4 === 0) {
          const credit = await call.admin('POST', `/wallets/${usdWallet}/credit`, { amount: '1.00', remarks: `Top-up ${n}` });
          assert.equal(credit.statusCode, 201, credit.body);
        }
      }
      await portal.place(1);
    });
    after(() => store?.close());

    test('the page that holds the line, first, middle and last, in the default order, by date both ways, and under a filter', async () => {
      const lines = await whole('');
      assert.ok(lines.length >= 31, 'the lines made above');
      const debits = lines.filter((line) => line.transaction_type === 'DEBIT');
      for (const line of [lines[0]!, lines[7]!, lines[16]!, lines.at(-1)!]) {
        await check('', line.id, 5);
        await check('sort_by=created_at&sort_dir=asc', line.id, 4);
        await check('sort_by=created_at&sort_dir=desc', line.id, 7);
        await check('sort_by=id&sort_dir=asc', line.id, 1);
      }
      for (const line of [debits[0]!, debits[12]!, debits.at(-1)!]) {
        await check(`transaction_type=DEBIT&wallet_id=${usdWallet}`, line.id, 5);
        await check('transaction_type=debit&sort_by=created_at&sort_dir=asc', line.id, 6);
        // A day's window, as an order's timeline links to it.
        const day = line.created_at.slice(0, 10);
        const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
        await check(`transaction_type=DEBIT&wallet_id=${usdWallet}&start_date=${day}&end_date=${next}`, line.id, 5);
        await check(`start_date=${line.created_at}&sort_by=created_at&sort_dir=desc`, line.id, 3);
      }
    });

    test('a line the filters leave out: the page where it would be, without it', async () => {
      const lines = await whole('');
      const credit = lines.find((line) => line.transaction_type === 'CREDIT' && lines.indexOf(line) > 10)!;
      const debits = (await whole('transaction_type=DEBIT')).map((line) => line.id);
      const newer = debits.filter((id) => id > credit.id).length;
      const response = await get(`transaction_type=DEBIT&limit=5&line=${credit.id}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['x-page'], String(Math.floor(newer / 5) + 1));
      assert.ok(!(response.json() as Line[]).some((line) => line.id === credit.id), 'not listed');
    });

    test("another client's transaction, or none: 404 Transaction not found, as GET /api/v1/transactions/:id answers", async () => {
      const other = await createClient(store, { name: 'Not the demo client' });
      const wallet = await call.admin('POST', '/wallets', { client_id: other.client_id, currency: 'USD' });
      assert.equal(wallet.statusCode, 201, wallet.body);
      const theirs = await call.admin('POST', `/wallets/${wallet.json().id}/credit`, { amount: '5.00' });
      assert.equal(theirs.statusCode, 201, theirs.body);
      for (const line of [theirs.json().id as number, 2_147_483_647]) {
        const response = await get(`line=${line}`);
        assert.equal(response.statusCode, 404, response.body);
        assert.deepEqual(errorOf(response), NOT_FOUND);
      }
    });

    test('a malformed line, or one with page, after or the amount sort: 400 Invalid query parameters', async () => {
      const [line] = await whole('');
      const first = await get('limit=2');
      const cursor = first.headers['x-next-cursor'] as string;
      assert.ok(cursor, 'a cursor to give');
      for (const query of [
        'line=abc',
        'line=0',
        'line=-3',
        'line=1.5',
        'line=2147483648',
        `line=${line!.id}&page=2`,
        `line=${line!.id}&page=1`,
        `line=${line!.id}&after=${encodeURIComponent(cursor)}`,
        `line=${line!.id}&sort_by=amount`,
        `line=${line!.id}&sort=${encodeURIComponent('{"field":"amount","direction":"DESC"}')}`,
      ]) {
        const response = await get(query);
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
      const empty = await get('line=&limit=3');
      assert.equal(empty.statusCode, 200, 'an empty line is none');
      assert.equal(empty.headers['x-page'], '1');
    });

    test('more than 10,000 lines before it: 400 PAGE_TOO_DEEP; 10,000 or fewer, the page', async () => {
      const db = store.container.database.db;
      const [oldest] = await whole('sort_by=id&sort_dir=asc');
      const copies = (count: number) =>
        sql`insert into ledger_transactions (wallet_id, client_id, currency_id, amount, transaction_type, status, reason, remarks,
            balance_after, counter_account_id, actor, created_at)
          select t.wallet_id, t.client_id, t.currency_id, t.amount, t.transaction_type, t.status, t.reason, t.remarks,
            t.balance_after, t.counter_account_id, t.actor, t.created_at + g * interval '1 microsecond'
          from ledger_transactions t, generate_series(1, ${count}::int) as g where t.id = ${oldest!.id}::int`.execute(db);
      const before = (await whole('')).findIndex((line) => line.id === oldest!.id);
      await copies(10_000 - before);
      const deepest = await get(`limit=50&line=${oldest!.id}`);
      assert.equal(deepest.statusCode, 200, deepest.body);
      assert.equal(deepest.headers['x-page'], String(Math.floor(10_000 / 50) + 1), '10,000 lines before it');
      assert.ok(
        (deepest.json() as Line[]).some((line) => line.id === oldest!.id),
        'the page holds it',
      );
      await copies(1);
      const tooDeep = await get(`limit=50&line=${oldest!.id}`);
      assert.equal(tooDeep.statusCode, 400, tooDeep.body);
      assert.deepEqual(errorOf(tooDeep), {
        name: 'BadRequestError',
        code: 'PAGE_TOO_DEEP',
        message: 'Page too deep: (page - 1) × limit may be at most 10000; read on with after (X-Next-Cursor)',
      });
      const [newest] = (await get('limit=1')).json() as Line[];
      const top = await get(`limit=50&line=${newest!.id}`);
      assert.equal(top.headers['x-page'], '1', 'the newest line is on the first page');
    });
  });
}
