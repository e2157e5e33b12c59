/**
 * Delay before retry number `attempts` (1, 2, …): about baseMs × 2^(attempts−1), at most maxMs,
 * with "equal jitter" — at least half the delay, so retries spread out without bunching at zero.
 */
export function backoffWithJitter(attempts: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempts - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
