// Slack request signing (v0): HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the app's signing secret. Pure:
// the clock is a parameter, so the published example (timestamp 1531420618) verifies in a test, and the
// comparison is constant-time so a forger learns nothing from how long a refusal took.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/ports.ts';
import { ReplayGuard } from '../replay-guard.ts';

/** Slack's documented tolerance: a request older (or newer) than this is refused as a possible replay. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export interface SlackSignatureInput {
  signingSecret: string;
  /** The raw request body exactly as received (before any parsing). */
  rawBody: string | Buffer;
  /** X-Slack-Request-Timestamp header. */
  timestamp: string | undefined;
  /** X-Slack-Signature header, "v0=<hex>". */
  signature: string | undefined;
}

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

/** Computes the "v0=…" signature Slack sends for this timestamp and body. */
export function computeSlackSignature(signingSecret: string, timestamp: string | number, rawBody: string | Buffer): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/** Checks a request's Slack signature and timestamp against `clock`; never throws. */
export function verifySlackSignature(input: SlackSignatureInput, clock: Clock): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing_headers' };
  const ts = Number(timestamp);
  const nowSeconds = Math.floor(clock.now().getTime() / 1000);
  if (Math.abs(nowSeconds - ts) > SIGNATURE_WINDOW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(computeSlackSignature(input.signingSecret, timestamp, input.rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; a length mismatch is itself no secret (the format is public).
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  return { ok: true, timestamp: ts };
}

/**
 * Remembers the signatures accepted within the window so that a captured request replayed while its timestamp
 * is still fresh is refused. Slack retries carry a new timestamp and signature, so they still get through.
 */
export class SlackReplayGuard {
  // The bounded guard shared with Discord; the HMAC signature covers the timestamp, so it identifies a request.
  private readonly guard: ReplayGuard;

  constructor(private readonly clock: Clock, windowSeconds = SIGNATURE_WINDOW_SECONDS) {
    this.guard = new ReplayGuard({ windowSeconds });
  }

  /** True the first time a (timestamp, signature) pair is offered; false for a repeat within the window. */
  accept(timestamp: number, signature: string): boolean {
    return this.guard.checkAndRemember({ signatureHex: signature, timestamp: String(timestamp), now: this.clock.now() });
  }
}
