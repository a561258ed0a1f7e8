// The whole Discord path with the real pieces: discord.js client ↔ fake Discord, handleCommand on a SQLite store
// seeded from config/baseline.yaml, alerts through route-alerts and the outbox dispatcher. 127.0.0.1 only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import type { Store } from '../../../src/core/ports.ts';
import type { Cluster } from '../../../src/core/types.ts';
import type { CommandDeps } from '../../../src/app/commands/command-deps.ts';
import { handleCommand } from '../../../src/app/commands/handle-command.ts';
import { enqueueAlertsForCluster } from '../../../src/app/route-alerts.ts';
import { OutboxDispatcher } from '../../../src/app/outbox-dispatcher.ts';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start-discord-adapter.ts';
import { FakeDiscord, type RecordedRequest } from '../../servers/fake-discord.ts';
import { FakeClock } from '../../fakes/fake-clock.ts';
import { buttonPress, CHANNEL_ID, chatInput, PERMISSIONS } from './interaction-payloads.ts';
import { embedLimitProblems } from './embed-limits.ts';
import { openSeededStore } from '../../fakes/seeded-store.ts';
import { PROBES, reaching } from '../subscription-stories.ts';
import { seenOnDiscord } from '../visible-text.ts';

const EPHEMERAL = 1 << 6;
const logs: { level: string; msg: string | undefined }[] = [];
const logger = {
  info: (_o: object, msg?: string) => { logs.push({ level: 'info', msg }); },
  warn: (_o: object, msg?: string) => { logs.push({ level: 'warn', msg }); },
  error: (_o: object, msg?: string) => { logs.push({ level: 'error', msg }); },
};

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: Store;
let dir: string;
const clock = new FakeClock('2025-06-02T09:00:00Z');

beforeAll(async () => {
  let deps: CommandDeps;
  ({ store, deps, dir } = await openSeededStore(clock, 'tts-discord-'));
  fake = await FakeDiscord.start();
  adapter = await startDiscordAdapter({
    config: { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, publicKey: undefined, managePermission: 'ManageChannels' },
    commands: {
      handle: (cmd, ctx) => handleCommand(cmd, ctx, deps),
    },
    logger,
    clock,
  });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Sends an interaction and waits for its first answer (callback), plus the deferred edit when there is one. */
async function ask(interaction: ReturnType<typeof chatInput> | ReturnType<typeof buttonPress>): Promise<{ callback: RecordedRequest; edit?: RecordedRequest }> {
  fake.sendInteraction(interaction);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  if (callback.body.type !== 5) return { callback };
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
  return { callback, edit };
}

describe('Discord with the real command handler, store and routing', () => {
  it('/tts status market:us answers the asker alone with a compact summary and a Share in channel button that posts it for everyone', async () => {
    const { callback } = await ask(chatInput(fake, 'status', { market: 'us' }));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const embeds = callback.body.data.embeds;
    expect(embedLimitProblems(embeds)).toEqual([]);
    expect(embeds[0].title).toContain('United States');
    const text = JSON.stringify(embeds);
    expect(text).toMatch(/2023-09|Sep(tember)? 2023/);
    expect(text).toContain('Creators need 1,000 followers to sell');
    expect(text).toContain('US GMV — latest actual');
    expect(text).toContain('Only you see this');
    // Compact: not the whole GMV series, which `full` lists.
    expect(text).not.toContain('$500K–$1M/day');
    const [button] = callback.body.data.components[0].components;
    expect(button).toMatchObject({ label: 'Share in channel', custom_id: 'tts_share:status:US' });

    const shared = await ask(buttonPress(fake, button.custom_id, '1100000000000000999', PERMISSIONS.member));
    expect(shared.callback.body.type).toBe(4);
    expect(shared.callback.body.data.flags ?? 0).toBe(0);
    const sharedText = JSON.stringify(shared.callback.body.data.embeds);
    expect(sharedText).toContain('Creators need 1,000 followers to sell');
    expect(sharedText).not.toContain('Only you see this');
    expect(shared.callback.body.data.components).toBeUndefined();
  });

  it('/tts status market:us full:true public:true posts every entry for the channel', async () => {
    const { callback } = await ask(chatInput(fake, 'status', { market: 'us', full: true, public: true }));
    expect(callback.body.data.flags ?? 0).toBe(0);
    const text = JSON.stringify(callback.body.data.embeds);
    expect(text).toContain('$500K–$1M/day');
    expect(text).toContain('GMV series');
    expect(callback.body.data.components).toBeUndefined();
  });

  it('/tts subscribe, then a GMV alert, yields exactly one channel message with a valid embed', async () => {
    const { callback } = await ask(chatInput(fake, 'subscribe', { markets: 'us', tags: 'gmv' }));
    expect(callback.body.data.embeds[0].title).toBe('Subscribed');
    expect(await store.subscriptionsForChannel('discord', CHANNEL_ID)).toMatchObject([{ rules: [{ market: 'US', tag: 'gmv_figure', minSeverity: 'low', confirms: false }] }]);

    const cluster: Cluster = {
      id: 'cluster-us-gmv-2025-05',
      title: 'TikTok Shop US May GMV tops $1.2 billion',
      link: 'https://news.example.com/us-gmv-may',
      tags: ['gmv_figure'], markets: ['US'],
      facts: [{ type: 'gmv', market: 'US', low_usd: 1.2e9, high_usd: 1.2e9, period: 'month', kind: 'actual', platform: 'tiktok_shop', as_of: '2025-05' }],
      comparisons: [], severity: 'normal',
      sources: [{ name: 'Example News', link: 'https://news.example.com/us-gmv-may' }, { name: 'Other Wire', link: null }],
      firstSeen: '2025-06-02T08:00:00Z', lastSeen: '2025-06-02T08:30:00Z',
    };
    expect(await enqueueAlertsForCluster(cluster, { store, clock })).toBe(1);
    // A 429 on the route first: the outbox waits and delivers once.
    fake.rateLimitNext('POST', new RegExp(`^/channels/${CHANNEL_ID}/messages$`), { retryAfterSeconds: 0.1 });
    const dispatcher = new OutboxDispatcher({ store, senders: new Map([['discord', adapter.sender]]), clock, logger, sleep: clock.sleep });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    clock.advance(5_000);
    await new Promise((r) => setTimeout(r, 200)); // @discordjs/rest remembers the bucket in real time
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0, retried: 0 });
    // Routing the same cluster again writes nothing: the outbox key already exists.
    expect(await enqueueAlertsForCluster(cluster, { store, clock })).toBe(0);
    await dispatcher.runOnce();

    const messages = fake.channelMessages(CHANNEL_ID);
    expect(messages).toHaveLength(1);
    const [embed] = messages[0]!.body.embeds;
    expect(embedLimitProblems(messages[0]!.body.embeds)).toEqual([]);
    expect(embed).toMatchObject({ title: cluster.title, url: cluster.link, color: 0x3498db, timestamp: '2025-06-02T08:00:00.000Z' });
    expect(JSON.stringify(embed)).toContain('2 sources');
    expect((await store.getByKey(`alert:discord:${CHANNEL_ID}:${cluster.id}`))!.remoteId).toBe(messages[0]!.messageId);
  });

  it('refuses /tts subscribe, privately, to a member without Manage Channels', async () => {
    const before = await store.subscriptionsForChannel('discord', CHANNEL_ID);
    const { callback } = await ask(chatInput(fake, 'subscribe', { markets: 'all' }, PERMISSIONS.member));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.embeds[0].description).toContain('Manage Channels');
    expect(await store.subscriptionsForChannel('discord', CHANNEL_ID)).toEqual(before);
    // An administrator has every permission, Manage Channels included.
    const admin = await ask(chatInput(fake, 'unsubscribe', { markets: 'us' }, PERMISSIONS.admin));
    expect(admin.callback.body.data.embeds[0].title).toBe('Unsubscribed');
    expect(await store.subscriptionsForChannel('discord', CHANNEL_ID)).toEqual([]);
  });
});

/** Sends /tts SUBCOMMAND with options and returns the visible text of the answer. */
async function ttsText(subcommand: string, options: Record<string, string | boolean> = {}): Promise<string> {
  const interaction = fake.sendInteraction(chatInput(fake, subcommand, options));
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  return JSON.stringify(callback.body.data.embeds);
}

const reach = () => reaching(store, clock, PROBES);

describe('Discord: subscriptions add up per market × tag × severity', () => {
  it('a second subscribe adds to the first; /tts subscriptions lists it per market', async () => {
    await ttsText('subscribe', { markets: 'us', tags: 'ban' });
    await ttsText('subscribe', { markets: 'sea', tags: 'gmv' });
    expect(await reach()).toEqual(['US ban', 'SEA gmv']);
    const list = await ttsText('subscriptions');
    expect(list).toContain('United States (US): Ban');
    expect(list).toContain('Southeast Asia (SEA): GMV figure');

    const d = new OutboxDispatcher({ store, senders: new Map([['discord', adapter.sender]]), clock, logger, sleep: clock.sleep });
    const before = fake.channelMessages(CHANNEL_ID).length;
    await d.runOnce();
    const titles = fake.channelMessages(CHANNEL_ID).slice(before).map((m) => seenOnDiscord(m.body.embeds[0].title as string));
    expect(titles.map((t) => t.replace(/ story \d+$/, ''))).toEqual(['US ban', 'SEA gmv_figure']);
  });

  it('unsubscribe markets:sea removes SEA only; markets:us tags:gmv on an all-markets channel removes exactly that', async () => {
    await ttsText('unsubscribe', { markets: 'sea' });
    expect(await reach()).toEqual(['US ban']);
    await ttsText('subscribe', { markets: 'all' });
    expect(await ttsText('subscribe', { markets: 'us', tags: 'launch' })).toContain('Already covered');
    await ttsText('unsubscribe', { markets: 'us', tags: 'gmv' });
    expect(await reach()).toEqual(['US ban', 'US launch', 'SEA gmv', 'SEA ban', 'UK gmv']);
  });

  it('confirmations only with confirms:true', async () => {
    await ttsText('unsubscribe');
    await ttsText('subscribe', { markets: 'us', tags: 'gmv' });
    expect(await reach()).toEqual(['US gmv']);
    await ttsText('subscribe', { markets: 'us', tags: 'gmv', confirms: true });
    expect(await reach()).toEqual(['US gmv', 'US gmv confirms']);
  });
});
