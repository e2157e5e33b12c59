import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openPGlite } from '../../src/infra/db/database.ts';
import { dropSchema } from '../helpers/store.ts';
import { postJson, startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';

const WALLET_KEYS = ['amount', 'client_id', 'created_at', 'credit_limit', 'currency_code', 'currency_id', 'id', 'name', 'type'];

/** `--json` output: exactly one line holding one JSON value. */
function jsonOf(result: CliResult): any {
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 1, result.stdout);
  return JSON.parse(lines[0]!);
}

describe('popup-store wallets / fx / reconcile on the embedded database, no server running', () => {
  let env: Record<string, string>;
  let clientId: number;
  let usd: { id: number };

  before(async () => {
    env = { DATA_DIR: await tempDataDir({ migrated: true }) };
    clientId = jsonOf(await runMain(['clients', 'create', '--name', 'Wallet CLI', '--json'], env)).client_id;
  });

  test('wallets create / credit / debit / list print one JSON object each', async () => {
    usd = jsonOf(await runMain(['wallets', 'create', '--client', String(clientId), '--currency', 'USD', '--json'], env));
    assert.deepEqual(Object.keys(usd).sort(), WALLET_KEYS);
    assert.deepEqual(
      { ...usd, id: 0, created_at: '' },
      {
        id: 0,
        client_id: clientId,
        currency_id: 840,
        amount: 0,
        type: 'PREPAID',
        currency_code: 'USD',
        name: 'USD Wallet',
        credit_limit: null,
        created_at: '',
      },
    );
    const eur = jsonOf(
      await runMain(
        ['wallets', 'create', '--client', String(clientId), '--currency', 'eur', '--type', 'POSTPAID', '--credit-limit', '100', '--json'],
        env,
      ),
    );
    assert.equal(eur.type, 'POSTPAID');
    assert.equal(eur.credit_limit, 100);

    const credit = jsonOf(await runMain(['wallets', 'credit', String(usd.id), '100.00', '--remarks', 'Initial funding', '--json'], env));
    assert.equal(credit.amount, 100);
    assert.equal(credit.transaction_type, 'CREDIT');
    assert.equal(credit.remarks, 'USD Wallet credited by amount 100.00 - Initial funding');
    const debit = jsonOf(await runMain(['wallets', 'debit', String(usd.id), '30.5', '--remarks', 'Correction', '--json'], env));
    assert.equal(debit.amount, -30.5);
    assert.equal(debit.balance_after, 69.5);
    assert.equal(debit.remarks, 'USD Wallet debited by amount 30.50 - Correction');

    const list = jsonOf(await runMain(['wallets', 'list', '--client', String(clientId), '--json'], env));
    assert.deepEqual(
      list.map((w: { id: number; amount: number }) => [w.id, w.amount]),
      [
        [eur.id, 0],
        [usd.id, 69.5],
      ],
    );
  });

  test('errors: one clear line, exit 1; usage errors exit 2', async () => {
    const poor = await runMain(['wallets', 'debit', String(usd.id), '1000'], env);
    assert.equal(poor.code, 1);
    assert.equal(poor.stderr.trim(), 'error: Insufficient wallet balance');
    const precise = await runMain(['wallets', 'credit', String(usd.id), '10.005'], env);
    assert.equal(precise.code, 1);
    assert.equal(precise.stderr.trim(), 'error: Invalid amount: USD allows at most 2 decimal places');
    const badId = await runMain(['wallets', 'credit', 'abc', '5'], env);
    assert.equal(badId.code, 1);
    assert.equal(badId.stderr.trim(), 'error: Invalid wallet ID: abc');
    const usage = await runMain(['wallets', 'create', '--currency', 'USD'], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /required option '--client <id>'/);
    // A refusal that names its fields prints each one under the message.
    const long = await runMain(['wallets', 'credit', String(usd.id), '5', '--remarks', 'r'.repeat(1001)], env);
    assert.equal(long.code, 1);
    assert.equal(long.stderr, 'error: Request validation failed\n  remarks: must NOT have more than 1000 characters\n');
  });

  test('fx set keeps the history; fx list shows it', async () => {
    jsonOf(await runMain(['fx', 'set', 'EUR', 'USD', '1.08', '--fee', '0.5', '--json'], env));
    const second = jsonOf(await runMain(['fx', 'set', 'EUR', 'USD', '1.09', '--json'], env));
    assert.equal(second.rate, 1.09);
    assert.equal(second.conversion_fee, 0);
    assert.equal(second.status, 'CURRENT');
    const list = jsonOf(await runMain(['fx', 'list', '--json'], env));
    assert.deepEqual(
      list.map((r: { rate: number; conversion_fee: number; status: string }) => [r.rate, r.conversion_fee, r.status]),
      [
        [1.09, 0, 'CURRENT'],
        [1.08, 0.5, 'SUPERSEDED'],
      ],
    );
  });

  test('reconcile: exit 0 with a summary; a broken row makes it exit 1 with a report', async () => {
    const ok = await runMain(['reconcile'], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^ledger OK: 11 checks passed \(2 wallets, 2 transactions, 4 entries, \d+ accounts, 1 currencies\)\n$/);

    // Break the cache behind the ledger's back (no process holds the data directory now).
    const database = await openPGlite(path.join(env.DATA_DIR!, 'pgdata'));
    await sql`update wallets set balance = balance + 1 where id = ${usd.id}`.execute(database.db);
    await database.close();

    const broken = await runMain(['reconcile'], env);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /^ledger reconciliation FAILED at .*: 2 of 11 checks broken/);
    assert.match(broken.stdout, /wallet_balance_matches_transactions: 1 break\(s\)/);
    assert.ok(
      broken.stdout.includes(`wallet ${usd.id} (client ${clientId}, USD): balance 69.51 USD, but its completed transactions sum to 69.50 USD`),
      'broken.stdout.includes(`wallet ${usd.id} (client ${clientId}, USD): balance 69.51 USD, but its co...',
    );
    assert.equal(broken.stderr.trim(), 'error: ledger reconciliation found 2 break(s)');

    const json = await runMain(['reconcile', '--json'], env);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout.trim());
    assert.equal(json.stdout.trim().split('\n').length, 1);
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.breaks.map((b: { check: string }) => b.check),
      ['wallet_balance_matches_transactions', 'wallet_balance_matches_entries'],
    );
  });
});

describe('popup-store wallets / fx / reconcile with a server running on the same data directory', () => {
  let env: Record<string, string>;
  let server: ServerProcess;
  before(async () => {
    env = { DATA_DIR: await tempDataDir({ migrated: true }) };
    server = await startServerProcess(env);
  });
  after(async () => {
    await server?.stop();
  });

  test('the commands go through the running server and the client sees the result at once', async () => {
    const credentials = jsonOf(await runMain(['clients', 'create', '--name', 'Live wallets', '--json'], env));
    const wallet = jsonOf(await runMain(['wallets', 'create', '--client', String(credentials.client_id), '--currency', 'JPY', '--json'], env));
    const credit = jsonOf(await runMain(['wallets', 'credit', String(wallet.id), '1000', '--remarks', 'Yen top-up', '--json'], env));
    assert.equal(credit.remarks, 'JPY Wallet credited by amount 1000 - Yen top-up');
    const poor = await runMain(['wallets', 'debit', String(wallet.id), '1001'], env);
    assert.equal(poor.code, 1);
    assert.equal(poor.stderr.trim(), 'error: Insufficient wallet balance');
    const fraction = await runMain(['wallets', 'debit', String(wallet.id), '1.5'], env);
    assert.equal(fraction.stderr.trim(), 'error: Invalid amount: JPY amounts are whole numbers');

    const login = await postJson(`${server.url}/auth/login`, { username: credentials.username, password: credentials.password });
    const response = await fetch(`${server.url}/api/v1/wallets/${wallet.id}`, {
      headers: { authorization: `Bearer ${login.body.data.access_token}` },
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { amount: number }).amount, 1000);

    const fx = jsonOf(await runMain(['fx', 'set', 'USD', 'JPY', '151.25', '--fee', '10', '--json'], env));
    assert.equal(fx.created_by, 'operator:local-cli');
    const ok = await runMain(['reconcile'], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^ledger OK: 11 checks passed \(1 wallets, 1 transactions, 2 entries/);
  });

  test('wallets credit --idempotency-key through the server: the same command again posts nothing twice; the key with another amount is refused', async () => {
    const credentials = jsonOf(await runMain(['clients', 'create', '--name', 'Keyed credits', '--json'], env));
    const usd = jsonOf(await runMain(['wallets', 'create', '--client', String(credentials.client_id), '--currency', 'USD', '--json'], env));
    const credit = (amount: string) =>
      runMain(['wallets', 'credit', String(usd.id), amount, '--idempotency-key', 'wire-2026-12-07-1', '--json'], env);
    const first = jsonOf(await credit('20'));
    const again = jsonOf(await credit('20.00'));
    assert.equal(again.id, first.id);
    assert.equal(again.balance_after, first.balance_after);
    const other = await credit('21');
    assert.equal(other.code, 1);
    assert.equal(other.stderr.trim(), 'error: This Idempotency-Key was used with a different request body');
    const shown = jsonOf(await runMain(['wallets', 'show', String(usd.id), '--json'], env));
    assert.equal(shown.amount, first.balance_after, 'credited once');
  });
});

describe('popup-store reconcile on PostgreSQL', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const url = process.env.DATABASE_URL!;
  const schema = `t_cli_${process.pid}_${randomBytes(4).toString('hex')}`;
  let env: Record<string, string>;
  before(async () => {
    env = { DATA_DIR: await tempDataDir(), DATABASE_URL: url, DATABASE_SCHEMA: schema };
  });
  after(() => dropSchema(url, schema));

  test('a balance changed behind the ledger’s back: exit 1', async () => {
    const { client_id } = jsonOf(await runMain(['clients', 'create', '--name', 'PG', '--json'], env));
    const wallet = jsonOf(await runMain(['wallets', 'create', '--client', String(client_id), '--currency', 'KWD', '--json'], env));
    assert.equal(jsonOf(await runMain(['wallets', 'credit', String(wallet.id), '1.005', '--json'], env)).amount, 1.005);
    assert.equal((await runMain(['reconcile'], env)).code, 0);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`UPDATE ${schema}.wallets SET balance = balance - 5 WHERE id = $1`, [wallet.id]);
    } finally {
      await admin.end();
    }
    const broken = await runMain(['reconcile'], env);
    assert.equal(broken.code, 1);
    assert.ok(
      broken.stdout.includes(`wallet ${wallet.id} (client ${client_id}, KWD): balance 1.000 KWD, but its completed transactions sum to 1.005 KWD`),
      'broken.stdout.includes(`wallet ${wallet.id} (client ${client_id}, KWD): balance 1.000 KWD, but it...',
    );
  });
});
