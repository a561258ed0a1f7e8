// The Interactions Endpoint URL over real HTTP on 127.0.0.1: what Discord (or an attacker) sees.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordInteractionsHandler, memberCanManage } from '../../../../src/adapters/discord/http/discord-interactions-handler.ts';
import type { Command, CommandContext } from '../../../../src/core/commands/command.ts';
import type { Message } from '../../../../src/core/message.ts';
import { FakeClock } from '../../../fakes/fake-clock.ts';
import { newSigningKey, unixSeconds } from './signing-key.ts';

const CHANNEL = '1200000000000000010';
const USER = '1200000000000000020';
const GUILD = '1200000000000000001';
const MANAGE_CHANNELS = String(1n << 4n);
const PLAIN_MEMBER = String((1n << 10n) | (1n << 11n));

const key = newSigningKey();
const clock = new FakeClock('2025-03-10T12:00:00Z');
const calls: { cmd: Command; ctx: CommandContext }[] = [];
const logged: { level: string; obj: object; msg?: string }[] = [];
let reply: (cmd: Command) => Promise<Message>;
let baseUrl = '';
let server: http.Server;
let nextId = 1;

function chatInput(subcommand: string, options: Record<string, string | number | boolean> = {}, permissions = MANAGE_CHANNELS) {
  return {
    id: String(1300000000000000000n + BigInt(nextId++)),
    application_id: '1200000000000000099',
    type: 2,
    token: 'interaction-token',
    version: 1,
    guild_id: GUILD,
    channel_id: CHANNEL,
    channel: { id: CHANNEL, type: 0 },
    member: { user: { id: USER, username: 'someone' }, roles: [], permissions },
    data: {
      id: '1200000000000000030', name: 'tts', type: 1,
      options: [{
        type: 1, name: subcommand,
        options: Object.entries(options).map(([name, value]) => ({ name, type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5, value })),
      }],
    },
  };
}

async function post(body: unknown, opts: { timestamp?: string; signature?: string; path?: string } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = opts.timestamp ?? unixSeconds(clock.now());
  return fetch(`${baseUrl}${opts.path ?? '/discord/interactions'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': opts.signature ?? key.sign(timestamp, text), 'x-signature-timestamp': timestamp },
    body: text,
  });
}

beforeAll(async () => {
  const handle = createDiscordInteractionsHandler({
    publicKeyHex: key.publicKeyHex,
    commands: { handle: async (cmd, ctx) => { calls.push({ cmd, ctx }); return reply(cmd); } },
    clock,
    managePermission: 'ManageChannels',
    logger: {
      info: (obj, msg) => logged.push({ level: 'info', obj, msg }),
      warn: (obj, msg) => logged.push({ level: 'warn', obj, msg }),
      error: (obj, msg) => logged.push({ level: 'error', obj, msg }),
    },
  });
  // Mounted the way the health server will mount it: anything it declines is a 404.
  server = http.createServer((req, res) => {
    handle(req, res).then((handled) => { if (!handled) res.writeHead(404).end('not found'); })
      .catch(() => { if (!res.headersSent) res.writeHead(500).end('error'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  calls.length = 0;
  logged.length = 0;
  clock.set('2025-03-10T12:00:00Z');
  reply = async () => ({ kind: 'reply', title: 'Done', sections: [{ type: 'text', text: 'ok' }] });
});

describe('Discord Interactions Endpoint URL', () => {
  it('answers a correctly signed PING with a PONG', async () => {
    const res = await post({ type: 1, id: '1', application_id: '2' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('refuses a bad signature with 401 and a short text', async () => {
    const body = JSON.stringify({ type: 1 });
    const res = await post(body, { signature: newSigningKey().sign(unixSeconds(clock.now()), body) });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toMatch(/signature/);
    expect(text.length).toBeLessThan(120);
    expect(logged.some((l) => l.level === 'warn')).toBe(true);
  });

  it('refuses requests with missing or malformed signature headers', async () => {
    const res = await fetch(`${baseUrl}/discord/interactions`, { method: 'POST', body: '{"type":1}' });
    expect(res.status).toBe(401);
    expect((await post({ type: 1 }, { signature: 'abc' })).status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is more than five minutes old', async () => {
    const old = unixSeconds(new Date(clock.now().getTime() - 301_000));
    const res = await post({ type: 1 }, { timestamp: old });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/timestamp/);
    // Same request, the server's clock moved back to when it was signed: accepted.
    clock.advance(-301_000);
    expect((await post({ type: 1 }, { timestamp: old })).status).toBe(200);
  });

  it('refuses the same signed request the second time (replay)', async () => {
    const body = JSON.stringify(chatInput('help'));
    const timestamp = unixSeconds(clock.now());
    const signature = key.sign(timestamp, body);
    expect((await post(body, { timestamp, signature })).status).toBe(200);
    clock.advance(10_000);
    const second = await post(body, { timestamp, signature });
    expect(second.status).toBe(401);
    expect(await second.text()).toMatch(/already received/);
    expect((await post(body, { timestamp, signature: signature.toUpperCase() })).status).toBe(401);
    expect(calls).toHaveLength(1);
  });

  it('answers /tts status market:us with the command\'s reply as an embed', async () => {
    reply = async () => ({
      kind: 'reply', title: 'TikTok Shop — United States (US)', markets: ['US'],
      sections: [{ type: 'list', title: 'Bans', items: [{ text: 'Example ban line — 2025-01-01 · example.org' }] }],
    });
    const res = await post(chatInput('status', { market: 'us' }));
    expect(res.status).toBe(200);
    const json = await res.json() as { type: number; data: { embeds: { title?: string; description?: string }[]; flags?: number } };
    expect(json.type).toBe(4);
    expect(json.data.flags).toBeUndefined();
    expect(json.data.embeds[0]!.title).toBe('TikTok Shop — United States (US)');
    expect(json.data.embeds[0]!.description).toContain('Example ban line');
    expect(calls).toEqual([{ cmd: { name: 'status', market: 'US' }, ctx: { platform: 'discord', channelId: CHANNEL, userId: USER, canManageChannel: true } }]);
  });

  it('over HTTP too: a private status carries its Share in channel button, and a press posts the answer for everyone', async () => {
    reply = async (cmd) => ({
      kind: 'reply', title: 'TikTok Shop — United States (US)', markets: ['US'],
      ...(cmd.name === 'status' && cmd.share ? {} : { ephemeral: true, actions: [{ action: 'share' as const, label: 'Share in channel', value: 'US' }] }),
      sections: [{ type: 'text', text: 'Creators need 1,000 followers to sell' }],
    });
    const asked = await (await post(chatInput('status', { market: 'us' }))).json() as { data: { flags?: number; components?: { components: { custom_id: string; label: string }[] }[] } };
    expect(asked.data.flags).toBe(64);
    const button = asked.data.components![0]!.components[0]!;
    expect(button).toMatchObject({ label: 'Share in channel', custom_id: 'tts_share:status:US' });

    const { data: _data, ...invocation } = chatInput('status', {}, PLAIN_MEMBER);
    const press = { ...invocation, type: 3, data: { custom_id: button.custom_id, component_type: 2 } };
    const shared = await (await post(press)).json() as { type: number; data: { flags?: number; components?: unknown; embeds: { description?: string }[] } };
    expect(shared.type).toBe(4);
    expect(shared.data.flags).toBeUndefined();
    expect(shared.data.components).toBeUndefined();
    expect(shared.data.embeds[0]!.description).toContain('Creators need 1,000 followers to sell');
    expect(calls.at(-1)!.cmd).toEqual({ name: 'status', market: 'US', view: 'summary', share: true });
  });

  it('marks ephemeral replies with the ephemeral flag', async () => {
    reply = async () => ({ kind: 'reply', ephemeral: true, title: 'Help', sections: [{ type: 'text', text: '/tts status <market>' }] });
    const json = await (await post(chatInput('help'))).json() as { type: number; data: { flags?: number } };
    expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('refuses subscribe to a member without Manage Channels, privately, without running the command', async () => {
    const res = await post(chatInput('subscribe', { markets: 'us, uk' }, PLAIN_MEMBER));
    expect(res.status).toBe(200);
    const json = await res.json() as { type: number; data: { flags?: number; embeds: { title?: string; description?: string }[] } };
    expect(json.type).toBe(4);
    expect(json.data.flags).toBe(64);
    expect(json.data.embeds[0]!.title).toBe('Not allowed');
    expect(json.data.embeds[0]!.description).toContain('Manage Channels');
    expect(calls).toHaveLength(0);
  });

  it('runs subscribe for a member with Manage Channels, with the options mapped', async () => {
    const res = await post(chatInput('subscribe', { markets: 'us, uk', tags: 'ban', hour: 8 }));
    expect(res.status).toBe(200);
    expect(calls[0]!.cmd).toEqual({ name: 'subscribe', markets: ['US', 'UK'], tags: ['ban'], minSeverity: 'low', confirms: false, digest: { cadence: 'weekly', hour: 8 } });
    expect(calls[0]!.ctx.canManageChannel).toBe(true);
  });

  it('tells the user about a bad option value without running the command', async () => {
    const json = await (await post(chatInput('status', { market: 'atlantis' }))).json() as { data: { flags?: number; embeds: { title?: string }[] } };
    expect(json.data.flags).toBe(64);
    expect(json.data.embeds[0]!.title).toBe('Check the command options');
    expect(calls).toHaveLength(0);
  });

  it('answers a failing command with a short private message, never the stack trace', async () => {
    reply = async () => { throw new Error('database exploded at /srv/secret/path.ts:12'); };
    const res = await post(chatInput('status', { market: 'us' }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/exploded|secret|\.ts:/);
    const json = JSON.parse(text) as { type: number; data: { flags?: number; embeds: { title?: string }[] } };
    expect(json).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(json.data.embeds[0]!.title).toBe('Something went wrong');
    expect(logged.some((l) => l.level === 'error')).toBe(true);
  });

  it('offers market choices for autocomplete', async () => {
    const body = chatInput('subscribe');
    const ac = { ...body, type: 4, data: { ...body.data, options: [{ type: 1, name: 'subscribe', options: [{ name: 'markets', type: 3, value: 'us, th', focused: true }] }] } };
    const json = await (await post(ac)).json() as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(json.type).toBe(8);
    expect(json.data.choices.map((c) => c.value)).toContain('us, th');
    expect(calls).toHaveLength(0);
  });

  it('answers a signed body of the wrong shape with 400 and a message', async () => {
    const notJson = await post('this is not json');
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toMatch(/JSON/);
    const wrongShape = await post({ type: 2, id: 'x', data: {} });
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.text()).toMatch(/unexpected interaction body/);
    expect((await post({ type: 99 })).status).toBe(400);
  });

  it('refuses a body over 100 KB with 413 before checking anything else', async () => {
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(101 * 1024) });
    const res = await post(big);
    expect(res.status).toBe(413);
    // The server is still fine afterwards.
    expect((await post({ type: 1 })).status).toBe(200);
  });

  it('stops reading a streamed body (no Content-Length) once it passes 100 KB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the cap: the server must answer without waiting for all of it.
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const timestamp = unixSeconds(clock.now());
    const res = await fetch(`${baseUrl}/discord/interactions`, {
      method: 'POST', body: stream, duplex: 'half',
      headers: { 'x-signature-ed25519': '0'.repeat(128), 'x-signature-timestamp': timestamp },
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await post({ type: 1, id: 'after-stream' })).status).toBe(200);
  });

  it('drops attachments, which Discord cannot take in this response, and keeps the embed valid', async () => {
    reply = async () => ({
      kind: 'reply', title: 'Digest preview', sections: [{ type: 'text', text: 'three stories' }],
      attachments: [{ filename: 'gmv.png', contentType: 'image/png', dataBase64: Buffer.from('png').toString('base64') }],
    });
    const json = await (await post(chatInput('digest'))).json() as { data: { embeds: Record<string, unknown>[] } };
    expect(json.data.embeds[0]!.title).toBe('Digest preview');
    expect(JSON.stringify(json)).not.toContain('attachment://');
  });

  it('leaves other paths to the server it is mounted on, and only accepts POST on its own', async () => {
    expect((await post({ type: 1 }, { path: '/healthz' })).status).toBe(404);
    const get = await fetch(`${baseUrl}/discord/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('memberCanManage', () => {
  it('reads the decimal permission bitfield; Administrator implies everything; no member means no', () => {
    expect(memberCanManage(String(1n << 4n), 'ManageChannels')).toBe(true);
    expect(memberCanManage(String(1n << 4n), 'ManageGuild')).toBe(false);
    expect(memberCanManage(String(1n << 5n), 'ManageGuild')).toBe(true);
    expect(memberCanManage(String(1n << 3n), 'ManageChannels')).toBe(true);
    expect(memberCanManage(String((1n << 40n) | (1n << 10n)), 'ManageChannels')).toBe(false);
    expect(memberCanManage(null, 'ManageChannels')).toBe(false);
    expect(memberCanManage(null, 'none')).toBe(true);
  });
});
