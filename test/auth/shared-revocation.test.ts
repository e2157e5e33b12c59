import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openPostgres, type DatabaseHandle } from '../../src/infra/db/database.ts';
import { createClient, loginOk, logout, probe, refresh } from '../helpers/api.ts';
import { otherSpellingOf } from '../helpers/database-url.ts';
import { runCli, startServerProcess, tempDataDir, type CliResult, type ServerProcess } from '../helpers/processes.ts';
import { dropSchema, openTestDatabase, startTestStore, twoStoresOnPostgres, type TestDatabase, type TestStore } from '../helpers/store.ts';

const JWT_SECRET = 'shared-secret-for-two-instances-0123456789abcdef';
const DATABASE_URL = process.env.DATABASE_URL;
const REDIS_URL = process.env.REDIS_TEST_URL;

/**
 * Two stores on one schema whose configurations differ as a server's and a CLI's may: the
 * first with Redis (when REDIS_TEST_URL is set), the second without it and with its own
 * connection pool opened under another spelling of DATABASE_URL.
 */
function twoDifferentlyConfiguredStores(): { first: TestStore; second: TestStore } {
  const stores = {} as { first: TestStore; second: TestStore };
  let shared: TestDatabase | undefined;
  let otherHandle: DatabaseHandle | undefined;
  before(async () => {
    shared = await openTestDatabase('postgres');
    const otherUrl = otherSpellingOf(DATABASE_URL!);
    otherHandle = await openPostgres({ url: otherUrl, schema: shared.schema, poolSize: 4 });
    stores.first = await startTestStore('postgres', { database: shared, env: { JWT_SECRET, ...(REDIS_URL ? { REDIS_URL } : {}) } });
    stores.second = await startTestStore('postgres', {
      database: { database: otherHandle, schema: shared.schema, drop: async () => {} },
      env: { JWT_SECRET, DATABASE_URL: otherUrl },
    });
  });
  after(async () => {
    await stores.first?.close();
    await stores.second?.close();
    await otherHandle?.close();
    await shared?.drop();
  });
  return stores;
}

const buses = [
  { name: 'PostgreSQL LISTEN/NOTIFY', stores: () => twoStoresOnPostgres({ env: { JWT_SECRET } }) },
  ...(REDIS_URL ? [{ name: 'Redis pub/sub and PostgreSQL', stores: () => twoStoresOnPostgres({ env: { JWT_SECRET, REDIS_URL } }) }] : []),
  {
    name: `stores configured differently (${REDIS_URL ? 'one with Redis, ' : ''}URLs spelled differently)`,
    stores: twoDifferentlyConfiguredStores,
  },
];

// Two server instances on one PostgreSQL database, each with its own cache: what one revokes,
// the other refuses as soon as the first has answered.
for (const bus of buses) {
  describe(`revocation across instances via ${bus.name}`, { skip: DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
    const stores = bus.stores();

    test('logout on one instance is refused by the other immediately after the 200', async () => {
      const { first: a, second: b } = stores;
      for (let round = 0; round < 20; round++) {
        const client = await createClient(a);
        const first = await loginOk(a, client);
        const second = await loginOk(b, client);
        // Warm instance B's cache so a stale entry would be visible.
        assert.equal((await probe(b, first.access_token)).statusCode, 200);
        assert.equal((await probe(b, second.access_token)).statusCode, 200);

        assert.equal((await logout(a, first.access_token)).statusCode, 200);
        assert.equal((await probe(b, first.access_token)).statusCode, 401);
        assert.equal((await probe(b, second.access_token)).statusCode, 401);
        assert.equal((await refresh(b, second.refresh_token)).statusCode, 401);
      }
    });

    test('deactivation and allowlist changes made on one instance apply on the other at once', async () => {
      const { first: a, second: b } = stores;
      const client = await createClient(a);
      const tokens = await loginOk(a, client);
      assert.equal((await probe(b, tokens.access_token)).statusCode, 200);
      await a.container.clients.addIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(b, tokens.access_token)).statusCode, 403);
      await a.container.clients.removeIp(client.client_id, '198.51.100.0/24');
      assert.equal((await probe(b, tokens.access_token)).statusCode, 200);
      await a.container.clients.setActive(client.client_id, false);
      assert.equal((await probe(b, tokens.access_token)).statusCode, 401);
    });

    test('refresh-token reuse detected on one instance kills the family on the other', async () => {
      const { first: a, second: b } = stores;
      const client = await createClient(a);
      const tokens = await loginOk(a, client);
      const rotated = (await refresh(a, tokens.refresh_token)).json().data;
      assert.equal((await probe(b, rotated.access_token)).statusCode, 200);
      assert.equal((await refresh(a, tokens.refresh_token)).statusCode, 401);
      assert.equal((await probe(b, rotated.access_token)).statusCode, 401);
    });
  });
}

function jsonOf(result: CliResult): any {
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

async function getStatus(url: string, token: string): Promise<number> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

/** Asks until the answer is `expected` or `withinMs` has passed; the last status and how long it took. */
async function statusWithin(url: string, token: string, expected: number, withinMs: number) {
  const started = Date.now();
  for (;;) {
    const status = await getStatus(url, token);
    const elapsed = Date.now() - started;
    if (status === expected || elapsed > withinMs) return { status, elapsed };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Real processes, configured differently: the server broadcasts through PostgreSQL and Redis
// (when REDIS_TEST_URL is set), the CLI has DATABASE_URL only, spelled another way. The caches'
// safety-net expiry is 60 s (clients) and 5 min (catalog): a change must arrive long before.
describe(
  'a CLI with DATABASE_URL only changes what a server with other settings serves, at once',
  { skip: DATABASE_URL ? false : 'DATABASE_URL not set' },
  () => {
    const schema = `t_xcfg_${process.pid}_${randomBytes(4).toString('hex')}`;
    let server: ServerProcess | undefined;
    let cliEnv: Record<string, string>;
    before(async () => {
      server = await startServerProcess({
        DATABASE_URL: DATABASE_URL!,
        DATABASE_SCHEMA: schema,
        DATA_DIR: await tempDataDir(),
        RATE_LIMIT_LOGIN: '1000',
        ...(REDIS_URL ? { REDIS_URL } : {}),
      });
      cliEnv = { DATABASE_URL: otherSpellingOf(DATABASE_URL!), DATABASE_SCHEMA: schema, DATA_DIR: await tempDataDir() };
    });
    after(async () => {
      await server?.stop();
      await dropSchema(DATABASE_URL!, schema);
    });

    async function login(credentials: { username: string; password: string }): Promise<string> {
      const response = await fetch(`${server!.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: credentials.username, password: credentials.password }),
      });
      const body = (await response.json()) as any;
      assert.equal(response.status, 200, JSON.stringify(body));
      return body.data.access_token;
    }

    test('clients deactivate, activate and logout', async () => {
      const credentials = jsonOf(await runCli(['clients', 'create', '--name', 'Other settings', '--feature', 'vouchers', '--json'], cliEnv));
      const token = await login(credentials);
      const wallets = `${server!.url}/api/v1/wallets`;
      assert.equal(await getStatus(wallets, token), 200); // the server's cache now holds the client

      const deactivated = await runCli(['clients', 'deactivate', String(credentials.client_id)], cliEnv);
      assert.equal(deactivated.code, 0, deactivated.stderr);
      let seen = await statusWithin(wallets, token, 401, 2000);
      assert.equal(seen.status, 401, `still ${seen.status} ${seen.elapsed} ms after the CLI exited`);

      const activated = await runCli(['clients', 'activate', String(credentials.client_id)], cliEnv);
      assert.equal(activated.code, 0, activated.stderr);
      seen = await statusWithin(wallets, token, 200, 2000);
      assert.equal(seen.status, 200, `still ${seen.status} ${seen.elapsed} ms after the CLI exited`);

      const loggedOut = await runCli(['clients', 'logout', String(credentials.client_id)], cliEnv);
      assert.equal(loggedOut.code, 0, loggedOut.stderr);
      seen = await statusWithin(wallets, token, 401, 2000);
      assert.equal(seen.status, 401, `still ${seen.status} ${seen.elapsed} ms after the CLI exited`);
    });

    test('a product created by the CLI is served at once', async () => {
      const credentials = jsonOf(await runCli(['clients', 'create', '--name', 'Catalog reader', '--feature', 'vouchers', '--json'], cliEnv));
      const token = await login(credentials);
      assert.equal(await getStatus(`${server!.url}/api/v1/products`, token), 200); // the server's catalog is cached
      const product = jsonOf(
        await runCli(
          [
            'products',
            'create',
            '--name',
            'Other settings card',
            '--category',
            'Cross-process',
            '--country',
            'USA',
            '--currency',
            'USD',
            '--denominations',
            '10|25',
            '--json',
          ],
          cliEnv,
        ),
      );
      const seen = await statusWithin(`${server!.url}/api/v1/products/${product.id}`, token, 200, 2000);
      assert.equal(seen.status, 200, `still ${seen.status} ${seen.elapsed} ms after the CLI exited`);
    });
  },
);
