import pg from 'pg';

export type NotificationHandler = (payload: string) => void;

interface Subscription {
  channel: string;
  handler: NotificationHandler;
  onReset: () => void;
}

const RECONNECT_DELAY_MS = 1000;
/** A server that accepts the connection and never answers must not hold a worker's start (or stop) for ever. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * One dedicated connection for LISTEN. When it drops, every subscriber is told to reset
 * (notifications may have been lost) and the connection is re-established.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  constructor(private readonly config: pg.ClientConfig) {}

  async listen(channel: string, handler: NotificationHandler, onReset: () => void): Promise<() => Promise<void>> {
    const subscription = { channel, handler, onReset };
    this.subscriptions.add(subscription);
    try {
      const client = await this.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      // Not listening: the caller polls instead, and a later reconnect must not call it.
      this.subscriptions.delete(subscription);
      throw error;
    }
    return async () => {
      this.subscriptions.delete(subscription);
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...this.config });
    client.on('notification', (message) => {
      for (const subscription of this.subscriptions) {
        if (subscription.channel === message.channel) subscription.handler(message.payload ?? '');
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    this.client = client;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    for (const subscription of this.subscriptions) subscription.onReset();
    if (!this.closed) setTimeout(() => void this.resubscribe(), RECONNECT_DELAY_MS).unref();
  }

  private async resubscribe(): Promise<void> {
    if (this.closed) return;
    try {
      const client = await this.connect();
      const channels = new Set([...this.subscriptions].map((s) => s.channel));
      for (const channel of channels) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      for (const subscription of this.subscriptions) subscription.onReset();
    } catch {
      if (!this.closed) setTimeout(() => void this.resubscribe(), RECONNECT_DELAY_MS).unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
