// `npm start` with a token the platform refuses, or a platform that cannot be reached: the operator gets one line
// that names the variable to fix and a non-zero exit — no "unexpected error" wrapper, no stack trace.
// The real program runs against the local fakes (and a closed port on 127.0.0.1).
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../servers/fake-slack.ts';
import { FakeDiscord } from '../servers/fake-discord.ts';
import { ROOT } from './run-cli.ts';
import { freePort, spawnBot } from './spawn-bot.ts';

let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;

beforeAll(async () => {
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  dir = await mkdtemp(path.join(os.tmpdir(), 'tts-refused-'));
  // A local file as the only feed: should start-up wrongly go on, nothing leaves the machine.
  await writeFile(path.join(dir, 'feeds.yaml'), `feeds:\n  - id: local\n    url: ${path.join(ROOT, 'config/demo/demo-en-seller-daily.xml')}\n    lang: en\n`);
  await copyFile(path.join(ROOT, 'config/baseline.yaml'), path.join(dir, 'baseline.yaml'));
});

afterAll(async () => {
  await slack.close();
  await discord.close();
});

async function start(name: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const bot = spawnBot({ CONFIG_DIR: dir, SQLITE_PATH: path.join(dir, `${name}.sqlite`), PORT: String(await freePort()), ...env });
  const timer = setTimeout(() => bot.child.kill('SIGKILL'), 50_000);
  const code = await bot.exited;
  clearTimeout(timer);
  // JSON log lines (the platform client's own retry warnings) are not what the operator reads last.
  return { code, lines: bot.output().split('\n').filter((l) => l && !l.startsWith('{')) };
}

function expectOneClearLine(result: { code: number | null; lines: string[] }, text: string): void {
  expect(result.code).toBe(1);
  expect(result.lines).toHaveLength(1);
  expect(result.lines[0]).toMatch(/^cannot start: /);
  expect(result.lines[0]).toContain(text);
  expect(result.lines.join('\n')).not.toMatch(/unexpected error|\n\s+at /);
}

describe('a platform that refuses or cannot be reached at start', () => {
  it('Slack refuses the bot token (invalid_auth): one line naming SLACK_BOT_TOKEN, exit 1', async () => {
    const result = await start('slack-refused', { SLACK_BOT_TOKEN: 'xoxb-1-not-the-right-one', SLACK_APP_TOKEN: slack.appToken, SLACK_API_URL: slack.apiUrl });
    expectOneClearLine(result, 'Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    expect(slack.calls.some((c) => c.method === 'auth.test')).toBe(true);
  }, 60_000);

  it('Slack refuses the Socket Mode app token: one line naming SLACK_APP_TOKEN, exit 1', async () => {
    const result = await start('slack-app-token', { SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: 'xapp-1-not-the-right-one', SLACK_API_URL: slack.apiUrl });
    expectOneClearLine(result, 'Slack refused SLACK_APP_TOKEN (invalid_auth)');
  }, 60_000);

  it('Slack unreachable (a closed port): one line naming SLACK_API_URL and the reason, exit 1', async () => {
    const closed = await freePort();
    const result = await start('slack-unreachable', { SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: slack.appToken, SLACK_API_URL: `http://127.0.0.1:${closed}/api/` });
    expectOneClearLine(result, `could not reach Slack at SLACK_API_URL=http://127.0.0.1:${closed}/api/`);
    expect(result.lines[0]).toContain('ECONNREFUSED');
  }, 60_000);

  it('Discord refuses the bot token (401): one line naming DISCORD_TOKEN, exit 1', async () => {
    const result = await start('discord-refused', { DISCORD_TOKEN: 'not.the-right.token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl });
    expectOneClearLine(result, 'Discord refused DISCORD_TOKEN');
  }, 60_000);

  it('Discord unreachable (a closed port): one line naming DISCORD_API_URL, exit 1', async () => {
    const closed = await freePort();
    const result = await start('discord-unreachable', { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: `http://127.0.0.1:${closed}/api` });
    expectOneClearLine(result, `could not connect to Discord at DISCORD_API_URL=http://127.0.0.1:${closed}/api`);
  }, 60_000);
});
