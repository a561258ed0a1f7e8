// `npm run eval [-- PATH] [--cv K] [--titles] [--lockbox] [--json]`: scores the classifier on labeled JSONL next to
// a plain keyword filter, for all items and separately for English and Chinese, and holds the facts against
// config/baseline.yaml to show how many would be new, confirm or change what we know.
//   PATH        labeled JSONL scored with the committed classifier (default ../shared/eval/dev.jsonl)
//   --cv K      K-fold cross-validation over train.jsonl (lockbox left out) + dev.jsonl: fit on K-1 folds, score
//               the held-out fold, print the pooled table
//   --titles    also score title-only versions of the items: fact precision against the full item's labels
//   --lockbox   score the committed classifier on the lockbox items of train.jsonl only (run once, at the end)
import { classifyByKeywords } from '../core/classify/keyword-classifier.ts';
import { parseLabeledJsonl, type LabeledItem } from '../core/classify/eval-dataset.ts';
import {
  FACT_TYPES, HEADLINE_FIGURE, scoreClassifications, scoreHeadlineFacts,
  type EvalScores, type FactScore, type HeadlineScore, type Prf, type ScoredPair,
} from '../core/classify/eval-scores.ts';
import { crossValidationFolds } from '../core/classify/cv-folds.ts';
import { isLockboxId } from '../core/classify/lockbox.ts';
import { CLASSIFIER_SYSTEM, type ClassifierSystem, type Scorer } from '../core/classify/classifier-system.ts';
import { compareFacts } from '../core/baseline/compare-facts.ts';
import { parseBaselineFile } from '../config/baseline-file.ts';
import type { BaselineEntry, Classification } from '../core/types.ts';

export interface EvalIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

/** Where the labeled sets are read by default (the shared folder beside the checkout). */
export const DEV_PATH = '../shared/eval/dev.jsonl';
export const TRAIN_PATH = '../shared/eval/train.jsonl';
const BASELINE_PATH = 'config/baseline.yaml';
const USAGE = 'usage: npm run eval -- [PATH] [--cv K] [--titles] [--lockbox] [--json]   (labeled JSONL; default ../shared/eval/dev.jsonl)\n';

const KEYWORD_SYSTEM: ClassifierSystem = {
  fitted: false,
  fit: () => (it) => classifyByKeywords({ title: it.title ?? '', text: it.text ?? '' }),
  committed: () => (it) => classifyByKeywords({ title: it.title ?? '', text: it.text ?? '' }),
};
const SYSTEMS: Record<'classifier' | 'keyword_baseline', ClassifierSystem> = { classifier: CLASSIFIER_SYSTEM, keyword_baseline: KEYWORD_SYSTEM };

function pct(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function prfLine(name: string, p: Prf): string {
  if (p.empty) return `  ${name.padEnd(17)} n/a (no labeled or predicted items)`;
  return `  ${name.padEnd(17)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
}

function factLine(type: (typeof FACT_TYPES)[number], f: FactScore): string {
  const [first, ...rest] = Object.keys(f.matched);
  const head = f.gold === 0 ? 'n/a (no labeled facts)' : `R ${pct(f.matched[first!]!)}`;
  const others = rest.map((k) => `${k} ${pct(f.gold ? f.matched[k]! : null)}`).join(', ');
  return `  ${HEADLINE_FIGURE[type]}: ${head}  P ${pct(f.precision[first!] ?? null)}  (gold ${f.gold}, predicted ${f.predicted}; recall of ${others})`;
}

function render(name: string, lang: string, s: EvalScores, verbose: boolean): string {
  const lines = [`== ${name} · ${lang} (${s.items} items)`];
  for (const [tag, p] of Object.entries(s.tags)) lines.push(prfLine(tag, p));
  lines.push(`  macro-F1 ${pct(s.macroF1)}   threshold_change recall ${s.tags.threshold_change.empty ? 'n/a' : pct(s.tags.threshold_change.recall)}   market exact-set accuracy ${pct(s.marketExact)}`);
  lines.push(`  market F1: ${Object.entries(s.markets).map(([m, p]) => `${m} ${pct(p!.f1)}`).join(', ') || '-'}`);
  for (const type of FACT_TYPES) lines.push(factLine(type, s.facts[type]));
  if (verbose && s.misclassified.length) {
    lines.push(`  misclassified: ${s.misclassified.map((m) => `${m.id}${m.tags ? ` tags ${m.tags.gold.join('+') || '-'}→${m.tags.pred.join('+') || '-'}` : ''}${m.markets ? ` markets ${m.markets.gold.join('+') || '-'}→${m.markets.pred.join('+') || '-'}` : ''}`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

function renderTitles(name: string, lang: string, h: HeadlineScore, items: number): string {
  const per = FACT_TYPES.map((t) => `${t} ${h.byType[t].supported}/${h.byType[t].predicted}`).join(', ');
  return `== ${name} · headlines only · ${lang} (${items} items with a title)\n`
    + `  fact precision against the full item's labels: ${pct(h.precision)} (${h.supported}/${h.predicted}; ${per})\n`
    + `  same type and market only: ${pct(h.precisionLoose)}\n`
    + (h.unsupported.length ? `  headlines with a fact their item does not state: ${h.unsupported.join(', ')}\n` : '');
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

async function readItems(path: string, io: EvalIO): Promise<LabeledItem[] | null> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    io.stderr(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return null;
  }
  const { items, errors } = parseLabeledJsonl(text);
  for (const e of errors) io.stderr(`${path}: ${e}\n`);
  return items;
}

interface Options { path: string | null; cv: number | null; titles: boolean; lockbox: boolean; json: boolean }

function parseArgs(args: string[]): Options | null {
  const o: Options = { path: null, cv: null, titles: false, lockbox: false, json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--titles') o.titles = true;
    else if (a === '--lockbox') o.lockbox = true;
    else if (a === '--cv') {
      const k = Number(args[++i]);
      if (!Number.isInteger(k) || k < 2 || k > 20) return null;
      o.cv = k;
    } else if (a.startsWith('-') || o.path !== null) return null;
    else o.path = a;
  }
  if ((o.cv !== null || o.lockbox) && o.path !== null) return null;
  if (o.cv !== null && o.lockbox) return null;
  return o;
}

const goldOf = (it: LabeledItem): Classification => ({ tags: it.tags, markets: it.markets, facts: it.facts });
const titleOnly = (it: LabeledItem): LabeledItem => ({ ...it, text: '' });

export async function runEvalCommand(args: string[], io: EvalIO): Promise<number> {
  const opts = parseArgs(args);
  if (!opts) {
    io.stderr(USAGE);
    return 2;
  }
  let items: LabeledItem[];
  let label: string;
  if (opts.cv !== null || opts.lockbox) {
    const train = await readItems(TRAIN_PATH, io);
    if (!train) return 2;
    if (opts.lockbox) {
      items = train.filter((it) => isLockboxId(it.id));
      label = `${TRAIN_PATH}, lockbox items only, committed classifier`;
    } else {
      const dev = await readItems(DEV_PATH, io);
      if (!dev) return 2;
      // The lockbox never enters cross-validation: it is the one estimate of unseen data.
      items = [...train.filter((it) => !isLockboxId(it.id)), ...dev];
      label = `${opts.cv}-fold cross-validation over ${TRAIN_PATH} (lockbox left out) + ${DEV_PATH}`;
    }
  } else {
    const path = opts.path ?? DEV_PATH;
    const read = await readItems(path, io);
    if (!read) return 2;
    items = read;
    label = `${path}, committed classifier`;
  }
  if (items.length === 0) {
    io.stderr('no labeled items\n');
    return 1;
  }

  const report: Record<string, Record<string, EvalScores>> = {};
  const headlines: Record<string, Record<string, HeadlineScore & { items: number }>> = {};
  const predictions = new Map<string, Classification>();
  const notes: string[] = [];
  const started = Date.now();
  for (const [name, system] of Object.entries(SYSTEMS)) {
    // Each item is scored by a scorer that did not see it (cross-validation) or by the committed one.
    const scorerFor = new Map<string, Scorer>();
    if (opts.cv !== null) {
      if (!system.fitted) notes.push(`${name}: not fitted per fold (fixed rules), so its cross-validated figures are its plain figures on these items`);
      for (const fold of crossValidationFolds(items, opts.cv)) {
        const scorer = system.fit(fold.train);
        for (const it of fold.test) scorerFor.set(it.id, scorer);
      }
    } else {
      const scorer = system.committed();
      for (const it of items) scorerFor.set(it.id, scorer);
    }
    const classify = (it: LabeledItem) => scorerFor.get(it.id)!({ title: it.title, text: it.text, lang: it.lang, published: it.published });
    const pairs: (ScoredPair & { lang: string })[] = items.map((it) => {
      const pred = classify(it);
      if (name === 'classifier') predictions.set(it.id, pred);
      return { id: it.id, lang: it.lang, gold: goldOf(it), pred };
    });
    report[name] = {
      all: scoreClassifications(pairs),
      en: scoreClassifications(pairs.filter((p) => p.lang === 'en')),
      zh: scoreClassifications(pairs.filter((p) => p.lang === 'zh')),
    };
    // Only the classifier states facts; the keyword filter has none to hold against the full items.
    if (opts.titles && name === 'classifier') {
      const titled = items.filter((it) => it.title.trim());
      const hp = titled.map((it) => ({ id: it.id, lang: it.lang, gold: goldOf(it), pred: classify(titleOnly(it)) }));
      headlines[name] = Object.fromEntries((['all', 'en', 'zh'] as const).map((lang) => {
        const sel = hp.filter((p) => lang === 'all' || p.lang === lang);
        return [lang, { ...scoreHeadlineFacts(sel), items: sel.length }];
      }));
    }
  }
  const seconds = (Date.now() - started) / 1000;

  const baseline = opts.cv === null ? await loadBaseline(io) : null;
  const statuses: Record<string, number> = { new: 0, confirms: 0, changes: 0, history: 0 };
  if (baseline) {
    for (const it of items) {
      const cmp = compareFacts(predictions.get(it.id)!.facts, (m, k) => baseline.latest.get(`${m}|${k}`) ?? null,
        { date: it.published ? it.published.slice(0, 10) : null, source: it.id },
        (m, k) => baseline.older.filter((e) => e.market === m && e.key === k));
      for (const c of cmp) statuses[c.history ? 'history' : c.status]!++;
    }
  }
  if (opts.json) {
    io.stdout(JSON.stringify({
      path: label, items: items.length, scores: report,
      ...(opts.titles ? { titles: headlines } : {}),
      ...(baseline ? { compare: statuses } : {}),
      seconds,
    }) + '\n');
    return 0;
  }
  io.stdout(`# ${label}: ${items.length} items (${seconds.toFixed(1)} s)\n`);
  for (const n of notes) io.stdout(`# ${n}\n`);
  for (const [name, byLang] of Object.entries(report)) {
    for (const lang of ['all', 'en', 'zh']) if (byLang[lang]!.items > 0) io.stdout(render(name, lang, byLang[lang]!, name === 'classifier'));
  }
  for (const [name, byLang] of Object.entries(headlines)) {
    for (const lang of ['all', 'en', 'zh']) if (byLang[lang]!.items > 0) io.stdout(renderTitles(name, lang, byLang[lang]!, byLang[lang]!.items));
  }
  if (baseline) io.stdout(`== against ${BASELINE_PATH}: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  return 0;
}
