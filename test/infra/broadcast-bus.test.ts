import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BroadcastInvalidationBus, type Transport } from '../../src/infra/invalidation/broadcast-bus.ts';

/** An in-memory broker; each member can be given a delivery delay (a busy process). */
class FakeBroker {
  private readonly members = new Map<number, { deliver: (payload: string) => void; delayMs: number }>();
  private next = 0;

  transport(delayMs = 0): Transport & { setDelay(ms: number): void } {
    const id = this.next++;
    const broker = this;
    return {
      setDelay(ms: number) {
        broker.members.get(id)!.delayMs = ms;
      },
      async send(payload) {
        if (!broker.members.has(id)) return; // a stopped process says nothing
        for (const member of broker.members.values()) {
          setTimeout(() => member.deliver(payload), member.delayMs);
        }
      },
      async start(onPayload) {
        broker.members.set(id, { deliver: onPayload, delayMs });
      },
      async stop() {
        broker.members.delete(id);
      },
    };
  }
}

const timings = { helloIntervalMs: 50, peerTimeoutMs: 400, ackTimeoutMs: 1500 };
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BroadcastInvalidationBus', () => {
  test('publish resolves only after a slow peer has applied the invalidation', async () => {
    const broker = new FakeBroker();
    const fastTransport = broker.transport();
    const slowTransport = broker.transport();
    const publisher = new BroadcastInvalidationBus(fastTransport, timings);
    const slowPeer = new BroadcastInvalidationBus(slowTransport, timings);
    const applied: string[] = [];
    slowPeer.subscribe('client', (key) => applied.push(key), () => {});
    await publisher.start();
    await slowPeer.start();
    await settle(20); // hellos exchanged

    slowTransport.setDelay(200);
    const started = Date.now();
    await publisher.publish('client', '42');
    assert.deepEqual(applied, ['42'], 'the peer applied the change before publish resolved');
    assert.ok(Date.now() - started >= 190);
    await publisher.close();
    await slowPeer.close();
  });

  test('local subscribers are told synchronously; a lone process does not wait', async () => {
    const broker = new FakeBroker();
    const bus = new BroadcastInvalidationBus(broker.transport(), timings);
    const seen: string[] = [];
    bus.subscribe('client', (key) => seen.push(key), () => {});
    const started = Date.now();
    await bus.publish('client', '7');
    assert.deepEqual(seen, ['7']);
    assert.ok(Date.now() - started < 100);
    await bus.close();
  });

  test('a peer that left with bye is not waited for; a silent one is waited for at most the ack timeout', async () => {
    const broker = new FakeBroker();
    const publisher = new BroadcastInvalidationBus(broker.transport(), timings);
    const leaving = new BroadcastInvalidationBus(broker.transport(), timings);
    await publisher.start();
    await leaving.start();
    await settle(20);
    await leaving.close();
    await settle(20);
    let started = Date.now();
    await publisher.publish('client', '1');
    assert.ok(Date.now() - started < 100, 'no wait for a peer that said bye');

    const silentTransport = broker.transport();
    const silent = new BroadcastInvalidationBus(silentTransport, timings);
    await silent.start();
    await settle(20);
    await silentTransport.stop(); // vanishes without bye (SIGKILL)
    started = Date.now();
    await publisher.publish('client', '2');
    const waited = Date.now() - started;
    assert.ok(waited >= 1400 && waited < 2500, `waited ${waited} ms`);
    await settle(450); // past peerTimeoutMs: the silent peer has aged out
    started = Date.now();
    await publisher.publish('client', '3');
    assert.ok(Date.now() - started < 100);
    await publisher.close();
  });
});
