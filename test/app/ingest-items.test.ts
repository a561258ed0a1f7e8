// Clustering as a channel sees it: one story from two outlets is one alert with 2 sources; look-alike stories
// about other markets or with other figures stay separate alerts.
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ingestItems, IngestCache } from '../../src/app/ingest-items.ts';
import { CONSOLE_SUBSCRIPTION } from '../../src/adapters/console/console-sender.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';

const now = new Date('2026-06-01T12:00:00Z');
const feed: FeedConfig = { id: 'wire', url: 'http://127.0.0.1/feed', lang: 'en', markets: [], intervalMinutes: 5 };
const item = (id: string, source: string, title: string, summary: string): Item => ({
  id, feedId: feed.id, title, summary, link: `http://127.0.0.1/${id}`, published: now.toISOString(), lang: 'en', source,
});

async function run(items: Item[]) {
  const store = SqliteStore.open(':memory:');
  const deps = { store, clock: { now: () => now }, cache: new IngestCache(), route: { implicitSubscriptions: [CONSOLE_SUBSCRIPTION] } };
  for (const i of items) await ingestItems(feed, [i], deps, { firstFetch: false });
  const entries = await store.list({ limit: 50 });
  await store.close();
  return entries;
}

describe('story clusters', () => {
  it('two outlets rewriting one story make one alert, then an edit listing 2 sources', async () => {
    const entries = await run([
      item('a', 'Retail Wire', 'TikTok Shop launches in Spain and Ireland', 'TikTok Shop will open to shoppers in Spain and Ireland next month, the company said.'),
      item('b', 'Seller News', 'TikTok Shop to launch in Ireland and Spain next month', 'The company said TikTok Shop opens for shoppers in Ireland and Spain next month.'),
    ]);
    expect(entries.filter((e) => e.kind === 'alert')).toHaveLength(1);
    const update = entries.find((e) => e.kind === 'alert_update');
    expect(JSON.stringify(update?.message)).toContain('2 sources');
  });

  it('the same wording about another market, or another figure, is another story', async () => {
    const entries = await run([
      item('a', 'Retail Wire', 'TikTok Shop daily GMV in Indonesia hits $20 million', 'TikTok Shop sales in Indonesia reached about $20 million a day, people familiar said.'),
      item('b', 'Retail Wire', 'TikTok Shop daily GMV in Thailand hits $20 million', 'TikTok Shop sales in Thailand reached about $20 million a day, people familiar said.'),
      item('c', 'Seller News', 'TikTok Shop daily GMV in Indonesia hits $35 million', 'TikTok Shop sales in Indonesia reached about $35 million a day, people familiar said.'),
    ]);
    expect(entries.filter((e) => e.kind === 'alert')).toHaveLength(3);
  });
});
