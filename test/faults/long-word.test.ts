// Fault 8: a slash command with a huge word, through the real Slack adapter. The "did you mean" search is
// bounded (the word is far longer than any known word, so it is not compared at all), so the command is
// answered and the next one too, instead of the event loop spending seconds to minutes on edit distances.
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/start-slack-adapter.ts';
import { parseCommandText } from '../../src/core/commands/parse-command-text.ts';
import { systemClock } from '../../src/core/ports.ts';
import { FakeSlack } from '../servers/fake-slack.ts';

const SECRET = 'long-word-signing-secret-0123456789';
let slack: FakeSlack;
let adapter: SlackAdapter;
beforeEach(async () => {
  slack = await FakeSlack.start();
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  adapter = await startSlackAdapter({
    config: { botToken: slack.botToken, signingSecret: SECRET, appToken: undefined, mode: 'http', apiUrl: slack.apiUrl, allowedUsers: [] },
    port: 0, logger: quiet, clock: systemClock,
    commands: { parse: parseCommandText, handle: async () => ({ kind: 'reply', title: 'ok', sections: [] }) },
  });
});
afterEach(async () => {
  await adapter.stop();
  await slack.close();
});

describe('a huge word in a slash command', () => {
  it('is answered with the usage line and no suggestion, and a typo after it still gets one', async () => {
    const url = `http://127.0.0.1:${adapter.port}/slack/events`;
    // 600 KB: before the bound, the edit distances against every known word took minutes.
    const huge = await slack.sendSlashCommand({ url, signingSecret: SECRET, text: `subscribe us ${'x'.repeat(600_000)}` });
    expect(huge.status).toBe(200);
    expect(huge.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(huge.body)).not.toContain('Did you mean');

    const typo = await slack.sendSlashCommand({ url, signingSecret: SECRET, text: 'subscribe us gvm' });
    expect(JSON.stringify(typo.body)).toContain('Did you mean');
  });
});

describe('request bodies on the Slack endpoint (one bounded reader, shared with Discord)', () => {
  it('answers a body over 1 MB with 413, and keeps serving after a client that left mid-body', async () => {
    const url = `http://127.0.0.1:${adapter.port}/slack/events`;
    const big = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a'.repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);

    // Declares 500 bytes, sends 10, and hangs up.
    const sock = net.connect(adapter.port!, '127.0.0.1');
    await new Promise((r) => sock.once('connect', r));
    sock.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\ntext=hello');
    sock.destroy();

    const next = await slack.sendSlashCommand({ url, signingSecret: SECRET, text: 'subscribe us gvm' });
    expect(JSON.stringify(next.body)).toContain('Did you mean');
  });
});
