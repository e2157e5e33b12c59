import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { postJson, runCli, startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';

function jsonOf(result: CliResult): any {
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 1, result.stdout);
  return JSON.parse(lines[0]!);
}

describe('popup-store serve delivers webhooks; popup-store webhooks list / attempts / disable / enable', () => {
  let env: Record<string, string>;
  let server: ServerProcess | null = null;
  let receiver: WebhookReceiver;
  let hook: { id: number; secret: string };

  before(async () => {
    env = { DATA_DIR: await tempDataDir({ migrated: true }), STORE_MODE: 'sandbox' };
    receiver = await WebhookReceiver.start();
    server = await startServerProcess(env);
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
  });

  test('the server’s worker delivers a wallet credit; the CLI shows and manages the webhook through the server', async () => {
    const adminToken = (await readFile(path.join(env.DATA_DIR!, 'admin-token'), 'utf8')).trim();
    const asOperator = { authorization: `Bearer ${adminToken}` };
    const client = (await postJson(`${server!.url}/admin/v1/clients`, { name: 'Hooks CLI' }, asOperator)).body;
    const login = await postJson(`${server!.url}/auth/login`, { username: client.username, password: client.password });
    const asClient = { authorization: `Bearer ${login.body.data.access_token}` };
    const created = await postJson(`${server!.url}/api/v1/webhooks`, { url: receiver.url('/cli'), events: ['wallet.credited'] }, asClient);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    hook = created.body;
    const wallet = (await postJson(`${server!.url}/admin/v1/wallets`, { client_id: client.client_id, currency: 'USD' }, asOperator)).body;
    assert.equal((await postJson(`${server!.url}/admin/v1/wallets/${wallet.id}/credit`, { amount: '10' }, asOperator)).status, 201);

    const [delivered] = await receiver.waitFor(1, 15_000);
    assert.equal(delivered!.headers['x-event-type'], 'wallet.credited');
    assert.equal(verifySignatureV2(delivered!.rawBody, delivered!.headers['x-signature-v2'], [hook.secret]), true);

    const list = jsonOf(await runCli(['webhooks', 'list', '--client', String(client.client_id), '--json'], env));
    assert.deepEqual(
      list.map((w: { id: number; url: string }) => [w.id, w.url]),
      [[hook.id, receiver.url('/cli')]],
    );
    assert.ok(!JSON.stringify(list).includes(hook.secret), '!JSON.stringify(list).includes(hook.secret)');
    // For people: the client by its ID and name.
    const table = await runMain(['webhooks', 'list', '--client', String(client.client_id)], env);
    assert.equal(table.code, 0, table.stderr);
    const url = receiver.url('/cli').replace(/[./]/g, '\\$&');
    assert.match(
      table.stdout,
      new RegExp(`^ID +CLIENT +STATE +EVENTS +URL\\n${hook.id} +${client.client_id} \\(Hooks CLI\\) +active +wallet\\.credited +${url}\\n$`),
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // the attempt is recorded right after the answer
    const attempts = jsonOf(await runCli(['webhooks', 'attempts', String(hook.id), '--json'], env));
    assert.deepEqual(
      attempts.map((a: { event_type: string; attempt: number; success: boolean; status_code: number }) => [
        a.event_type,
        a.attempt,
        a.success,
        a.status_code,
      ]),
      [['wallet.credited', 1, true, 200]],
    );
    const disabled = jsonOf(await runCli(['webhooks', 'disable', String(hook.id), '--reason', 'Maintenance', '--json'], env));
    assert.deepEqual([disabled.disabled_reason, disabled.disabled_by], ['Maintenance', 'operator:local-cli']);
    const missing = await runCli(['webhooks', 'enable', '999999'], env);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim(), 'error: Webhook not found');
  });

  test('after a graceful stop the CLI works on the database directly', async () => {
    assert.equal(await server!.stop(), 0);
    server = null;
    const enabled = await runCli(['webhooks', 'enable', String(hook.id)], env);
    assert.equal(enabled.code, 0, enabled.stderr);
    assert.match(
      enabled.stdout,
      new RegExp(`^webhook ${hook.id} of client \\d+ \\(Hooks CLI\\): ${receiver.url('/cli').replace(/[./]/g, '\\$&')}\\n  state:   active`),
    );
  });
});
