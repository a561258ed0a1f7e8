// Fault 10's edges: requests that carry a valid signature but are not what the platform sends. The Slack endpoint
// (the real Bolt adapter) and the Discord interactions endpoint (the real handler) answer them at once with 400 and
// the reason, never after Bolt's 3-second wait; an out-of-range or non-decimal hour: is refused over Discord's
// HTTP endpoint as over Slack, and nothing is stored.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordInteractionsHandler } from '../../src/adapters/discord/http/discord-interactions-handler.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { systemClock, type Store } from '../../src/core/ports.ts';
import { startSlackHarness, SLACK_TEST_SECRET, type SlackHarness } from '../adapters/slack/slack-harness.ts';
import { newSigningKey, unixSeconds } from '../adapters/discord/http/signing-key.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';

/** Well under Bolt's 3 s: the answer does not wait for a listener that will never come. */
const FAST_MS = 1500;

async function timed(p: Promise<Response>): Promise<{ status: number; text: string; ms: number }> {
  const started = Date.now();
  const res = await p;
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started };
}

describe('signed but malformed Slack requests', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(systemClock, 'tts-malformed-slack-'); });
  afterAll(async () => { await h.close(); });

  const signed = (body: string, contentType = 'application/x-www-form-urlencoded') => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', SLACK_TEST_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return timed(fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': contentType, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature }, body }));
  };
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const command = { command: '/tts', text: 'help', user_id: 'U0MEMBER', channel_id: 'C0ALERTS', response_url: 'http://127.0.0.1:9/response' };

  it('answers each with 400 and the reason at once', async () => {
    const cases: [body: string, contentType: string | undefined, reason: RegExp][] = [
      [form({ hello: 'world' }), undefined, /neither a slash command nor an interaction payload/],
      [form({ payload: '{not json' }), undefined, /payload field is not JSON/],
      [form({ payload: JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }) }), undefined, /only button presses/],
      [form({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'someone_elses_button' }] }) }), undefined, /no button of this app/],
      [form({ payload: JSON.stringify({ type: 'block_actions', actions: [] }) }), undefined, /unexpected block_actions payload at user/],
      [form({ ...command, command: '/weather' }), undefined, /answers only \/tts/],
      [form({ command: '/tts', text: 'help', user_id: 'U0MEMBER', response_url: 'http://127.0.0.1:9/r' }), undefined, /unexpected slash command at channel_id/],
      ['{"type": "event_callback", ', 'application/json', /body is not JSON/],
      [JSON.stringify({ type: 'app_rate_limited' }), 'application/json', /not an Events API request/],
      ['help', 'text/plain', /expected a form .* or JSON body/],
    ];
    for (const [body, contentType, reason] of cases) {
      const r = await signed(body, contentType);
      expect(r.status, body).toBe(400);
      expect(r.text, body).toMatch(reason);
      expect(r.ms, body).toBeLessThan(FAST_MS);
    }
    expect(h.slack.callsTo('response')).toHaveLength(0);
  });

  it('still answers what Slack does send: a /tts command and the URL check', async () => {
    const help = await signed(form(command));
    expect(help.status).toBe(200);
    expect(help.text).toContain('/tts');
    const check = await signed(JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'unused' }), 'application/json');
    expect(check.status).toBe(200);
    expect(check.text).toContain('c-123');
  });
});

describe('signed but malformed Discord interactions', () => {
  const key = newSigningKey();
  let server: http.Server;
  let url = '';
  let store: Store;
  let dir = '';
  beforeAll(async () => {
    const seeded = await openSeededStore(systemClock, 'tts-malformed-discord-');
    ({ store, dir } = seeded);
    const deps = seeded.deps;
    const handle = createDiscordInteractionsHandler({
      publicKeyHex: key.publicKeyHex, clock: systemClock, managePermission: 'none',
      commands: { handle: (cmd, ctx) => handleCommand(cmd, ctx, deps) },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    server = http.createServer((req, res) => void handle(req, res).then((done) => { if (!done) res.writeHead(404).end(); }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  let nextId = 1;
  const post = (body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const timestamp = unixSeconds(new Date());
    return timed(fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': key.sign(timestamp, text), 'x-signature-timestamp': timestamp }, body: text }));
  };
  const subscribe = (hour: { type: number; value: unknown }) => ({
    id: String(1300000000000000000n + BigInt(nextId++)), type: 2, guild_id: '1200000000000000001', channel_id: '1200000000000000010',
    member: { user: { id: '1200000000000000020' }, permissions: '16' },
    data: { name: 'tts', options: [{ type: 1, name: 'subscribe', options: [{ name: 'markets', type: 3, value: 'us' }, { name: 'hour', ...hour }] }] },
  });

  it('answers a body that is not JSON or not an interaction with 400 and the reason at once', async () => {
    for (const [body, reason] of [['{"type": 2,', /body is not JSON/], [{ type: 2, id: 'x' }, /unexpected interaction body at id/]] as const) {
      const r = await post(body);
      expect(r.status).toBe(400);
      expect(r.text).toMatch(reason);
      expect(r.ms).toBeLessThan(FAST_MS);
    }
  });

  it('refuses hour:99, hour:1e1 and hour:0x1 and stores no subscription', async () => {
    const out = await post(subscribe({ type: 4, value: 99 }));
    expect(out.status).toBe(200); // Discord shows the user an ephemeral answer, not an HTTP error
    expect(out.text).toContain('hour must be a whole number from 0 to 23, not 99.');
    for (const value of ['1e1', '0x1']) {
      const asText = await post(subscribe({ type: 3, value })); // a string where Discord sends an integer
      expect(asText.text, value).toContain('hour must be a whole number from 0 to 23.');
      const mistyped = await post(subscribe({ type: 4, value })); // an integer option holding text: not from Discord
      expect(mistyped.status, value).toBe(400);
      expect(mistyped.text).toMatch(/option value does not match its type/);
    }
    const fraction = await post(subscribe({ type: 4, value: 9.5 }));
    expect(fraction.status).toBe(400);
    expect(await store.listSubscriptions()).toEqual([]);

    const fine = await post(subscribe({ type: 4, value: 9 }));
    expect(fine.status).toBe(200);
    expect((await store.listSubscriptions()).map((s) => s.digest.hour)).toEqual([9]);
  });
});
