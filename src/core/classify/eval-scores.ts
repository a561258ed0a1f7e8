// Scores of a classifier against labeled items (the eval/ JSONL): per-tag precision/recall/F1 and macro-F1,
// market exact-set accuracy and per-market F1, and fact scores. Pure; the eval command prints them.
import { MARKETS, TAGS, type Market, type Tag } from '../taxonomy.ts';
import type { Classification, Fact, GmvFact, LaunchFact, ThresholdFact } from '../types.ts';

export interface ScoredPair {
  id: string;
  gold: Classification;
  pred: Classification;
}

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface FactScore {
  /** Gold facts of this type. */
  gold: number;
  /** Predicted facts of this type. */
  predicted: number;
  /** Named scores: share of gold facts matched on the named fields. */
  matched: Record<string, number>;
}

export interface EvalScores {
  items: number;
  tags: Record<Tag, Prf>;
  macroF1: number;
  marketExact: number;
  markets: Partial<Record<Market, Prf>>;
  facts: { gmv: FactScore; threshold: FactScore; launch: FactScore };
  /** Ids whose tags or markets differ from the labels. */
  misclassified: { id: string; tags?: { gold: Tag[]; pred: Tag[] }; markets?: { gold: Market[]; pred: Market[] } }[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function sameSet<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === new Set(b).size;
}

/** Equal within rounding: 1% relative, so "$1.4B" and 1,400,000,000 agree. */
function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01);
}

function countMatches<G extends Fact>(pairs: ScoredPair[], type: G['type'], tests: Record<string, (g: G, p: G) => boolean>): FactScore {
  const matched: Record<string, number> = Object.fromEntries(Object.keys(tests).map((k) => [k, 0]));
  let gold = 0;
  let predicted = 0;
  for (const pair of pairs) {
    const gs = pair.gold.facts.filter((f): f is G => f.type === type);
    const ps = pair.pred.facts.filter((f): f is G => f.type === type);
    gold += gs.length;
    predicted += ps.length;
    for (const [name, test] of Object.entries(tests)) {
      const used = new Set<number>();
      for (const g of gs) {
        const j = ps.findIndex((p, k) => !used.has(k) && test(g, p));
        if (j >= 0) { used.add(j); matched[name]!++; }
      }
    }
  }
  return { gold, predicted, matched: Object.fromEntries(Object.entries(matched).map(([k, v]) => [k, gold ? v / gold : 1])) };
}

const gmvTests: Record<string, (g: GmvFact, p: GmvFact) => boolean> = {
  exact: (g, p) => near(g.low_usd, p.low_usd) && near(g.high_usd, p.high_usd) && g.period === p.period && g.kind === p.kind && (g.currency ?? 'USD') === (p.currency ?? 'USD'),
  amount: (g, p) => near(g.low_usd, p.low_usd) && near(g.high_usd, p.high_usd),
  period: (g, p) => near(g.low_usd, p.low_usd) && near(g.high_usd, p.high_usd) && g.period === p.period,
  kind: (g, p) => near(g.low_usd, p.low_usd) && near(g.high_usd, p.high_usd) && g.kind === p.kind,
  exactWithMarketPlatform: (g, p) => gmvTests.exact!(g, p) && g.market === p.market && g.platform === p.platform,
};
const thresholdTests: Record<string, (g: ThresholdFact, p: ThresholdFact) => boolean> = {
  market: (g, p) => g.market === p.market,
  subject: (g, p) => g.market === p.market && g.subject === p.subject,
  fromTo: (g, p) => g.market === p.market && g.from === p.from && g.to === p.to,
};
const launchTests: Record<string, (g: LaunchFact, p: LaunchFact) => boolean> = {
  market: (g, p) => g.market === p.market,
  date: (g, p) => g.market === p.market && g.date === p.date,
  /** Same market, and one date is a prefix of the other ("2023-09" vs "2023-09-12"), or both unknown. */
  dateCompatible: (g, p) => g.market === p.market && (g.date === p.date || (!!g.date && !!p.date && (g.date.startsWith(p.date) || p.date.startsWith(g.date)))),
};

/** All scores over a set of (gold, predicted) pairs. */
export function scoreClassifications(pairs: ScoredPair[]): EvalScores {
  const tags = {} as Record<Tag, Prf>;
  for (const t of TAGS) {
    let tp = 0, fp = 0, fn = 0;
    for (const { gold, pred } of pairs) {
      const g = gold.tags.includes(t), p = pred.tags.includes(t);
      if (g && p) tp++; else if (p) fp++; else if (g) fn++;
    }
    tags[t] = prf(tp, fp, fn);
  }
  const markets: Partial<Record<Market, Prf>> = {};
  for (const m of MARKETS) {
    let tp = 0, fp = 0, fn = 0;
    for (const { gold, pred } of pairs) {
      const g = gold.markets.includes(m), p = pred.markets.includes(m);
      if (g && p) tp++; else if (p) fp++; else if (g) fn++;
    }
    if (tp + fp + fn > 0) markets[m] = prf(tp, fp, fn);
  }
  const misclassified: EvalScores['misclassified'] = [];
  let exact = 0;
  for (const { id, gold, pred } of pairs) {
    const tagsOk = sameSet(gold.tags, pred.tags);
    const marketsOk = sameSet(gold.markets, pred.markets);
    if (marketsOk) exact++;
    if (!tagsOk || !marketsOk) {
      misclassified.push({
        id,
        ...(tagsOk ? {} : { tags: { gold: gold.tags, pred: pred.tags } }),
        ...(marketsOk ? {} : { markets: { gold: gold.markets, pred: pred.markets } }),
      });
    }
  }
  return {
    items: pairs.length,
    tags,
    macroF1: TAGS.reduce((s, t) => s + tags[t].f1, 0) / TAGS.length,
    marketExact: pairs.length ? exact / pairs.length : 1,
    markets,
    facts: {
      gmv: countMatches<GmvFact>(pairs, 'gmv', gmvTests),
      threshold: countMatches<ThresholdFact>(pairs, 'threshold', thresholdTests),
      launch: countMatches<LaunchFact>(pairs, 'launch', launchTests),
    },
    misclassified,
  };
}
