// CPU of each step of the ingest bench's pass (b): the same generated feeds through parseFeedDocument +
// normaliseItems + ingestItems into a fresh SQLite store, with process.cpuUsage around parsing, normalising, each
// store call and the batch commit; classifyItem is timed on the same items apart (it is pure), and what remains of
// ingestItems is the use case's own work (candidate scan, fingerprints, comparisons, alert messages).
//   node --import tsx bench/ingest-steps.ts [--feeds 500] [--items 50] [--contents FILE: a hash per table of the store left]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import { IngestCache, ingestItems } from '../src/app/ingest-items.ts';
import { classifyItem } from '../src/core/classify/classify-item.ts';
import type { Clock } from '../src/core/ports.ts';
import type { FeedConfig, Item } from '../src/core/types.ts';
import { benchFeed, benchFeedConfig, generateFeedXml } from './generate-feed-xml.ts';
import { openBenchStore } from './open-bench-store.ts';
import { BENCH_SUBSCRIPTION, createBenchContext } from './bench-context.ts';

const { values } = parseArgs({ options: { feeds: { type: 'string', default: '500' }, items: { type: 'string', default: '50' }, contents: { type: 'string' } } });

/** One hash per table of all its rows (sorted; recorded_at is the wall clock's): two versions of the ingest must leave the same store. */
function contentsDigest(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return tables.map(({ name }) => {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify({ ...(r as object), recorded_at: undefined })).sort();
    return `${name} ${rows.length} ${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}\n`;
  }).join('');
}
const NOW = new Date('2025-06-10T12:00:00Z');
const clock: Clock = { now: () => NOW };

function docs(first: number, count: number, perFeed: number): { feed: FeedConfig; body: Buffer }[] {
  return Array.from({ length: count }, (_, k) => {
    const bf = benchFeed(first + k);
    const xml = generateFeedXml(bf, perFeed, new Date(NOW.getTime() - ((first + k) % 97) * 60_000));
    return { feed: benchFeedConfig(bf, 'http://127.0.0.1:1'), body: Buffer.from(xml, 'utf8') };
  });
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** Wraps every method of the store (and its connection's exec, where COMMIT runs) with a CPU counter. */
function meter(store: object, db: { exec(sql: string): unknown }, steps: Map<string, { ms: number; calls: number }>) {
  const add = (name: string, c0: NodeJS.CpuUsage) => {
    const s = steps.get(name) ?? { ms: 0, calls: 0 };
    s.ms += cpuMs(process.cpuUsage(c0)); s.calls++; steps.set(name, s);
  };
  const proto = Object.getPrototypeOf(store) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const f = proto[name];
    if (name === 'constructor' || name === 'runInBatch' || name === 'finishBatch' || typeof f !== 'function') continue;
    (store as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const c0 = process.cpuUsage();
      try { return await (f as (...a: unknown[]) => unknown).apply(store, args); } finally { add(`store.${name}`, c0); }
    };
  }
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => { const c0 = process.cpuUsage(); try { return exec(sql); } finally { add(`exec ${sql.split(' ')[0]}`, c0); } };
}

async function pass(list: { feed: FeedConfig; body: Buffer }[], label: string, report: boolean) {
  const ctx = createBenchContext(true);
  const { store } = await openBenchStore(ctx.tempDir(label));
  const steps = new Map<string, { ms: number; calls: number }>();
  meter(store, (store as unknown as { db: { exec(sql: string): unknown } }).db, steps);
  const cache = new IngestCache();
  let parseMs = 0, normMs = 0, ingestMs = 0, items = 0;
  const all: { item: Item; feed: FeedConfig }[] = [];
  const t0 = process.cpuUsage();
  for (const d of list) {
    let c = process.cpuUsage();
    const parsed = await parseFeedDocument(d.body, { url: d.feed.url, contentType: 'application/rss+xml; charset=utf-8' });
    if (!parsed.ok) throw new Error(parsed.error);
    parseMs += cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    const its = normaliseItems(parsed.items, d.feed, d.feed.title ?? parsed.feed.title ?? d.feed.id);
    normMs += cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    await ingestItems(d.feed, its, { store, clock, cache, route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] } }, { firstFetch: false });
    ingestMs += cpuMs(process.cpuUsage(c));
    items += its.length;
    for (const item of its) all.push({ item, feed: d.feed });
  }
  const totalMs = cpuMs(process.cpuUsage(t0));
  if (report && values.contents) writeFileSync(values.contents, contentsDigest((store as unknown as { db: Database.Database }).db));
  await store.close();
  ctx.cleanup();
  const c = process.cpuUsage();
  for (const { item, feed } of all) classifyItem({ title: item.title, text: item.summary, lang: item.lang, published: item.published }, { feedMarkets: feed.markets });
  const classifyMs = cpuMs(process.cpuUsage(c));
  if (!report) return;
  const storeMs = [...steps.values()].reduce((s, v) => s + v.ms, 0);
  const row = (name: string, ms: number, calls?: number) =>
    console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms ${(ms / items * 1000).toFixed(0).padStart(6)} µs/item${calls ? `  ${calls} calls, ${(ms / calls * 1000).toFixed(0)} µs/call` : ''}`);
  console.log(`${list.length} feeds, ${items} items, CPU ${totalMs.toFixed(0)} ms in all`);
  row('parseFeedDocument', parseMs);
  row('normaliseItems', normMs);
  row('ingestItems (all of it)', ingestMs);
  row('  classifyItem (timed apart)', classifyMs);
  row('  store calls + exec', storeMs);
  for (const [name, s] of [...steps].sort((a, b) => b[1].ms - a[1].ms)) row(`    ${name}`, s.ms, s.calls);
  row('  the rest of ingestItems', ingestMs - classifyMs - storeMs);
}

const feeds = Number(values.feeds), perFeed = Number(values.items);
await pass(docs(100_000, 20, perFeed), 'steps-warm', false);
await pass(docs(0, feeds, perFeed), 'steps', true);
