import { createHash } from 'node:crypto';

/**
 * Tells every server process that cached state for a key changed (a client logged out, was
 * deactivated, …). `publish` resolves once every live process has applied the change, so a
 * caller that answers after it knows no process will serve the old state.
 */
export interface InvalidationBus {
  publish(topic: string, key: string): Promise<void>;
  /** `onReset` runs when messages may have been missed (connection lost): drop the whole cache. */
  subscribe(topic: string, onMessage: (key: string) => void, onReset: () => void): void;
  close(): Promise<void>;
}

/**
 * One channel per store: processes on another database, schema or data directory (other test
 * runs, other tenants of a shared Redis) never see each other's messages.
 */
export function invalidationChannel(storeIdentity: string): string {
  return `popup_store_${createHash('sha256').update(storeIdentity).digest('hex').slice(0, 16)}`;
}
