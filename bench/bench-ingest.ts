// Section 1: the same feed documents through (a) rss-parser alone and (b) our whole ingest: parseFeedDocument +
// normaliseItems + ingestItems (dedup, classify, compare, cluster, route to the outbox, store in SQLite).
import Parser from 'rss-parser';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import { IngestCache, ingestItems } from '../src/app/ingest-items.ts';
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
  /** Steady state: the same documents again, every item already stored (parse, normalise, dedup). */
  pipeline_known_items_per_s: number;
  ratio_known_items: number;
  /** Experiment: one transaction per feed around ingestItems. */
  pipeline_tx_per_feed_items_per_s: number;
  ratio_tx_per_feed: number;
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

/** The store's connection, for the one-transaction-per-feed experiment only (it is private to SqliteStore). */
type RawDb = { exec(sql: string): void; inTransaction: boolean };

interface PipelineTotals { items: number; fresh: number; tagged: number; alerts: number }

async function ingestDocs(docs: Doc[], store: Awaited<ReturnType<typeof openBenchStore>>['store'], db: RawDb | undefined): Promise<PipelineTotals> {
  const totals = { items: 0, fresh: 0, tagged: 0, alerts: 0 };
  const cache = new IngestCache();
  for (const d of docs) {
    if (db && !db.inTransaction) db.exec('BEGIN IMMEDIATE');
    const parsed = await parseFeedDocument(d.body, { url: d.feed.url, contentType: 'application/rss+xml; charset=utf-8' });
    if (!parsed.ok) throw new Error(`parse failed for ${d.feed.id}: ${parsed.error}`);
    const items = normaliseItems(parsed.items, d.feed, d.feed.title ?? parsed.feed.title ?? d.feed.id);
    // One cache for all feeds, as FeedPoller keeps one (baseline and recent clusters stay in memory).
    const r = await ingestItems(d.feed, items, { store, clock: fixedClock, cache, route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] } }, { firstFetch: false });
    totals.items += items.length;
    totals.fresh += r.fresh;
    totals.tagged += r.tagged;
    totals.alerts += r.alertsQueued;
    if (db?.inTransaction) db.exec('COMMIT');
  }
  return totals;
}

/**
 * The documents through the whole ingest into a fresh store; with `again`, a second pass over the same documents
 * (every item already stored: parse, normalise and dedup only, the steady state of a feed polled again) is timed too.
 */
async function runPipeline(docs: Doc[], ctx: BenchContext, label: string, opts: { transactionPerFeed?: boolean; again?: boolean } = {}) {
  const { store } = await openBenchStore(ctx.tempDir(label));
  const db = opts.transactionPerFeed ? (store as unknown as { db?: RawDb }).db : undefined;
  if (opts.transactionPerFeed && !db) throw new Error('the store exposes no connection for the transaction experiment');
  try {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const first = await ingestDocs(docs, store, db);
    const cpu = process.cpuUsage(cpu0);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    let againSeconds = NaN;
    if (opts.again) {
      const t1 = process.hrtime.bigint();
      await ingestDocs(docs, store, db);
      againSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    }
    return { ...first, seconds, cpuS: (cpu.user + cpu.system) / 1e6, againSeconds };
  } finally {
    if (db?.inTransaction) db.exec('ROLLBACK');
    await store.close();
  }
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
  const totals = await runPipeline(docs, ctx, 'ingest', { again: true });
  const bS = totals.seconds;

  // Experiment: the same with BEGIN/COMMIT around each feed's ingest, to size the gain of one write transaction
  // per feed (SqliteStore does not offer it yet; see docs/BENCHMARKS.md).
  ctx.progress('ingest: (b′) the same with one SQLite transaction per feed (experiment)');
  const wrapped = await runPipeline(docs, ctx, 'ingest-tx', { transactionPerFeed: true });
  const cS = wrapped.seconds;

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
    pipeline_cpu_s: Number(totals.cpuS.toFixed(3)),
    pipeline_known_items_per_s: Math.round(totals.items / totals.againSeconds),
    ratio_known_items: Number((totals.items / totals.againSeconds / a).toFixed(3)),
    fresh_items: totals.fresh,
    tagged_items: totals.tagged,
    alerts_queued: totals.alerts,
    pipeline_tx_per_feed_items_per_s: Math.round(wrapped.items / cS),
    ratio_tx_per_feed: Number((wrapped.items / cS / a).toFixed(3)),
  };
  const table = formatTable(`1. Ingest — ${docs.length} feeds × ${ingestItemsPerFeed} items (${totals.items.toLocaleString('en')} items)`,
    ['path', 'seconds', 'items/s', 'goal', 'verdict'], [
      ['(a) rss-parser parseString only', aS, a, null, null],
      ['(b) parse + normalise + ingest (SQLite)', bS, b, null, null],
      ['ratio b/a', null, figures.ratio, '≥ 0.5', verdictAtLeast(figures.ratio, 0.5)],
      ['(b′) = (b) + one transaction per feed (experiment)', cS, wrapped.items / cS, null, null],
      ['ratio b′/a', null, figures.ratio_tx_per_feed, '≥ 0.5', verdictAtLeast(figures.ratio_tx_per_feed, 0.5)],
      ['(b″) = (b) again, every item already stored', totals.againSeconds, totals.items / totals.againSeconds, null, null],
      ['ratio b″/a', null, figures.ratio_known_items, '(info)', null],
    ]) + `\n\n(b) stored ${totals.fresh.toLocaleString('en')} new items, ${totals.tagged.toLocaleString('en')} tagged, ${totals.alerts.toLocaleString('en')} alerts queued; CPU ${figures.pipeline_cpu_s} s.`;
  return { figures, table };
}
