import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { clientScope, createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { ADMIN_TOKEN, BAD_IDS, badRequest, clientGet, createWallet, INVALID_QUERY, notFound, topUp } from '../helpers/wallets.ts';
import type { AdminWalletView } from '../../src/ledger/views.ts';

const WALLET_KEYS = ['amount', 'created_at', 'credit_limit', 'currency_code', 'currency_id', 'id', 'name', 'type'];
const TRANSACTION_KEYS = [
  'amount',
  'balance_after',
  'conversion_charges',
  'created_at',
  'currency_id',
  'destination_currency',
  'forex_rate',
  'id',
  'order_id',
  'remarks',
  'source_currency',
  'status',
  'transaction_type',
  'wallet_id',
];
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

type Tx = { id: number; wallet_id: number; amount: number; transaction_type: string; remarks: string; created_at: string } & Record<string, unknown>;

for (const engine of ENGINES) {
  describe(`wallets and transactions: client API [${engine}]`, () => {
    let store: TestStore;
    let tokenA: string;
    let tokenB: string;
    let clientA: number;
    let wallets: { usd: AdminWalletView; eur: AdminWalletView; jpy: AdminWalletView; kwd: AdminWalletView; bUsd: AdminWalletView };
    /** Transactions of client A in creation order. */
    const txA: Tx[] = [];
    let secondBatchStart: string;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      const a = await createClient(store, { name: 'A' });
      const b = await createClient(store, { name: 'B' });
      clientA = a.client_id;
      tokenA = (await loginOk(store, a)).access_token;
      tokenB = (await loginOk(store, b)).access_token;
      wallets = {
        usd: await createWallet(store, a.client_id, 'USD'),
        eur: await createWallet(store, a.client_id, 'EUR', { type: 'POSTPAID', credit_limit: '1000' }),
        jpy: await createWallet(store, a.client_id, 'JPY'),
        kwd: await createWallet(store, a.client_id, 'KWD'),
        bUsd: await createWallet(store, b.client_id, 'USD'),
      };
      const ledger = store.container.ledger;
      const db = store.container.database.db;
      const scopeA = await clientScope(store, clientA);
      const record = async (promise: Promise<{ id: number }>) => {
        const { id } = await promise;
        txA.push((await store.container.wallets.getClientTransaction(scopeA, id)) as unknown as Tx);
      };
      // First batch: a top-up, an order debit and its refund (the remark formats of api.md 5.2).
      await record(topUp(store, wallets.usd.id, '500', 'Initial funding'));
      await record(
        ledger.debitWallet(db, {
          walletId: wallets.usd.id,
          amount: 24125n,
          counterAccount: 'REVENUE',
          note: 'Order #1234',
          orderId: 1234,
          reason: 'ORDER',
          actor: `client:${clientA}`,
          clientId: clientA,
        }),
      );
      await record(
        ledger.creditWallet(db, {
          walletId: wallets.usd.id,
          amount: 24125n,
          counterAccount: 'REVENUE',
          note: 'Refund for Order #1234',
          orderId: 1234,
          reason: 'REFUND',
          actor: 'system',
        }),
      );
      await topUp(store, wallets.bUsd.id, '75.5', 'B funding');
      await sleep(1100);
      // Second batch, at least a second later: JPY and KWD precision, and a cross-currency debit.
      await record(topUp(store, wallets.jpy.id, '1000', 'Yen'));
      await record(store.container.wallets.creditWallet(wallets.kwd.id, { amount: 1.005, remarks: 'Fils' }));
      await record(
        ledger.debitWallet(db, {
          walletId: wallets.eur.id,
          amount: 28226n,
          counterAccount: 'REVENUE',
          note: 'Order #1235',
          orderId: 1235,
          reason: 'ORDER',
          actor: `client:${clientA}`,
          fx: { sourceCurrencyId: 826, sourceAmount: 24125n, forexRate: '1.17', conversionCharges: 0n },
        }),
      );
      secondBatchStart = txA[3]!.created_at;
    });
    after(() => store?.close());

    // ---- wallets ------------------------------------------------------------------------------

    test('GET /api/v1/wallets: the documented object, id DESC, pagination headers', async () => {
      const response = await clientGet(store, '/api/v1/wallets', tokenA);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      const list = response.json() as Record<string, unknown>[];
      assert.deepEqual(
        list.map((w) => w.id),
        [wallets.kwd.id, wallets.jpy.id, wallets.eur.id, wallets.usd.id],
      );
      for (const wallet of list) assert.deepEqual(Object.keys(wallet).sort(), WALLET_KEYS);
      const usd = list.find((w) => w.id === wallets.usd.id)!;
      assert.deepEqual(usd, {
        id: wallets.usd.id,
        currency_id: 840,
        amount: 500,
        type: 'PREPAID',
        currency_code: 'USD',
        name: 'USD Wallet',
        credit_limit: null,
        created_at: wallets.usd.created_at,
      });
      assert.match(usd.created_at as string, RFC3339_SECONDS);
      const eur = list.find((w) => w.id === wallets.eur.id)!;
      assert.equal(eur.type, 'POSTPAID');
      assert.equal(eur.credit_limit, 1000);
      assert.equal(eur.amount, -282.26);
      assert.equal(list.find((w) => w.id === wallets.jpy.id)!.amount, 1000);
      assert.equal(list.find((w) => w.id === wallets.kwd.id)!.amount, 1.005);
      assert.equal(response.headers['x-page'], '1');
      assert.equal(response.headers['x-per-page'], '50');
      assert.equal(response.headers['x-total-count'], '4');
      assert.equal(response.headers['x-total-pages'], '1');
      assert.equal(response.headers['x-page-size'], '4');
      assert.equal(response.headers['x-has-more'], 'false');
    });

    test('GET /api/v1/wallets: page and limit', async () => {
      const page2 = await clientGet(store, '/api/v1/wallets?page=2&limit=3', tokenA);
      assert.equal(page2.statusCode, 200);
      assert.deepEqual(
        (page2.json() as { id: number }[]).map((w) => w.id),
        [wallets.usd.id],
      );
      assert.equal(page2.headers['x-page'], '2');
      assert.equal(page2.headers['x-per-page'], '3');
      assert.equal(page2.headers['x-total-count'], '4');
      assert.equal(page2.headers['x-total-pages'], '2');
      assert.equal(page2.headers['x-page-size'], '1');
      assert.equal(page2.headers['x-has-more'], 'false');
      const page1 = await clientGet(store, '/api/v1/wallets?page=1&limit=3', tokenA);
      assert.equal(page1.headers['x-has-more'], 'true');
      assert.equal((page1.json() as unknown[]).length, 3);
      const beyond = await clientGet(store, '/api/v1/wallets?page=9&limit=3', tokenA);
      assert.deepEqual(beyond.json(), []);
      assert.equal(beyond.headers['x-page-size'], '0');
    });

    test('GET /api/v1/wallets: currency and name filters; sort is ignored', async () => {
      const ids = async (query: string) => {
        const response = await clientGet(store, `/api/v1/wallets${query}`, tokenA);
        assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
        return (response.json() as { id: number }[]).map((w) => w.id);
      };
      assert.deepEqual(await ids('?currency=USD'), [wallets.usd.id]);
      assert.deepEqual(await ids('?currency=jpy'), [wallets.jpy.id]);
      assert.deepEqual(await ids('?currency=GBP'), []);
      assert.deepEqual(await ids('?name=usd'), [wallets.usd.id]);
      assert.deepEqual(await ids('?name=EUR%20w'), [wallets.eur.id]);
      assert.deepEqual(await ids('?name=Wallet'), [wallets.kwd.id, wallets.jpy.id, wallets.eur.id, wallets.usd.id]);
      assert.deepEqual(await ids('?name=%25'), []);
      assert.deepEqual(await ids('?currency=USD&name=EUR'), []);
      const all = [wallets.kwd.id, wallets.jpy.id, wallets.eur.id, wallets.usd.id];
      assert.deepEqual(await ids(`?sort=${encodeURIComponent('{"field":"id","direction":"ASC"}')}`), all);
      assert.deepEqual(await ids('?sort=nonsense'), all);
      assert.deepEqual(await ids('?sort_by=name&sort_dir=asc'), all);
    });

    test('GET /api/v1/wallets: bad query → 400 Invalid query parameters', async () => {
      for (const query of [
        'page=0',
        'page=-1',
        'page=abc',
        'page=1.5',
        'limit=0',
        'limit=10001',
        'limit=x',
        'currency=US',
        'currency=USDX',
        'currency=1',
        'page=1&page=2',
      ]) {
        const response = await clientGet(store, `/api/v1/wallets?${query}`, tokenA);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
      const max = await clientGet(store, '/api/v1/wallets?limit=10000', tokenA);
      assert.equal(max.statusCode, 200);
    });

    test('GET /api/v1/wallets/:id: own wallet, another client’s is 404, bad ids 400', async () => {
      const own = await clientGet(store, `/api/v1/wallets/${wallets.kwd.id}`, tokenA);
      assert.equal(own.statusCode, 200);
      assert.deepEqual(own.json(), {
        id: wallets.kwd.id,
        currency_id: 414,
        amount: 1.005,
        type: 'PREPAID',
        currency_code: 'KWD',
        name: 'KWD Wallet',
        credit_limit: null,
        created_at: wallets.kwd.created_at,
      });
      const foreign = await clientGet(store, `/api/v1/wallets/${wallets.bUsd.id}`, tokenA);
      assert.equal(foreign.statusCode, 404);
      assert.deepEqual(errorOf(foreign), notFound('Wallet not found'));
      const mine = await clientGet(store, `/api/v1/wallets/${wallets.bUsd.id}`, tokenB);
      assert.equal(mine.statusCode, 200);
      assert.equal(mine.json().amount, 75.5);
      const missing = await clientGet(store, '/api/v1/wallets/2147483647', tokenA);
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(errorOf(missing), notFound('Wallet not found'));
      for (const id of BAD_IDS) {
        const response = await clientGet(store, `/api/v1/wallets/${id}`, tokenA);
        assert.equal(response.statusCode, 400, id);
        assert.deepEqual(errorOf(response), badRequest('Invalid wallet ID'), id);
      }
    });

    test('tenant isolation: client B sees only its own wallets', async () => {
      const response = await clientGet(store, '/api/v1/wallets', tokenB);
      assert.deepEqual(
        (response.json() as { id: number }[]).map((w) => w.id),
        [wallets.bUsd.id],
      );
    });

    // ---- transactions -------------------------------------------------------------------------

    test('GET /api/v1/transactions: newest first, signed amounts, remarks formats, order_id, balance_after', async () => {
      const response = await clientGet(store, '/api/v1/transactions', tokenA);
      assert.equal(response.statusCode, 200);
      const list = response.json() as Tx[];
      assert.deepEqual(
        list.map((t) => t.id),
        txA.map((t) => t.id).reverse(),
      );
      for (const t of list) assert.deepEqual(Object.keys(t).sort(), TRANSACTION_KEYS);
      const [funding, order, refund, yen, fils] = txA;
      assert.deepEqual(
        list.find((t) => t.id === funding!.id),
        {
          id: funding!.id,
          wallet_id: wallets.usd.id,
          currency_id: 840,
          amount: 500,
          transaction_type: 'CREDIT',
          status: 'COMPLETED',
          remarks: 'USD Wallet credited by amount 500.00 - Initial funding',
          created_at: funding!.created_at,
          source_currency: null,
          destination_currency: null,
          forex_rate: null,
          conversion_charges: null,
          order_id: null,
          balance_after: 500,
        },
      );
      assert.match(funding!.created_at, RFC3339_SECONDS);
      const debit = list.find((t) => t.id === order!.id)!;
      assert.equal(debit.amount, -241.25);
      assert.equal(debit.transaction_type, 'DEBIT');
      assert.equal(debit.remarks, 'USD Wallet debited by amount 241.25 - Order #1234');
      assert.equal(debit.order_id, 1234);
      assert.equal(debit.balance_after, 258.75);
      const credit = list.find((t) => t.id === refund!.id)!;
      assert.equal(credit.amount, 241.25);
      assert.equal(credit.remarks, 'USD Wallet credited by amount 241.25 - Refund for Order #1234');
      assert.equal(credit.balance_after, 500);
      assert.equal(list.find((t) => t.id === yen!.id)!.remarks, 'JPY Wallet credited by amount 1000 - Yen');
      assert.equal(list.find((t) => t.id === fils!.id)!.remarks, 'KWD Wallet credited by amount 1.005 - Fils');
      assert.equal(list.find((t) => t.id === fils!.id)!.amount, 1.005);
      assert.equal(response.headers['x-total-count'], String(txA.length));
    });

    test('a cross-currency movement carries the four FX fields', async () => {
      const fx = txA[5]!;
      const response = await clientGet(store, `/api/v1/transactions/${fx.id}`, tokenA);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        id: fx.id,
        wallet_id: wallets.eur.id,
        currency_id: 978,
        amount: -282.26,
        transaction_type: 'DEBIT',
        status: 'COMPLETED',
        remarks: 'EUR Wallet debited by amount 282.26 - Order #1235',
        created_at: fx.created_at,
        source_currency: 'GBP',
        destination_currency: 'EUR',
        forex_rate: 1.17,
        conversion_charges: 0,
        order_id: 1235,
        balance_after: -282.26,
      });
    });

    test('GET /api/v1/transactions: filters', async () => {
      const ids = async (query: string, token = tokenA) => {
        const response = await clientGet(store, `/api/v1/transactions${query}`, token);
        assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
        return (response.json() as { id: number }[]).map((t) => t.id);
      };
      const [funding, order, refund, yen, fils, fx] = txA.map((t) => t.id) as number[];
      assert.deepEqual(await ids(`?wallet_id=${wallets.usd.id}`), [refund, order, funding]);
      assert.deepEqual(await ids(`?wallet_id=${wallets.bUsd.id}`), []);
      assert.deepEqual(await ids('?currency=usd'), [refund, order, funding]);
      assert.deepEqual(await ids('?currency=KWD'), [fils]);
      assert.deepEqual(await ids('?currency_id=392'), [yen]);
      assert.deepEqual(await ids('?currency_id=999'), []);
      assert.deepEqual(await ids('?transaction_type=DEBIT'), [fx, order]);
      assert.deepEqual(await ids('?transaction_type=credit'), [fils, yen, refund, funding]);
      assert.deepEqual(await ids('?status=COMPLETED'), [fx, fils, yen, refund, order, funding]);
      assert.deepEqual(await ids('?status=pending'), []);
      assert.deepEqual(await ids('?status=FAILED'), []);
      assert.deepEqual(await ids(`?currency=USD&transaction_type=DEBIT&wallet_id=${wallets.usd.id}`), [order]);
      // Dates: inclusive start, exclusive end.
      const start = encodeURIComponent(secondBatchStart);
      assert.deepEqual(await ids(`?start_date=${start}`), [fx, fils, yen]);
      assert.deepEqual(await ids(`?end_date=${start}`), [refund, order, funding]);
      assert.deepEqual(await ids(`?start_date=${start}&end_date=${start}`), []);
      const offset = new Date(Date.parse(secondBatchStart)).toISOString().replace('Z', '+00:00');
      assert.deepEqual(await ids(`?start_date=${encodeURIComponent(offset)}`), [fx, fils, yen]);
      assert.deepEqual(await ids('?start_date=2999-01-01T00:00:00Z'), []);
      assert.deepEqual(await ids('?end_date=2000-01-01'), []);
      assert.deepEqual(await ids('?start_date=2000-01-01&end_date=2999-12-31T23:59:59.999%2B02:00'), [fx, fils, yen, refund, order, funding]);
      // Tenant isolation in the list.
      assert.deepEqual((await ids('', tokenB)).length, 1);
      assert.deepEqual(await ids(`?wallet_id=${wallets.usd.id}`, tokenB), []);
    });

    test('GET /api/v1/transactions: sort by id, amount, created_at; pagination', async () => {
      const ids = async (query: string) => {
        const response = await clientGet(store, `/api/v1/transactions${query}`, tokenA);
        assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
        return response.json() as Tx[];
      };
      const sort = (field: string, direction: string) => `?sort=${encodeURIComponent(JSON.stringify({ field, direction }))}`;
      assert.deepEqual(
        (await ids(sort('id', 'ASC'))).map((t) => t.id),
        txA.map((t) => t.id),
      );
      const byAmount = (await ids(sort('amount', 'ASC'))).map((t) => t.amount);
      assert.deepEqual(
        byAmount,
        [...byAmount].sort((a, b) => a - b),
      );
      assert.equal(byAmount[0], -282.26);
      const byAmountDesc = (await ids(`?sort=${encodeURIComponent('{"Field":"AMOUNT","Direction":"desc"}')}`)).map((t) => t.amount);
      assert.equal(byAmountDesc[0], 1000);
      assert.deepEqual(
        (await ids(sort('created_at', 'DESC'))).map((t) => t.id),
        txA.map((t) => t.id).reverse(),
      );
      assert.deepEqual(
        (await ids('?sort_by=created_at&sort_dir=asc')).map((t) => t.id),
        txA.map((t) => t.id),
      );
      const page = await clientGet(store, '/api/v1/transactions?limit=4&page=2', tokenA);
      assert.deepEqual(
        (page.json() as Tx[]).map((t) => t.id),
        txA
          .slice(0, 2)
          .map((t) => t.id)
          .reverse(),
      );
      assert.equal(page.headers['x-total-count'], '6');
      assert.equal(page.headers['x-total-pages'], '2');
      assert.equal(page.headers['x-page-size'], '2');
      assert.equal(page.headers['x-has-more'], 'false');
    });

    test('GET /api/v1/transactions: bad query → 400 Invalid query parameters', async () => {
      for (const query of [
        'page=0',
        'limit=10001',
        'limit=1.5',
        'wallet_id=abc',
        'wallet_id=0',
        'wallet_id=2147483648',
        'currency=DOLLAR',
        'currency_id=x',
        'transaction_type=REFUND',
        'status=DONE',
        'start_date=yesterday',
        'start_date=2025-13-01T00:00:00Z',
        'end_date=2025-02-30',
        'end_date=2025-01-15T10:30:00',
        `sort=${encodeURIComponent('{"field":"remarks"}')}`,
        'sort=notjson',
        'sort_by=wallet_id',
        'sort_dir=sideways',
      ]) {
        const response = await clientGet(store, `/api/v1/transactions?${query}`, tokenA);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
    });

    test('GET /api/v1/transactions/:id: own, another client’s is 404, bad ids 400', async () => {
      const first = txA[0]!;
      const own = await clientGet(store, `/api/v1/transactions/${first.id}`, tokenA);
      assert.equal(own.statusCode, 200);
      assert.equal(own.json().remarks, 'USD Wallet credited by amount 500.00 - Initial funding');
      const foreign = await clientGet(store, `/api/v1/transactions/${first.id}`, tokenB);
      assert.equal(foreign.statusCode, 404);
      assert.deepEqual(errorOf(foreign), notFound('Transaction not found'));
      const missing = await clientGet(store, '/api/v1/transactions/2147483647', tokenA);
      assert.deepEqual(errorOf(missing), notFound('Transaction not found'));
      for (const id of BAD_IDS) {
        const response = await clientGet(store, `/api/v1/transactions/${id}`, tokenA);
        assert.equal(response.statusCode, 400, id);
        assert.deepEqual(errorOf(response), badRequest('Invalid transaction ID'), id);
      }
    });

    test('every wallet and transaction route needs a client token', async () => {
      for (const url of ['/api/v1/wallets', `/api/v1/wallets/${wallets.usd.id}`, '/api/v1/transactions', `/api/v1/transactions/${txA[0]!.id}`]) {
        for (const token of ['', ADMIN_TOKEN]) {
          const response = await store.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
          assert.equal(response.statusCode, 401, url);
          assert.deepEqual(errorOf(response), UNAUTHORIZED);
        }
      }
    });
  });
}
