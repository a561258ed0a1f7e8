// `node --import tsx scripts/compare-methods.ts`: the measured comparison behind docs/adr/classifier-method.md.
// Same folds (5-fold CV over train without the lockbox + dev), same features, same extractors and the same tag rule
// (an extracted fact, or a stand-in fact when the head is sure); only the tag heads differ:
//   extractors only        — no head: a tag is set when an extractor found a fact (the rule classifier)
//   keywords               — the plain keyword filter, for scale
//   L2 logistic regression — ours (src/core/classify/model/logistic-regression.ts), sparse, L-BFGS
//   naive Bayes            — multinomial NB with Laplace smoothing over the same sparse features
//   ml-logistic-regression — the registry library: dense gradient descent, so the hashed features are folded
//                            into 2,048 columns (plus a bias column) to fit in memory
// Each head's `alone` threshold is tuned on the pooled held-out scores the same way for every method. Prints
// macro-F1 (all / en / zh), per-tag F1, training seconds per fold and classification speed.
import { readFileSync } from 'node:fs';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { crossValidationFolds } from '../src/core/classify/cv-folds.ts';
import { parseLabeledJsonl, type LabeledItem } from '../src/core/classify/eval-dataset.ts';
import { classifyByKeywords } from '../src/core/classify/keyword-classifier.ts';
import { isLockboxId } from '../src/core/classify/lockbox.ts';
import { itemFeatures } from '../src/core/classify/model/item-features.ts';
import { dropRareFeatures, probability, trainBinary } from '../src/core/classify/model/logistic-regression.ts';
import type { SparseVector } from '../src/core/classify/model/text-features.ts';
import { prepare, TRAINING } from '../src/core/classify/model/train-model.ts';
import { TAGS, type Tag } from '../src/core/taxonomy.ts';

const read = (p: string) => parseLabeledJsonl(readFileSync(p, 'utf8')).items;
const items: LabeledItem[] = [...read('../shared/eval/train.jsonl').filter((it) => !isLockboxId(it.id)), ...read('../shared/eval/dev.jsonl')];
const prepared = new Map(items.map((it) => [it.id, prepare(it)]));
const features = new Map(items.map((it) => [it.id, itemFeatures(prepared.get(it.id)!.ctx, prepared.get(it.id)!.facts)]));
const TAG_OF = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' } as const;

type Head = (x: SparseVector) => number;
type Trainer = (xs: SparseVector[], ys: number[]) => Head;

const ours: Trainer = (xs, ys) => {
  const m = trainBinary(dropRareFeatures(xs, TRAINING.minItems), ys, { l2: TRAINING.l2, iterations: TRAINING.iterations, positiveWeight: TRAINING.positiveWeight });
  return (x) => probability(m, x);
};

const naiveBayes: Trainer = (xs, ys) => {
  const alpha = 0.1;
  const sums = [new Map<number, number>(), new Map<number, number>()];
  const totals = [0, 0];
  const vocab = new Set<number>();
  xs.forEach((x, r) => {
    const c = ys[r]!;
    x.idx.forEach((b, k) => { sums[c]!.set(b, (sums[c]!.get(b) ?? 0) + x.val[k]!); totals[c]! += x.val[k]!; vocab.add(b); });
  });
  const pos = ys.filter((y) => y).length;
  const prior = Math.log((pos + 1) / (ys.length - pos + 1));
  const v = vocab.size;
  return (x) => {
    let z = prior;
    x.idx.forEach((b, k) => {
      if (!vocab.has(b)) return;
      const p1 = ((sums[1]!.get(b) ?? 0) + alpha) / (totals[1]! + alpha * v);
      const p0 = ((sums[0]!.get(b) ?? 0) + alpha) / (totals[0]! + alpha * v);
      z += x.val[k]! * Math.log(p1 / p0);
    });
    return 1 / (1 + Math.exp(-z));
  };
};

const COLUMNS = 2048;
function dense(x: SparseVector): number[] {
  const row = new Array<number>(COLUMNS + 1).fill(0);
  x.idx.forEach((b, k) => { row[b % COLUMNS]! += x.val[k]!; });
  row[COLUMNS] = 1;
  return row;
}
const library: Trainer = (xs, ys) => {
  const lr = new LogisticRegression({ numSteps: 1500, learningRate: 0.05 });
  lr.train(new Matrix(xs.map(dense)), Matrix.columnVector(ys));
  // The library's one-vs-all scores class i as "not i": P(yes) = 1 − score of the "yes" classifier.
  const yes = (lr as unknown as { classifiers: { testScores(m: Matrix): number[] }[] }).classifiers[1]!;
  return (x) => 1 - yes.testScores(new Matrix([dense(x)]))[0]!;
};

function f1(tp: number, fp: number, fn: number): number {
  return (2 * tp) / (2 * tp + fp + fn || 1);
}

interface Result { name: string; macro: Record<'all' | 'en' | 'zh', number>; tags: Record<Tag, number>; trainSeconds: number; itemsPerSecond: number }

/** Tag decisions from held-out probabilities (null: no head, extractors only), `alone` tuned per tag. */
function summarise(name: string, probs: Map<string, Record<Tag, number>> | null, trainSeconds: number, itemsPerSecond: number): Result {
  const grid = [null, ...Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05)];
  const decideTag = (it: LabeledItem, tag: Tag, alone: number | null) => {
    const own = prepared.get(it.id)!.facts.some((f) => TAG_OF[f.type] === tag);
    if (own) return true;
    return probs !== null && alone !== null && tag !== 'gmv_figure' && probs.get(it.id)![tag] >= alone;
  };
  const count = (tag: Tag, alone: number | null, lang?: string) => {
    let tp = 0, fp = 0, fn = 0;
    for (const it of items) {
      if (lang && it.lang !== lang) continue;
      const p = decideTag(it, tag, alone), g = it.tags.includes(tag);
      if (p && g) tp++; else if (p) fp++; else if (g) fn++;
    }
    return f1(tp, fp, fn);
  };
  const best = Object.fromEntries(TAGS.map((t) => [t, grid.reduce((b, a) => (count(t, a) > count(t, b) + 1e-9 ? a : b), null as number | null)])) as Record<Tag, number | null>;
  const tags = Object.fromEntries(TAGS.map((t) => [t, count(t, best[t])])) as Record<Tag, number>;
  const macro = (lang?: string) => TAGS.reduce((s, t) => s + count(t, best[t], lang), 0) / TAGS.length;
  return { name, macro: { all: macro(), en: macro('en'), zh: macro('zh') }, tags, trainSeconds, itemsPerSecond };
}

function runHeads(name: string, trainer: Trainer): Result {
  const probs = new Map<string, Record<Tag, number>>();
  let trainMs = 0, predictMs = 0;
  const folds = crossValidationFolds(items, 5);
  for (const fold of folds) {
    const xs = fold.train.map((it) => features.get(it.id)!);
    const t0 = performance.now();
    const heads = Object.fromEntries(TAGS.map((t) => [t, trainer(xs, fold.train.map((it) => (it.tags.includes(t) ? 1 : 0)))])) as Record<Tag, Head>;
    const t1 = performance.now();
    for (const it of fold.test) probs.set(it.id, Object.fromEntries(TAGS.map((t) => [t, heads[t](features.get(it.id)!)])) as Record<Tag, number>);
    predictMs += performance.now() - t1;
    trainMs += t1 - t0;
  }
  return summarise(name, probs, trainMs / 1000 / folds.length, items.length / (predictMs / 1000));
}

const results: Result[] = [summarise('extractors only (rules)', null, 0, NaN)];
{
  const kw = new Map(items.map((it) => [it.id, classifyByKeywords({ title: it.title, text: it.text })]));
  const tags = Object.fromEntries(TAGS.map((t) => {
    let tp = 0, fp = 0, fn = 0;
    for (const it of items) { const p = kw.get(it.id)!.tags.includes(t), g = it.tags.includes(t); if (p && g) tp++; else if (p) fp++; else if (g) fn++; }
    return [t, f1(tp, fp, fn)];
  })) as Record<Tag, number>;
  const m = TAGS.reduce((s, t) => s + tags[t], 0) / 4;
  results.push({ name: 'keyword filter', macro: { all: m, en: NaN, zh: NaN }, tags, trainSeconds: 0, itemsPerSecond: NaN });
}
results.push(runHeads('L2 logistic regression (ours)', ours));
results.push(runHeads('naive Bayes', naiveBayes));
results.push(runHeads('ml-logistic-regression 2.0.0', library));

console.log('| method | macro-F1 all | en | zh | launch | threshold_change | ban | gmv_figure | train s/fold (4 heads) | head scoring items/s |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const n = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
for (const r of results) {
  console.log(`| ${r.name} | ${n(r.macro.all)} | ${n(r.macro.en)} | ${n(r.macro.zh)} | ${TAGS.map((t) => n(r.tags[t])).join(' | ')} | ${r.trainSeconds ? r.trainSeconds.toFixed(1) : '–'} | ${Number.isNaN(r.itemsPerSecond) ? '–' : Math.round(r.itemsPerSecond)} |`);
}
