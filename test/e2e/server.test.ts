import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { dropSchema } from '../helpers/store.ts';
import { postJson, runCli, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';

const exec = promisify(execFile);

describe('end to end over a real socket (embedded database)', () => {
  const servers: ServerProcess[] = [];
  after(async () => {
    for (const server of servers) await server.stop('SIGKILL');
  });

  test("the public docs' curl examples work; sessions survive a restart; SIGTERM lets in-flight requests finish", async () => {
    const dataDir = await tempDataDir();
    const env = { DATA_DIR: dataDir, RATE_LIMIT_LOGIN: '1000' };
    const created = await runCli(['clients', 'create', '--name', 'Docs', '--json'], env);
    const credentials = JSON.parse(created.stdout);
    let server = await startServerProcess(env);
    servers.push(server);

    const login = await postJson(`${server.url}/auth/login`, { username: credentials.username, password: credentials.password });
    assert.equal(login.status, 200);
    assert.match(login.headers.get('content-type')!, /^application\/json; charset=utf-8$/);
    const first = login.body.data;

    // Restart: the signing key lives in the data directory, so the session is still valid.
    assert.equal(await server.stop('SIGTERM'), 0);
    server = await startServerProcess(env);
    servers.push(server);

    // curl -X POST {{host}}/auth/logout -H "Authorization: Bearer …" — exactly as documented.
    const { stdout } = await exec('curl', ['-s', '-X', 'POST', `${server.url}/auth/logout`, '-H', `Authorization: Bearer ${first.access_token}`]);
    assert.deepEqual(JSON.parse(stdout), { success: true, data: { message: 'Successfully logged out' } });
    const again = await exec('curl', [
      '-s',
      '-w',
      '\n%{http_code}',
      '-X',
      'POST',
      `${server.url}/auth/logout`,
      '-H',
      `Authorization: Bearer ${first.access_token}`,
    ]);
    const [body, status] = again.stdout.split('\n');
    assert.equal(status, '401');
    assert.deepEqual(JSON.parse(body!), {
      error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authentication required' },
    });

    // Six logins accepted and in flight (argon2 keeps them busy) when SIGTERM arrives: all complete.
    const loginsReceived = () => (server.output().match(/"url":"\/auth\/login"[^\n]*"incoming request"/g) ?? []).length;
    const inFlight = Array.from({ length: 6 }, () =>
      postJson(`${server.url}/auth/login`, { username: credentials.username, password: credentials.password }),
    );
    for (const started = Date.now(); loginsReceived() < 6 && Date.now() - started < 20_000;) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const exit = server.stop('SIGTERM');
    const statuses = await Promise.all(
      inFlight.map((request) =>
        request.then(
          (r) => r.status,
          () => 'connection error',
        ),
      ),
    );
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200]);
    assert.equal(await exit, 0, server.output().slice(-3000));
  });
});

describe('two server processes on one PostgreSQL database', { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL not set' }, () => {
  const schema = `e2e_${randomBytes(4).toString('hex')}`;
  const servers: ServerProcess[] = [];
  after(async () => {
    for (const server of servers) await server.stop('SIGKILL');
    await dropSchema(process.env.DATABASE_URL!, schema);
  });

  test('after a logout answered by one process, the other rejects every earlier token at once', async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL!, DATABASE_SCHEMA: schema, RATE_LIMIT_LOGIN: '1000', DATA_DIR: await tempDataDir() };
    const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    servers.push(a!, b!);
    const created = await runCli(['clients', 'create', '--name', 'Two processes', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const credentials = JSON.parse(created.stdout);

    for (let round = 0; round < 20; round++) {
      const sessionA = (await postJson(`${a!.url}/auth/login`, credentials)).body.data;
      const sessionB = (await postJson(`${b!.url}/auth/login`, credentials)).body.data;
      assert.ok(sessionA.access_token && sessionB.access_token, 'sessionA.access_token && sessionB.access_token');
      assert.equal((await postJson(`${a!.url}/auth/logout`, undefined, { authorization: `Bearer ${sessionA.access_token}` })).status, 200);
      const rejected = await postJson(`${b!.url}/auth/logout`, undefined, { authorization: `Bearer ${sessionB.access_token}` });
      assert.equal(rejected.status, 401, `round ${round}`);
      assert.equal((await postJson(`${b!.url}/auth/refresh`, { refresh_token: sessionB.refresh_token })).status, 401);
    }

    // The CLI works on PostgreSQL directly while servers run, and they hear about it at once.
    const session = (await postJson(`${b!.url}/auth/login`, credentials)).body.data;
    const cliLogout = await runCli(['clients', 'logout', String(credentials.client_id)], env);
    assert.equal(cliLogout.code, 0, cliLogout.stderr);
    assert.equal((await postJson(`${b!.url}/auth/logout`, undefined, { authorization: `Bearer ${session.access_token}` })).status, 401);
  });
});
