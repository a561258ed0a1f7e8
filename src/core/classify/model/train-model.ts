// Trains the classifier's heads on labeled items: one yes/no head per tag over the item's features, one relevance
// head over market candidates, and one-vs-rest heads for a GMV fact's kind and a ban's `by` over the fact's
// sentence. Pure and deterministic: items are read in the order given, optimisation starts from zero weights.
import { TAGS, type Tag } from '../../taxonomy.ts';
import type { BanFact, Fact, GmvKind } from '../../types.ts';
import type { LabeledItem } from '../eval-dataset.ts';
import { buildItemContext, type ItemContext } from '../item-context.ts';
import { runExtractors } from './run-extractors.ts';
import { banFactFeatures, FEATURE_SET, gmvFactFeatures, itemFeatures, marketCandidates } from './item-features.ts';
import { dropRareFeatures, trainBinary, type BinaryModel } from './logistic-regression.ts';
import { BY_LABELS, KIND_LABELS, MODEL_VERSION, storeHead, type ModelFile, type TagThreshold } from './model-file.ts';
import { HASH_BITS, type SparseVector } from './text-features.ts';

/**
 * Hyperparameters, chosen by `npm run eval -- --cv 5` sweeps on train (lockbox left out) + dev; the measured
 * alternatives are in docs/adr/classifier-method.md.
 */
export const TRAINING = {
  /** A feature must occur in this many training items (or candidates, or facts) to get a weight. */
  minItems: 2,
  l2: 0.1,
  iterations: 120,
  /** Positive items weigh this much more: tags are rarer than their absence. */
  positiveWeight: 2,
  /**
   * Per tag, where it differs: a launch the extractor misses is one the head must find alone from varied wording,
   * and with few such items a heavier weight on positives is what lifts them over `alone` (CV sweep, EVALUATION.md).
   */
  tagPositiveWeight: { launch: 4 } as Partial<Record<Tag, number>>,
  thresholds: {
    tags: {
      launch: { withFact: 0, alone: 0.35 },
      threshold_change: { withFact: 0, alone: 0.4 },
      // No stand-in ban: the extractor finds the bans the labels state (CV ban R 0.902 with or without one), and a
      // stand-in guessed from wording alone was a call for a ban or a recap (held-out batch 4).
      ban: { withFact: 0, alone: null },
      gmv_figure: { withFact: 0, alone: null },
    } as Record<Tag, TagThreshold>,
    market: 0.35,
    /** A kind or `by` head overrides the extractor's value only when this sure. */
    kindOverride: 0.8,
    byOverride: 0.8,
  },
};

function fit(xs: SparseVector[], ys: number[], positiveWeight = TRAINING.positiveWeight): BinaryModel {
  return trainBinary(dropRareFeatures(xs, TRAINING.minItems), ys, { l2: TRAINING.l2, iterations: TRAINING.iterations, positiveWeight });
}

/** One-vs-rest head whose rare class weighs as much in total as the rest: most GMV figures are actual, most bans governments'. */
function fitBalanced(xs: SparseVector[], ys: number[]): BinaryModel {
  const pos = ys.filter((y) => y === 1).length;
  return fit(xs, ys, pos ? Math.max(1, (ys.length - pos) / pos) : 1);
}

const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01);

interface Prepared { item: LabeledItem; ctx: ItemContext; facts: Fact[] }

export function prepare(item: LabeledItem): Prepared {
  const ctx = buildItemContext({ title: item.title, text: item.text, lang: item.lang, published: item.published });
  return { item, ctx, facts: runExtractors(ctx) };
}

export function trainClassifierModel(items: LabeledItem[]): ModelFile {
  const prepared = items.map(prepare);
  const x = prepared.map((p) => itemFeatures(p.ctx, p.facts));
  const tags = Object.fromEntries(TAGS.map((t) => [t, storeHead(fit(x, prepared.map((p) => (p.item.tags.includes(t) ? 1 : 0)), TRAINING.tagPositiveWeight[t] ?? TRAINING.positiveWeight))])) as ModelFile['heads']['tags'];

  const mx: SparseVector[] = [];
  const my: number[] = [];
  for (const p of prepared) {
    for (const c of marketCandidates(p.ctx, p.facts)) { mx.push(c.x); my.push(p.item.markets.includes(c.market) ? 1 : 0); }
  }
  const market = storeHead(fit(mx, my, 1));

  // Kind and `by` heads learn from the extractors' facts that a labeled fact confirms (same amount; same market),
  // labeled with the kind or `by` the labels give.
  const kx: SparseVector[] = [];
  const ky: GmvKind[] = [];
  const bx: SparseVector[] = [];
  const by: BanFact['by'][] = [];
  for (const p of prepared) {
    for (const f of p.facts) {
      if (f.type === 'gmv') {
        const g = p.item.facts.find((h) => h.type === 'gmv' && (near(h.low_usd, f.low_usd) || near(h.high_usd, f.high_usd)));
        if (g && g.type === 'gmv') { kx.push(gmvFactFeatures(p.ctx, f)); ky.push(g.kind); }
      } else if (f.type === 'ban') {
        const bans = p.item.facts.filter((h): h is BanFact => h.type === 'ban');
        const g = bans.find((h) => h.market === f.market) ?? (bans.length === 1 ? bans[0] : undefined);
        if (g) { bx.push(banFactFeatures(p.ctx, f)); by.push(g.by); }
      }
    }
  }
  const kind = Object.fromEntries(KIND_LABELS.map((k) => [k, storeHead(fitBalanced(kx, ky.map((v) => (v === k ? 1 : 0))))])) as ModelFile['heads']['kind'];
  const byHeads = Object.fromEntries(BY_LABELS.map((k) => [k, storeHead(fitBalanced(bx, by.map((v) => (v === k ? 1 : 0))))])) as ModelFile['heads']['by'];

  return {
    version: MODEL_VERSION,
    featureSet: FEATURE_SET,
    hashBits: HASH_BITS,
    labels: { tags: [...TAGS], kinds: [...KIND_LABELS], by: [...BY_LABELS] },
    thresholds: TRAINING.thresholds,
    trainedOn: { items: items.length, en: items.filter((i) => i.lang === 'en').length, zh: items.filter((i) => i.lang === 'zh').length },
    heads: { tags, market, kind, by: byHeads },
  };
}
