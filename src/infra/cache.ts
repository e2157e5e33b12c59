import type { InvalidationBus } from './invalidation/bus.ts';

/** Safety net for a lost notification; normal invalidation is immediate through the bus. */
export const DEFAULT_CACHE_TTL_MS = 5 * 60_000;

/**
 * One value kept in memory, loaded on first use; concurrent misses share one load; an
 * invalidation that arrives during a load keeps that (possibly older) result from being stored;
 * a failed load is not stored (the next call loads again).
 */
export class CachedValue<T> {
  private value: { value: T; loadedAt: number } | null = null;
  private loading: Promise<T> | null = null;
  private generation = 0;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs = DEFAULT_CACHE_TTL_MS,
  ) {}

  /** The value when it is in memory and fresh, without waiting; else undefined (nothing is loaded). */
  peek(): { value: T } | undefined {
    const current = this.value;
    return current && Date.now() - current.loadedAt < this.ttlMs ? current : undefined;
  }

  get(): Promise<T> {
    const current = this.peek();
    if (current) return Promise.resolve(current.value);
    if (!this.loading) {
      const pending: Promise<T> = this.fetch().finally(() => {
        if (this.loading === pending) this.loading = null;
      });
      this.loading = pending;
    }
    return this.loading;
  }

  invalidate(): void {
    this.generation++;
    this.value = null;
    this.loading = null;
  }

  private async fetch(): Promise<T> {
    const generation = this.generation;
    const value = await this.load();
    if (generation === this.generation) this.value = { value, loadedAt: Date.now() };
    return value;
  }
}

/** Like CachedValue, one entry per key; the oldest entries go beyond `maxEntries`. */
export class KeyedCache<K, V> {
  private readonly entries = new Map<K, { value: V; loadedAt: number }>();
  private readonly loading = new Map<K, Promise<V>>();
  private generation = 0;

  constructor(
    private readonly load: (key: K) => Promise<V>,
    private readonly options: { ttlMs?: number; maxEntries?: number } = {},
  ) {}

  /** The entry of `key` when it is in memory and fresh, without waiting; else undefined (nothing is loaded). */
  peek(key: K): { value: V } | undefined {
    const entry = this.entries.get(key);
    return entry && Date.now() - entry.loadedAt < (this.options.ttlMs ?? DEFAULT_CACHE_TTL_MS) ? entry : undefined;
  }

  /** The entry of `key`; `load` (default: the constructor's) loads it on a miss. */
  get(key: K, load: (key: K) => Promise<V> = this.load): Promise<V> {
    const entry = this.peek(key);
    if (entry) return Promise.resolve(entry.value);
    let pending = this.loading.get(key);
    if (!pending) {
      const started: Promise<V> = this.fetch(key, load).finally(() => {
        if (this.loading.get(key) === started) this.loading.delete(key);
      });
      pending = started;
      this.loading.set(key, pending);
    }
    return pending;
  }

  invalidate(key: K): void {
    // Any load in flight may have read the old state: none of them is stored.
    this.generation++;
    this.entries.delete(key);
    this.loading.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.loading.clear();
  }

  private async fetch(key: K, load: (key: K) => Promise<V>): Promise<V> {
    const generation = this.generation;
    const value = await load(key);
    if (generation === this.generation) {
      this.entries.delete(key);
      this.entries.set(key, { value, loadedAt: Date.now() });
      const max = this.options.maxEntries ?? 10_000;
      while (this.entries.size > max) this.entries.delete(this.entries.keys().next().value as K);
    }
    return value;
  }
}

/**
 * Keeps a KeyedCache coherent across processes: an entry goes the moment the bus names its key
 * on `topic`, and everything goes when the bus may have missed messages.
 */
export function invalidateOnBus<K>(
  cache: KeyedCache<K, unknown>,
  bus: Pick<InvalidationBus, 'subscribe'>,
  topic: string,
  parseKey: (key: string) => K,
): void {
  bus.subscribe(
    topic,
    (key) => cache.invalidate(parseKey(key)),
    () => cache.clear(),
  );
}
