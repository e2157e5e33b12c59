/**
 * Tells every server process that cached state for a key changed (a client logged out, was
 * deactivated, …). `publish` resolves once the message went round the shared channel, so a
 * caller that answers after it knows the other processes have been told.
 */
export interface InvalidationBus {
  publish(topic: string, key: string): Promise<void>;
  /** `onReset` runs when messages may have been missed (connection lost): drop the whole cache. */
  subscribe(topic: string, onMessage: (key: string) => void, onReset: () => void): void;
  close(): Promise<void>;
}

export interface InvalidationMessage {
  topic: string;
  key: string;
  nonce: string;
}

export const INVALIDATION_CHANNEL = 'popup_store_invalidation';
