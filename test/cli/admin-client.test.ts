import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { AdminCallError, httpTransport } from '../../src/cli/admin-client.ts';

/** A server on 127.0.0.1 that answers as `handle` says; the URL to reach it. */
async function serve(handle: Parameters<typeof createServer>[1], servers: Server[]): Promise<string> {
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the CLI's HTTP transport to a running server", () => {
  const servers: Server[] = [];
  after(() => {
    for (const server of servers) server.closeAllConnections();
    return Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  test('gives up on a server that sends nothing for the silence limit, with a message saying so', async () => {
    const url = await serve(() => {}, servers); // takes the request, never answers
    const transport = httpTransport(url, 'token', 300);
    const started = Date.now();
    await assert.rejects(transport.send('GET', '/admin/v1/clients', {}), (error: unknown) => {
      assert.ok(error instanceof AdminCallError, 'an AdminCallError');
      assert.equal(error.status, 0);
      assert.equal(error.message, `The running server at ${url} sent nothing for 0.3 s: is it stopped or overloaded?`);
      return true;
    });
    assert.ok(Date.now() - started < 5000, 'not five minutes');
  });

  test('gives up on an answer that stops half-way', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"items": [');
    }, servers);
    await assert.rejects(httpTransport(url, 'token', 300).send('GET', '/admin/v1/clients', {}), /sent nothing for 0.3 s/);
  });

  test('waits as long as pieces keep coming, each within the limit (an import following its progress)', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      let sent = 0;
      const tick = setInterval(() => {
        sent++;
        if (sent < 6) response.write(`{"progress":{"phase":"write","done":${sent},"total":5}}\n`);
        else {
          clearInterval(tick);
          response.end('{"status":200,"body":{"ok":true}}\n');
        }
      }, 150);
    }, servers);
    const pieces: string[] = [];
    const answer = await httpTransport(url, 'token', 400).send('POST', '/admin/v1/inventory/import', {
      body: '{}',
      accept: 'application/x-ndjson',
      onText: (piece) => pieces.push(piece),
    });
    assert.equal(answer.status, 200);
    assert.ok(pieces.length >= 6, `${pieces.length} pieces`);
    assert.match(answer.text, /"status":200,"body":\{"ok":true\}\}\n$/);
  });
});
