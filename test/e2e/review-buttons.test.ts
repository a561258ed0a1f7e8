// Issue 13, "Must show": an alert's Wrong button, pressed on Slack (Block Kit action through Bolt), on Discord (a
// message component through discord.js on the gateway) and through Discord's HTTP interactions endpoint, rejects
// the reported change and brings the previous value back in `status`. Real adapters against the local fakes,
// a real SQLite store seeded from config/baseline.yaml, the real classifier, ingest, routing and outbox.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import type { CommandDeps } from '../../src/app/commands/command-deps.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { handleReviewPress } from '../../src/app/commands/review-commands.ts';
import { ingestItems } from '../../src/app/ingest-items.ts';
import { startDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/start-discord-adapter.ts';
import { createDiscordInteractionsHandler } from '../../src/adapters/discord/http/discord-interactions-handler.ts';
import { FakeDiscord } from '../servers/fake-discord.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { deliverOnce as deliver } from '../fakes/deliver-once.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';
import { SLACK_TEST_SECRET, startSlackHarness, type SlackHarness } from '../adapters/slack/slack-harness.ts';
import { CHANNEL_ID, buttonPress, chatInput, PERMISSIONS } from '../adapters/discord/interaction-payloads.ts';
import { newSigningKey, unixSeconds } from '../adapters/discord/http/signing-key.ts';

const KEY = 'threshold:creator_followers';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const feed: FeedConfig = { id: 'news', url: 'https://news.example/feed', lang: 'en', markets: [], intervalMinutes: 5 };

function item(id: string, source: string, link: string, title: string, summary: string, published: string): Item {
  return { id, feedId: feed.id, title, summary, link, published, lang: 'en', source };
}

/** Creator followers 1,000 → 5,000, by one outlet (pending) and, with `second`, by another (confirmed). */
async function report(store: Store, clock: FakeClock, opts: { second: boolean }): Promise<void> {
  const at = clock.now().toISOString();
  await ingestItems(feed, [item('wire-1', 'Wire One', 'https://wireone.example/followers',
    'TikTok Shop raises the follower minimum for US creators from 1,000 to 5,000',
    'TikTok Shop now requires US creators to have at least 5,000 followers before they can sell through affiliate links, up from 1,000.', at)],
  { store, clock }, { firstFetch: false });
  if (!opts.second) return;
  clock.advance(60_000);
  await ingestItems(feed, [item('daily-1', 'Creator Daily', 'https://creatordaily.example/followers',
    'US creators on TikTok Shop will need 5,000 followers to sell, up from 1,000',
    'The follower threshold for US creators rises from 1,000 to 5,000, the company told sellers in an email this week.', clock.now().toISOString())],
  { store, clock }, { firstFetch: false });
}

async function followers(store: Store): Promise<number | null> {
  const e = await store.getBaselineEntry('US', KEY);
  return e && e.fact.type === 'threshold' ? e.fact.to : null;
}


describe('Slack: the Wrong button on an alert', () => {
  const clock = new FakeClock('2026-12-01T09:00:00Z');
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(clock, 'tts-review-slack-'); });
  afterAll(async () => { await h?.close(); });
  const tts = (text: string) => h.slack.sendSlashCommand({ url: h.eventsUrl, signingSecret: SLACK_TEST_SECRET, text, channelId: 'C0ALERTS', timestamp: Math.floor(clock.now().getTime() / 1000) });

  it('rejects the confirmed change and status shows the previous value again', async () => {
    await tts('subscribe us');
    await report(h.store, clock, { second: true });
    expect(await followers(h.store)).toBe(5000);
    await deliver(h.store, clock, 'slack', h.adapter.sender);
    // The alert as the channel sees it carries Confirm and Wrong.
    const posted = h.slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body.blocks).includes('5,000'))!;
    const buttons = (posted.body.blocks as any[]).find((b) => b.type === 'actions');
    expect(buttons.elements.map((e: any) => e.text.text)).toEqual(['Confirm', 'Wrong']);
    const wrong = buttons.elements.find((e: any) => e.text.text === 'Wrong');

    const press = await h.slack.sendBlockAction({ url: h.eventsUrl, signingSecret: SLACK_TEST_SECRET, actionId: wrong.action_id, value: wrong.value, timestamp: Math.floor(clock.now().getTime() / 1000) });
    expect(press.status).toBe(200);
    const [answer] = await h.slack.waitForCalls('response');
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer!.body)).toMatch(/marked wrong.*back to/);

    expect(await followers(h.store)).toBe(1000);
    const status = await tts('status us');
    const text = JSON.stringify(status.body || (await h.slack.waitForCalls('response', 2))[1]!.body);
    expect(text).toMatch(/Creators need 1,000 followers to sell/);
    expect(text).not.toMatch(/Creators need 5,000 followers/);
  });
});

describe('Discord: the Wrong button on an alert (gateway) and Confirm / Wrong over the HTTP interactions endpoint', () => {
  const clock = new FakeClock('2026-12-01T09:00:00Z');
  let fake: FakeDiscord;
  let adapter: DiscordAdapter;
  let store: Store;
  let deps: CommandDeps;
  let dir: string;
  const commands = () => ({ handle: (cmd: any, ctx: any) => handleCommand(cmd, ctx, deps), review: (id: string, v: 'accept' | 'reject', ctx: any) => handleReviewPress(id, v, ctx, deps) });

  beforeAll(async () => {
    ({ store, deps, dir } = await openSeededStore(clock, 'tts-review-discord-'));
    fake = await FakeDiscord.start();
    adapter = await startDiscordAdapter({
      config: { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, publicKey: undefined, managePermission: 'ManageChannels' },
      commands: commands(), logger: quiet, clock,
    });
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function ask(interaction: { id: string; token: string }) {
    fake.sendInteraction(interaction);
    return fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  }

  it('a plain member cannot press it; a moderator rejects the change and status is back to 1,000', async () => {
    await ask(chatInput(fake, 'subscribe', { markets: 'us' }));
    await report(store, clock, { second: true });
    expect(await followers(store)).toBe(5000);
    await deliver(store, clock, 'discord', adapter.sender);
    const alert = fake.channelMessages(CHANNEL_ID).find((r) => JSON.stringify(r.body.embeds).includes('5,000'))!;
    const row = alert.body.components[0];
    expect(row.components.map((c: any) => c.label)).toEqual(['Confirm', 'Wrong']);
    const wrong = row.components.find((c: any) => c.label === 'Wrong').custom_id as string;

    const refused = await ask(buttonPress(fake, wrong, alert.messageId!, PERMISSIONS.member));
    expect(refused.body.data.flags & 64).toBe(64);
    expect(JSON.stringify(refused.body.data.embeds)).toMatch(/may not/);
    expect(await followers(store)).toBe(5000);

    const done = await ask(buttonPress(fake, wrong, alert.messageId!));
    expect(done.body.type).toBe(4);
    expect(done.body.data.flags & 64).toBe(64);
    expect(JSON.stringify(done.body.data.embeds)).toMatch(/marked wrong.*back to/);
    expect(await followers(store)).toBe(1000);

    const status = await ask(chatInput(fake, 'status', { market: 'us' }));
    const text = JSON.stringify(status.body.data.embeds);
    expect(text).toMatch(/Creators need 1,000 followers to sell/);
    expect(text).not.toMatch(/Creators need 5,000 followers/);
  });

  it('over HTTP: Confirm puts a one-outlet report in the baseline, Wrong takes it out again', async () => {
    clock.advance(3600_000);
    const key = newSigningKey();
    const handler = createDiscordInteractionsHandler({ publicKeyHex: key.publicKeyHex, commands: commands(), clock, managePermission: 'ManageChannels', logger: quiet });
    const server = http.createServer((req, res) => { void handler(req, res); });
    server.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
    let n = 0;
    const press = async (customId: string) => {
      const body = JSON.stringify({
        id: String(1400000000000000000n + BigInt(++n)), application_id: fake.applicationId, type: 3, token: 'tok', version: 1, guild_id: fake.guildId,
        channel_id: CHANNEL_ID, member: { user: { id: '1100000000000000020' }, permissions: PERMISSIONS.moderator },
        data: { custom_id: customId, component_type: 2 },
      });
      const ts = unixSeconds(clock.now());
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': key.sign(ts, body), 'x-signature-timestamp': ts } });
      expect(res.status).toBe(200);
      return (await res.json()) as any;
    };
    try {
      // A fresh claim from one outlet: 1,000 → 10,000 waits as pending; the store's report names its story.
      await ingestItems(feed, [item('wire-2', 'Wire One', 'https://wireone.example/followers-again',
        'TikTok Shop raises the follower minimum for US creators from 1,000 to 10,000',
        'TikTok Shop now requires US creators to have at least 10,000 followers before they can sell through affiliate links, up from 1,000.', clock.now().toISOString())],
      { store, clock }, { firstFetch: false });
      const [pending] = await store.listReports({ market: 'US', key: KEY, states: ['pending'] });
      expect(pending).toBeDefined();
      expect(await followers(store)).toBe(1000);

      const confirmed = await press(`tts_review:confirm:${pending!.clusterId}`);
      expect(confirmed.data.flags & 64).toBe(64);
      expect(JSON.stringify(confirmed.data.embeds)).toMatch(/now the baseline/);
      expect(await followers(store)).toBe(10000);

      const rejected = await press(`tts_review:reject:${pending!.clusterId}`);
      expect(JSON.stringify(rejected.data.embeds)).toMatch(/marked wrong.*back to/);
      expect(await followers(store)).toBe(1000);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
