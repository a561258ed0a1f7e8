// Fills a SQLite store with N classified items fast, for the command benchmark. The rows are real pipeline
// output: a few thousand generated feed items go through parseFeedDocument → normaliseItems → ingestItems into a
// scratch store, and those classified items (with their clusters and baseline comparisons) are replicated with
// new ids over the past year by bulk SQL against the store's own schema (src/store/sqlite/migrations.ts), in
// transactions of 20,000 rows. The result is then opened with SqliteStore.open, like the bot opens it.
import Database from 'better-sqlite3';
import path from 'node:path';
import { runMigrations } from '../src/store/sqlite/migrations.ts';
import { itemSortTime } from '../src/store/store-rows.ts';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import { ingestItems } from '../src/app/ingest-items.ts';
import type { ClassifiedItem, Cluster } from '../src/core/types.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { benchFeed, benchFeedConfig, generateFeedXml } from './generate-feed-xml.ts';
import { openBenchStore } from './open-bench-store.ts';
import { createSeededRandom } from './seeded-random.ts';
import { BENCH_SUBSCRIPTION, type BenchContext } from './bench-context.ts';

const TEMPLATE_FEEDS = 60;
const TEMPLATE_ITEMS_PER_FEED = 50;
const SPAN_MS = 365 * 86_400_000;
const BATCH = 20_000;
/** Tagged items per story, on average. */
const ITEMS_PER_CLUSTER = 2;

interface Templates { items: ClassifiedItem[]; clusters: Map<string, Cluster> }

async function makeTemplates(ctx: BenchContext, now: Date): Promise<Templates> {
  const { store } = await openBenchStore(ctx.tempDir('templates'));
  try {
    const clock = { now: () => now };
    for (let i = 0; i < TEMPLATE_FEEDS; i++) {
      const bf = benchFeed(50_000 + i);
      const feed = benchFeedConfig(bf, 'http://127.0.0.1:1');
      const parsed = await parseFeedDocument(Buffer.from(generateFeedXml(bf, TEMPLATE_ITEMS_PER_FEED, now)), { url: feed.url, contentType: 'application/rss+xml' });
      if (!parsed.ok) throw new Error(`template feed ${feed.id}: ${parsed.error}`);
      await ingestItems(feed, normaliseItems(parsed.items, feed, feed.title ?? feed.id), { store, clock, route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] } }, { firstFetch: false });
    }
    const items = await store.itemsBetween('1970-01-01T00:00:00.000Z', '9999-01-01T00:00:00.000Z');
    const clusters = new Map<string, Cluster>();
    for (const ci of items) {
      const c = ci.classification.tags.length ? await store.getCluster(ci.clusterId) : null;
      if (c) clusters.set(c.id, c);
    }
    return { items, clusters };
  } finally {
    await store.close();
  }
}

/** Writes `n` items (and their item_tags, clusters and baseline history) ending at `now`; returns the count. */
function bulkInsert(file: string, t: Templates, n: number, now: Date, progress: (s: string) => void): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  runMigrations(db);
  const insItem = db.prepare(`INSERT INTO items (id, feed_id, title, summary, link, published, lang, source, fetched_at, sort_time,
    cluster_id, severity, tags, markets, facts, comparisons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insTag = db.prepare('INSERT OR IGNORE INTO item_tags (market, tag, sort_time, item_id) VALUES (?, ?, ?, ?)');
  const insCluster = db.prepare('INSERT OR REPLACE INTO clusters (id, first_seen, last_seen, data) VALUES (?, ?, ?, ?)');
  const insHistory = db.prepare(`INSERT INTO baseline_history (market, key, fact, date, source, label, corroboration, item_id, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // The JSON columns of each template, serialised once.
  const pre = t.items.map((ci) => ({
    ci,
    tags: JSON.stringify(ci.classification.tags),
    markets: JSON.stringify(ci.classification.markets),
    facts: JSON.stringify(ci.classification.facts),
    comparisons: JSON.stringify(ci.comparisons),
    cluster: t.clusters.get(ci.clusterId) ?? null,
  }));
  const rnd = createSeededRandom(4242);
  let tagged = 0;
  const start = now.getTime() - SPAN_MS;
  const writeBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const p = pre[i % pre.length]!;
      const { item, classification } = p.ci;
      const fetchedAt = new Date(start + Math.floor(((i + 1) * SPAN_MS) / n)).toISOString();
      const published = new Date(Date.parse(fetchedAt) - Math.floor(rnd.next() * 3 * 3600_000)).toISOString();
      const id = `big-${i}`;
      const sortTime = itemSortTime(published, fetchedAt);
      const isTagged = classification.tags.length > 0;
      const clusterId = isTagged ? `big-c-${Math.floor(tagged++ / ITEMS_PER_CLUSTER)}` : id;
      insItem.run(id, item.feedId, item.title, item.summary, item.link, published, item.lang, item.source, fetchedAt, sortTime,
        clusterId, p.ci.severity, p.tags, p.markets, p.facts, p.comparisons);
      if (!isTagged) continue;
      for (const market of ['*', ...new Set(classification.markets)]) {
        for (const tag of ['*', ...new Set(classification.tags)]) insTag.run(market, tag, sortTime, id);
      }
      if (p.cluster) {
        const c: Cluster = { ...p.cluster, id: clusterId, firstSeen: fetchedAt, lastSeen: fetchedAt };
        insCluster.run(clusterId, fetchedAt, fetchedAt, JSON.stringify(c));
      }
      for (const cmp of p.ci.comparisons) {
        if (!cmp.fact.market) continue;
        insHistory.run(cmp.fact.market, cmp.key, JSON.stringify(cmp.fact), fetchedAt.slice(0, 10), item.link ?? item.source,
          cmp.previous?.label ?? null, cmp.status === 'confirms' ? (cmp.previous?.corroboration ?? 1) + 1 : 1, id, fetchedAt);
      }
    }
  });
  for (let from = 0; from < n; from += BATCH) {
    writeBatch(from, Math.min(n, from + BATCH));
    if ((from / BATCH) % 10 === 0) progress(`commands: ${from.toLocaleString('en')} / ${n.toLocaleString('en')} items written`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  return n;
}

/** A store holding `n` items whose newest is at `now` (a fixed instant, so digests of the last week are full). */
export async function fillBigStore(ctx: BenchContext, n: number): Promise<{ store: SqliteStore; now: Date; stored: number }> {
  const now = new Date();
  ctx.progress(`commands: classifying ${TEMPLATE_FEEDS * TEMPLATE_ITEMS_PER_FEED} template items through the real pipeline`);
  const templates = await makeTemplates(ctx, now);
  if (templates.items.length === 0) throw new Error('the template ingest stored no items');
  const file = path.join(ctx.tempDir('big-store'), 'big.sqlite');
  ctx.progress(`commands: bulk-writing ${n.toLocaleString('en')} items (${templates.items.filter((i) => i.classification.tags.length).length} tagged templates of ${templates.items.length})`);
  const stored = bulkInsert(file, templates, n, now, ctx.progress);
  const { store } = await openBenchStore(path.dirname(file), path.basename(file));
  // The history written above needs latest values for the same subjects, as the running bot would have them.
  for (const ci of templates.items) {
    for (const c of ci.comparisons) {
      if (c.fact.market) await store.applyComparison(c, { date: now.toISOString().slice(0, 10), source: ci.item.link ?? ci.item.source, itemId: ci.item.id });
    }
  }
  return { store, now, stored };
}
