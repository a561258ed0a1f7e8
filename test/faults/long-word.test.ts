// Fault 8: a slash command with a huge word, through the real Slack adapter. The "did you mean" search is
// bounded (the word is far longer than any known word, so it is not compared at all), so the command is
// answered and the next one too, instead of the event loop spending seconds to minutes on edit distances.
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
