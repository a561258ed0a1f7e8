// How long a failing feed waits before the next attempt: doubles per consecutive failure so a broken or throttling
// server is not hammered, capped so a feed that comes back is picked up again within hours, and never sooner than
// the server's own Retry-After.

/** Upper bound of the wait, whatever the interval and the failure count. */
export const MAX_BACKOFF_SECONDS = 6 * 3600;

/**
 * Seconds to wait after `consecutiveFailures` failures in a row (1 = the first failure): interval × 2^(n-1), capped
 * at 6 h (or at the interval itself when that is longer), and at least `retryAfterSeconds` when the server sent one.
 */
export function nextAttemptDelaySeconds(consecutiveFailures: number, retryAfterSeconds: number | null, intervalSeconds: number): number {
  const interval = Number.isFinite(intervalSeconds) && intervalSeconds > 0 ? intervalSeconds : 60;
  const failures = Number.isFinite(consecutiveFailures) ? Math.max(0, Math.floor(consecutiveFailures)) : 0;
  const cap = Math.max(MAX_BACKOFF_SECONDS, interval);
  // 2^20 already exceeds any cap; clamping the exponent keeps the arithmetic finite for absurd failure counts.
  const grown = failures === 0 ? interval : Math.min(cap, interval * 2 ** Math.min(failures - 1, 20));
  const floor = retryAfterSeconds !== null && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds : 0;
  return Math.max(grown, floor);
}
