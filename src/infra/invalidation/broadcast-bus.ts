import { randomUUID } from 'node:crypto';
import type { InvalidationBus } from './bus.ts';

export interface Transport {
  /** For messages: `PostgreSQL NOTIFY`, `Redis`. */
  readonly name: string;
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
  /** Transports (by index) the publisher's own message has not come back from yet. */
  echoesDue: Set<number>;
  /** Peers that have applied the message. */
  acknowledged: Set<string>;
  /** The live peers when the last echo came back: those the publish waits for. */
  expected: Set<string> | null;
  done: () => void;
}

export interface BroadcastTimings {
  /** How often a process announces itself. */
  helloIntervalMs: number;
  /** A peer not heard from for this long is presumed gone. */
  peerTimeoutMs: number;
  /** Longest a publish waits for its own message to come back and for acknowledgements. */
  ackTimeoutMs: number;
}

/** Where the bus reports a broadcast that failed (error) or peers that did not answer (warn). */
export interface BusLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const DEFAULT_TIMINGS: BroadcastTimings = { helloIntervalMs: 5000, peerTimeoutMs: 15_000, ackTimeoutMs: 3000 };
const SILENT: BusLog = { warn() {}, error() {} };
/** Invalidations remembered to drop the second copy (one per transport); they arrive ms apart. */
const REMEMBERED_MESSAGES = 10_000;

/**
 * A change was made but the processes that cache it could not be told: the broadcast could not
 * be sent, or did not come back from the broker in time. The HTTP layer answers 503
 * SERVICE_UNAVAILABLE (`statusCode`), the CLI prints it and exits 1.
 */
export class BroadcastUndeliveredError extends Error {
  readonly statusCode = 503;
  readonly code = 'BROADCAST_UNDELIVERED';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BroadcastUndeliveredError';
  }
}

/**
 * Cache invalidation over one or more broadcast transports (PostgreSQL NOTIFY, and Redis
 * pub/sub too when configured). Every message goes out on every transport; a receiver applies an
 * invalidation once, whichever copy comes first.
 *
 * Broadcasts alone are asynchronous: a busy peer may serve a request before it reads the
 * message. So every process announces itself, acknowledges each invalidation after applying
 * it, and `publish` resolves only when its own message has come back on every transport (the
 * broker has delivered it) and every peer live at that moment has acknowledged it. A message
 * that has not come back within `ackTimeoutMs` (broker down, listening connection lost, send
 * refused) rejects the publish with BroadcastUndeliveredError and is logged: the change fails
 * loudly rather than wait, unseen, for the caches' safety-net expiry. A peer that has not
 * acknowledged by then (busy, or killed without a `bye`) is logged, not waited for: the broker
 * has its message, and a peer that stops answering ages out.
 */
export class BroadcastInvalidationBus implements InvalidationBus {
  private readonly instanceId = randomUUID();
  private readonly transports: readonly Transport[];
  private readonly subscribers: Subscriber[] = [];
  private readonly peers = new Map<string, number>();
  private readonly pending = new Map<string, PendingPublish>();
  private readonly applied = new Set<string>();
  private started: Promise<void> | null = null;
  private helloTimer: NodeJS.Timeout | null = null;

  constructor(
    transports: Transport | readonly Transport[],
    private readonly timings: BroadcastTimings = DEFAULT_TIMINGS,
    private readonly log: BusLog = SILENT,
  ) {
    this.transports = Array.isArray(transports) ? transports : [transports as Transport];
  }

  start(): Promise<void> {
    this.started ??= (async () => {
      try {
        for (const [index, transport] of this.transports.entries()) {
          await transport.start(
            (payload) => this.receive(index, payload),
            () => this.reset(),
          );
        }
        await this.send({ type: 'hello', from: this.instanceId });
      } catch (error) {
        await Promise.allSettled(this.transports.map((transport) => transport.stop()));
        throw error;
      }
      this.helloTimer = setInterval(() => void this.send({ type: 'hello', from: this.instanceId }).catch(() => {}), this.timings.helloIntervalMs);
      this.helloTimer.unref();
    })();
    return this.started;
  }

  private async send(message: Message): Promise<void> {
    const payload = JSON.stringify(message);
    await Promise.all(this.transports.map((transport) => transport.send(payload)));
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

  private receive(via: number, payload: string): void {
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch {
      return;
    }
    if (message.from === this.instanceId) {
      // Our own message back from the broker on this transport.
      if (message.type === 'invalidate') {
        const publish = this.pending.get(message.nonce);
        if (publish) {
          publish.echoesDue.delete(via);
          this.settle(publish);
        }
      }
      return;
    }
    if (message.type === 'bye') {
      this.peers.delete(message.from);
      for (const publish of this.pending.values()) {
        publish.expected?.delete(message.from);
        this.settle(publish);
      }
      return;
    }
    const isNewPeer = !this.peers.has(message.from);
    this.peers.set(message.from, Date.now());
    if (message.type === 'hello' && isNewPeer) {
      // Answer a newcomer at once so it knows about us before its first publish.
      void this.send({ type: 'hello', from: this.instanceId }).catch(() => {});
    } else if (message.type === 'invalidate') {
      if (!this.firstCopy(`${message.from}/${message.nonce}`)) return;
      this.deliver(message.topic, message.key);
      void this.send({ type: 'ack', from: this.instanceId, nonce: message.nonce }).catch(() => {});
    } else if (message.type === 'ack') {
      const publish = this.pending.get(message.nonce);
      if (publish) {
        publish.acknowledged.add(message.from);
        this.settle(publish);
      }
    }
  }

  /** True the first time a message id is seen (each transport brings its own copy). */
  private firstCopy(id: string): boolean {
    if (this.applied.has(id)) return false;
    this.applied.add(id);
    if (this.applied.size > REMEMBERED_MESSAGES) this.applied.delete(this.applied.values().next().value as string);
    return true;
  }

  private settle(publish: PendingPublish): void {
    if (publish.echoesDue.size > 0) return;
    // Peers heard from up to now (a CLI hears the servers' answers to its hello meanwhile).
    publish.expected ??= new Set(this.livePeers());
    for (const peer of publish.expected) if (!publish.acknowledged.has(peer)) return;
    publish.done();
  }

  async publish(topic: string, key: string): Promise<void> {
    await this.start();
    this.deliver(topic, key);
    const nonce = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const delivered = new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: BroadcastUndeliveredError) => {
        if (settled) return;
        settled = true;
        if (error) {
          this.log.error({ err: error, topic, key }, 'cache invalidation broadcast failed');
          reject(error);
        } else {
          resolve();
        }
      };
      const publish: PendingPublish = {
        echoesDue: new Set(this.transports.keys()),
        acknowledged: new Set(),
        expected: null,
        done: () => finish(),
      };
      this.pending.set(nonce, publish);
      timer = setTimeout(() => {
        if (publish.echoesDue.size > 0) {
          const missing = [...publish.echoesDue].map((index) => this.transports[index]!.name).join(' and ');
          finish(undelivered(`it did not come back from ${missing} within ${this.timings.ackTimeoutMs} ms`));
          return;
        }
        const silent = [...(publish.expected ?? [])].filter((peer) => !publish.acknowledged.has(peer));
        this.log.warn({ topic, key, silentPeers: silent.length }, 'cache invalidation not acknowledged by every process in time');
        finish();
      }, this.timings.ackTimeoutMs);
      this.send({ type: 'invalidate', from: this.instanceId, nonce, topic, key }).catch((error: Error) =>
        finish(undelivered(`it could not be sent (${error.message})`, error)),
      );
    });
    try {
      await delivered;
    } finally {
      clearTimeout(timer);
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
    await Promise.allSettled(this.transports.map((transport) => transport.stop()));
  }
}

function undelivered(reason: string, cause?: unknown): BroadcastUndeliveredError {
  return new BroadcastUndeliveredError(
    `the change is saved, but other processes were not told of it: ${reason}; ` +
      'they may serve the old state until their caches expire (retry the change once the broker is back)',
    cause === undefined ? undefined : { cause },
  );
}
