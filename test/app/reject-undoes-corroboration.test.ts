// Issue 13, part 3: `/tts reject` of a report says its article was misread, so what else that article told the
// baseline stops counting too — where it confirmed another entry, that entry's source count goes back down — while
// other outlets' confirmations stay. The real store seeded from config/baseline.yaml, the real classifier and ingest.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import type { CommandDeps } from '../../src/app/commands/command-deps.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';
import type { Message } from '../../src/core/message.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { parseCommandText } from '../../src/core/commands/parse-command-text.ts';
import { ingestItems } from '../../src/app/ingest-items.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';

const FOLLOWERS = 'threshold:creator_followers';
const feed: FeedConfig = { id: 'news', url: 'https://news.example/feed', lang: 'en', markets: [], intervalMinutes: 5 };

function item(id: string, source: string, link: string, title: string, summary: string, published: string): Item {
  return { id, feedId: feed.id, title, summary, link, published, lang: 'en', source };
}

function text(m: Message): string {
  return JSON.stringify(m.sections);
}

describe('rejecting a report takes its article out of the corroboration it gave other entries', () => {
  const clock = new FakeClock('2026-12-01T09:00:00Z');
  let store: Store;
  let deps: CommandDeps;
  let dir: string;
  const tts = async (line: string) => {
    const parsed = parseCommandText(line);
    if (!parsed.ok) throw new Error(line);
    return handleCommand(parsed.command, { platform: 'slack', channelId: 'C1', userId: 'U1', canManageChannel: true }, deps);
  };
  beforeAll(async () => { ({ store, deps, dir } = await openSeededStore(clock, 'tts-reject-undo-')); });
  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the follower minimum is back to the sources it had without the misread article; another outlet still counts', async () => {
    const seeded = (await store.getBaselineEntry('US', FOLLOWERS))!;
    expect(seeded.fact).toMatchObject({ to: 1000 });
    // One article: confirms the 1,000-follower rule and reports a daily GMV that would change the baseline.
    await ingestItems(feed, [item('wire-two-1', 'Wire Two', 'https://wiretwo.example/gmv-30m',
      'TikTok Shop US GMV hit $30 million a day in November',
      'Creators need 1,000 followers to sell on TikTok Shop in the US, a rule unchanged since 2024.', clock.now().toISOString())],
    { store, clock }, { firstFetch: false });
    clock.advance(60_000);
    // Another outlet confirms the follower rule on its own.
    await ingestItems(feed, [item('wire-three-1', 'Wire Three', 'https://wirethree.example/creators',
      'What US creators need to sell on TikTok Shop',
      'TikTok Shop in the US still asks creators for at least 1,000 followers before they can sell.', clock.now().toISOString())],
    { store, clock }, { firstFetch: false });
    const confirmedTwice = (await store.getBaselineEntry('US', FOLLOWERS))!;
    expect(confirmedTwice.corroboration).toBe(seeded.corroboration + 2);
    expect(text(await tts('status us'))).toMatch(new RegExp(`Creators need 1,000 followers to sell[^"]*${seeded.corroboration + 2} sources`));

    const [gmv] = await store.listReports({ market: 'US', states: ['pending'] });
    expect(gmv).toMatchObject({ outlet: 'Wire Two', fact: { type: 'gmv', low_usd: 30_000_000 } });
    const answer = text(await tts(`reject ${gmv!.id}`));
    expect(answer).toMatch(/marked wrong/);
    expect(answer).toMatch(/no longer counts as confirming Creators need 1,000 followers to sell/);

    const after = (await store.getBaselineEntry('US', FOLLOWERS))!;
    // The value and its first source are as they were; Wire Two's voice is gone, Wire Three's stays.
    expect(after).toMatchObject({ fact: seeded.fact, date: seeded.date, source: seeded.source, corroboration: seeded.corroboration + 1 });
    expect(after.sources).toContain('wirethree.example');
    expect(after.sources).not.toContain('wiretwo.example');
    expect(text(await tts('status us'))).toMatch(new RegExp(`Creators need 1,000 followers to sell[^"]*${seeded.corroboration + 1} source`));
    // Its history row no longer counts either.
    expect((await store.baselineHistory('US', FOLLOWERS)).map((h) => h.itemId)).not.toContain('wire-two-1');

    // Rejecting again changes nothing more.
    expect(text(await tts(`reject ${gmv!.id}`))).toMatch(/already marked wrong/);
    expect((await store.getBaselineEntry('US', FOLLOWERS))!.corroboration).toBe(seeded.corroboration + 1);
  });
});
