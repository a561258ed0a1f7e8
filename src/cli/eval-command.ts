// `npm run eval [-- PATH] [--json]`: scores the classifier on labeled JSONL (default ../shared/eval/dev.jsonl) next
// to a plain keyword filter, for all items and separately for English and Chinese, and holds the facts against
// config/baseline.yaml to show how many would be new, confirm or change what we know.
import { classifyItem } from '../core/classify/classify-item.ts';
import { classifyByKeywords } from '../core/classify/keyword-classifier.ts';
import { parseLabeledJsonl, type LabeledItem } from '../core/classify/eval-dataset.ts';
import { scoreClassifications, type EvalScores, type ScoredPair } from '../core/classify/eval-scores.ts';
import { compareFacts } from '../core/baseline/compare-facts.ts';
import { parseBaselineFile } from '../core/baseline/load-baseline.ts';
import type { BaselineEntry, Classification } from '../core/types.ts';

export interface EvalIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

const DEFAULT_PATH = '../shared/eval/dev.jsonl';
const BASELINE_PATH = 'config/baseline.yaml';

type Scorer = (it: LabeledItem) => Classification;
const SCORERS: Record<'classifier' | 'keyword_baseline', Scorer> = {
  classifier: (it) => classifyItem({ title: it.title, text: it.text, lang: it.lang, published: it.published }),
  keyword_baseline: (it) => classifyByKeywords({ title: it.title, text: it.text }),
};

function pct(x: number): string {
  return x.toFixed(3);
}

function render(name: string, lang: string, s: EvalScores): string {
  const lines = [`== ${name} · ${lang} (${s.items} items)`];
  for (const [tag, p] of Object.entries(s.tags)) {
    lines.push(`  ${tag.padEnd(17)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
  }
  lines.push(`  macro-F1 ${pct(s.macroF1)}   market exact-set accuracy ${pct(s.marketExact)}`);
  lines.push(`  market F1: ${Object.entries(s.markets).map(([m, p]) => `${m} ${pct(p!.f1)}`).join(', ') || '-'}`);
  const facts = s.facts;
  const fmt = (f: typeof facts.gmv) => `${Object.entries(f.matched).map(([k, v]) => `${k} ${pct(v)}`).join(', ')} (gold ${f.gold}, predicted ${f.predicted})`;
  lines.push(`  GMV facts: ${fmt(facts.gmv)}`);
  lines.push(`  threshold facts: ${fmt(facts.threshold)}`);
  lines.push(`  launch facts: ${fmt(facts.launch)}`);
  if (s.misclassified.length) {
    lines.push(`  misclassified: ${s.misclassified.map((m) => `${m.id}${m.tags ? ` tags ${m.tags.gold.join('+') || '-'}→${m.tags.pred.join('+') || '-'}` : ''}${m.markets ? ` markets ${m.markets.gold.join('+') || '-'}→${m.markets.pred.join('+') || '-'}` : ''}`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

async function loadBaseline(io: EvalIO): Promise<{ latest: Map<string, BaselineEntry>; older: BaselineEntry[] } | null> {
  try {
    const { latest, history } = parseBaselineFile(await io.readFile(BASELINE_PATH), BASELINE_PATH);
    return { latest: new Map(latest.map((e) => [`${e.market}|${e.key}`, e])), older: history };
  } catch (e) {
    io.stderr(`baseline comparison skipped: ${(e as Error).message}\n`);
    return null;
  }
}

export async function runEvalCommand(args: string[], io: EvalIO): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.length > 1 || rest.some((a) => a.startsWith('-'))) {
    io.stderr('usage: npm run eval -- [PATH] [--json]   (labeled JSONL; default ../shared/eval/dev.jsonl)\n');
    return 2;
  }
  const path = rest[0] ?? DEFAULT_PATH;
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    io.stderr(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const { items, errors } = parseLabeledJsonl(text);
  for (const e of errors) io.stderr(`${path}: ${e}\n`);
  if (items.length === 0) {
    io.stderr(`${path}: no labeled items\n`);
    return 1;
  }
  const report: Record<string, Record<string, EvalScores>> = {};
  const predictions = new Map<string, Classification>();
  for (const [name, scorer] of Object.entries(SCORERS)) {
    const pairs: (ScoredPair & { lang: string })[] = items.map((it) => {
      const pred = scorer(it);
      if (name === 'classifier') predictions.set(it.id, pred);
      return { id: it.id, lang: it.lang, gold: { tags: it.tags, markets: it.markets, facts: it.facts }, pred };
    });
    report[name] = {
      all: scoreClassifications(pairs),
      en: scoreClassifications(pairs.filter((p) => p.lang === 'en')),
      zh: scoreClassifications(pairs.filter((p) => p.lang === 'zh')),
    };
  }
  const baseline = await loadBaseline(io);
  const statuses: Record<string, number> = { new: 0, confirms: 0, changes: 0, history: 0 };
  if (baseline) {
    for (const it of items) {
      const cmp = compareFacts(predictions.get(it.id)!.facts, (m, k) => baseline.latest.get(`${m}|${k}`) ?? null,
        { date: it.published ? it.published.slice(0, 10) : null, source: it.id },
        (m, k) => baseline.older.filter((e) => e.market === m && e.key === k));
      for (const c of cmp) statuses[c.history ? 'history' : c.status]!++;
    }
  }
  if (json) {
    io.stdout(JSON.stringify({ path, items: items.length, scores: report, ...(baseline ? { compare: statuses } : {}) }) + '\n');
    return 0;
  }
  for (const [name, byLang] of Object.entries(report)) {
    for (const lang of ['all', 'en', 'zh']) if (byLang[lang]!.items > 0) io.stdout(render(name, lang, byLang[lang]!));
  }
  if (baseline) io.stdout(`== against ${BASELINE_PATH}: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  return 0;
}
