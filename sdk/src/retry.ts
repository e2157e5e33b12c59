import { sdkError, type PopupStoreError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0: never retry). */
  max?: number;
  /** The first backoff; each retry doubles it, up to `maxDelayMs`, and waits half of it plus a random half (default 250). */
  baseDelayMs?: number;
  /** The longest backoff (default 10,000). */
  maxDelayMs?: number;
  /** A 429 or 503 asking to wait longer than this is not retried but thrown, with `retryAfterSeconds` (default 60). */
  maxRetryAfterSeconds?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export function retryPolicy(options: number | RetryOptions | undefined): RetryPolicy {
  const given = typeof options === 'number' ? { max: options } : (options ?? {});
  return { max: 3, baseDelayMs: 250, maxDelayMs: 10_000, maxRetryAfterSeconds: 60, ...given };
}

/**
 * What a request may be retried after:
 * - `safe`: reading, or a change that repeats to the same result (PATCH, logout, an order with its
 *   Idempotency-Key): 429, 503, and failures with no answer (network error, timeout);
 * - `unsafe`: a change that a repeat would make twice (a webhook's creation, a test ping, a
 *   redelivery, a secret's rotation, a deletion): only 429, which the store answers before doing anything.
 */
export type RetryMode = 'safe' | 'unsafe';

const NO_ANSWER = new Set(['NETWORK_ERROR', 'TIMEOUT']);

export function isRetryable(error: PopupStoreError, mode: RetryMode): boolean {
  if (error.status === 429) return true;
  if (mode === 'unsafe') return false;
  return error.status === 503 || (error.status === 0 && NO_ANSWER.has(error.code));
}

/** The answers whose `Retry-After` says when to try again (RFC 9110 10.2.3): a rate limit, and a store that is unavailable. */
const WAITS_RETRY_AFTER = new Set([429, 503]);

/** How long to wait before retry number `retry` (0-based) after `error`; null: do not retry. */
export function backoffMs(policy: RetryPolicy, retry: number, error: PopupStoreError, random = Math.random): number | null {
  const jitterless = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  const backoff = jitterless / 2 + (random() * jitterless) / 2;
  if (!WAITS_RETRY_AFTER.has(error.status) || error.retryAfterSeconds === undefined) return backoff;
  if (error.retryAfterSeconds > policy.maxRetryAfterSeconds) return null;
  // The window ends when the store said; a random part of a backoff after it spreads the callers out.
  return error.retryAfterSeconds * 1000 + random() * policy.baseDelayMs;
}

export const abortError = () => sdkError('AbortError', 'ABORTED', 'The request was aborted');

/** Resolves after `ms`, or rejects with ABORTED as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
