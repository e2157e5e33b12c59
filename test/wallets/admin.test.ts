import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf as fullError, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, BAD_IDS, badRequest, INSUFFICIENT_FUNDS, INVALID_QUERY, notFound } from '../helpers/wallets.ts';
import { convertMinor } from '../../src/ledger/fx.service.ts';

/** The error without its `details` (validation errors add them). */
function errorOf(response: Parameters<typeof fullError>[0]) {
  const { details: _details, ...error } = fullError(response) as ReturnType<typeof fullError> & { details?: unknown };
  return error;
}

const validation = (message: string) => ({ name: 'ValidationException', code: 'VALIDATION_FAILURE', message });
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function auditOf(store: TestStore, target: string) {
  return store.container.database.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'details'])
    .where('target', '=', target)
    .orderBy('id')
    .execute();
}

async function transactionCount(store: TestStore, walletId: number): Promise<number> {
  const row = await store.container.database.db
    .selectFrom('ledger_transactions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('wallet_id', '=', walletId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const engine of ENGINES) {
  describe(`wallets, FX and reconciliation: operator side [${engine}]`, () => {
    let store: TestStore;
    let clientId: number;
    let clientToken: string;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      const credentials = await createClient(store);
      clientId = credentials.client_id;
      clientToken = (await loginOk(store, credentials)).access_token;
    });
    after(() => store?.close());

    test('admin routes take the operator token only', async () => {
      for (const [method, url] of [
        ['POST', '/wallets'],
        ['GET', '/wallets'],
        ['GET', '/wallets/1'],
        ['POST', '/wallets/1/credit'],
        ['POST', '/wallets/1/debit'],
        ['GET', '/wallets/1/transactions'],
        ['POST', '/fx-rates'],
        ['GET', '/fx-rates'],
        ['GET', '/ledger/reconciliation'],
      ] as const) {
        for (const token of ['', clientToken, 'not-the-admin-token-but-long-enough-0123456789']) {
          const response = await admin(store, method, url, method === 'POST' ? { amount: '1' } : undefined, token);
          assert.equal(response.statusCode, 401, `${method} ${url}`);
          assert.deepEqual(errorOf(response), UNAUTHORIZED);
        }
      }
    });

    test('create a wallet: PREPAID by default, POSTPAID with a credit limit; audited', async () => {
      const created = await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'usd' });
      assert.equal(created.statusCode, 201);
      const wallet = created.json();
      assert.deepEqual(
        { ...wallet, created_at: 'x' },
        {
          id: wallet.id,
          client_id: clientId,
          currency_id: 840,
          amount: 0,
          type: 'PREPAID',
          currency_code: 'USD',
          name: 'USD Wallet',
          credit_limit: null,
          created_at: 'x',
        },
      );
      assert.match(wallet.created_at, RFC3339_SECONDS);
      const audit = await auditOf(store, `wallet:${wallet.id}`);
      assert.deepEqual(
        audit.map((a) => [a.actor, a.action]),
        [['operator:admin-token', 'wallet.create']],
      );
      assert.deepEqual((audit[0]!.details as { after: unknown }).after, wallet);

      const postpaid = await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 978, type: 'postpaid', credit_limit: '250.50' });
      assert.equal(postpaid.statusCode, 201);
      assert.equal(postpaid.json().type, 'POSTPAID');
      assert.equal(postpaid.json().credit_limit, 250.5);
      assert.equal(postpaid.json().currency_code, 'EUR');

      const shown = await admin(store, 'GET', `/wallets/${wallet.id}`);
      assert.deepEqual(shown.json(), wallet);
      const listed = await admin(store, 'GET', `/wallets?client_id=${clientId}`);
      assert.deepEqual(
        (listed.json() as { id: number }[]).map((w) => w.id),
        [postpaid.json().id, wallet.id],
      );
      assert.deepEqual((await admin(store, 'GET', '/wallets?client_id=999999')).json(), []);
      assert.deepEqual(errorOf(await admin(store, 'GET', '/wallets?client_id=abc')), INVALID_QUERY);
    });

    test('create a wallet: the errors', async () => {
      const create = (body: object) => admin(store, 'POST', '/wallets', body);
      const duplicate = await create({ client_id: clientId, currency: 'USD' });
      assert.equal(duplicate.statusCode, 400);
      assert.deepEqual(errorOf(duplicate), badRequest('The client already has a USD wallet'));
      assert.deepEqual(errorOf(await create({ client_id: 999999, currency: 'USD' })), notFound('Client not found'));
      assert.deepEqual(errorOf(await create({ client_id: clientId, currency: 'ZZZ' })), notFound('Currency not found'));
      assert.equal(errorOf(await create({ client_id: clientId, currency: 'US' })).code, 'VALIDATION_FAILURE');
      assert.deepEqual(
        errorOf(await create({ client_id: clientId, currency: 'GBP', type: 'CREDIT' })),
        validation('Invalid type: PREPAID or POSTPAID'),
      );
      assert.deepEqual(
        errorOf(await create({ client_id: clientId, currency: 'GBP', credit_limit: 10 })),
        validation('Invalid credit_limit: only POSTPAID wallets have a credit limit'),
      );
      assert.deepEqual(
        errorOf(await create({ client_id: clientId, currency: 'JPY', type: 'POSTPAID', credit_limit: '10.5' })),
        validation('Invalid credit_limit: JPY amounts are whole numbers'),
      );
      assert.deepEqual(
        errorOf(await create({ client_id: clientId, currency: 'JPY', type: 'POSTPAID', credit_limit: '-1' })),
        validation('Invalid credit_limit: must not be negative'),
      );
      const missing = await create({ currency: 'USD' });
      assert.equal(missing.statusCode, 400);
      assert.equal(errorOf(missing).code, 'VALIDATION_FAILURE');
      await store.container.reference.setCurrencyActive(36, false);
      try {
        assert.deepEqual(errorOf(await create({ client_id: clientId, currency: 'AUD' })), badRequest('Currency AUD is not active'));
      } finally {
        await store.container.reference.setCurrencyActive(36, true);
      }
    });

    test('two operators creating the same wallet at once: one wallet, the other a clean 400', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'CHF' })));
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 400, 400, 400, 400]);
      for (const r of results.filter((r) => r.statusCode === 400)) {
        assert.deepEqual(errorOf(r), badRequest('The client already has a CHF wallet'));
      }
    });

    test('credit and debit: remarks, signed amounts, balance_after, audit before/after', async () => {
      const wallet = (await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'GBP' })).json();
      const credit = await admin(store, 'POST', `/wallets/${wallet.id}/credit`, { amount: '500', remarks: '  Wire ref 42  ' });
      assert.equal(credit.statusCode, 201);
      const tx = credit.json();
      assert.deepEqual(
        { ...tx, created_at: 'x' },
        {
          id: tx.id,
          client_id: clientId,
          wallet_id: wallet.id,
          currency_id: 826,
          amount: 500,
          transaction_type: 'CREDIT',
          status: 'COMPLETED',
          remarks: 'GBP Wallet credited by amount 500.00 - Wire ref 42',
          created_at: 'x',
          source_currency: null,
          destination_currency: null,
          forex_rate: null,
          conversion_charges: null,
          order_id: null,
          balance_after: 500,
          currency_code: 'GBP',
          reason: 'TOP_UP',
        },
      );
      const debit = await admin(store, 'POST', `/wallets/${wallet.id}/debit`, { amount: 120.35, remarks: 'Correction' });
      assert.equal(debit.statusCode, 201);
      assert.equal(debit.json().amount, -120.35);
      assert.equal(debit.json().transaction_type, 'DEBIT');
      assert.equal(debit.json().remarks, 'GBP Wallet debited by amount 120.35 - Correction');
      assert.equal(debit.json().balance_after, 379.65);
      assert.equal(debit.json().reason, 'ADJUSTMENT');
      const bare = await admin(store, 'POST', `/wallets/${wallet.id}/credit`, { amount: '0.35' });
      assert.equal(bare.json().remarks, 'GBP Wallet credited by amount 0.35');
      assert.equal((await admin(store, 'GET', `/wallets/${wallet.id}`)).json().amount, 380);

      const audit = await auditOf(store, `wallet:${wallet.id}`);
      assert.deepEqual(
        audit.map((a) => a.action),
        ['wallet.create', 'wallet.credit', 'wallet.debit', 'wallet.credit'],
      );
      const details = audit[2]!.details as { before: { balance: string }; after: { balance: string }; transaction: { id: number } };
      assert.deepEqual(details.before, { balance: '500.00' });
      assert.deepEqual(details.after, { balance: '379.65' });
      assert.equal(details.transaction.id, debit.json().id);

      const history = await admin(store, 'GET', `/wallets/${wallet.id}/transactions?limit=2`);
      assert.equal(history.statusCode, 200);
      assert.deepEqual(
        (history.json() as { id: number }[]).map((t) => t.id),
        [bare.json().id, debit.json().id],
      );
      assert.equal(history.headers['x-total-count'], undefined, 'without page: no page headers');
      const second = await admin(store, 'GET', `/wallets/${wallet.id}/transactions?limit=2&page=2`);
      assert.equal(second.statusCode, 200, second.body);
      assert.deepEqual(
        (second.json() as { remarks: string }[]).map((t) => t.remarks),
        [(await admin(store, 'GET', `/wallets/${wallet.id}/transactions`)).json()[2].remarks],
        'page 2 of 2 a page: the oldest, the first credit',
      );
      assert.deepEqual(
        ['x-page', 'x-per-page', 'x-total-count', 'x-total-pages', 'x-has-more'].map((name) => second.headers[name]),
        ['2', '2', '3', '2', 'false'],
      );
      for (const bad of ['page=0', 'page=x', 'page=-1', 'page=1e3']) {
        const refused = await admin(store, 'GET', `/wallets/${wallet.id}/transactions?${bad}`);
        assert.equal(refused.statusCode, 400, bad);
        assert.equal(refused.json().error.message, 'Invalid query parameters', bad);
      }
    });

    test('amounts are validated against the currency precision', async () => {
      const usd = (await admin(store, 'GET', `/wallets?client_id=${clientId}`))
        .json()
        .find((w: { currency_code: string }) => w.currency_code === 'USD');
      const jpy = (await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'JPY' })).json();
      const kwd = (await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'KWD' })).json();
      const credit = (walletId: number, amount: unknown) => admin(store, 'POST', `/wallets/${walletId}/credit`, { amount });

      for (const [walletId, amount, message] of [
        [usd.id, 10.005, 'Invalid amount: USD allows at most 2 decimal places'],
        [usd.id, '10.005', 'Invalid amount: USD allows at most 2 decimal places'],
        [usd.id, 0.1 + 0.2, 'Invalid amount: USD allows at most 2 decimal places'],
        [usd.id, '0', 'Invalid amount: must be greater than 0'],
        [usd.id, 0, 'Invalid amount: must be greater than 0'],
        [usd.id, '-5', 'Invalid amount: must not be negative'],
        [usd.id, -5, 'Invalid amount: must not be negative'],
        [usd.id, 'abc', 'Invalid amount: must be a decimal number'],
        [usd.id, '1e3', 'Invalid amount: must be a decimal number'],
        [usd.id, '0x10', 'Invalid amount: must be a decimal number'],
        [usd.id, '1000000000000.01', 'Invalid amount: must be at most 1000000000000'],
        [jpy.id, '1000.5', 'Invalid amount: JPY amounts are whole numbers'],
        [kwd.id, '10.0005', 'Invalid amount: KWD allows at most 3 decimal places'],
      ] as const) {
        const response = await credit(walletId, amount);
        assert.equal(response.statusCode, 400, String(amount));
        assert.deepEqual(errorOf(response), validation(message), String(amount));
      }
      const wrongType = await credit(usd.id, true);
      assert.equal(errorOf(wrongType).code, 'VALIDATION_FAILURE');
      const missing = await admin(store, 'POST', `/wallets/${usd.id}/credit`, { remarks: 'x' });
      assert.equal(errorOf(missing).code, 'VALIDATION_FAILURE');

      assert.equal((await credit(jpy.id, 1000)).json().amount, 1000);
      assert.equal((await credit(jpy.id, '1000.000')).json().balance_after, 2000);
      assert.equal((await credit(kwd.id, '10.005')).json().remarks, 'KWD Wallet credited by amount 10.005');
      assert.equal((await credit(usd.id, '10.10')).json().remarks, 'USD Wallet credited by amount 10.10');
      assert.equal((await credit(usd.id, '999999999999.99')).statusCode, 201);
      const big = (await admin(store, 'GET', `/wallets/${usd.id}`)).json();
      assert.equal(big.amount, 1000000000010.09);
    });

    test('debits never take a PREPAID wallet below zero nor a POSTPAID one below its limit', async () => {
      const wallet = (await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'SEK' })).json();
      await admin(store, 'POST', `/wallets/${wallet.id}/credit`, { amount: '10' });
      const over = await admin(store, 'POST', `/wallets/${wallet.id}/debit`, { amount: '10.01' });
      assert.equal(over.statusCode, 400);
      assert.deepEqual(errorOf(over), INSUFFICIENT_FUNDS);
      assert.equal(await transactionCount(store, wallet.id), 1);
      assert.equal((await admin(store, 'POST', `/wallets/${wallet.id}/debit`, { amount: '10' })).json().balance_after, 0);

      const postpaid = (await admin(store, 'POST', '/wallets', { client_id: clientId, currency: 'NOK', type: 'POSTPAID', credit_limit: 100 })).json();
      assert.equal((await admin(store, 'POST', `/wallets/${postpaid.id}/debit`, { amount: '99.99' })).json().balance_after, -99.99);
      const beyond = await admin(store, 'POST', `/wallets/${postpaid.id}/debit`, { amount: '0.02' });
      assert.equal(beyond.statusCode, 400);
      assert.deepEqual(errorOf(beyond), { name: 'BadRequestError', code: 'INSUFFICIENT_FUNDS', message: 'Credit limit exceeded' });
      assert.equal((await admin(store, 'POST', `/wallets/${postpaid.id}/debit`, { amount: '0.01' })).json().balance_after, -100);
    });

    test('Idempotency-Key on a credit or debit: a repeat posts nothing and answers the same transaction; another request with the key is 422', async () => {
      const owner = (await createClient(store)).client_id;
      const wallet = (await admin(store, 'POST', '/wallets', { client_id: owner, currency: 'USD' })).json();
      const other = (await admin(store, 'POST', '/wallets', { client_id: owner, currency: 'EUR' })).json();
      const keyed = (direction: 'credit' | 'debit', walletId: number, payload: object, key: string) =>
        store.app.inject({
          method: 'POST',
          url: `/admin/v1/wallets/${walletId}/${direction}`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': key },
          payload,
        });
      const first = await keyed('credit', wallet.id, { amount: '25', remarks: 'Wire 7' }, 'top-up-7');
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      // The same request, the amount written another way.
      const repeat = await keyed('credit', wallet.id, { amount: 25.0, remarks: ' Wire 7 ' }, 'top-up-7');
      assert.equal(repeat.statusCode, 201, repeat.body);
      assert.equal(repeat.headers['idempotent-replayed'], 'true');
      assert.deepEqual(repeat.json(), first.json());
      for (const [direction, walletId, payload] of [
        ['credit', wallet.id, { amount: '26', remarks: 'Wire 7' }],
        ['credit', wallet.id, { amount: '25' }],
        ['debit', wallet.id, { amount: '25', remarks: 'Wire 7' }],
        ['credit', other.id, { amount: '25', remarks: 'Wire 7' }],
      ] as const) {
        const mismatch = await keyed(direction, walletId, payload, 'top-up-7');
        assert.equal(mismatch.statusCode, 422, `${direction} ${JSON.stringify(payload)}`);
        assert.deepEqual(errorOf(mismatch), {
          name: 'UnprocessableEntityError',
          code: 'IDEMPOTENCY_MISMATCH',
          message: 'This Idempotency-Key was used with a different request body',
        });
      }
      assert.equal(await transactionCount(store, wallet.id), 1);
      assert.equal(await transactionCount(store, other.id), 0);
      assert.equal((await admin(store, 'GET', `/wallets/${wallet.id}`)).json().amount, 25);
      const audited = await store.container.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('target', '=', `wallet:${wallet.id}`)
        .where('action', '=', 'wallet.credit')
        .execute();
      assert.equal(audited.length, 1, 'audited once');

      // Sent five times at once, as retries that overlap: one debit.
      const racing = await Promise.all(Array.from({ length: 5 }, () => keyed('debit', wallet.id, { amount: '5' }, 'debit-race')));
      assert.deepEqual(
        racing.map((response) => response.statusCode),
        [201, 201, 201, 201, 201],
      );
      assert.equal(new Set(racing.map((response) => response.json().id)).size, 1);
      assert.equal(racing.filter((response) => response.headers['idempotent-replayed'] === undefined).length, 1, 'one of them posted it');
      assert.equal(await transactionCount(store, wallet.id), 2);
      assert.equal((await admin(store, 'GET', `/wallets/${wallet.id}`)).json().amount, 20);
    });

    test('Idempotency-Key: a refused request keeps nothing (the key may be used again); a bad key is 400 and posts nothing', async () => {
      const owner = (await createClient(store)).client_id;
      const wallet = (await admin(store, 'POST', '/wallets', { client_id: owner, currency: 'USD' })).json();
      const debit = () =>
        store.app.inject({
          method: 'POST',
          url: `/admin/v1/wallets/${wallet.id}/debit`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': 'pln-debit' },
          payload: { amount: '3' },
        });
      const refused = await debit();
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(errorOf(refused), INSUFFICIENT_FUNDS);
      await admin(store, 'POST', `/wallets/${wallet.id}/credit`, { amount: '10' });
      const posted = await debit();
      assert.equal(posted.statusCode, 201, posted.body);
      assert.equal(posted.headers['idempotent-replayed'], undefined);
      assert.equal(posted.json().balance_after, 7);

      for (const key of ['x'.repeat(256), 'caf\u00e9']) {
        const bad = await store.app.inject({
          method: 'POST',
          url: `/admin/v1/wallets/${wallet.id}/credit`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': key },
          payload: { amount: '1' },
        });
        assert.equal(bad.statusCode, 400, key);
        assert.deepEqual(errorOf(bad), {
          name: 'BadRequestError',
          code: 'BAD_REQUEST',
          message: 'Invalid Idempotency-Key: 1 to 255 printable ASCII characters',
        });
      }
      assert.equal(await transactionCount(store, wallet.id), 2);
    });

    test('unknown wallet 404, bad wallet id 400', async () => {
      for (const [method, suffix] of [
        ['GET', ''],
        ['POST', '/credit'],
        ['POST', '/debit'],
        ['GET', '/transactions'],
      ] as const) {
        const missing = await admin(store, method, `/wallets/2147483647${suffix}`, method === 'POST' ? { amount: '1' } : undefined);
        assert.equal(missing.statusCode, 404, suffix);
        assert.deepEqual(errorOf(missing), notFound('Wallet not found'));
        for (const id of BAD_IDS) {
          const bad = await admin(store, method, `/wallets/${id}${suffix}`, method === 'POST' ? { amount: '1' } : undefined);
          assert.equal(bad.statusCode, 400, `${id}${suffix}`);
          assert.deepEqual(errorOf(bad), badRequest('Invalid wallet ID'));
        }
      }
    });

    // ---- FX -------------------------------------------------------------------------------------

    test('FX rates: history kept, the newest valid rate is CURRENT, scheduled and expired rows', async () => {
      const set = (body: object) => admin(store, 'POST', '/fx-rates', body);
      const first = await set({ source_currency: 'GBP', destination_currency: 'EUR', rate: '1.17', conversion_fee: '0.50' });
      assert.equal(first.statusCode, 201);
      assert.deepEqual(
        { ...(first.json() as object), valid_from: 'x', created_at: 'x' },
        {
          id: first.json().id,
          source_currency: 'GBP',
          destination_currency: 'EUR',
          source_currency_id: 826,
          destination_currency_id: 978,
          rate: 1.17,
          conversion_fee: 0.5,
          valid_from: 'x',
          valid_to: null,
          status: 'CURRENT',
          created_by: 'operator:admin-token',
          created_at: 'x',
        },
      );
      const second = await set({ source_currency: 'gbp', destination_currency: 'eur', rate: 1.18 });
      assert.equal(second.json().status, 'CURRENT');
      assert.equal(second.json().conversion_fee, 0);
      const future = await set({ source_currency: 'GBP', destination_currency: 'EUR', rate: '1.2', valid_from: '2999-01-01T00:00:00Z' });
      assert.equal(future.json().status, 'SCHEDULED');
      const expired = await set({
        source_currency: 'GBP',
        destination_currency: 'EUR',
        rate: '1.1',
        valid_from: '2000-01-01T00:00:00Z',
        valid_to: '2001-01-01T00:00:00+01:00',
      });
      assert.equal(expired.json().status, 'EXPIRED');
      assert.equal(expired.json().valid_to, '2000-12-31T23:00:00Z');

      const list = await admin(store, 'GET', '/fx-rates?source_currency=GBP&destination_currency=EUR');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(
        (list.json() as { id: number; status: string }[]).map((r) => [r.id, r.status]),
        [
          [future.json().id, 'SCHEDULED'],
          [second.json().id, 'CURRENT'],
          [first.json().id, 'SUPERSEDED'],
          [expired.json().id, 'EXPIRED'],
        ],
      );
      const inForce = await store.container.fx.rateInForce(826, 978);
      assert.equal(inForce?.id, second.json().id);
      assert.equal(inForce?.rate.replace(/0+$/, ''), '1.18');
      assert.equal((await store.container.fx.rateInForce(826, 978, new Date('2000-06-01T00:00:00Z')))?.id, expired.json().id);
      assert.equal((await store.container.fx.rateInForce(826, 978, new Date('2999-06-01T00:00:00Z')))?.id, future.json().id);
      assert.equal(await store.container.fx.rateInForce(978, 826), undefined);

      const audit = await auditOf(store, `fx_rate:${first.json().id}`);
      assert.deepEqual(
        audit.map((a) => [a.actor, a.action]),
        [['operator:admin-token', 'fx_rate.set']],
      );
    });

    test('FX rates: the errors', async () => {
      const set = (body: object) => admin(store, 'POST', '/fx-rates', body);
      const base = { source_currency: 'USD', destination_currency: 'JPY' };
      assert.deepEqual(
        errorOf(await set({ ...base, destination_currency: 'USD', rate: 1 })),
        validation('Source and destination currencies must differ'),
      );
      assert.deepEqual(errorOf(await set({ ...base, rate: 0 })), validation('Invalid rate: must be greater than 0'));
      assert.deepEqual(errorOf(await set({ ...base, rate: '-1' })), validation('Invalid rate: must be greater than 0'));
      assert.deepEqual(errorOf(await set({ ...base, rate: '1.0000000000001' })), validation('Invalid rate: at most 12 decimal places'));
      assert.deepEqual(errorOf(await set({ ...base, rate: 'abc' })), validation('Invalid rate: must be a decimal number'));
      // The largest rate is below 10^15 (docs/ledger.md).
      assert.deepEqual(errorOf(await set({ ...base, rate: '1000000000000000' })), validation('Invalid rate: too large'));
      assert.deepEqual(
        errorOf(await set({ ...base, rate: 150, conversion_fee: '0.5' })),
        validation('Invalid conversion_fee: JPY amounts are whole numbers'),
      );
      assert.deepEqual(
        errorOf(await set({ ...base, rate: 150, valid_from: 'today' })),
        validation('Invalid valid_from: must be an RFC 3339 timestamp'),
      );
      assert.deepEqual(
        errorOf(await set({ ...base, rate: 150, valid_from: '2030-01-01T00:00:00Z', valid_to: '2030-01-01T00:00:00Z' })),
        validation('valid_to must be later than valid_from'),
      );
      assert.deepEqual(errorOf(await set({ ...base, source_currency: 'ZZZ', rate: 1 })), notFound('Currency not found'));
      assert.equal(errorOf(await set({ ...base })).code, 'VALIDATION_FAILURE');
      assert.equal((await set({ ...base, rate: '151.123456789012', conversion_fee: 100 })).json().rate, 151.123456789012);
      assert.deepEqual(errorOf(await admin(store, 'GET', '/fx-rates?source_currency=ZZZ')), notFound('Currency not found'));
    });

    test('convertMinor: exact, half-up once to the destination precision (api.md 4.4)', () => {
      assert.equal(convertMinor(24125n, 2, '1.17', 2), 28226n); // 241.25 GBP → 282.2625 → 282.26 EUR
      assert.equal(convertMinor(1n, 2, '0.5', 2), 1n); // 0.005 → 0.01 (half-up)
      assert.equal(convertMinor(1000n, 0, '0.0068', 2), 680n); // 1000 JPY → 6.80 USD
      assert.equal(convertMinor(100n, 2, '151.125', 0), 151n); // 1.00 USD → 151.125 → 151 JPY
      assert.equal(convertMinor(100n, 2, '151.5', 0), 152n);
      assert.equal(convertMinor(1005n, 3, '2.5', 2), 251n); // 1.005 KWD × 2.5 = 2.5125 → 2.51
    });

    test('GET /admin/v1/ledger/reconciliation: ok after all of the above', async () => {
      const response = await admin(store, 'GET', '/ledger/reconciliation');
      assert.equal(response.statusCode, 200);
      const report = response.json();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
      assert.deepEqual(report.breaks, []);
      assert.equal(report.checks.length, 11);
      assert.ok(report.summary.transactions > 10, 'report.summary.transactions > 10');
      assert.ok(report.summary.entries >= report.summary.transactions * 2, 'report.summary.entries >= report.summary.transactions * 2');
    });
  });
}
