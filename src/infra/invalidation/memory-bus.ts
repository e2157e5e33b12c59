import type { InvalidationBus } from './bus.ts';

interface Subscriber {
  topic: string;
  onMessage: (key: string) => void;
}

/** Single-process bus (PGlite without Redis): delivery is synchronous. */
export class MemoryInvalidationBus implements InvalidationBus {
  private readonly subscribers: Subscriber[] = [];

  async publish(topic: string, key: string): Promise<void> {
    for (const subscriber of this.subscribers) if (subscriber.topic === topic) subscriber.onMessage(key);
  }

  subscribe(topic: string, onMessage: (key: string) => void): void {
    this.subscribers.push({ topic, onMessage });
  }

  async close(): Promise<void> {
    this.subscribers.length = 0;
  }
}
