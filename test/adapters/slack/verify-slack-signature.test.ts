import { describe, expect, it } from 'vitest';
import { computeSlackSignature, SlackReplayGuard, verifySlackSignature } from '../../../src/adapters/slack/verify-slack-signature.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';

// Slack's published example (api.slack.com, "Verifying requests from Slack").
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const EXPECTED = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const at = (seconds: number) => new FakeClock(new Date(seconds * 1000));

describe('verifySlackSignature', () => {
  it('accepts Slack\'s published example with the clock at its timestamp', () => {
    expect(computeSlackSignature(SECRET, TIMESTAMP, BODY)).toBe(EXPECTED);
    expect(verifySlackSignature({ signingSecret: SECRET, rawBody: BODY, timestamp: TIMESTAMP, signature: EXPECTED }, at(Number(TIMESTAMP))))
      .toEqual({ ok: true, timestamp: 1531420618 });
    expect(verifySlackSignature({ signingSecret: SECRET, rawBody: Buffer.from(BODY), timestamp: TIMESTAMP, signature: EXPECTED }, at(Number(TIMESTAMP))).ok).toBe(true);
  });

  it('refuses a changed body, another secret, or a signature of another length', () => {
    const clock = at(Number(TIMESTAMP));
    expect(verifySlackSignature({ signingSecret: SECRET, rawBody: BODY.replace('text=', 'text=status'), timestamp: TIMESTAMP, signature: EXPECTED }, clock))
      .toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySlackSignature({ signingSecret: `${SECRET}x`, rawBody: BODY, timestamp: TIMESTAMP, signature: EXPECTED }, clock).ok).toBe(false);
    expect(verifySlackSignature({ signingSecret: SECRET, rawBody: BODY, timestamp: TIMESTAMP, signature: 'v0=abc' }, clock))
      .toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses requests outside the 5-minute window, in either direction, and missing headers', () => {
    const input = { signingSecret: SECRET, rawBody: BODY, timestamp: TIMESTAMP, signature: EXPECTED };
    expect(verifySlackSignature(input, at(Number(TIMESTAMP) + 300)).ok).toBe(true);
    expect(verifySlackSignature(input, at(Number(TIMESTAMP) + 301))).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(verifySlackSignature(input, at(Number(TIMESTAMP) - 301))).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(verifySlackSignature({ ...input, signature: undefined }, at(Number(TIMESTAMP)))).toEqual({ ok: false, reason: 'missing_headers' });
    expect(verifySlackSignature({ ...input, timestamp: 'soon' }, at(Number(TIMESTAMP)))).toEqual({ ok: false, reason: 'missing_headers' });
  });
});

describe('SlackReplayGuard', () => {
  it('accepts a signature once within the window and forgets it after', () => {
    const clock = at(Number(TIMESTAMP));
    const guard = new SlackReplayGuard(clock);
    expect(guard.accept(Number(TIMESTAMP), EXPECTED)).toBe(true);
    expect(guard.accept(Number(TIMESTAMP), EXPECTED)).toBe(false);
    expect(guard.accept(Number(TIMESTAMP) + 1, 'v0=other')).toBe(true);
    clock.advance(301_000);
    expect(guard.accept(Number(TIMESTAMP), EXPECTED)).toBe(true);
  });
});
