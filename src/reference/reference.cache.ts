import { createHash } from 'node:crypto';

/**
 * A JSON response body ready to send, with its entity tag: its bytes, encoded once (a string
 * would be measured and encoded to UTF-8 again at every send), and the same object each time,
 * so its compressed forms are kept with it (http/compression.ts).
 */
export interface CachedBody {
  body: Buffer;
  etag: string;
}

export interface Snapshot<T extends { id: number }> {
  items: readonly T[];
  list: CachedBody;
  byId: ReadonlyMap<number, CachedBody & { item: T }>;
}

/** Strong entity tag of the exact bytes sent. */
export function entityTag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function cached(value: unknown): CachedBody {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: entityTag(body) };
}

export function buildSnapshot<T extends { id: number }>(items: T[]): Snapshot<T> {
  return {
    items,
    list: cached(items),
    byId: new Map(items.map((item) => [item.id, { ...cached(item), item }])),
  };
}

/** Safety net for a lost notification; normal invalidation is immediate through the bus. */
const SNAPSHOT_TTL_MS = 5 * 60_000;

/**
 * One reference list kept in memory with its serialised bodies and ETags, so a read costs no
 * database round trip. Loaded on first use; concurrent misses share one load; an invalidation
 * that arrives during a load keeps that (possibly older) result from being stored.
 */
export class SnapshotCache<T extends { id: number }> {
  private snapshot: { value: Snapshot<T>; loadedAt: number } | null = null;
  private loading: Promise<Snapshot<T>> | null = null;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T[]>,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
  ) {}

  async get(): Promise<Snapshot<T>> {
    const current = this.snapshot;
    if (current && Date.now() - current.loadedAt < this.ttlMs) return current.value;
    if (!this.loading) {
      const pending: Promise<Snapshot<T>> = this.fetch().finally(() => {
        if (this.loading === pending) this.loading = null;
      });
      this.loading = pending;
    }
    return this.loading;
  }

  invalidate(): void {
    this.generation++;
    this.snapshot = null;
    this.loading = null;
  }

  private async fetch(): Promise<Snapshot<T>> {
    const generation = this.generation;
    const value = buildSnapshot(await this.load());
    if (generation === this.generation) this.snapshot = { value, loadedAt: Date.now() };
    return value;
  }
}
