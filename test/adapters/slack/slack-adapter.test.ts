// The real Bolt app in HTTP mode against the fake Slack: signed slash commands in, acks and response_url posts out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/start-slack-adapter.ts';
import type { Command, CommandContext } from '../../../src/core/commands/command.ts';
import { parseCommandText } from '../../../src/core/commands/parse-command-text.ts';
import type { Message } from '../../../src/core/message.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { FakeSlack } from '../../servers/fake-slack.ts';
import { blockProblems } from './block-limits.ts';

const SECRET = 'test-signing-secret-0123456789abcdef';
const NOW = new Date('2025-06-02T09:00:00Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);

let slack: FakeSlack;
let adapter: SlackAdapter | null;
let handled: { cmd: Command; ctx: CommandContext }[];
let logs: { level: string; obj: object; msg?: string | undefined }[];
let handle: (cmd: Command, ctx: CommandContext) => Promise<Message>;

const logger = {
  info: (obj: object, msg?: string) => logs.push({ level: 'info', obj, msg }),
  warn: (obj: object, msg?: string) => logs.push({ level: 'warn', obj, msg }),
  error: (obj: object, msg?: string) => logs.push({ level: 'error', obj, msg }),
};

const reply = (title: string, text: string, ephemeral = false): Message => ({ kind: 'reply', title, ephemeral, sections: [{ type: 'text', text }] });

async function start(extra: { allowedUsers?: string[]; replyBudgetMs?: number; httpHandler?: Parameters<typeof startSlackAdapter>[0]['httpHandler'] } = {}): Promise<string> {
  adapter = await startSlackAdapter({
    config: { botToken: slack.botToken, signingSecret: SECRET, appToken: undefined, mode: 'http', apiUrl: slack.apiUrl, allowedUsers: extra.allowedUsers ?? [] },
    port: 0,
    commands: { parse: parseCommandText, handle: (cmd, ctx) => { handled.push({ cmd, ctx }); return handle(cmd, ctx); } },
    logger,
    clock: new FakeClock(NOW),
    ...(extra.replyBudgetMs !== undefined ? { replyBudgetMs: extra.replyBudgetMs } : {}),
    ...(extra.httpHandler ? { httpHandler: extra.httpHandler } : {}),
  });
  return `http://127.0.0.1:${adapter.port}/slack/events`;
}

function send(url: string, text: string, more: { userId?: string; timestamp?: number; signature?: string } = {}) {
  return slack.sendSlashCommand({ url, signingSecret: SECRET, text, timestamp: NOW_S, ...more });
}

beforeEach(async () => {
  slack = await FakeSlack.start();
  adapter = null;
  handled = [];
  logs = [];
  handle = async (cmd) => reply(`Answer to ${cmd.name}`, 'fine');
});
afterEach(async () => {
  await adapter?.stop();
  await slack.close();
});

describe('Slack adapter, HTTP mode', () => {
  it('checks the bot token with auth.test at start and listens on the port it reports', async () => {
    const url = await start();
    expect(adapter!.port).toBeGreaterThan(0);
    expect(slack.callsTo('auth.test')).toHaveLength(1);
    const r = await send(url, 'help');
    expect(r.status).toBe(200);
  });

  it('answers a quick command in the acknowledgement itself, with valid blocks', async () => {
    handle = async () => reply('Subscriptions', 'alerts for US (Ban)');
    const r = await send(await start(), 'subscriptions');
    expect(r.status).toBe(200);
    expect(r.body.response_type).toBe('in_channel');
    expect(blockProblems(r.body)).toEqual([]);
    expect(JSON.stringify(r.body.blocks)).toContain('alerts for US (Ban)');
    expect(handled[0]!.ctx).toEqual({ platform: 'slack', channelId: 'C0ALERTS', userId: 'U0MEMBER', canManageChannel: true });
    expect(slack.callsTo('response')).toHaveLength(0);
  });

  it('refuses a bad signature, a timestamp older than 5 minutes and a replay with 401, without running anything', async () => {
    const url = await start();
    expect((await send(url, 'help', { signature: `v0=${'0'.repeat(64)}` })).status).toBe(401);
    expect((await send(url, 'help', { timestamp: NOW_S - 301 })).status).toBe(401);
    // The same signed request twice: the second is a replay.
    const request = slack.signedSlashCommand({ signingSecret: SECRET, text: 'subscriptions', timestamp: NOW_S });
    const post = () => fetch(url, { method: 'POST', headers: request.headers, body: request.body });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(401);
    expect(handled.map((h) => h.cmd.name)).toEqual(['subscriptions']);
    expect(logs.filter((l) => l.msg?.includes('refused (401)'))).toHaveLength(3);
    expect(JSON.stringify(logs)).not.toContain(SECRET);
  });

  it('acknowledges slow commands at once and answers through response_url', async () => {
    handle = async () => reply('Latest — United States', '3 stories');
    const r = await send(await start(), 'latest us');
    expect(r.status).toBe(200);
    expect(r.body ?? '').toBe('');
    const [answer] = await slack.waitForCalls('response');
    expect(answer!.path).toBe(new URL(r.responseUrl).pathname);
    expect(answer!.body.response_type).toBe('in_channel');
    expect(blockProblems(answer!.body)).toEqual([]);
    expect(JSON.stringify(answer!.body.blocks)).toContain('3 stories');
  });

  it('moves a quick command that runs long to response_url instead of missing Slack\'s 3 seconds', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    handle = async () => { await gate; return reply('TikTok Shop — United States (US)', 'Launch: 2023-09'); };
    const r = await send(await start({ replyBudgetMs: 20 }), 'status us');
    expect(r.status).toBe(200);
    expect(slack.callsTo('response')).toHaveLength(0);
    release();
    const [answer] = await slack.waitForCalls('response');
    expect(JSON.stringify(answer!.body.blocks)).toContain('Launch: 2023-09');
  });

  it('lets only SLACK_ALLOWED_USERS change subscriptions; others get a short note only they see', async () => {
    const url = await start({ allowedUsers: ['U0ADMIN'] });
    const refused = await send(url, 'subscribe us ban', { userId: 'U0MEMBER' });
    expect(refused.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(refused.body.blocks)).toContain('Not allowed');
    expect(handled).toHaveLength(0);
    await send(url, 'subscribe us ban', { userId: 'U0ADMIN' });
    expect(handled.map((h) => [h.cmd.name, h.ctx.canManageChannel])).toEqual([['subscribe', true]]);
    // Reading is open to everyone.
    await send(url, 'subscriptions', { userId: 'U0MEMBER' });
    expect(handled.map((h) => [h.cmd.name, h.ctx.canManageChannel])).toEqual([['subscribe', true], ['subscriptions', false]]);
  });

  it('answers a typo with the usage line and the closest word, only to the asker', async () => {
    const r = await send(await start(), 'subscribe us gvm');
    expect(r.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(r.body)).toContain('Did you mean');
    expect(handled).toHaveLength(0);
  });

  it('turns a failure into a short ephemeral message with a ref, never a stack trace', async () => {
    handle = async () => { throw new Error('SQLITE_BUSY: database is locked at Statement.run (/app/src/store/x.ts:12)'); };
    const r = await send(await start(), 'subscriptions');
    expect(r.status).toBe(200);
    expect(r.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(r.body);
    expect(text).toMatch(/failed on our side \(ref [0-9a-f]{8}\)/);
    expect(text).not.toContain('SQLITE_BUSY');
    expect(text).not.toContain('.ts:');
    expect(logs.some((l) => l.level === 'error' && l.msg === 'Slack /tts failed')).toBe(true);
  });

  it('serves extra routes on the same port and 404 elsewhere', async () => {
    const url = await start({ httpHandler: async (req, res) => { if (req.url !== '/healthz') return false; res.writeHead(200).end('ok'); return true; } });
    const base = new URL(url).origin;
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    // Slack's SSL check is unsigned and only wants a 200; it must not reach the app.
    const ssl = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=x' });
    expect(ssl.status).toBe(200);
    expect(handled).toHaveLength(0);
  });

  it('stops start-up with a clear message when Slack refuses the bot token', async () => {
    const error = await startSlackAdapter({
      config: { botToken: 'xoxb-wrong', signingSecret: SECRET, appToken: undefined, mode: 'http', apiUrl: slack.apiUrl, allowedUsers: [] },
      port: 0, commands: { parse: parseCommandText, handle }, logger, clock: new FakeClock(NOW),
    }).then(() => null, (e: Error) => e);
    expect(error?.message).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
  });
});

describe('Slack adapter, Socket Mode', () => {
  it('connects with the app token and answers /tts through the socket acknowledgement', async () => {
    handle = async () => reply('Subscriptions', 'alerts for UK (GMV figure)');
    adapter = await startSlackAdapter({
      config: { botToken: slack.botToken, signingSecret: undefined, appToken: slack.appToken, mode: 'socket', apiUrl: slack.apiUrl, allowedUsers: [] },
      port: 0, commands: { parse: parseCommandText, handle }, logger, clock: new FakeClock(NOW),
    });
    expect(adapter.port).toBeUndefined();
    await slack.waitForSocket();
    expect(slack.callsTo('apps.connections.open')[0]!.authorization).toBe(`Bearer ${slack.appToken}`);
    const { payload } = await slack.sendSocketSlashCommand({ text: 'subscriptions' });
    expect(payload.response_type).toBe('in_channel');
    expect(blockProblems(payload)).toEqual([]);
    expect(JSON.stringify(payload.blocks)).toContain('alerts for UK (GMV figure)');
  });
});
