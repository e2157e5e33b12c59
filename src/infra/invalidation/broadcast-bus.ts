import { randomUUID } from 'node:crypto';
import type { InvalidationBus } from './bus.ts';

export interface Transport {
  send(payload: string): Promise<void>;
  /** Starts receiving; `onReset` is called when the transport may have dropped messages. */
  start(onPayload: (payload: string) => void, onReset: () => void): Promise<void>;
  stop(): Promise<void>;
}

type Message =
  | { type: 'invalidate'; from: string; nonce: string; topic: string; key: string }
  | { type: 'ack'; from: string; nonce: string }
  | { type: 'hello' | 'bye'; from: string };

interface Subscriber {
  topic: string;
  onMessage: (key: string) => void;
  onReset: () => void;
}

interface PendingPublish {
  waitingFor: Set<string>;
  done: () => void;
}

export interface BroadcastTimings {
  /** How often a process announces itself. */
  helloIntervalMs: number;
  /** A peer not heard from for this long is presumed gone. */
  peerTimeoutMs: number;
  /** Longest a publish waits for acknowledgements. */
  ackTimeoutMs: number;
}

const DEFAULT_TIMINGS: BroadcastTimings = { helloIntervalMs: 5000, peerTimeoutMs: 15_000, ackTimeoutMs: 3000 };

/**
 * Cache invalidation over a broadcast transport (PostgreSQL NOTIFY, Redis pub/sub).
 *
 * Broadcasts alone are asynchronous: a busy peer may serve a request before it reads the
 * message. So every process announces itself, acknowledges each invalidation after applying
 * it, and `publish` resolves only when every live peer has acknowledged (or the wait times
 * out, which is logged by the caller's latency, never silently wrong for long: a peer that
 * stops answering ages out and one that lost its connection drops its whole cache).
 */
export class BroadcastInvalidationBus implements InvalidationBus {
  private readonly instanceId = randomUUID();
  private readonly subscribers: Subscriber[] = [];
  private readonly peers = new Map<string, number>();
  private readonly pending = new Map<string, PendingPublish>();
  private started: Promise<void> | null = null;
  private helloTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly transport: Transport,
    private readonly timings: BroadcastTimings = DEFAULT_TIMINGS,
  ) {}

  start(): Promise<void> {
    this.started ??= (async () => {
      await this.transport.start(
        (payload) => this.receive(payload),
        () => this.reset(),
      );
      await this.send({ type: 'hello', from: this.instanceId });
      this.helloTimer = setInterval(() => void this.send({ type: 'hello', from: this.instanceId }).catch(() => {}), this.timings.helloIntervalMs);
      this.helloTimer.unref();
    })();
    return this.started;
  }

  private send(message: Message): Promise<void> {
    return this.transport.send(JSON.stringify(message));
  }

  private livePeers(): string[] {
    const cutoff = Date.now() - this.timings.peerTimeoutMs;
    return [...this.peers].filter(([, seen]) => seen >= cutoff).map(([id]) => id);
  }

  private reset(): void {
    for (const subscriber of this.subscribers) subscriber.onReset();
  }

  private deliver(topic: string, key: string): void {
    for (const subscriber of this.subscribers) if (subscriber.topic === topic) subscriber.onMessage(key);
  }

  private receive(payload: string): void {
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch {
      return;
    }
    if (message.from === this.instanceId) return;
    if (message.type === 'bye') {
      this.peers.delete(message.from);
      for (const publish of this.pending.values()) this.acknowledge(publish, message.from);
      return;
    }
    const isNewPeer = !this.peers.has(message.from);
    this.peers.set(message.from, Date.now());
    if (message.type === 'hello' && isNewPeer) {
      // Answer a newcomer at once so it knows about us before its first publish.
      void this.send({ type: 'hello', from: this.instanceId }).catch(() => {});
    } else if (message.type === 'invalidate') {
      this.deliver(message.topic, message.key);
      void this.send({ type: 'ack', from: this.instanceId, nonce: message.nonce }).catch(() => {});
    } else if (message.type === 'ack') {
      const publish = this.pending.get(message.nonce);
      if (publish) this.acknowledge(publish, message.from);
    }
  }

  private acknowledge(publish: PendingPublish, peer: string): void {
    publish.waitingFor.delete(peer);
    if (publish.waitingFor.size === 0) publish.done();
  }

  async publish(topic: string, key: string): Promise<void> {
    await this.start();
    this.deliver(topic, key);
    const nonce = randomUUID();
    const waitingFor = new Set(this.livePeers());
    if (waitingFor.size === 0) {
      await this.send({ type: 'invalidate', from: this.instanceId, nonce, topic, key });
      return;
    }
    const acknowledged = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.timings.ackTimeoutMs);
      this.pending.set(nonce, {
        waitingFor,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
    try {
      await this.send({ type: 'invalidate', from: this.instanceId, nonce, topic, key });
      await acknowledged;
    } finally {
      this.pending.delete(nonce);
    }
  }

  subscribe(topic: string, onMessage: (key: string) => void, onReset: () => void): void {
    this.subscribers.push({ topic, onMessage, onReset });
  }

  async close(): Promise<void> {
    if (this.helloTimer) clearInterval(this.helloTimer);
    if (this.started) await this.send({ type: 'bye', from: this.instanceId }).catch(() => {});
    this.subscribers.length = 0;
    await this.transport.stop();
  }
}
