import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postJson, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';

const CREDENTIALS_KEYS = ['operator_id', 'password', 'username'];

function credentialsFrom(stdout: string) {
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, stdout);
  const credentials = JSON.parse(lines[0]!);
  assert.deepEqual(Object.keys(credentials).sort(), CREDENTIALS_KEYS);
  assert.ok(Number.isInteger(credentials.operator_id), 'Number.isInteger(credentials.operator_id)');
  return credentials as { operator_id: number; username: string; password: string };
}

// Each CLI call spawns a process (~5 s), so this file stays small: the API tests cover the rules.
describe('popup-store operators: local database, then through a running server', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  before(async () => {
    dataDir = await tempDataDir({ migrated: true });
  });
  after(async () => {
    await server?.stop();
  });

  test('create --json prints exactly one object; list --json shows the account (no server)', async () => {
    const env = { DATA_DIR: dataDir };
    const created = await runMain(['operators', 'create', '--username', 'alice', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const alice = credentialsFrom(created.stdout);
    assert.equal(alice.username, 'alice');

    const listed = await runMain(['operators', 'list', '--json'], env);
    assert.equal(listed.code, 0, listed.stderr);
    const entry = JSON.parse(listed.stdout).find((o: { id: number }) => o.id === alice.operator_id);
    assert.equal(entry.username, 'alice');
    assert.equal(entry.active, true);
  });

  test('with a server running the commands go through its admin API and take effect at once', async () => {
    const env = { DATA_DIR: dataDir };
    server = await startServerProcess(env);
    const created = await runMain(['operators', 'create', '--username', 'bob', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const bob = credentialsFrom(created.stdout);

    const login = await postJson(`${server.url}/admin/v1/auth/login`, { username: bob.username, password: bob.password });
    assert.equal(login.status, 200);
    const authorization = `Bearer ${login.body.data.access_token}`;
    const client = await postJson(`${server.url}/admin/v1/clients`, { name: 'Made by bob' }, { authorization });
    assert.equal(client.status, 201);

    const deactivated = await runMain(['operators', 'deactivate', String(bob.operator_id)], env);
    assert.equal(deactivated.code, 0, deactivated.stderr);
    assert.match(deactivated.stdout, /operator \d+ \(bob\) deactivated/);
    assert.equal((await postJson(`${server.url}/admin/v1/clients`, { name: 'Too late' }, { authorization })).status, 401);
  });
});
