// The real discord.js client, started by startDiscordAdapter, against the local fake Discord (REST + gateway).
// The command handler is a recording fake at the adapter's boundary; discord-with-store.test.ts runs the real
// handler, store and routing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, CommandContext } from '../../../src/core/commands/command.ts';
import type { Message } from '../../../src/core/message.ts';
import { OutboxDispatcher } from '../../../src/app/outbox-dispatcher.ts';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start-discord-adapter.ts';
import { FakeDiscord, type RecordedRequest } from '../../servers/fake-discord.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { InMemoryOutboxStore } from '../../fakes/in-memory-outbox-store.ts';
import { autocomplete, CHANNEL_ID, chatInput, PERMISSIONS } from './interaction-payloads.ts';
import { embedLimitProblems } from './embed-limits.ts';

const EPHEMERAL = 1 << 6;
const logs: { level: string; msg: string | undefined }[] = [];
const logger = {
  info: (_o: object, msg?: string) => { logs.push({ level: 'info', msg }); },
  warn: (_o: object, msg?: string) => { logs.push({ level: 'warn', msg }); },
  error: (_o: object, msg?: string) => { logs.push({ level: 'error', msg }); },
};
const handled: { cmd: Command; ctx: CommandContext }[] = [];
let failNextCommand = false;

async function handle(cmd: Command, ctx: CommandContext): Promise<Message> {
  handled.push({ cmd, ctx });
  if (failNextCommand) { failNextCommand = false; throw new Error('database is locked'); }
  if (cmd.name === 'digest') return { kind: 'reply', ephemeral: true, title: 'Weekly digest preview', sections: [{ type: 'text', text: 'Nothing new.' }] };
  return { kind: 'reply', title: `Answer to ${cmd.name}`, sections: [{ type: 'text', text: JSON.stringify(cmd) }] };
}

let fake: FakeDiscord;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  adapter = await startDiscordAdapter({
    config: { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, publicKey: undefined, managePermission: 'ManageChannels' },
    commands: { handle },
    logger,
  });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

async function ask(interaction: ReturnType<typeof chatInput>): Promise<{ callback: RecordedRequest; edit?: RecordedRequest }> {
  fake.sendInteraction(interaction);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  if (callback.body.type !== 5) return { callback };
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
  return { callback, edit };
}

describe('startDiscordAdapter against a fake Discord', () => {
  it('logs in over the gateway the fake announced: JSON, no compression, Guilds intent only', () => {
    expect(fake.find('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    expect(fake.gatewayQueries[0]!.get('encoding')).toBe('json');
    expect(fake.gatewayQueries[0]!.has('compress')).toBe(false);
    expect(fake.identifies[0]).toMatchObject({ token: fake.token, intents: 1, compress: false });
  });

  it('maps /tts status options to the command and replies with embeds in the channel', async () => {
    const { callback } = await ask(chatInput(fake, 'status', { market: 'us' }));
    expect(handled.at(-1)).toMatchObject({ cmd: { name: 'status', market: 'US' }, ctx: { platform: 'discord', channelId: CHANNEL_ID, canManageChannel: true } });
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(callback.body.data.embeds[0].title).toBe('Answer to status');
    expect(embedLimitProblems(callback.body.data.embeds)).toEqual([]);
  });

  it('refuses /tts subscribe privately to a member without Manage Channels, before touching anything', async () => {
    const before = handled.length;
    const { callback } = await ask(chatInput(fake, 'subscribe', { markets: 'all' }, PERMISSIONS.member));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toContain('**Manage Channels** permission');
    expect(handled.length).toBe(before);
    // An administrator has every permission.
    await ask(chatInput(fake, 'subscribe', { markets: 'us, uk', tags: 'gmv' }, PERMISSIONS.admin));
    expect(handled.at(-1)).toMatchObject({ cmd: { name: 'subscribe', markets: ['US', 'UK'], tags: ['gmv_figure'] }, ctx: { canManageChannel: true } });
  });

  it('defers /tts latest publicly and edits in the answer', async () => {
    const { callback, edit } = await ask(chatInput(fake, 'latest', { market: 'us', count: 3 }));
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit!.body.embeds[0].title).toBe('Answer to latest');
    expect(handled.at(-1)!.cmd).toEqual({ name: 'latest', market: 'US', limit: 3 });
  });

  it('defers /tts digest privately', async () => {
    const { callback, edit } = await ask(chatInput(fake, 'digest', { cadence: 'daily' }));
    expect(callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(edit!.body.embeds[0].title).toBe('Weekly digest preview');
    expect(handled.at(-1)!.cmd).toEqual({ name: 'digest', cadence: 'daily' });
  });

  it('answers a typo with a private hint and a failure with a private apology, and keeps working', async () => {
    const typo = await ask(chatInput(fake, 'subscribe', { markets: 'us, thialand' }));
    expect(typo.callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(typo.callback.body.data.embeds[0].description).toContain('Did you mean "thailand"?');

    failNextCommand = true;
    const failed = await ask(chatInput(fake, 'subscriptions'));
    expect(failed.callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(failed.callback.body.data.embeds[0].description).toContain('Try again in a minute');
    expect(logs.some((l) => l.level === 'error' && l.msg === 'Discord /tts subscriptions failed')).toBe(true);

    // A deferred public answer that fails: the "thinking…" is removed and the asker alone is told.
    failNextCommand = true;
    const interaction = chatInput(fake, 'latest');
    fake.sendInteraction(interaction);
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${interaction.token}`);
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(fake.find('DELETE', new RegExp(`/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`))).toHaveLength(1);

    const after = await ask(chatInput(fake, 'help'));
    expect(after.callback.body.data.embeds[0].title).toBe('Answer to help');
  });

  it('autocompletes comma-separated market lists', async () => {
    const interaction = autocomplete(fake, 'subscribe', 'markets', 'us, vie');
    fake.sendInteraction(interaction);
    const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'us, Vietnam (VN)', value: 'us, vn' }] } });
  });

  it('its sender delivers an outbox alert once, after a 429 on the route', async () => {
    const store = new InMemoryOutboxStore();
    const clock = new FakeClock('2025-06-02T09:00:00Z');
    const channel = '1100000000000000555';
    const alert: Message = {
      kind: 'alert', title: 'TikTok Shop US May GMV tops $1.2 billion', url: 'https://news.example.com/us-gmv-may',
      tags: ['gmv_figure'], markets: ['US'], severity: 'normal', timestamp: '2025-06-02T08:00:00Z',
      sections: [{ type: 'context', text: '2 sources: [Example News](https://news.example.com/us-gmv-may), Other Wire' }],
    };
    await store.enqueue({ key: `alert:discord:${channel}:c9`, platform: 'discord', channelId: channel, kind: 'alert', message: alert, now: clock.now().toISOString() });
    fake.rateLimitNext('POST', new RegExp(`^/channels/${channel}/messages$`), { retryAfterSeconds: 0.1 });
    const dispatcher = new OutboxDispatcher({ store, senders: new Map([['discord', adapter.sender]]), clock, logger, sleep: clock.sleep });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    clock.advance(5_000);
    await new Promise((r) => setTimeout(r, 200)); // @discordjs/rest remembers the bucket in real time
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 0 });
    const messages = fake.channelMessages(channel);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body.embeds[0]).toMatchObject({ title: alert.title, url: alert.url, color: 0x3498db });
    expect(embedLimitProblems(messages[0]!.body.embeds)).toEqual([]);
  });
});
