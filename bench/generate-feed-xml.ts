// Benchmark feeds: deterministic RSS 2.0 (and some Atom) documents built from the news templates. Item `n` of
// feed `f` is always the same text, so the feed server (a child process) and the benchmark agree without sharing
// memory, and a "new item" is simply the next `n`.
import type { Market } from '../src/core/taxonomy.ts';
import type { FeedConfig } from '../src/core/types.ts';
import { createSeededRandom, mixSeed } from './seeded-random.ts';
import { writeNewsText } from './news-templates.ts';

export interface BenchItem {
  n: number;
  guid: string;
  title: string;
  summaryHtml: string;
  link: string;
  published: Date;
  /** Story pool number when the item is TikTok Shop / e-commerce news meant to be tagged, else null. */
  story: number | null;
}

export interface BenchFeed {
  index: number;
  id: string;
  lang: 'en' | 'zh';
  title: string;
  markets: Market[];
  /** Every tenth feed is Atom, like a few real outlets. */
  atom: boolean;
}

/** Share of items that are TikTok Shop / e-commerce stories the classifier should tag. */
export const TAGGED_SHARE = 0.35;
/** Items of one feed are this far apart in time. */
const ITEM_SPACING_MS = 37 * 60_000;

const FEED_MARKETS: Market[][] = [[], [], ['US'], ['UK'], ['SEA'], ['CN'], [], ['ID']];

export function benchFeed(index: number): BenchFeed {
  const lang = index % 3 === 2 ? 'zh' : 'en';
  return {
    index,
    id: `bench-${index}`,
    lang,
    title: lang === 'zh' ? `跨境电商快讯 ${index}` : `Commerce Wire ${index}`,
    markets: FEED_MARKETS[index % FEED_MARKETS.length]!,
    atom: index % 10 === 9,
  };
}

/** The FeedConfig the app would have for this feed at `baseUrl` (e.g. http://127.0.0.1:PORT). */
export function benchFeedConfig(feed: BenchFeed, baseUrl: string, intervalMinutes = 5): FeedConfig {
  return { id: feed.id, url: `${baseUrl}/feeds/${feed.index}.xml`, lang: feed.lang, markets: feed.markets, intervalMinutes, title: feed.title };
}

/** Item `n` of `feed`, published at `published`. */
export function benchItem(feed: BenchFeed, n: number, published: Date): BenchItem {
  const words = createSeededRandom(mixSeed(feed.index, n, 7));
  const link = `https://news.bench.invalid/${feed.index}/${n}`;
  const text = writeNewsText(words, (story) => createSeededRandom(mixSeed(story, 99)), feed.lang === 'zh', link, TAGGED_SHARE);
  return { n, guid: `bench-${feed.index}-${n}`, title: text.title, summaryHtml: text.summaryHtml, link, published, story: text.story ?? null };
}

/** Items first..last-1 of a feed, the last one published at `newest`, older ones spaced back in time. */
export function benchItems(feed: BenchFeed, first: number, last: number, newest: Date): BenchItem[] {
  const out: BenchItem[] = [];
  for (let n = last - 1; n >= first; n--) out.push(benchItem(feed, n, new Date(newest.getTime() - (last - 1 - n) * ITEM_SPACING_MS)));
  return out;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The feed document, newest item first. */
export function renderFeedXml(feed: BenchFeed, items: BenchItem[]): string {
  if (feed.atom) {
    const entries = items.map((i) => `  <entry>\n    <title>${esc(i.title)}</title>\n    <link href="${i.link}"/>\n    <id>urn:bench:${i.guid}</id>\n    <updated>${i.published.toISOString()}</updated>\n    <summary type="html">${esc(i.summaryHtml)}</summary>\n  </entry>`);
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>${esc(feed.title)}</title>\n  <id>urn:bench:feed:${feed.index}</id>\n  <updated>${(items[0]?.published ?? new Date(0)).toISOString()}</updated>\n${entries.join('\n')}\n</feed>\n`;
  }
  const entries = items.map((i) => `    <item>\n      <title>${esc(i.title)}</title>\n      <link>${i.link}</link>\n      <guid isPermaLink="false">${i.guid}</guid>\n      <pubDate>${i.published.toUTCString()}</pubDate>\n      <description><![CDATA[${i.summaryHtml}]]></description>\n    </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>${esc(feed.title)}</title>\n    <link>https://news.bench.invalid/${feed.index}</link>\n    <description>Benchmark feed</description>\n${entries.join('\n')}\n  </channel>\n</rss>\n`;
}

/** A whole document: items 0..count-1, newest at `newest`. */
export function generateFeedXml(feed: BenchFeed, count: number, newest: Date): string {
  return renderFeedXml(feed, benchItems(feed, 0, count, newest));
}
