// Aggregator feeds as a reader meets them: each story is credited to the outlet that wrote it, with the headline
// as the outlet wrote it and a link to the outlet's page where the aggregator's link gives it away.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../../src/feeds/parse-feed.ts';
import { normaliseItems } from '../../src/feeds/normalise-items.ts';
import type { FeedConfig, Item } from '../../src/core/types.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

async function itemsOf(name: string, url: string): Promise<Item[]> {
  const parsed = await parseFeedDocument(await readFile(fixture(name)), { url, contentType: 'application/rss+xml; charset=utf-8' });
  if (!parsed.ok) throw new Error(parsed.error);
  const feed: FeedConfig = { id: name, url, lang: 'en', markets: [], intervalMinutes: 30 };
  return normaliseItems(parsed.items, feed, parsed.feed.title ?? name);
}

describe('Google News search feed', () => {
  const url = 'https://news.google.com/rss/search?q=%22TikTok+Shop%22&hl=en-US&gl=US&ceid=US:en';

  it('credits each story to its outlet, not to the feed, and takes " - Outlet" off the headline', async () => {
    const items = await itemsOf('google-news-search.xml', url);
    expect(items.map((i) => [i.source, i.title])).toEqual([
      ['Example Wire', 'TikTok Shop opens seller registration in Mexico ahead of January launch'],
      ['Sample Ledger', 'TikTok Shop to open Mexico seller registration before January launch'],
      ['Demo Gazette', 'Cross-border sellers - TikTok Shop will launch in Italy next month'],
    ]);
    expect(items.map((i) => i.sourceUrl)).toEqual(['https://www.example-wire.com/', 'https://www.sample-ledger.com/', 'https://www.demo-gazette.co.uk/']);
  });

  it('links to the publisher when the article id embeds its URL, and keeps the Google link when it does not', async () => {
    const [a, b, c] = await itemsOf('google-news-search.xml', url);
    expect(a!.link).toBe('https://www.example-wire.com/business/tiktok-shop-mexico-sellers-2026-11-30/');
    expect(c!.link).toBe('https://www.demo-gazette.co.uk/news/tiktok-shop-uk-fee-change-20261130');
    expect(b!.link).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMiQEFVX3lx/);
  });

  it('reads the related coverage as further outlets of the same story, and no coverage markup as text', async () => {
    const [a, , c] = await itemsOf('google-news-search.xml', url);
    expect(c!.relatedOutlets).toEqual([
      { name: 'Sample Ledger', url: 'https://www.sample-ledger.com/tech/tiktok-shop-mexico-registration' },
      { name: 'Harbour Daily', url: null },
    ]);
    expect(a!.relatedOutlets).toBeUndefined();
    // The description only repeated the headline and the outlet: nothing to classify twice.
    expect(a!.summary).toBe('');
    expect(c!.summary).toBe('');
  });
});

describe('Bing News search feed', () => {
  const url = 'https://www.bing.com/news/search?q=tiktok+shop+mexico&format=rss';

  it('credits News:Source, recovers the publisher link from the click-through, and keeps a link it cannot unwrap', async () => {
    const [a, b] = await itemsOf('bing-news-search.xml', url);
    expect(a!.source).toBe('Example Wire');
    expect(a!.link).toBe('https://www.example-wire.com/business/tiktok-shop-mexico-sellers-2026-11-30/?utm_source=bing');
    expect(a!.sourceUrl).toBe(a!.link);
    expect(a!.summary).toContain('Merchants in Mexico can now sign up');
    // "X on MSN" is X's story syndicated; the click-through without url= stays as it is.
    expect(b!.source).toBe('Northside Post');
    expect(b!.link).toMatch(/^http:\/\/www\.bing\.com\/news\/apiclick\.aspx\?/);
    expect(b!.sourceUrl).toBeNull();
  });
});

describe('feeds whose entries carry a <source>', () => {
  it('Atom <source> gives the outlet name and site; a " | Outlet" suffix naming it leaves the title', async () => {
    const [e] = await itemsOf('atom-with-sources.xml', 'https://planet.example.org/atom.xml');
    expect(e!.source).toBe('Harbour Daily');
    expect(e!.sourceUrl).toBe('https://www.harbour-daily.com/');
    expect(e!.title).toBe('TikTok Shop launches in Italy with local sellers');
    expect(e!.link).toBe('https://www.harbour-daily.com/2026/11/30/tiktok-shop-italy');
  });

  it('RSS <source url> credits the outlet; an entry without one stays the feed\'s, its dash kept', async () => {
    const [a, b] = await itemsOf('rss-with-sources.xml', 'https://roundup.example.net/rss');
    expect([a!.source, a!.sourceUrl, a!.title]).toEqual(['Northside Post', 'https://northside-post.example.com/rss.xml', 'TikTok Shop launches in Italy with local sellers']);
    expect([b!.source, b!.title]).toEqual(['Retail links roundup', 'Live shopping - the next big thing']);
  });
});
