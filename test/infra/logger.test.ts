import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { loggerOptions, redactUrl } from '../../src/infra/logger.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

describe('logged URLs: sensitive query parameters are redacted', () => {
  test('redactUrl replaces the values of sensitive parameters (any case, encoded names too) and keeps the rest as written', () => {
    assert.equal(redactUrl('/api/v1/products?access_token=abc&limit=1'), '/api/v1/products?access_token=[redacted]&limit=1');
    assert.equal(
      redactUrl(
        '/x?Token=a&PASSWORD=b&api-key=c&apikey=d&key=e&code=f&pin=g&signature=h&auth=i&authorization=j&session=k&jwt=l&secret=m&refresh_token=n',
      ),
      '/x?Token=[redacted]&PASSWORD=[redacted]&api-key=[redacted]&apikey=[redacted]&key=[redacted]&code=[redacted]&pin=[redacted]' +
        '&signature=[redacted]&auth=[redacted]&authorization=[redacted]&session=[redacted]&jwt=[redacted]&secret=[redacted]&refresh_token=[redacted]',
    );
    assert.equal(
      redactUrl('/x?%70assword=s3cret&pass%77ord=s3cret&access%5Ftoken=t'),
      '/x?%70assword=[redacted]&pass%77ord=[redacted]&access%5Ftoken=[redacted]',
    );
    assert.equal(redactUrl('/x?token=a=b&token=c&tokens=keep&limit=1&%zz=1'), '/x?token=[redacted]&token=[redacted]&tokens=keep&limit=1&%zz=1');
    for (const unchanged of ['/api/v1/products', '/api/v1/products?limit=1&page=2', '/x?', '/x?token', '/x?&&a=1'])
      assert.equal(redactUrl(unchanged), unchanged);
  });

  test('a line that logs a url field is redacted too', () => {
    const lines: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (line: string) => void lines.push(line) });
    logger.info({ url: 'https://hooks.example/x?sig=SECRETSIG&id=1' }, 'something');
    assert.equal(JSON.parse(lines[0]!).url, 'https://hooks.example/x?sig=[redacted]&id=1');
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
        await store.app.inject({ method: 'GET', url: '/api/v1/nothing-here?Api-Key=SECRETVALUE4&jwt=SECRETVALUE5' });
        const logs = store.logs.text();
        for (const secret of ['SECRETVALUE1', 'SECRETVALUE2', 'SECRETVALUE3', 'SECRETVALUE4', 'SECRETVALUE5']) {
          assert.ok(!logs.includes(secret), `${secret} leaked into the logs`);
        }
        const urls = store.logs.lines
          .map((line) => JSON.parse(line) as { req?: { url: string } })
          .flatMap((line) => (line.req ? [line.req.url] : []));
        assert.ok(urls.includes('/api/v1/products?access_token=[redacted]&limit=1'), urls.join('\n'));
        assert.ok(urls.includes('/auth/login?username=someone&password=[redacted]'), urls.join('\n'));
        assert.ok(urls.includes('/api/v1/nothing-here?Api-Key=[redacted]&jwt=[redacted]'), urls.join('\n'));
      });
    });
  }
});
