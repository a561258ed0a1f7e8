import { createBenchContext } from './bench-context.ts';
import { openBenchStore } from './open-bench-store.ts';
import { benchFeed, benchFeedConfig, generateFeedXml, benchItem } from './generate-feed-xml.ts';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import { ingestItems } from '../src/app/ingest-items.ts';
const ctx = createBenchContext(true);
const { store } = await openBenchStore(ctx.tempDir('p'));
const now = new Date();
for (let i = 0; i < 40; i++) {
  const bf = benchFeed(i); const feed = benchFeedConfig(bf, 'http://127.0.0.1:1');
  const p = await parseFeedDocument(Buffer.from(generateFeedXml(bf, 50, now)), { url: feed.url, contentType: null });
  if (!p.ok) throw new Error(p.error);
  await ingestItems(feed, normaliseItems(p.items, feed, feed.title!), { store, clock: { now: () => now } }, { firstFetch: false });
}
const items = await store.itemsBetween('1970-01-01T00:00:00.000Z', '9999-01-01T00:00:00.000Z');
const byCluster = new Map<string, Set<number>>();
let storyItems = 0, taggedStory = 0, taggedOther = 0;
for (const ci of items) {
  const [, f, n] = /\/(\d+)\/(\d+)$/.exec(ci.item.link!)!.map(Number) as number[];
  const bi = benchItem(benchFeed(f!), n!, now);
  if (bi.story !== null) storyItems++;
  if (ci.classification.tags.length) { if (bi.story !== null) taggedStory++; else taggedOther++; }
  if (!ci.classification.tags.length || bi.story === null) continue;
  const s = byCluster.get(ci.clusterId) ?? new Set(); s.add(bi.story); byCluster.set(ci.clusterId, s);
}
const sizes = [...byCluster.values()].map((s) => s.size).sort((a, b) => b - a);
console.log({ items: items.length, storyItems, taggedStory, taggedOther, clusters: byCluster.size, distinctStories: new Set([...byCluster.values()].flatMap((s) => [...s])).size, biggestClusterStories: sizes.slice(0, 10) });
await store.close(); ctx.cleanup();
