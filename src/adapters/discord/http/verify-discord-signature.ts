// Authenticity of requests to the Discord Interactions Endpoint URL. Discord signs `timestamp + raw body` with the
// application's Ed25519 key; anyone can reach the URL, so every request is checked before its body is even parsed.
// A valid signature alone does not stop a captured request from being sent again, hence the timestamp window and
// the ReplayGuard below.
import crypto, { type KeyObject } from 'node:crypto';

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export interface VerifyInput {
  /** The application's public key as shown in the developer portal: 32 bytes, hex. */
  publicKeyHex: string;
  /** X-Signature-Ed25519 (missing header = undefined/null). */
  signatureHex: string | null | undefined;
  /** X-Signature-Timestamp: Unix seconds as decimal text. */
  timestamp: string | null | undefined;
  /** The body exactly as received: re-serialised JSON would not verify. */
  rawBody: Buffer | string;
  now: Date;
  /** How far the timestamp may be from `now`, either way. */
  maxAgeSeconds?: number;
}

export const DEFAULT_MAX_AGE_SECONDS = 300;

/** DER SubjectPublicKeyInfo header for an Ed25519 key (OID 1.3.101.112); the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
/** Up to 12 digits: enough for any plausible Unix time in seconds, short enough to stay an exact number. */
const TIMESTAMP = /^\d{1,12}$/;

/** Builds a KeyObject from the hex key; throws on anything but 32 bytes of hex (a configuration error). */
export function parseEd25519PublicKey(publicKeyHex: string): KeyObject {
  const hex = publicKeyHex.trim();
  if (!PUBLIC_KEY_HEX.test(hex)) throw new Error('The Discord public key must be 64 hex characters (32 bytes).');
  return crypto.createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

// One process serves one application, so caching the last key avoids re-parsing it on every request.
let cachedKey: { hex: string; key: KeyObject } | null = null;

function keyFor(publicKeyHex: string): KeyObject | null {
  if (cachedKey?.hex === publicKeyHex) return cachedKey.key;
  try {
    cachedKey = { hex: publicKeyHex, key: parseEd25519PublicKey(publicKeyHex) };
    return cachedKey.key;
  } catch {
    return null;
  }
}

/**
 * Checks a request's Ed25519 signature and timestamp. Pure apart from the key cache; never throws.
 * Malformed input is rejected before any crypto, so an attacker learns nothing but "rejected"; the comparison
 * itself happens inside OpenSSL's Ed25519 verification, which does not short-circuit on the signature bytes.
 */
export function verifyDiscordSignature(input: VerifyInput): VerifyResult {
  const maxAge = input.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
  const key = keyFor(input.publicKeyHex);
  if (!key) return { ok: false, reason: 'server public key is misconfigured' };
  const signatureHex = input.signatureHex ?? '';
  const timestamp = input.timestamp ?? '';
  if (!signatureHex) return { ok: false, reason: 'missing signature' };
  if (!timestamp) return { ok: false, reason: 'missing timestamp' };
  if (!SIGNATURE_HEX.test(signatureHex)) return { ok: false, reason: 'malformed signature' };
  if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const skewSeconds = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  if (!(skewSeconds <= maxAge)) return { ok: false, reason: 'timestamp outside the allowed window' };
  const body = typeof input.rawBody === 'string' ? Buffer.from(input.rawBody, 'utf8') : input.rawBody;
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  let valid = false;
  try {
    valid = crypto.verify(null, message, key, Buffer.from(signatureHex, 'hex'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: 'invalid signature' };
}

// The replay guard is shared with Slack's request check.
export { ReplayGuard, type ReplayCheck } from '../../replay-guard.ts';
