import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, login, loginOk, refresh } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const REDIS_URL = process.env.REDIS_TEST_URL;

/** A random address per run, so runs sharing one Redis never share a bucket. */
function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

function assertLimited(response: Awaited<ReturnType<typeof login>>) {
  assert.equal(response.statusCode, 429);
  const retryAfter = Number(response.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  assert.deepEqual(errorOf(response), {
    name: 'TooManyRequestsError',
    code: 'TOO_MANY_REQUESTS',
    message: `Rate limit exceeded. Retry after ${retryAfter} seconds.`,
  });
}

const LIMITS = { RATE_LIMIT_LOGIN: '3', RATE_LIMIT_REFRESH: '2' };

for (const engine of ENGINES) {
  describe(`rate limits [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: LIMITS });
    });
    after(() => store.close());

    test('login is limited per source IP, with RateLimit-* headers and Retry-After', async () => {
      const ip = randomIp();
      for (let i = 0; i < 3; i++) {
        const response = await login(store, { username: `prs_unknown_${i}`, password: 'x' }, ip);
        assert.equal(response.statusCode, 401);
        assert.equal(response.headers['ratelimit-limit'], '3');
        assert.equal(response.headers['ratelimit-remaining'], String(2 - i));
        assert.ok(Number(response.headers['ratelimit-reset']) > 0, "Number(response.headers['ratelimit-reset']) > 0");
      }
      assertLimited(await login(store, { username: 'prs_other', password: 'x' }, ip));
      // Another address is not affected.
      assert.equal((await login(store, { username: 'prs_other', password: 'x' }, randomIp())).statusCode, 401);
    });

    test('login is limited per username across addresses', async () => {
      const client = await createClient(store);
      for (let i = 0; i < 3; i++) {
        assert.equal((await login(store, { username: client.username, password: 'wrong' }, randomIp())).statusCode, 401);
      }
      assertLimited(await login(store, client, randomIp()));
    });

    test('refresh is limited per source IP', async () => {
      const ip = randomIp();
      assert.equal((await refresh(store, 'unknown-1', ip)).statusCode, 401);
      assert.equal((await refresh(store, 'unknown-2', ip)).statusCode, 401);
      assertLimited(await refresh(store, 'unknown-3', ip));
    });
  });
}

describe('rate limits shared through Redis across two server instances', { skip: REDIS_URL ? false : 'REDIS_TEST_URL not set' }, () => {
  let first: TestStore;
  let second: TestStore;
  before(async () => {
    first = await startTestStore('pglite', { env: { ...LIMITS, REDIS_URL: REDIS_URL! } });
    second = await startTestStore('pglite', { env: { ...LIMITS, REDIS_URL: REDIS_URL! } });
  });
  after(async () => {
    await first.close();
    await second.close();
  });

  test('requests to either instance count against one limit', async () => {
    const ip = randomIp();
    assert.equal((await login(first, { username: 'prs_a', password: 'x' }, ip)).statusCode, 401);
    assert.equal((await login(second, { username: 'prs_b', password: 'x' }, ip)).statusCode, 401);
    assert.equal((await login(first, { username: 'prs_c', password: 'x' }, ip)).statusCode, 401);
    assertLimited(await login(second, { username: 'prs_d', password: 'x' }, ip));
  });

  test('a successful login still works under the limit with Redis configured', async () => {
    const client = await createClient(first);
    await loginOk(first, client, randomIp());
  });
});

describe('rate limits when Redis cannot be reached', () => {
  let store: TestStore;
  before(async () => {
    // Nothing listens on port 1: every counter update fails once ioredis has given up retrying.
    store = await startTestStore('pglite', { env: { ...LIMITS, REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  after(() => store.close());

  test('a rate-limited request answers 503 SERVICE_UNAVAILABLE with Retry-After, not 500, and is not let through unlimited', async () => {
    const client = await createClient(store);
    const answer = await login(store, client, randomIp());
    assert.equal(answer.statusCode, 503, answer.body);
    assert.equal(answer.headers['retry-after'], '1');
    assert.deepEqual(errorOf(answer), { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' });
    assert.doesNotMatch(answer.body, /redis|6379|127\.0\.0\.1/i);
    // A route without a rate limit is served.
    assert.equal((await store.app.inject({ method: 'GET', url: '/status' })).statusCode, 200);
  });
});
