// Refusing a signed platform request seen before (Slack and Discord), within the signature's time window.

/** Signatures older than this are refused by the timestamp check anyway. */
const DEFAULT_MAX_AGE_SECONDS = 300;

/** What the handler needs from a replay guard; a shared (store-backed) one can replace the in-memory one. */
export interface ReplayCheck {
  /** Remembers the request; false when the same signature was already accepted and has not expired. */
  checkAndRemember(q: { signatureHex: string; timestamp: string; now: Date }): boolean;
}

/**
 * Refuses a signed request seen before. A signature identifies a request (Slack's HMAC over timestamp and body; Discord's
 * Ed25519, deterministic, non-canonical forms rejected); hex case is normalised so "AB…" cannot replay "ab…".
 * An entry lives until its timestamp leaves the window — after that the timestamp check refuses it anyway.
 * Memory is bounded: when full, expired entries are swept, and if it is still full the oldest entry is dropped
 * (only validly signed requests are recorded, so filling it takes more than `maxEntries` real interactions
 * inside one window). Per process: replicas behind a load balancer each have their own.
 */
export class ReplayGuard implements ReplayCheck {
  private readonly windowMs: number;
  private readonly maxEntries: number;
  /** Normalised signature → expiry (ms). Insertion order = arrival order, used for dropping the oldest. */
  private readonly seen = new Map<string, number>();
  /** Entries dropped before their expiry because the guard was full (worth a metric or a log line). */
  droppedEarly = 0;

  constructor(opts: { windowSeconds?: number; maxEntries?: number } = {}) {
    this.windowMs = (opts.windowSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;
    this.maxEntries = Math.max(1, opts.maxEntries ?? 10_000);
  }

  get size(): number {
    return this.seen.size;
  }

  checkAndRemember(q: { signatureHex: string; timestamp: string; now: Date }): boolean {
    const key = q.signatureHex.toLowerCase();
    const nowMs = q.now.getTime();
    const expiry = this.seen.get(key);
    if (expiry !== undefined && expiry >= nowMs) return false;
    if (expiry !== undefined) this.seen.delete(key);
    if (this.seen.size >= this.maxEntries) this.sweep(nowMs);
    while (this.seen.size >= this.maxEntries) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
      this.droppedEarly++;
    }
    const signedAtMs = Number(q.timestamp) * 1000;
    // Keep it as long as either the signed time or the arrival time keeps the request inside the window.
    this.seen.set(key, Math.max(Number.isFinite(signedAtMs) ? signedAtMs : nowMs, nowMs) + this.windowMs);
    return true;
  }

  private sweep(nowMs: number): void {
    for (const [key, expiry] of this.seen) if (expiry < nowMs) this.seen.delete(key);
  }
}
