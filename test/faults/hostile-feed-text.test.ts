// Fault 9: feed titles, summaries, channel titles and links that carry markup. Through the real poller, outbox,
// Slack and Discord senders (to the local fakes), the console sender and `/tts latest`: feed text shows as
// typed and never becomes a link, formatting, a ping, a reversed string or a terminal escape; the real article
// link is kept; each alert arrives once on each platform.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedPoller } from '../../src/app/feed-poller.ts';
import { OutboxDispatcher } from '../../src/app/outbox-dispatcher.ts';
import { createSenderClient, SlackSender } from '../../src/adapters/slack/slack-sender.ts';
import { createSenderRest, DiscordSender } from '../../src/adapters/discord/discord-sender.ts';
import { ConsoleSender } from '../../src/adapters/console/console-sender.ts';
import { renderSlackMessage } from '../../src/adapters/slack/render-blocks.ts';
import { renderDiscordMessage } from '../../src/adapters/discord/render-embeds.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { parseCommandText } from '../../src/core/commands/parse-command-text.ts';
import type { Store } from '../../src/core/ports.ts';
import type { CommandDeps } from '../../src/app/commands/command-deps.ts';
import { FakeSlack } from '../servers/fake-slack.ts';
import { FakeDiscord } from '../servers/fake-discord.ts';
import { startFeedServer, type FeedServer } from '../servers/feed-server.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';
import { seenOnDiscord, seenOnSlack } from '../adapters/visible-text.ts';

const EVIL = 'https://evil.example';
const DISCORD_CHANNEL = '1300000000000000009';

function hostileFeed(at: Date, base: string): string {
  const items = [
    // The internal markup, a closing "](" and a link with ")" in it: the real link must survive.
    [`TikTok Shop launches in Mexico [click](${EVIL}) **FREE**`, 'TikTok Shop opened to shoppers in Mexico this week.', `${base}/mx?a=(1)](${EVIL})`],
    // Raw platform markup, a mention, a bidi override and an ANSI escape.
    ['TikTok Shop opens in Brazil *now* _really_ ~x~ `code` ||spoiler|| <!channel> <https://evil.example|click> @everyone', 'Brazilian merchants can register on \u202Efdp.exe TikTok Shop, which launched in Brazil. \u001b[31mred\u001b[0m', `${base}/br`],
  ];
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire [home](${EVIL}) **bold**\u202E</title><link>${base}/</link>${items.map(([t, d, l], i) =>
    `<item><title><![CDATA[${t}]]></title><link><![CDATA[${l}]]></link><guid>hostile-${i}</guid><pubDate>${at.toUTCString()}</pubDate><description><![CDATA[${d}]]></description></item>`).join('')}</channel></rss>`;
}

/** The string values inside `v` that `keep` selects (by the object holding them), one per line. */
function strings(v: unknown, keep: (holder: Record<string, unknown>, key: string) => boolean): string {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      for (const [k, val] of Object.entries(x)) {
        if (typeof val === 'string' && keep(x as Record<string, unknown>, k)) out.push(val);
        else walk(val);
      }
    }
  };
  walk(v);
  return out.join('\n');
}
/** The texts Slack formats (mrkdwn objects; plain_text ones show as typed anyway). */
const mrkdwnOf = (blocks: unknown) => strings(blocks, (o, k) => o.type === 'mrkdwn' && k === 'text');
/** Every text of Discord embeds (titles, descriptions, fields, footers). */
const stringsOf = (embeds: unknown) => strings(embeds, (_o, k) => ['title', 'description', 'name', 'value', 'text'].includes(k));

/** Everything a platform could turn into a live link to evil.example. */
function liveEvilLinksSlack(mrkdwn: string): string[] {
  return [...mrkdwn.matchAll(/<https?:\/\/evil\.example[^>]*>/g)].map((m) => m[0]);
}
function liveEvilLinksDiscord(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[(?:[^\]\\]|\\.)*(?<!\\)\]\(https?:\/\/evil\.example[^)]*\)/g)].map((m) => m[0]);
}

describe('feed text is data', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let feeds: FeedServer;
  let store: Store;
  let deps: CommandDeps;
  beforeEach(async () => {
    slack = await FakeSlack.start();
    discord = await FakeDiscord.start();
    feeds = await startFeedServer();
    feeds.setRoute('/wire.xml', { body: hostileFeed(new Date(), `http://127.0.0.1:${feeds.port}`) });
    ({ store, deps } = await openSeededStore({ now: () => new Date() }, 'tts-hostile-'));
    const all = { rules: [{ market: null, tag: null, minSeverity: 'low' as const, confirms: true }], digest: { cadence: 'off' as const, day: 1, hour: 9, timeZone: 'UTC' } };
    await store.upsertSubscription({ platform: 'slack', channelId: 'C0ALERTS', ...all });
    await store.upsertSubscription({ platform: 'discord', channelId: DISCORD_CHANNEL, ...all });
    await store.upsertSubscription({ platform: 'console', channelId: 'stdout', ...all });
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
    await discord.close();
    await feeds.close();
  });

  it('renders it inert on Slack, Discord and the console, keeps the real links, and delivers each alert once', async () => {
    const clock = { now: () => new Date() };
    const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const poller = new FeedPoller([{ id: 'wire', url: feeds.url('/wire.xml'), lang: 'en', markets: [], intervalMinutes: 5 }], {
      store, clock, logger: quiet, fetchOptions: { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 5, allowPrivate: true, userAgent: 'test' },
    });
    let consoleOut = '';
    const dispatcher = new OutboxDispatcher({
      store, clock, logger: quiet, perChannelIntervalMs: 0,
      senders: new Map<string, SlackSender | DiscordSender | ConsoleSender>([
        ['slack', new SlackSender(createSenderClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }))],
        ['discord', new DiscordSender(createSenderRest({ token: discord.token, apiUrl: discord.apiUrl }))],
        ['console', new ConsoleSender((t) => { consoleOut += t; })],
      ]),
    });
    expect((await poller.runAll()).get('wire')?.kind).toBe('ok');
    await dispatcher.runOnce();

    const slackPosts = slack.callsTo('chat.postMessage').map((c) => mrkdwnOf(c.body.blocks));
    const discordPosts = discord.channelMessages(DISCORD_CHANNEL).map((m) => stringsOf(m.body.embeds));
    expect(slackPosts).toHaveLength(2); // one alert per story, once
    expect(discordPosts).toHaveLength(2);
    expect(consoleOut.match(/TikTok Shop/g)?.length).toBeGreaterThanOrEqual(2);

    const parsed = parseCommandText('latest');
    if (!parsed.ok) throw new Error('"latest" did not parse');
    const latest = await handleCommand(parsed.command, { platform: 'slack', channelId: 'C0ALERTS', userId: 'U1', canManageChannel: true }, deps);
    const slackLatest = renderSlackMessage(latest).map((m) => mrkdwnOf(m.blocks)).join('');
    const discordLatest = stringsOf(renderDiscordMessage(latest).map((p) => p.embeds));

    for (const text of [...slackPosts, slackLatest]) {
      expect(liveEvilLinksSlack(text)).toEqual([]);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toMatch(/\*now\*|_really_|~x~|`code`/); // no raw mrkdwn formatting
    }
    expect(seenOnSlack(slackPosts.join(''))).toContain('*now*'); // …but the asterisks are shown
    expect(seenOnSlack(slackLatest)).toContain('*now*');
    for (const text of [...discordPosts, discordLatest]) {
      expect(liveEvilLinksDiscord(text)).toEqual([]);
      expect(text).not.toMatch(/(?<!\\)\|\|spoiler/);
    }
    expect(seenOnDiscord(discordPosts.join(''))).toContain('||spoiler||');
    const everything = [...slackPosts, ...discordPosts, slackLatest, discordLatest, consoleOut].join('\n');
    // eslint-disable-next-line no-control-regex -- the escape character must not reach any output
    expect(everything).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u001b]/);
    // The real article link is still the story's link.
    expect(slackPosts.join('')).toContain(`<http://127.0.0.1:${feeds.port}/mx?a=%281%29%5D%28https://evil.example%29|`);
    expect(discordPosts.join('')).toContain(`http://127.0.0.1:${feeds.port}/br`);
  });
});
