import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';

/**
 * Connections that never send a byte (or send too slowly) against a real server process, all over
 * loopback: the flood comes from 127.0.0.1, the "other client" from 127.0.0.2 (Linux routes all of
 * 127/8 to the loopback interface).
 */

const IDLE_SOCKETS = 1000;

/** The soft limit of open files of this process (the idle sockets are ours too). */
function openFileLimit(): number {
  const line = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return line?.[1] === 'unlimited' ? Infinity : Number(line?.[1] ?? 0);
}

const skip =
  process.platform !== 'linux'
    ? 'needs Linux (127.0.0.2 as a source address, /proc)'
    : openFileLimit() < IDLE_SOCKETS + 500
      ? `ulimit -n is ${openFileLimit()}: ${IDLE_SOCKETS + 500} open files are needed`
      : false;

interface Probe {
  socket: net.Socket;
  openedAt: number;
  /** ms from connect to close, once closed. */
  lifetime: number | null;
  received: string;
  closed: Promise<void>;
}

const sockets: net.Socket[] = [];

/** A TCP connection that sends nothing (unless the test writes); resolves once connected. */
function connect(port: number, localAddress = '127.0.0.1'): Promise<Probe> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress });
    sockets.push(socket);
    const probe: Probe = { socket, openedAt: Date.now(), lifetime: null, received: '', closed: undefined as never };
    probe.closed = new Promise((done) =>
      socket.once('close', () => {
        probe.lifetime = Date.now() - probe.openedAt;
        done();
      }),
    );
    socket.on('data', (chunk) => (probe.received += chunk));
    socket.on('error', () => undefined); // a reset by the server is a close here
    socket.once('connect', () => {
      probe.openedAt = Date.now();
      resolve(probe);
    });
    socket.once('close', () => resolve(probe));
  });
}

async function connectMany(port: number, count: number): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (let i = 0; i < count; i += 100) {
    probes.push(...(await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => connect(port)))));
  }
  return probes;
}

/** GET /status over a new connection from `localAddress`: the status and how long it took, or 'failed'. */
function getStatus(port: number, localAddress = '127.0.0.1'): Promise<{ status: number | 'failed'; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/status', localAddress, agent: false, timeout: 3000 }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, ms: Date.now() - started }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve({ status: 'failed', ms: Date.now() - started }));
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(50)) {
    if (condition()) return true;
  }
  return condition();
}

const openCount = (probes: Probe[]) => probes.filter((probe) => probe.lifetime === null).length;

describe('idle and slow connections (real server process)', { skip }, () => {
  const servers: ServerProcess[] = [];
  const dataDirs: string[] = [];
  after(async () => {
    for (const socket of sockets) socket.destroy();
    for (const server of servers) await server.stop('SIGKILL');
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>, options: { fileLimit?: number } = {}) {
    const dataDir = await tempDataDir({ migrated: true });
    dataDirs.push(dataDir);
    const server = await startServerProcess({ DATA_DIR: dataDir, ...env }, 60_000, options);
    servers.push(server);
    return { server, port: Number(new URL(server.url).port) };
  }

  test(`${IDLE_SOCKETS} idle connections from one address neither exhaust the server's file descriptors nor outlive HEADERS_TIMEOUT`, async () => {
    // 512 open files: without the per-address cap, the idle sockets would take them all (EMFILE)
    // and no other client could connect until they were closed.
    const { server, port } = await start({ HEADERS_TIMEOUT: '3' }, { fileLimit: 512 });
    const flood = await connectMany(port, IDLE_SOCKETS);

    // Everything over the default cap (256 per address) is closed at once…
    assert.ok(await waitFor(() => openCount(flood) <= 256, 3000), `${openCount(flood)} connections still open`);
    // …so another client is served at once,
    const other = await getStatus(port, '127.0.0.2');
    assert.equal(other.status, 200);
    assert.ok(other.ms < 1000, `GET /status took ${other.ms} ms`);
    // and the connections within the cap are closed once HEADERS_TIMEOUT has passed, not before.
    const kept = flood.filter((probe) => probe.lifetime === null);
    assert.ok(kept.length > 0, 'kept.length > 0');
    await Promise.race([Promise.all(kept.map((probe) => probe.closed)), sleep(10_000)]);
    assert.equal(openCount(kept), 0, 'idle connections left open after HEADERS_TIMEOUT');
    const shortest = Math.min(...kept.map((probe) => probe.lifetime!));
    assert.ok(shortest >= 2900, `an idle connection was closed after ${shortest} ms, before HEADERS_TIMEOUT`);
    assert.match(kept[0]!.received, /^HTTP\/1\.1 408 /);
    // The address is welcome again.
    assert.equal((await getStatus(port)).status, 200);
    assert.equal(server.child.exitCode, null);
  });

  test('HEADERS_TIMEOUT, REQUEST_TIMEOUT and KEEP_ALIVE_TIMEOUT close idle, slow and kept-alive connections', async () => {
    const { port } = await start({ HEADERS_TIMEOUT: '1', REQUEST_TIMEOUT: '2', KEEP_ALIVE_TIMEOUT: '1', MAX_CONNECTIONS_PER_IP: '0' });

    // No cap: all of them are accepted and held until HEADERS_TIMEOUT (on a loaded machine the
    // first may reach it before the last has connected), and a new connection is still served at once.
    const idle = await connectMany(port, IDLE_SOCKETS);
    await sleep(200);
    const closedEarly = idle.filter((probe) => probe.lifetime !== null && probe.lifetime < 900);
    assert.equal(closedEarly.length, 0, `${closedEarly.length} connections closed before HEADERS_TIMEOUT`);
    const status = await getStatus(port);
    assert.equal(status.status, 200);
    assert.ok(status.ms < 1000, `GET /status took ${status.ms} ms`);

    // A request head sent a header line at a time, never finished (slowloris).
    const slowHead = await connect(port);
    slowHead.socket.write('GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // A body sent a byte at a time.
    const slowBody = await connect(port);
    slowBody.socket.write('POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    const trickle = setInterval(() => {
      if (slowHead.lifetime === null) slowHead.socket.write('X-Slow: 1\r\n');
      if (slowBody.lifetime === null) slowBody.socket.write(' ');
    }, 200);
    // A kept-alive connection after its response.
    const kept = await connect(port);
    kept.socket.write('GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    try {
      await Promise.race([Promise.all([...idle, slowHead, slowBody, kept].map((probe) => probe.closed)), sleep(10_000)]);
    } finally {
      clearInterval(trickle);
    }

    assert.equal(openCount(idle), 0, 'idle connections left open');
    const idleShortest = Math.min(...idle.map((probe) => probe.lifetime!));
    assert.ok(idleShortest >= 900, `an idle connection was closed after ${idleShortest} ms, before HEADERS_TIMEOUT`);
    assert.ok(Math.max(...idle.map((probe) => probe.lifetime!)) < 5000, 'Math.max(...idle.map((probe) => probe.lifetime!)) < 5000');
    assert.match(idle[0]!.received, /^HTTP\/1\.1 408 /);

    assert.notEqual(slowHead.lifetime, null, 'a request head trickling in kept its connection');
    assert.ok(slowHead.lifetime! >= 900 && slowHead.lifetime! < 5000, `slow head closed after ${slowHead.lifetime} ms`);
    assert.match(slowHead.received, /^HTTP\/1\.1 408 /);

    assert.notEqual(slowBody.lifetime, null, 'a body trickling in kept its connection');
    assert.ok(slowBody.lifetime! >= 1900 && slowBody.lifetime! < 6000, `slow body closed after ${slowBody.lifetime} ms`);
    assert.match(slowBody.received, /^HTTP\/1\.1 408 /);

    assert.notEqual(kept.lifetime, null, 'a kept-alive connection stayed open');
    assert.match(kept.received, /^HTTP\/1\.1 200 /);
    assert.match(kept.received, /\r\nKeep-Alive: timeout=1\r\n/i);
    assert.ok(kept.lifetime! >= 900 && kept.lifetime! < 5000, `kept-alive connection closed after ${kept.lifetime} ms`);
  });

  test('MAX_CONNECTIONS_PER_IP: the connection over the cap is closed at once; other addresses are served; the address is again once some close', async () => {
    const { server, port } = await start({ MAX_CONNECTIONS_PER_IP: '50' });
    const first = await connectMany(port, 50);
    await sleep(300);
    assert.equal(openCount(first), 50);

    const over = await connect(port);
    await Promise.race([over.closed, sleep(3000)]);
    assert.notEqual(over.lifetime, null, 'the 51st connection was kept');
    assert.equal(over.received, '', 'the 51st connection was answered instead of closed');
    assert.equal((await getStatus(port)).status, 'failed');
    assert.equal((await getStatus(port, '127.0.0.2')).status, 200);
    await sleep(300);
    assert.equal(openCount(first), 50, 'connections within the cap were closed');

    for (const probe of first.slice(0, 10)) probe.socket.destroy();
    await Promise.all(first.slice(0, 10).map((probe) => probe.closed));
    let status: number | 'failed' = 'failed';
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await getStatus(port)).status;
      if (status !== 200) await sleep(100);
    }
    assert.equal(status, 200);
    // One warning while the address is at its cap, not one per refused connection.
    assert.equal(server.output().match(/too many connections from one address/g)?.length, 1, server.output().slice(-2000));
  });
});
