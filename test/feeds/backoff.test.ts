import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_SECONDS, nextAttemptDelaySeconds } from '../../src/feeds/backoff.ts';

describe('nextAttemptDelaySeconds', () => {
  it('doubles with each failure from the poll interval', () => {
    expect([1, 2, 3, 4].map((n) => nextAttemptDelaySeconds(n, null, 300))).toEqual([300, 600, 1200, 2400]);
  });

  it('caps at six hours, even after very many failures', () => {
    expect(nextAttemptDelaySeconds(10, null, 300)).toBe(MAX_BACKOFF_SECONDS);
    expect(nextAttemptDelaySeconds(10_000, null, 300)).toBe(MAX_BACKOFF_SECONDS);
  });

  it('never retries sooner than the server asked', () => {
    expect(nextAttemptDelaySeconds(1, 3600, 300)).toBe(3600);
    expect(nextAttemptDelaySeconds(1, 10, 300)).toBe(300);
    expect(nextAttemptDelaySeconds(12, 24 * 3600, 300)).toBe(24 * 3600);
  });
});
