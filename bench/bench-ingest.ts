// Section 1: the same feed documents through (a) rss-parser alone and (b) our whole ingest: parseFeedDocument +
// normaliseItems + ingestItems (dedup, classify, compare, cluster, route to the outbox, store in SQLite).
import Parser from 'rss-parser';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import { ingestItems } from '../src/app/ingest-items.ts';
import type { Clock } from '../src/core/ports.ts';
import type { FeedConfig } from '../src/core/types.ts';
import { benchFeed, benchFeedConfig, generateFeedXml } from './generate-feed-xml.ts';
import { openBenchStore } from './open-bench-store.ts';
import { BENCH_SUBSCRIPTION, type BenchContext } from './bench-context.ts';
import { formatTable, verdictAtLeast } from './format-table.ts';

export interface IngestFigures {
  rss_parser_items_per_s: number;
  pipeline_items_per_s: number;
  ratio: number;
  feeds: number;
  items: number;
  rss_parser_s: number;
  pipeline_s: number;
  pipeline_cpu_s: number;
  fresh_items: number;
  tagged_items: number;
  alerts_queued: number;
}

interface Doc { feed: FeedConfig; xml: string; body: Buffer }

const NOW = new Date('2025-06-10T12:00:00Z');
const fixedClock: Clock = { now: () => NOW };

function makeDocs(first: number, count: number, itemsPerFeed: number): Doc[] {
  const docs: Doc[] = [];
  for (let i = first; i < first + count; i++) {
    const bf = benchFeed(i);
    const xml = generateFeedXml(bf, itemsPerFeed, new Date(NOW.getTime() - (i % 97) * 60_000));
    docs.push({ feed: benchFeedConfig(bf, 'http://127.0.0.1:1'), xml, body: Buffer.from(xml, 'utf8') });
  }
  return docs;
}

async function runRssParser(docs: Doc[]): Promise<number> {
  const parser = new Parser();
  let items = 0;
  for (const d of docs) items += (await parser.parseString(d.xml)).items.length;
  return items;
}

async function runPipeline(docs: Doc[], ctx: BenchContext, label: string) {
  const { store } = await openBenchStore(ctx.tempDir(label));
  const totals = { items: 0, fresh: 0, tagged: 0, alerts: 0 };
  try {
    for (const d of docs) {
      const parsed = await parseFeedDocument(d.body, { url: d.feed.url, contentType: 'application/rss+xml; charset=utf-8' });
      if (!parsed.ok) throw new Error(`parse failed for ${d.feed.id}: ${parsed.error}`);
      const items = normaliseItems(parsed.items, d.feed, d.feed.title ?? parsed.feed.title ?? d.feed.id);
      const r = await ingestItems(d.feed, items, { store, clock: fixedClock, route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] } }, { firstFetch: false });
      totals.items += items.length;
      totals.fresh += r.fresh;
      totals.tagged += r.tagged;
      totals.alerts += r.alertsQueued;
    }
  } finally {
    await store.close();
  }
  return totals;
}

export async function benchIngest(ctx: BenchContext): Promise<{ figures: IngestFigures; table: string }> {
  const { ingestFeeds, ingestItemsPerFeed } = ctx.sizes;
  ctx.progress(`ingest: generating ${ingestFeeds} feeds × ${ingestItemsPerFeed} items`);
  const docs = makeDocs(0, ingestFeeds, ingestItemsPerFeed);
  // Warm-up on other feeds, so both sides are measured with JIT-compiled code.
  const warm = makeDocs(100_000, Math.min(20, ingestFeeds), ingestItemsPerFeed);
  await runRssParser(warm);
  await runPipeline(warm, ctx, 'ingest-warm');

  ctx.progress('ingest: (a) rss-parser parseString');
  const a0 = process.hrtime.bigint();
  const parsedItems = await runRssParser(docs);
  const aS = Number(process.hrtime.bigint() - a0) / 1e9;

  ctx.progress('ingest: (b) parseFeedDocument + normaliseItems + ingestItems into SQLite');
  const cpu0 = process.cpuUsage();
  const b0 = process.hrtime.bigint();
  const totals = await runPipeline(docs, ctx, 'ingest');
  const bS = Number(process.hrtime.bigint() - b0) / 1e9;
  const cpu = process.cpuUsage(cpu0);

  const a = parsedItems / aS;
  const b = totals.items / bS;
  const figures: IngestFigures = {
    rss_parser_items_per_s: Math.round(a),
    pipeline_items_per_s: Math.round(b),
    ratio: Number((b / a).toFixed(3)),
    feeds: docs.length,
    items: totals.items,
    rss_parser_s: Number(aS.toFixed(3)),
    pipeline_s: Number(bS.toFixed(3)),
    pipeline_cpu_s: Number(((cpu.user + cpu.system) / 1e6).toFixed(3)),
    fresh_items: totals.fresh,
    tagged_items: totals.tagged,
    alerts_queued: totals.alerts,
  };
  const table = formatTable(`1. Ingest — ${docs.length} feeds × ${ingestItemsPerFeed} items (${totals.items.toLocaleString('en')} items)`,
    ['path', 'seconds', 'items/s', 'goal', 'verdict'], [
      ['(a) rss-parser parseString only', aS, a, null, null],
      ['(b) parse + normalise + ingest (SQLite)', bS, b, null, null],
      ['ratio b/a', null, figures.ratio, '≥ 0.5', verdictAtLeast(figures.ratio, 0.5)],
    ]) + `\n\n(b) stored ${totals.fresh.toLocaleString('en')} new items, ${totals.tagged.toLocaleString('en')} tagged, ${totals.alerts.toLocaleString('en')} alerts queued; CPU ${figures.pipeline_cpu_s} s.`;
  return { figures, table };
}
