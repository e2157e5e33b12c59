import { randomUUID } from 'node:crypto';
import type { InvalidationBus, InvalidationMessage } from './bus.ts';

interface Subscriber {
  topic: string;
  onMessage: (key: string) => void;
  onReset: () => void;
}

export interface Transport {
  send(payload: string): Promise<void>;
  /** Starts receiving; `onReset` is called when the transport may have dropped messages. */
  start(onPayload: (payload: string) => void, onReset: () => void): Promise<void>;
  stop(): Promise<void>;
}

const ECHO_TIMEOUT_MS = 2000;

/**
 * A bus over a broadcast transport (PostgreSQL NOTIFY, Redis pub/sub). Publishing waits for
 * the message to come back to this process: by then the broker has fanned it out to all.
 */
export class EchoInvalidationBus implements InvalidationBus {
  private readonly subscribers: Subscriber[] = [];
  private readonly pendingEchoes = new Map<string, () => void>();
  private started: Promise<void> | null = null;

  constructor(private readonly transport: Transport) {}

  private ensureStarted(): Promise<void> {
    this.started ??= this.transport.start(
      (payload) => this.receive(payload),
      () => this.subscribers.forEach((s) => s.onReset()),
    );
    return this.started;
  }

  private receive(payload: string): void {
    let message: InvalidationMessage;
    try {
      message = JSON.parse(payload) as InvalidationMessage;
    } catch {
      return;
    }
    for (const subscriber of this.subscribers) if (subscriber.topic === message.topic) subscriber.onMessage(message.key);
    this.pendingEchoes.get(message.nonce)?.();
  }

  async publish(topic: string, key: string): Promise<void> {
    await this.ensureStarted();
    const nonce = randomUUID();
    const echoed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ECHO_TIMEOUT_MS);
      this.pendingEchoes.set(nonce, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // Local subscribers are told at once; the echo tells the rest.
    for (const subscriber of this.subscribers) if (subscriber.topic === topic) subscriber.onMessage(key);
    await this.transport.send(JSON.stringify({ topic, key, nonce } satisfies InvalidationMessage));
    await echoed.finally(() => this.pendingEchoes.delete(nonce));
  }

  subscribe(topic: string, onMessage: (key: string) => void, onReset: () => void): void {
    this.subscribers.push({ topic, onMessage, onReset });
    void this.ensureStarted().catch(onReset);
  }

  async start(): Promise<void> {
    await this.ensureStarted();
  }

  async close(): Promise<void> {
    this.subscribers.length = 0;
    await this.transport.stop();
  }
}
