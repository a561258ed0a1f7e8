// What the outbox does with a failed send: retry when (with capped exponential backoff, or as long as the
// platform's Retry-After says), or give up. Pure, so the rules read in one place:
// - a refusal a retry cannot fix (channel deleted, invalid message) is dead at once;
// - a rate limit is the platform saying "wait": it uses up no attempt and never makes an entry dead;
// - any other failure is retried, and the entry is dead only once it has failed `maxAttempts` times AND for
//   `giveUpAfterMs` since it was queued, so an outage of some hours is waited out;
// - when the request may have reached the platform (no answer came back), the in-flight marker stays in
//   last_error, so the next try asks the platform first instead of posting a second copy.
import { IN_FLIGHT, type OutboxEntry } from '../core/ports.ts';
import { DeliveryError } from './delivery-port.ts';

/** How long a failing entry is retried (with backoff capped at maxDelayMs) before it is dead: a long outage. */
export const DEFAULT_GIVE_UP_AFTER_MS = 12 * 60 * 60 * 1000;

export interface RetryPolicy {
  maxAttempts: number;
  giveUpAfterMs: number;
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export type RetryDecision =
  | { kind: 'dead'; reason: string }
  | { kind: 'retry'; nextAt: number; attempt: number; rateLimited: boolean; lastError: string; reason: string };

export function retryDecision(entry: OutboxEntry, error: unknown, startedAt: string | null, now: number, p: RetryPolicy): RetryDecision {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof DeliveryError && !error.retryable) return { kind: 'dead', reason };
  const retryAfterMs = error instanceof DeliveryError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : null;
  const rateLimited = retryAfterMs !== null;
  const attempt = rateLimited ? entry.attempts : entry.attempts + 1;
  const failingFor = now - Date.parse(entry.createdAt);
  if (!rateLimited && attempt >= p.maxAttempts && failingFor >= p.giveUpAfterMs) {
    return { kind: 'dead', reason: `gave up after ${attempt} attempts over ${describeDuration(failingFor)}: ${reason}` };
  }
  // Backoff is deterministic (no jitter): per-channel pacing already spreads retries, and tests stay exact.
  const delay = retryAfterMs ?? Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.min(attempt - 1, 30));
  const keepMarker = (!(error instanceof DeliveryError) || error.maybeDelivered) && startedAt !== null;
  const lastError = keepMarker ? `${IN_FLIGHT} ${startedAt}, outcome unknown: ${reason}` : reason;
  return { kind: 'retry', nextAt: now + delay, attempt, rateLimited, lastError, reason };
}

/** "3 h 20 min", "45 s": how long an entry was retried, for the reason it died. */
function describeDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
}
