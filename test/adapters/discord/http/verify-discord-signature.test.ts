import { describe, expect, it } from 'vitest';
import {
  ReplayGuard, parseEd25519PublicKey, verifyDiscordSignature,
} from '../../../../src/adapters/discord/http/verify-discord-signature.ts';
import { newSigningKey, unixSeconds } from './signing-key.ts';

const NOW = new Date('2025-03-10T12:00:00Z');
const key = newSigningKey();
const body = '{"type":1,"id":"1"}';
const ts = unixSeconds(NOW);
const good = { publicKeyHex: key.publicKeyHex, signatureHex: key.sign(ts, body), timestamp: ts, rawBody: body, now: NOW };

describe('verifyDiscordSignature', () => {
  it('accepts a request signed with the application key, as a string or the raw bytes', () => {
    expect(verifyDiscordSignature(good)).toEqual({ ok: true });
    expect(verifyDiscordSignature({ ...good, rawBody: Buffer.from(body) })).toEqual({ ok: true });
    expect(verifyDiscordSignature({ ...good, signatureHex: good.signatureHex.toUpperCase() })).toEqual({ ok: true });
  });

  it('refuses a body changed after signing, even by one byte', () => {
    expect(verifyDiscordSignature({ ...good, rawBody: '{"type":1,"id":"2"}' })).toEqual({ ok: false, reason: 'invalid signature' });
    expect(verifyDiscordSignature({ ...good, rawBody: `${body} ` }).ok).toBe(false);
  });

  it('refuses a signature made with another key', () => {
    const other = newSigningKey();
    expect(verifyDiscordSignature({ ...good, signatureHex: other.sign(ts, body) })).toEqual({ ok: false, reason: 'invalid signature' });
  });

  it('refuses a valid signature moved to another timestamp (the timestamp is signed)', () => {
    const later = String(Number(ts) + 1);
    expect(verifyDiscordSignature({ ...good, timestamp: later }).ok).toBe(false);
  });

  it('accepts up to five minutes of clock difference either way and refuses beyond', () => {
    const at = (offsetSeconds: number) => {
      const t = String(Number(ts) + offsetSeconds);
      return verifyDiscordSignature({ ...good, timestamp: t, signatureHex: key.sign(t, body) });
    };
    expect(at(-300)).toEqual({ ok: true });
    expect(at(300)).toEqual({ ok: true });
    expect(at(-301)).toEqual({ ok: false, reason: 'timestamp outside the allowed window' });
    expect(at(301)).toEqual({ ok: false, reason: 'timestamp outside the allowed window' });
    const t = String(Number(ts) - 60);
    expect(verifyDiscordSignature({ ...good, timestamp: t, signatureHex: key.sign(t, body), maxAgeSeconds: 30 }).ok).toBe(false);
  });

  it('rejects signatures of the wrong length or not hex without throwing', () => {
    const cases = [
      '', 'ab', good.signatureHex.slice(0, 126), `${good.signatureHex}00`, `${good.signatureHex.slice(0, 127)}g`,
      ` ${good.signatureHex.slice(1)}`, 'ä'.repeat(128), good.signatureHex.slice(0, 64),
    ];
    for (const signatureHex of cases) {
      expect(() => verifyDiscordSignature({ ...good, signatureHex })).not.toThrow();
      expect(verifyDiscordSignature({ ...good, signatureHex }).ok).toBe(false);
    }
    expect(verifyDiscordSignature({ ...good, signatureHex: undefined })).toEqual({ ok: false, reason: 'missing signature' });
    expect(verifyDiscordSignature({ ...good, signatureHex: '0'.repeat(128) })).toEqual({ ok: false, reason: 'invalid signature' });
  });

  it('rejects missing or non-numeric timestamps', () => {
    for (const timestamp of [null, '', '12.5', '-5', '1e9', `${ts} `, '9'.repeat(30)]) {
      expect(verifyDiscordSignature({ ...good, timestamp }).ok).toBe(false);
    }
  });

  it('rejects every request when the configured public key is malformed, without throwing', () => {
    for (const publicKeyHex of ['', 'zz', key.publicKeyHex.slice(2), `${key.publicKeyHex}00`]) {
      expect(verifyDiscordSignature({ ...good, publicKeyHex })).toEqual({ ok: false, reason: 'server public key is misconfigured' });
    }
    expect(() => parseEd25519PublicKey('abc')).toThrow(/64 hex characters/);
  });
});

describe('ReplayGuard', () => {
  const sig = 'ab'.repeat(64);

  it('lets a signature through once and refuses it again within the window, whatever its hex case', () => {
    const guard = new ReplayGuard();
    expect(guard.checkAndRemember({ signatureHex: sig, timestamp: ts, now: NOW })).toBe(true);
    expect(guard.checkAndRemember({ signatureHex: sig, timestamp: ts, now: new Date(NOW.getTime() + 299_000) })).toBe(false);
    expect(guard.checkAndRemember({ signatureHex: sig.toUpperCase(), timestamp: ts, now: NOW })).toBe(false);
    expect(guard.checkAndRemember({ signatureHex: 'cd'.repeat(64), timestamp: ts, now: NOW })).toBe(true);
  });

  it('remembers a future-dated request until its own timestamp leaves the window', () => {
    const guard = new ReplayGuard({ windowSeconds: 300 });
    const future = String(Number(ts) + 290);
    expect(guard.checkAndRemember({ signatureHex: sig, timestamp: future, now: NOW })).toBe(true);
    // 9 minutes later the timestamp (now 4 min old) still passes the window check, so the guard must still refuse.
    expect(guard.checkAndRemember({ signatureHex: sig, timestamp: future, now: new Date(NOW.getTime() + 540_000) })).toBe(false);
  });

  it('forgets expired entries and never holds more than its bound', () => {
    const guard = new ReplayGuard({ windowSeconds: 300, maxEntries: 3 });
    for (let i = 0; i < 3; i++) guard.checkAndRemember({ signatureHex: `${i}`.repeat(128), timestamp: ts, now: NOW });
    expect(guard.size).toBe(3);
    const later = new Date(NOW.getTime() + 301_000);
    expect(guard.checkAndRemember({ signatureHex: 'f'.repeat(128), timestamp: unixSeconds(later), now: later })).toBe(true);
    expect(guard.size).toBe(1);
    expect(guard.droppedEarly).toBe(0);
    for (let i = 0; i < 5; i++) guard.checkAndRemember({ signatureHex: `${i}`.repeat(128), timestamp: unixSeconds(later), now: later });
    expect(guard.size).toBe(3);
    expect(guard.droppedEarly).toBe(3);
  });
});
