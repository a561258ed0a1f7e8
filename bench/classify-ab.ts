// Old and new classifyItem in one process: the same output item by item (a hash of the JSON outputs per set), and
// CPU per item with the two versions alternating on the same items. "Old" is a copy of another commit's src/ (for
// example `git archive main src | tar -x -C /tmp/base` with node_modules linked beside it). The sets: the bench's
// generated items (as the ingest sees them), train.jsonl without the lockbox (dropped before parsing) + dev.jsonl,
// every docs/eval/*.jsonl, the items of ../shared/corpora/feedparser, and headline-only copies of the labeled items.
//   node --import tsx bench/classify-ab.ts --base /tmp/base [--new /tmp/other] [--feeds 500] [--rounds 6] [--no-timing]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { classifyItem as ours, type ClassifyInput } from '../src/core/classify/classify-item.ts';
import { parseLabeledJsonl } from '../src/core/classify/eval-dataset.ts';
import { isLockboxId } from '../src/core/classify/lockbox.ts';
import { parseFeedDocument } from '../src/feeds/parse-feed.ts';
import { normaliseItems } from '../src/feeds/normalise-items.ts';
import type { Market } from '../src/core/taxonomy.ts';
import { benchFeed, benchFeedConfig, generateFeedXml } from './generate-feed-xml.ts';

interface Case { id: string; input: ClassifyInput; feedMarkets: Market[] }
type Classify = typeof ours;

const { values } = parseArgs({ options: { base: { type: 'string' }, new: { type: 'string' }, feeds: { type: 'string', default: '500' }, rounds: { type: 'string', default: '6' }, 'no-timing': { type: 'boolean', default: false } } });
if (!values.base) throw new Error('--base DIR (a copy of the old src/) is required');
const load = async (dir: string) => (await import(path.resolve(dir, 'src/core/classify/classify-item.ts'))).classifyItem as Classify;
const base = await load(values.base);
// `--new DIR` takes the new side from another copy too (two copies of one commit: an A/A run of the timing).
const classifyItem = values.new ? await load(values.new) : ours;

async function benchCases(feeds: number): Promise<Case[]> {
  const out: Case[] = [];
  for (let i = 0; i < feeds; i++) {
    const bf = benchFeed(i);
    const feed = benchFeedConfig(bf, 'http://127.0.0.1:1');
    const parsed = await parseFeedDocument(Buffer.from(generateFeedXml(bf, 50, new Date('2025-06-10T12:00:00Z')), 'utf8'), { url: feed.url, contentType: 'application/rss+xml; charset=utf-8' });
    if (!parsed.ok) throw new Error(parsed.error);
    for (const it of normaliseItems(parsed.items, feed, feed.title ?? feed.id)) out.push({ id: it.id, input: { title: it.title, text: it.summary, lang: it.lang, published: it.published }, feedMarkets: feed.markets });
  }
  return out;
}

function labeled(file: string, dropLockbox: boolean): Case[] {
  let lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  // The lockbox is never read: its lines are dropped before anything looks at them.
  if (dropLockbox) lines = lines.filter((l) => !isLockboxId(String((JSON.parse(l) as { id: unknown }).id)));
  const { items } = parseLabeledJsonl(lines.join('\n'));
  return items.map((it) => ({ id: it.id, input: { title: it.title, text: it.text, lang: it.lang, published: it.published }, feedMarkets: [] }));
}

async function corpusCases(dir: string): Promise<Case[]> {
  const out: Case[] = [];
  for (const line of readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n')) {
    const doc = (JSON.parse(line) as { path: string }).path;
    const url = `http://corpus.invalid/${doc}`;
    const parsed = await parseFeedDocument(readFileSync(path.join(dir, doc)), { url, contentType: null }).catch(() => null);
    if (!parsed?.ok) continue;
    for (const lang of ['en', 'zh'] as const) {
      const feed = { id: doc, url, lang, markets: [] as Market[], intervalMinutes: 5 };
      for (const it of normaliseItems(parsed.items, feed, doc)) out.push({ id: `${lang}:${it.id}`, input: { title: it.title, text: it.summary, lang, published: it.published }, feedMarkets: [] });
    }
  }
  return out;
}

const sets: [string, Case[]][] = [];
const evalDir = 'docs/eval';
const labeledSets: [string, Case[]][] = [
  ['train (lockbox dropped) + dev', [...labeled('../shared/eval/train.jsonl', true), ...labeled('../shared/eval/dev.jsonl', false)]],
  ...readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => [f, labeled(path.join(evalDir, f), false)] as [string, Case[]]),
];
for (const [name, cases] of labeledSets) {
  sets.push([name, cases]);
  sets.push([`${name}, headlines only`, cases.map((c) => ({ ...c, input: { ...c.input, text: '' } }))]);
}
sets.push(['feedparser corpus items (en and zh)', await corpusCases('../shared/corpora/feedparser')]);
const bench = await benchCases(Number(values.feeds));
sets.push(['bench items', bench]);

const digest = (f: Classify, cases: Case[]) => cases.map((c) => JSON.stringify(f(c.input, { feedMarkets: c.feedMarkets })));
let differ = 0;
for (const [name, cases] of sets) {
  const a = digest(base, cases), b = digest(classifyItem, cases);
  const diff = cases.filter((_, i) => a[i] !== b[i]);
  differ += diff.length;
  const h = (x: string[]) => createHash('sha256').update(x.join('\n')).digest('hex').slice(0, 16);
  console.log(`${name}: ${cases.length} items, ${a.filter((x) => x.includes('"tags":["')).length} tagged; old ${h(a)} new ${h(b)}; ${diff.length} differ${diff.length ? ` (${diff.slice(0, 3).map((c) => c.id).join(', ')})` : ''}`);
}
console.log(differ ? `${differ} items classify differently` : 'every item classifies identically');

/**
 * CPU µs per item of each version, in chunks run old, new, new, old (so drift in the machine's speed and the order
 * of the two weigh on both alike), and the median per-round ratio.
 */
function ab(cases: Case[], rounds: number): { old: number; new: number; ratio: number } {
  const chunk = 500;
  const ratios: number[] = [];
  let tOld = 0, tNew = 0;
  const run = (f: Classify, part: Case[]) => {
    const c0 = process.cpuUsage();
    for (const c of part) f(c.input, { feedMarkets: c.feedMarkets });
    const c1 = process.cpuUsage(c0);
    return c1.user + c1.system;
  };
  for (let r = 0; r < rounds; r++) {
    let o = 0, n = 0;
    for (let i = 0; i < cases.length; i += chunk) {
      const part = cases.slice(i, i + chunk);
      o += run(base, part); n += run(classifyItem, part); n += run(classifyItem, part); o += run(base, part);
    }
    if (r > 0) { ratios.push(n / o); tOld += o / 2; tNew += n / 2; } // round 0 warms the JIT
  }
  ratios.sort((a, b) => a - b);
  const k = Math.max(1, rounds - 1);
  return { old: tOld / k / cases.length, new: tNew / k / cases.length, ratio: ratios[Math.floor(ratios.length / 2)]! };
}

if (!values['no-timing']) {
  const rounds = Number(values.rounds);
  for (const [name, cases] of [['bench items', bench], ['train (lockbox dropped) + dev', labeledSets[0]![1]]] as const) {
    const r = ab(cases, rounds);
    console.log(`${name}: classifyItem CPU old ${r.old.toFixed(1)} µs/item, new ${r.new.toFixed(1)} µs/item; new/old median of ${rounds - 1} rounds ${r.ratio.toFixed(3)}`);
  }
}
