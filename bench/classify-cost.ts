// CPU per item of classifyItem alone, on the bench's generated items (as the ingest sees them: generated feed,
// parsed, normalised) and on the work set (train without the lockbox, plus dev: `node --import tsx
// scripts/write-work-set.ts` first). With `--out FILE` it also writes each item's classification as JSON lines, so
// two versions of the classifier can be compared item by item; with `--inputs FILE`, the items it classified.
//   node --import tsx bench/classify-cost.ts [--feeds 60] [--work /tmp/tts-work-set.jsonl] [--out /tmp/cls.jsonl]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyItem, type ClassifyInput } from '../src/core/classify/classify-item.ts';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import type { Market } from '../src/core/taxonomy.ts';
import { benchFeed, benchFeedConfig, generateFeedXml } from './generate-feed-xml.ts';

interface Case { id: string; input: ClassifyInput; feedMarkets: Market[] }

const { values } = parseArgs({ options: { feeds: { type: 'string', default: '60' }, work: { type: 'string', default: '/tmp/tts-work-set.jsonl' }, out: { type: 'string' }, inputs: { type: 'string' }, rounds: { type: 'string', default: '5' } } });

async function benchCases(feeds: number): Promise<Case[]> {
  const out: Case[] = [];
  for (let i = 0; i < feeds; i++) {
    const bf = benchFeed(i);
    const feed = benchFeedConfig(bf, 'http://127.0.0.1:1');
    const xml = generateFeedXml(bf, 50, new Date('2025-06-10T12:00:00Z'));
    const parsed = await parseFeedDocument(Buffer.from(xml, 'utf8'), { url: feed.url, contentType: 'application/rss+xml; charset=utf-8' });
    if (!parsed.ok) throw new Error(parsed.error);
    for (const item of normaliseItems(parsed.items, feed, feed.title ?? feed.id)) {
      out.push({ id: item.id, input: { title: item.title, text: item.summary, lang: item.lang, published: item.published }, feedMarkets: feed.markets });
    }
  }
  return out;
}

function workCases(path: string): Case[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const it = JSON.parse(l) as { id: string; title: string | null; text: string; lang: 'en' | 'zh'; published?: string | null };
    return { id: it.id, input: { title: it.title, text: it.text, lang: it.lang, published: it.published ?? null }, feedMarkets: [] };
  });
}

/** Best of `rounds` passes (CPU µs per item): the least disturbed by other work on the machine. */
function cost(cases: Case[], rounds: number): { best: number; median: number } {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const c of cases) classifyItem(c.input, { feedMarkets: c.feedMarkets });
    const c1 = process.cpuUsage(c0);
    runs.push((c1.user + c1.system) / cases.length);
  }
  runs.sort((a, b) => a - b);
  return { best: runs[0]!, median: runs[Math.floor(runs.length / 2)]! };
}

const bench = await benchCases(Number(values.feeds));
const work = workCases(values.work!);
const rounds = Number(values.rounds);
// Warm-up: JIT-compile every path before timing.
cost(bench, 1);
if (work.length) cost(work, 1);
for (const [name, cases] of [['bench items', bench], ['work-set items', work]] as const) {
  if (!cases.length) continue;
  const { best, median } = cost(cases, rounds);
  const tagged = cases.filter((c) => classifyItem(c.input, { feedMarkets: c.feedMarkets }).tags.length > 0).length;
  console.log(`${name}: ${cases.length} items (${tagged} tagged): classifyItem CPU ${best.toFixed(0)} µs/item best of ${rounds}, median ${median.toFixed(0)}`);
}
if (values.inputs) {
  writeFileSync(values.inputs, [...bench.map((c) => ({ ...c, set: 'bench' })), ...work.map((c) => ({ ...c, set: 'work' }))].map((c) => JSON.stringify(c)).join('\n') + '\n');
}
if (values.out) {
  const lines = [...bench.map((c) => ({ ...c, set: 'bench' })), ...work.map((c) => ({ ...c, set: 'work' }))]
    .map((c) => JSON.stringify({ set: c.set, id: c.id, ...classifyItem(c.input, { feedMarkets: c.feedMarkets }) }));
  writeFileSync(values.out, lines.join('\n') + '\n');
  console.log(`${values.out}: ${lines.length} classifications`);
}
