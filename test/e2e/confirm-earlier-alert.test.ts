// Issue 13, part 1: a second outlet confirms a pending report from a *different* story (a Chinese-language rewrite
// that does not cluster with the English one). The channel's first alert, "reported by Wire One · unconfirmed",
// is edited in place to "confirmed by a second outlet" (Slack chat.update, Discord message edit) — never a second
// alert about the same claim. A story with more to say (a new GMV figure besides) still gets its own alert, and
// the first one is still edited. Real adapters against the local fakes, real store, classifier, ingest and outbox.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import type { CommandDeps } from '../../src/app/commands/command-deps.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { handleReviewPress } from '../../src/app/commands/review-commands.ts';
import { ingestItems } from '../../src/app/ingest-items.ts';
import { startDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/start-discord-adapter.ts';
import { FakeDiscord } from '../servers/fake-discord.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { deliverOnce as deliver } from '../fakes/deliver-once.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';
import { SLACK_TEST_SECRET, startSlackHarness, type SlackHarness } from '../adapters/slack/slack-harness.ts';
import { CHANNEL_ID, chatInput } from '../adapters/discord/interaction-payloads.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const en: FeedConfig = { id: 'wire', url: 'https://wireone.example/feed', lang: 'en', markets: [], intervalMinutes: 5 };
const zh: FeedConfig = { id: 'cn', url: 'https://cnnews.example/feed', lang: 'zh', markets: [], intervalMinutes: 5 };

function item(feed: FeedConfig, id: string, source: string, link: string, title: string, summary: string, published: string): Item {
  return { id, feedId: feed.id, title, summary, link, published, lang: feed.lang, source };
}

async function firstReport(store: Store, clock: FakeClock): Promise<void> {
  await ingestItems(en, [item(en, 'wire-1', 'Wire One', 'https://wireone.example/followers',
    'TikTok Shop raises the follower minimum for US creators from 1,000 to 5,000',
    'TikTok Shop now requires US creators to have at least 5,000 followers before they can sell through affiliate links, up from 1,000.',
    clock.now().toISOString())], { store, clock }, { firstFetch: false });
}

/** The same claim from another outlet, in Chinese: another story by its words; with `gmv`, a new figure besides. */
async function secondReport(store: Store, clock: FakeClock, opts: { gmv: boolean }): Promise<void> {
  clock.advance(3600_000);
  const extra = opts.gmv ? '另据统计，TikTok Shop美国站11月日均GMV达到1亿美元。' : '';
  await ingestItems(zh, [item(zh, 'cn-1', '跨境日报', 'https://cnnews.example/2026/12/followers',
    'TikTok Shop美国站上调达人带货门槛：粉丝数从1000提高到5000',
    `据悉，TikTok Shop美国站要求达人至少拥有5000名粉丝才能开通带货权限，此前为1000名。${extra}`,
    clock.now().toISOString())], { store, clock }, { firstFetch: false });
}


async function stories(store: Store): Promise<Set<string | null>> {
  return new Set((await store.listReports({ market: 'US', key: 'threshold:creator_followers' })).map((r) => r.clusterId));
}

describe('Slack: a second outlet in another story edits the first alert', () => {
  const clock = new FakeClock('2026-12-01T09:00:00Z');
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(clock, 'tts-confirm-earlier-slack-'); });
  afterAll(async () => { await h?.close(); });
  const tts = (text: string) => h.slack.sendSlashCommand({ url: h.eventsUrl, signingSecret: SLACK_TEST_SECRET, text, channelId: 'C0ALERTS', timestamp: Math.floor(clock.now().getTime() / 1000) });

  it('one message in the channel, edited from "unconfirmed" to "confirmed by a second outlet", high once confirmed', async () => {
    await tts('subscribe us');
    await firstReport(h.store, clock);
    await deliver(h.store, clock, 'slack', h.adapter.sender);
    const [first] = h.slack.callsTo('chat.postMessage');
    expect(JSON.stringify(first!.body.blocks)).toMatch(/reported by Wire One · unconfirmed/);

    await secondReport(h.store, clock, { gmv: false });
    // Two stories (the words differ), one claim.
    expect((await stories(h.store)).size).toBe(2);
    await deliver(h.store, clock, 'slack', h.adapter.sender);

    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    const [edit] = h.slack.callsTo('chat.update');
    const sent = (await h.store.list({ status: 'sent', limit: 10 })).find((o) => o.kind === 'alert')!;
    expect(edit!.body).toMatchObject({ channel: 'C0ALERTS', ts: sent.remoteId });
    const shown = JSON.stringify(edit!.body.blocks);
    expect(shown).toMatch(/confirmed by a second outlet, 跨境日报/);
    expect(shown).not.toMatch(/unconfirmed/);
    expect(shown).toMatch(/2 sources/);
    expect(shown).toMatch(/High/);
    const e = await h.store.getBaselineEntry('US', 'threshold:creator_followers');
    expect(e).toMatchObject({ fact: { to: 5000 }, corroboration: 2 });

    // Delivering again changes nothing: the edit was queued once.
    await deliver(h.store, clock, 'slack', h.adapter.sender);
    expect(h.slack.callsTo('chat.update')).toHaveLength(1);
  });
});

describe('Discord: the same, and a second story with news of its own still gets its alert', () => {
  const clock = new FakeClock('2026-12-01T09:00:00Z');
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  let store: Store;
  let deps: CommandDeps;
  let dir: string;

  beforeAll(async () => {
    ({ store, deps, dir } = await openSeededStore(clock, 'tts-confirm-earlier-discord-'));
    fake = await FakeDiscord.start();
    adapter = await startDiscordAdapter({
      config: { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, publicKey: undefined, managePermission: 'ManageChannels' },
      commands: { handle: (cmd, ctx) => handleCommand(cmd, ctx, deps), review: (id, v, ctx) => handleReviewPress(id, v, ctx, deps) },
      logger: quiet, clock,
    });
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('edits the first message and posts the second story, which carries the GMV figure', async () => {
    const interaction = chatInput(fake, 'subscribe', { markets: 'us' });
    fake.sendInteraction(interaction);
    await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    await firstReport(store, clock);
    await deliver(store, clock, 'discord', adapter.sender);
    const [first] = fake.channelMessages(CHANNEL_ID);
    expect(JSON.stringify(first!.body.embeds)).toMatch(/reported by Wire One · unconfirmed/);

    await secondReport(store, clock, { gmv: true });
    expect((await stories(store)).size).toBe(2);
    await deliver(store, clock, 'discord', adapter.sender);

    const edits = fake.find('PATCH', new RegExp(`^/channels/${CHANNEL_ID}/messages/${first!.messageId}$`));
    expect(edits).toHaveLength(1);
    expect(JSON.stringify(edits[0]!.body.embeds)).toMatch(/confirmed by a second outlet, 跨境日报/);
    expect(JSON.stringify(edits[0]!.body.embeds)).not.toMatch(/unconfirmed/);
    const posted = fake.channelMessages(CHANNEL_ID);
    expect(posted).toHaveLength(2);
    // The second story's alert is about its own news, and says whose report the follower change confirms.
    const second = JSON.stringify(posted[1]!.body.embeds);
    expect(second).toMatch(/100M/);
    expect(second).toMatch(/confirms Wire One's report/);
  });
});
