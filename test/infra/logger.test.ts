import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import type { RouteOptions } from 'fastify';
import { LOGGED_QUERY_PARAMETERS, loggerOptions, redactUrl } from '../../src/infra/logger.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

describe("logged URLs: only the store's own query parameters keep their values", () => {
  test('redactUrl replaces the value of every parameter the store does not define (any name, any case, encoded names too)', () => {
    assert.equal(redactUrl('/api/v1/products?access_token=abc&limit=1'), '/api/v1/products?access_token=[redacted]&limit=1');
    assert.equal(
      redactUrl('/x?Token=a&PASSWORD=b&totp_code=c&card_number=d&access_token%00=e&tokens=f&X=g'),
      '/x?Token=[redacted]&PASSWORD=[redacted]&totp_code=[redacted]&card_number=[redacted]&access_token%00=[redacted]&tokens=[redacted]&X=[redacted]',
    );
    assert.equal(
      redactUrl('/x?%70assword=s3cret&pass%77ord=s3cret&access%5Ftoken=t'),
      '/x?%70assword=[redacted]&pass%77ord=[redacted]&access%5Ftoken=[redacted]',
    );
    assert.equal(redactUrl('/x?token=a=b&token=c&limit=1&%zz=1'), '/x?token=[redacted]&token=[redacted]&limit=1&%zz=[redacted]');
    assert.equal(
      redactUrl('/api/v1/orders?Start-Date=2026-01-01&STATUS=DELIVERED&page=2&sort=-id&after=c1#frag'),
      '/api/v1/orders?Start-Date=2026-01-01&STATUS=DELIVERED&page=2&sort=-id&after=c1#frag',
    );
    for (const unchanged of ['/api/v1/products', '/api/v1/products?limit=1&page=2', '/x?', '/x?token', '/x?&&limit=1'])
      assert.equal(redactUrl(unchanged), unchanged);
  });

  test('a JSON Web Token in the path is redacted; other segments are kept', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    assert.equal(redactUrl(`/api/v1/x/${jwt}`), '/api/v1/x/[redacted]');
    assert.equal(redactUrl(`/api/v1/x/${jwt}/y?limit=2&t=${jwt}`), '/api/v1/x/[redacted]/y?limit=2&t=[redacted]');
    assert.equal(redactUrl('/api/v1/orders/12/eyJnotatoken'), '/api/v1/orders/12/eyJnotatoken');
  });

  test('every query parameter a route defines is one whose value is logged', async () => {
    const defined = new Set<string>();
    const collect = (schema: unknown) => {
      const node = schema as { properties?: Record<string, unknown>; anyOf?: unknown[]; allOf?: unknown[] } | undefined;
      for (const name of Object.keys(node?.properties ?? {})) defined.add(name);
      for (const part of [...(node?.anyOf ?? []), ...(node?.allOf ?? [])]) collect(part);
    };
    const store = await startTestStore('pglite', {
      onRoute: (route: RouteOptions) => collect((route.schema as { querystring?: unknown } | undefined)?.querystring),
    });
    await store.close();
    assert.ok(defined.size > 20, 'the routes were read');
    assert.deepEqual(
      [...defined].filter((name) => !LOGGED_QUERY_PARAMETERS.has(name)),
      [],
    );
    assert.deepEqual(
      [...LOGGED_QUERY_PARAMETERS].filter((name) => !defined.has(name)),
      [],
      'no parameter is kept that no route defines',
    );
  });

  test('a line that logs a url field is redacted too', () => {
    const lines: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (line: string) => void lines.push(line) });
    logger.info({ url: 'https://hooks.example/x?sig=SECRETSIG&limit=1' }, 'something');
    assert.equal(JSON.parse(lines[0]!).url, 'https://hooks.example/x?sig=[redacted]&limit=1');
  });

  test('the session cookie, its Set-Cookie and the CSRF token are redacted wherever a line carries them', () => {
    const lines: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (line: string) => void lines.push(line) });
    logger.info({ res: { statusCode: 200, headers: { 'set-cookie': 'prs_console=SECRETCOOKIE1; HttpOnly' } } }, 'answered');
    logger.info(
      { req: { method: 'GET', url: '/admin/v1/clients', headers: { cookie: 'prs_console=SECRETCOOKIE2', 'x-csrf-token': 'SECRETCSRF1' } } },
      'in',
    );
    logger.info({ session: { csrf_token: 'SECRETCSRF2' }, csrf_token: 'SECRETCSRF3' }, 'state');
    assert.equal(JSON.parse(lines[0]!).res.headers['set-cookie'], '[redacted]');
    for (const secret of ['SECRETCOOKIE1', 'SECRETCOOKIE2', 'SECRETCSRF1', 'SECRETCSRF2', 'SECRETCSRF3']) {
      assert.ok(!lines.join('').includes(secret), `${secret} leaked into the logs`);
    }
  });

  for (const engine of ENGINES) {
    describe(`request lines [${engine}]`, () => {
      let store: TestStore;
      before(async () => {
        store = await startTestStore(engine);
      });
      after(() => store.close());

      test('a credential in the query string never reaches the logs; the path and the other parameters do', async () => {
        await store.app.inject({ method: 'GET', url: '/api/v1/products?access_token=SECRETVALUE1&limit=1' });
        await store.app.inject({
          method: 'POST',
          url: '/auth/login?username=someone&password=SECRETVALUE2',
          payload: { username: 'someone', password: 'SECRETVALUE3' },
        });
        await store.app.inject({ method: 'GET', url: '/api/v1/nothing-here?Api-Key=SECRETVALUE4&jwt=SECRETVALUE5&totp_code=SECRETVALUE6' });
        await store.app.inject({ method: 'GET', url: '/api/v1/x/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SECRETVALUE7' });
        const logs = store.logs.text();
        for (const secret of ['SECRETVALUE1', 'SECRETVALUE2', 'SECRETVALUE3', 'SECRETVALUE4', 'SECRETVALUE5', 'SECRETVALUE6', 'SECRETVALUE7']) {
          assert.ok(!logs.includes(secret), `${secret} leaked into the logs`);
        }
        const urls = store.logs.lines
          .map((line) => JSON.parse(line) as { req?: { url: string } })
          .flatMap((line) => (line.req ? [line.req.url] : []));
        assert.ok(urls.includes('/api/v1/products?access_token=[redacted]&limit=1'), urls.join('\n'));
        assert.ok(urls.includes('/auth/login?username=[redacted]&password=[redacted]'), urls.join('\n'));
        assert.ok(urls.includes('/api/v1/nothing-here?Api-Key=[redacted]&jwt=[redacted]&totp_code=[redacted]'), urls.join('\n'));
      });
    });
  }
});
