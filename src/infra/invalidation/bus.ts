/**
 * Tells every server process that cached state for a key changed (a client logged out, was
 * deactivated, …). `publish` resolves once every live process has applied the change, so a
 * caller that answers after it knows no process will serve the old state; it rejects
 * (BroadcastUndeliveredError, a 503) when the broadcast did not come back from the broker, so a
 * change is never left to the caches' safety-net expiry in silence.
 */
export interface InvalidationBus {
  publish(topic: string, key: string): Promise<void>;
  /** `onReset` runs when messages may have been missed (connection lost): drop the whole cache. */
  subscribe(topic: string, onMessage: (key: string) => void, onReset: () => void): void;
  close(): Promise<void>;
}
