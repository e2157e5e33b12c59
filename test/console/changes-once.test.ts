import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchOnce } from '../../web/shared/api.ts';

// The web apps' fetch: what a double click on a button that sends a change does.
let server: http.Server;
let base: string;
const received: string[] = [];

before(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(`${request.method} ${request.url} ${body}`);
      // Slow enough for the second click to arrive while the first is on its way.
      setTimeout(() => response.end(JSON.stringify({ n: received.length })), 100);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: string) => fetchOnce(new Request(`${base}${path}`, { method: 'POST', body }));

test('a change sent again while the same one is on its way is sent once; each caller reads the one answer', async () => {
  received.length = 0;
  const answers = await Promise.all([post('/clients', '{"name":"A"}'), post('/clients', '{"name":"A"}')]);
  assert.deepEqual(received, ['POST /clients {"name":"A"}']);
  assert.deepEqual(await Promise.all(answers.map((answer) => answer.json())), [{ n: 1 }, { n: 1 }]);

  // Another body, another address, or the same change once the first was answered: each is sent.
  received.length = 0;
  await Promise.all([post('/clients', '{"name":"A"}'), post('/clients', '{"name":"B"}'), post('/fx-rates', '{"name":"A"}')]);
  await post('/clients', '{"name":"A"}');
  assert.equal(received.length, 4, received.join('\n'));

  // Reads are never shared.
  received.length = 0;
  await Promise.all([fetchOnce(new Request(`${base}/clients`)), fetchOnce(new Request(`${base}/clients`))]);
  assert.equal(received.length, 2);
});
