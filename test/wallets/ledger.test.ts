import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { clientScope, createClient } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import { DomainError } from '../../src/shared/errors.ts';
import type { WalletMovement } from '../../src/ledger/ledger.ts';
import { formatMinor, minorToNumber, parseAmount } from '../../src/money/minor-units.ts';

const USD = { code: 'USD', minor_units: 2 };
const JPY = { code: 'JPY', minor_units: 0 };
const KWD = { code: 'KWD', minor_units: 3 };

describe('money: exact minor units', () => {
  test('parseAmount reads text and JSON numbers exactly, in the currency precision', () => {
    assert.equal(parseAmount('500', USD), 50000n);
    assert.equal(parseAmount('500.5', USD), 50050n);
    assert.equal(parseAmount(0.07, USD), 7n);
    assert.equal(parseAmount(' 19.99 ', USD), 1999n);
    assert.equal(parseAmount('.5', USD), 50n);
    assert.equal(parseAmount('1000', JPY), 1000n);
    assert.equal(parseAmount('1000.000', JPY), 1000n);
    assert.equal(parseAmount('1.005', KWD), 1005n);
    assert.equal(parseAmount('999999999999.99', USD), 99999999999999n);
    assert.equal(parseAmount('0', USD, { allowZero: true }), 0n);
    for (const [input, currency, message] of [
      ['10.005', USD, 'Invalid amount: USD allows at most 2 decimal places'],
      [10.005, USD, 'Invalid amount: USD allows at most 2 decimal places'],
      [0.1 + 0.2, USD, 'Invalid amount: USD allows at most 2 decimal places'],
      ['1000.5', JPY, 'Invalid amount: JPY amounts are whole numbers'],
      ['1.0005', KWD, 'Invalid amount: KWD allows at most 3 decimal places'],
      ['0', USD, 'Invalid amount: must be greater than 0'],
      ['-1', USD, 'Invalid amount: must not be negative'],
      ['1e2', USD, 'Invalid amount: must be a decimal number'],
      ['', USD, 'Invalid amount: must be a decimal number'],
      ['12,50', USD, 'Invalid amount: must be a decimal number'],
      [Number.NaN, USD, 'Invalid amount: must be a decimal number'],
      [Number.POSITIVE_INFINITY, USD, 'Invalid amount: must be a decimal number'],
      [null, USD, 'Invalid amount: must be a decimal number'],
      ['1000000000001', JPY, 'Invalid amount: must be at most 1000000000000'],
    ] as const) {
      assert.throws(
        () => parseAmount(input, currency),
        (error: unknown) => error instanceof DomainError && error.code === 'VALIDATION_FAILURE' && error.message === message,
        String(input),
      );
    }
  });

  test('formatMinor and minorToNumber never go through a float before the end', () => {
    assert.equal(formatMinor(50000n, 2), '500.00');
    assert.equal(formatMinor(-24125n, 2), '-241.25');
    assert.equal(formatMinor(5n, 3), '0.005');
    assert.equal(formatMinor(1000n, 0), '1000');
    assert.equal(formatMinor(-1n, 2), '-0.01');
    assert.equal(minorToNumber(-28226n, 2), -282.26);
    assert.equal(minorToNumber(1005n, 3), 1.005);
    assert.equal(minorToNumber(100000000001009n, 2), 1000000000010.09);
    // 0.1 + 0.2 in cents is exactly 0.3.
    assert.equal(minorToNumber(10n + 20n, 2), 0.3);
  });
});

for (const engine of ENGINES) {
  describe(`ledger: postings, concurrency, invariants [${engine}]`, () => {
    let store: TestStore;
    let clientId: number;

    const db = () => store.container.database.db;
    const ledger = () => store.container.ledger;
    const balanceOf = async (walletId: number) => (await store.container.wallets.getWallet(walletId)).amount;
    const debit = (walletId: number, amount: bigint, extra: Partial<WalletMovement> = {}) =>
      ledger().debitWallet(db(), { walletId, amount, counterAccount: 'REVENUE', note: 'Order', reason: 'ORDER', actor: 'test', ...extra });
    const credit = (walletId: number, amount: bigint, extra: Partial<WalletMovement> = {}) =>
      ledger().creditWallet(db(), { walletId, amount, counterAccount: 'REVENUE', note: 'Refund', reason: 'REFUND', actor: 'test', ...extra });
    const isInsufficient = (reason: unknown, message = 'Insufficient wallet balance') =>
      reason instanceof DomainError && reason.kind === 'bad_request' && reason.code === 'INSUFFICIENT_FUNDS' && reason.message === message;

    before(async () => {
      store = await startTestStore(engine);
      clientId = (await createClient(store)).client_id;
    });
    after(() => store?.close());

    test('200 parallel debits of 1.00 against a PREPAID wallet holding 100.00: exactly 100 succeed, balance 0', async () => {
      const wallet = await createWallet(store, clientId, 'USD');
      await topUp(store, wallet.id, '100.00', 'Exactly one hundred');
      const results = await Promise.allSettled(Array.from({ length: 200 }, () => debit(wallet.id, 100n)));
      const fulfilled = results.filter((r) => r.status === 'fulfilled');
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(fulfilled.length, 100);
      assert.equal(rejected.length, 100);
      for (const r of rejected) assert.ok(isInsufficient(r.reason), String(r.reason));
      assert.equal(await balanceOf(wallet.id), 0);
      // Every successful debit saw a distinct balance: 99.00 … 0.00.
      const after = fulfilled.map((r) => (r as PromiseFulfilledResult<{ balance_after: bigint | null }>).value.balance_after!);
      assert.deepEqual(
        after.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        Array.from({ length: 100 }, (_, i) => BigInt(i * 100)),
      );
      const rows = await db()
        .selectFrom('ledger_transactions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('wallet_id', '=', wallet.id)
        .where('transaction_type', '=', 'DEBIT')
        .executeTakeFirstOrThrow();
      assert.equal(Number(rows.n), 100);
      const report = await ledger().reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('POSTPAID: parallel debits stop exactly at −credit_limit', async () => {
      const wallet = await createWallet(store, clientId, 'EUR', { type: 'POSTPAID', credit_limit: '50' });
      await topUp(store, wallet.id, '10');
      const results = await Promise.allSettled(Array.from({ length: 100 }, () => debit(wallet.id, 100n)));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 60);
      for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        assert.ok(isInsufficient(r.reason, 'Credit limit exceeded'), String(r.reason));
      }
      assert.equal(await balanceOf(wallet.id), -50);
      assert.equal((await ledger().reconcile()).ok, true);
    });

    test('mixed parallel credits and debits: balance and balance_after chain stay exact', async () => {
      const wallet = await createWallet(store, clientId, 'KWD');
      await topUp(store, wallet.id, '1.000');
      const work = Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? credit(wallet.id, 7n) : debit(wallet.id, 5n)));
      const results = await Promise.allSettled(work);
      let expected = 1000n;
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') expected += i % 3 === 0 ? 7n : -5n;
        else assert.ok(isInsufficient(r.reason), 'isInsufficient(r.reason)');
      });
      assert.equal(await balanceOf(wallet.id), minorToNumber(expected, 3));
      const report = await ledger().reconcile();
      assert.equal(report.ok, true, JSON.stringify(report.breaks));
    });

    test('each posting is double entry: two legs summing to zero; the counter account is per kind and currency', async () => {
      const wallet = await createWallet(store, clientId, 'JPY');
      const top = await topUp(store, wallet.id, '5000', 'Yen');
      const order = await debit(wallet.id, 1200n, { note: 'Order #7', orderId: 7 });
      const entries = await db()
        .selectFrom('ledger_entries as e')
        .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
        .select(['e.transaction_id', 'a.kind', 'a.code', 'e.currency_id', sql<string>`e.amount::text`.as('amount')])
        .where('e.transaction_id', 'in', [top.id, order.id])
        .orderBy('e.id')
        .execute();
      assert.deepEqual(
        entries.map((e) => [e.transaction_id, e.kind, e.code, e.currency_id, e.amount]),
        [
          [top.id, 'CLIENT_WALLET', `WALLET:${clientId}:392`, 392, '5000'],
          [top.id, 'FUNDING', 'FUNDING:392', 392, '-5000'],
          [order.id, 'CLIENT_WALLET', `WALLET:${clientId}:392`, 392, '-1200'],
          [order.id, 'REVENUE', 'REVENUE:392', 392, '1200'],
        ],
      );
      assert.equal(order.remarks, 'JPY Wallet debited by amount 1200 - Order #7');
      assert.equal(order.amount, -1200n);
      assert.equal(order.balance_after, 3800n);
    });

    test('a cross-currency debit goes through the FX account: balanced in each currency', async () => {
      const wallet = await createWallet(store, clientId, 'CHF');
      await topUp(store, wallet.id, '1000');
      const posted = await debit(wallet.id, 28276n, {
        note: 'Order #8',
        orderId: 8,
        fx: { sourceCurrencyId: 826, sourceAmount: 24125n, forexRate: '1.170000', conversionCharges: 50n },
      });
      assert.equal(posted.source_currency, 'GBP');
      assert.equal(posted.destination_currency, 'CHF');
      assert.equal(posted.forex_rate, '1.17');
      assert.equal(posted.conversion_charges, 50n);
      const entries = await db()
        .selectFrom('ledger_entries as e')
        .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
        .select(['a.code', sql<string>`e.amount::text`.as('amount')])
        .where('e.transaction_id', '=', posted.id)
        .orderBy('e.id')
        .execute();
      assert.deepEqual(
        entries.map((e) => [e.code, e.amount]),
        [
          [`WALLET:${clientId}:756`, '-28276'],
          ['FX:756', '28276'],
          ['FX:826', '-24125'],
          ['REVENUE:826', '24125'],
        ],
      );
      const view = await store.container.wallets.getClientTransaction(await clientScope(store, clientId), posted.id);
      assert.equal(view.forex_rate, 1.17);
      assert.equal(view.conversion_charges, 0.5);
      assert.equal(view.amount, -282.76);
      // A refund of it, the other way round.
      await credit(wallet.id, 28276n, {
        note: 'Refund for Order #8',
        orderId: 8,
        fx: { sourceCurrencyId: 826, sourceAmount: 24125n, forexRate: '1.17', conversionCharges: 50n },
      });
      assert.equal(await balanceOf(wallet.id), 1000);
      assert.equal((await ledger().reconcile()).ok, true);
    });

    test('postings join the caller’s transaction: a rollback leaves no trace', async () => {
      const wallet = await createWallet(store, clientId, 'SGD');
      await topUp(store, wallet.id, '10');
      const before = await ledger().reconcile();
      await assert.rejects(
        db()
          .transaction()
          .execute(async (trx) => {
            await ledger().debitWallet(trx, { walletId: wallet.id, amount: 300n, counterAccount: 'REVENUE', reason: 'ORDER', actor: 'test' });
            throw new Error('order insert failed');
          }),
        /order insert failed/,
      );
      assert.equal(await balanceOf(wallet.id), 10);
      assert.equal((await ledger().reconcile()).summary.transactions, before.summary.transactions);
      // Insufficient funds inside a caller's transaction: the error, and nothing written.
      await assert.rejects(
        db()
          .transaction()
          .execute((trx) =>
            ledger().debitWallet(trx, { walletId: wallet.id, amount: 1001n, counterAccount: 'REVENUE', reason: 'ORDER', actor: 'test' }),
          ),
        (error: unknown) => isInsufficient(error),
      );
      assert.equal(await balanceOf(wallet.id), 10);
    });

    test('a posting for a wallet of another client, or a missing one, is 404 Wallet not found', async () => {
      const other = (await createClient(store)).client_id;
      const wallet = await createWallet(store, other, 'USD');
      await topUp(store, wallet.id, '5');
      for (const movement of [{ walletId: wallet.id, clientId }, { walletId: 2_147_483_647 }]) {
        await assert.rejects(
          ledger().debitWallet(db(), { amount: 1n, counterAccount: 'REVENUE', reason: 'ORDER', actor: 'test', ...movement }),
          (error: unknown) => error instanceof DomainError && error.kind === 'not_found' && error.message === 'Wallet not found',
        );
      }
      await assert.rejects(debit(wallet.id, 0n), TypeError);
      await assert.rejects(debit(wallet.id, -5n), TypeError);
    });

    test('ledger rows are immutable and a PREPAID balance below zero is refused by the database', async () => {
      await store.container.fx.setFxRate({ source_currency: 'GBP', destination_currency: 'USD', rate: '1.27' });
      for (const statement of [
        sql`update ledger_transactions set remarks = 'changed'`,
        sql`delete from ledger_transactions`,
        sql`update ledger_entries set amount = amount + 1`,
        sql`delete from ledger_entries`,
        sql`update fx_rates set rate = 2`,
      ]) {
        await assert.rejects(statement.execute(db()), /immutable/);
      }
      await assert.rejects(sql`update wallets set balance = -1 where type = 'PREPAID'`.execute(db()), /wallets_prepaid_not_negative/);
      assert.equal((await ledger().reconcile()).ok, true);
    });
  });

  describe(`ledger: reconciliation finds every kind of break [${engine}]`, () => {
    let store: TestStore;
    let walletId: number;
    const db = () => store.container.database.db;
    const reconcile = () => store.container.ledger.reconcile();
    const broken = async () =>
      (await reconcile()).checks
        .filter((c) => !c.ok)
        .map((c) => c.name)
        .sort();

    before(async () => {
      store = await startTestStore(engine);
      const clientId = (await createClient(store)).client_id;
      walletId = (await createWallet(store, clientId, 'USD')).id;
      await topUp(store, walletId, '100');
      await store.container.ledger.debitWallet(db(), { walletId, amount: 2500n, counterAccount: 'REVENUE', reason: 'ORDER', actor: 'test' });
    });
    after(() => store?.close());

    test('clean ledger: ok', async () => {
      const report = await reconcile();
      assert.equal(report.ok, true);
      assert.deepEqual(report.summary, { wallets: 1, transactions: 2, entries: 4, accounts: 5, currencies: 1 });
    });

    test('a cached balance changed behind the ledger’s back', async () => {
      await sql`update wallets set balance = balance + 1 where id = ${walletId}`.execute(db());
      const report = await reconcile();
      assert.equal(report.ok, false);
      assert.deepEqual(await broken(), ['wallet_balance_matches_entries', 'wallet_balance_matches_transactions']);
      assert.deepEqual(report.breaks, [
        {
          check: 'wallet_balance_matches_transactions',
          message: `wallet ${walletId} (client 1, USD): balance 75.01 USD, but its completed transactions sum to 75.00 USD`,
        },
        {
          check: 'wallet_balance_matches_entries',
          message: `wallet ${walletId} (client 1, USD): balance 75.01 USD, but its ledger entries sum to 75.00 USD`,
        },
      ]);
      await sql`update wallets set balance = balance - 1 where id = ${walletId}`.execute(db());
      assert.equal((await reconcile()).ok, true);
    });

    test('an entry changed with the immutability trigger disabled', async () => {
      await sql`alter table ledger_entries disable trigger ledger_entries_immutable`.execute(db());
      await sql`update ledger_entries set amount = amount + 7 where id = (select max(id) from ledger_entries)`.execute(db());
      assert.deepEqual(await broken(), ['accounts_sum_to_zero', 'ledger_immutable', 'transactions_balanced']);
      await sql`update ledger_entries set amount = amount - 7 where id = (select max(id) from ledger_entries)`.execute(db());
      await sql`alter table ledger_entries enable trigger ledger_entries_immutable`.execute(db());
      assert.equal((await reconcile()).ok, true);
    });

    test('a transaction without its entries, a wrong balance_after, a negative PREPAID wallet', async () => {
      await sql`alter table ledger_transactions disable trigger ledger_transactions_immutable`.execute(db());
      await sql`alter table ledger_entries disable trigger ledger_entries_immutable`.execute(db());
      await sql`alter table wallets drop constraint wallets_prepaid_not_negative`.execute(db());
      const last = sql`(select max(id) from ledger_transactions)`;
      await sql`delete from ledger_entries where transaction_id = ${last}`.execute(db());
      await sql`update ledger_transactions set balance_after = 1 where id = ${last}`.execute(db());
      await sql`update wallets set balance = -500 where id = ${walletId}`.execute(db());
      const report = await reconcile();
      assert.deepEqual(
        report.checks
          .filter((c) => !c.ok)
          .map((c) => c.name)
          .sort(),
        [
          'balance_after_chain',
          'ledger_immutable',
          'prepaid_not_negative',
          'transactions_posted',
          'wallet_balance_matches_entries',
          'wallet_balance_matches_transactions',
        ],
      );
      assert.ok(
        report.breaks.some((b) => b.check === 'prepaid_not_negative' && b.message === `wallet ${walletId} (PREPAID): balance -5.00 USD`),
        JSON.stringify(report.breaks),
      );
      assert.ok(
        report.breaks.some((b) => b.check === 'ledger_immutable' && /ledger_transactions_immutable is disabled/.test(b.message)),
        "report.breaks.some((b) => b.check === 'ledger_immutable' && /ledger_transactions_immutable is dis...",
      );
    });
  });
}
