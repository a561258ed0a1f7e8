// "N sources" and corroboration count outlets, as a reader would: two outlets in one Google News feed are two
// sources; one outlet reached through Google News and again through Bing is one; the outlets Google News lists as
// related coverage are sources of the story too.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { ingestItems, IngestCache } from '../../src/app/ingest-items.ts';
import { CONSOLE_SUBSCRIPTION } from '../../src/adapters/console/console-sender.ts';
import { parseFeedDocument } from '../../src/feeds/parse-feed.ts';
import { normaliseItems } from '../../src/feeds/normalise-items.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';

const now = new Date('2026-12-01T08:00:00Z');
const GOOGLE: FeedConfig = { id: 'gn', url: 'https://news.google.com/rss/search?q=%22TikTok+Shop%22', lang: 'en', markets: [], intervalMinutes: 30 };
const BING: FeedConfig = { id: 'bing', url: 'https://www.bing.com/news/search?q=tiktok+shop+mexico&format=rss', lang: 'en', markets: [], intervalMinutes: 30 };

async function itemsOf(feed: FeedConfig, file: string): Promise<Item[]> {
  const parsed = await parseFeedDocument(await readFile(new URL(`../feeds/fixtures/${file}`, import.meta.url)), { url: feed.url, contentType: null });
  if (!parsed.ok) throw new Error(parsed.error);
  return normaliseItems(parsed.items, feed, parsed.feed.title ?? feed.id);
}

async function ingest(store: SqliteStore, cache: IngestCache, feed: FeedConfig, items: Item[]) {
  await ingestItems(feed, items, { store, clock: { now: () => now }, cache, route: { implicitSubscriptions: [CONSOLE_SUBSCRIPTION] } }, { firstFetch: false });
}

async function mexicoStory(store: SqliteStore) {
  const clusters = await store.recentClusters('2026-11-01T00:00:00Z', 50);
  return clusters.filter((c) => c.markets.includes('MX'));
}

describe('counting outlets', () => {
  it('two outlets of one Google News feed are 2 sources; the same outlet again via Bing is still 2', async () => {
    const store = SqliteStore.open(':memory:');
    const cache = new IngestCache();
    const google = (await itemsOf(GOOGLE, 'google-news-search.xml')).slice(0, 2);
    await ingest(store, cache, GOOGLE, google);
    let stories = await mexicoStory(store);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.sources.map((s) => s.name)).toEqual(['Example Wire', 'Sample Ledger']);
    const registration = (await store.baselineEntries('MX')).find((e) => e.fact.type === 'launch' && /registration/.test(e.fact.what))!;
    expect(registration.corroboration).toBe(2);

    const [sameOutletViaBing] = await itemsOf(BING, 'bing-news-search.xml');
    await ingest(store, cache, BING, [sameOutletViaBing!]);
    stories = await mexicoStory(store);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.sources.map((s) => s.name)).toEqual(['Example Wire', 'Sample Ledger']);
    expect((await store.getBaselineEntry('MX', registration.key))!.corroboration).toBe(2);
    // The alert a channel saw names the outlets, never the feed.
    const alerts = (await store.list({ limit: 20 })).filter((e) => e.kind === 'alert' || e.kind === 'alert_update');
    const text = JSON.stringify(alerts.map((a) => a.message));
    expect(text).toContain('Example Wire');
    expect(text).not.toContain('Google News');
    await store.close();
  });

  it('related coverage in a Google News item makes its outlets sources of the story', async () => {
    const store = SqliteStore.open(':memory:');
    const [, , italy] = await itemsOf(GOOGLE, 'google-news-search.xml');
    await ingest(store, new IngestCache(), GOOGLE, [italy!]);
    const clusters = await store.recentClusters('2026-11-01T00:00:00Z', 50);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.sources.map((s) => s.name)).toEqual(['Demo Gazette', 'Sample Ledger', 'Harbour Daily']);
    const alert = (await store.list({ limit: 5 })).find((e) => e.kind === 'alert');
    expect(JSON.stringify(alert?.message)).toContain('3 sources');
    await store.close();
  });
});
