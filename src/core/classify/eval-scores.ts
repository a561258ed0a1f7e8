// Scores of a classifier against labeled items (the eval/ JSONL): per-tag precision/recall/F1 and macro-F1,
// market exact-set accuracy and per-market F1, and fact scores by the fact kinds issue 12 names. Pure; the eval
// command prints them.
import { MARKETS, TAGS, type Market, type Tag } from '../taxonomy.ts';
import type { BanFact, Classification, Fact, GmvFact, LaunchFact, ThresholdFact } from '../types.ts';

export interface ScoredPair {
  id: string;
  gold: Classification;
  pred: Classification;
}

export interface Prf {
  tp: number; fp: number; fn: number; precision: number; recall: number; f1: number;
  /** No labeled and no predicted item: the figures mean nothing and are printed as n/a. */
  empty: boolean;
}

export interface FactScore {
  /** Gold facts of this type. */
  gold: number;
  /** Predicted facts of this type. */
  predicted: number;
  /** Named scores: share of gold facts matched on the named fields (recall); 1 when there are no gold facts. */
  matched: Record<string, number>;
  /** Named scores: share of predicted facts that match a gold fact on the named fields; null when none predicted. */
  precision: Record<string, number | null>;
}

export type FactType = Fact['type'];
export const FACT_TYPES: FactType[] = ['gmv', 'threshold', 'ban', 'launch'];

export interface EvalScores {
  items: number;
  tags: Record<Tag, Prf>;
  /** Mean F1 over the tags that have any labeled or predicted item; null when none has. */
  macroF1: number | null;
  marketExact: number;
  markets: Partial<Record<Market, Prf>>;
  facts: Record<FactType, FactScore>;
  /** Ids whose tags or markets differ from the labels. */
  misclassified: { id: string; tags?: { gold: Tag[]; pred: Tag[] }; markets?: { gold: Market[]; pred: Market[] } }[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, empty: tp + fp + fn === 0 };
}

function sameSet<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === new Set(b).size;
}

/** Equal within rounding: 1% relative, so "$1.4B" and 1,400,000,000 agree. */
function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01);
}

type Tests<G> = Record<string, (g: G, p: G) => boolean>;

/** Greedy one-to-one matching of gold and predicted facts under `test`: how many pairs match. */
function matchCount<G>(gs: G[], ps: G[], test: (g: G, p: G) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gs) {
    const j = ps.findIndex((p, k) => !used.has(k) && test(g, p));
    if (j >= 0) { used.add(j); n++; }
  }
  return n;
}

function countMatches<G extends Fact>(pairs: ScoredPair[], type: G['type'], tests: Tests<G>): FactScore {
  const matched: Record<string, number> = Object.fromEntries(Object.keys(tests).map((k) => [k, 0]));
  let gold = 0;
  let predicted = 0;
  for (const pair of pairs) {
    const gs = pair.gold.facts.filter((f): f is G => f.type === type);
    const ps = pair.pred.facts.filter((f): f is G => f.type === type);
    gold += gs.length;
    predicted += ps.length;
    for (const [name, test] of Object.entries(tests)) matched[name]! += matchCount(gs, ps, test);
  }
  return {
    gold,
    predicted,
    matched: Object.fromEntries(Object.entries(matched).map(([k, v]) => [k, gold ? v / gold : 1])),
    precision: Object.fromEntries(Object.entries(matched).map(([k, v]) => [k, predicted ? v / predicted : null])),
  };
}

const amounts = (g: GmvFact, p: GmvFact) => near(g.low_usd, p.low_usd) && near(g.high_usd, p.high_usd);
/** The first test of each kind is its headline figure, as issue 12 names it. */
export const GMV_TESTS: Tests<GmvFact> = {
  exact: (g, p) => g.market === p.market && amounts(g, p) && g.period === p.period && g.kind === p.kind && (g.currency ?? 'USD') === (p.currency ?? 'USD'),
  amount: amounts,
  period: (g, p) => amounts(g, p) && g.period === p.period,
  kind: (g, p) => amounts(g, p) && g.kind === p.kind,
  market: (g, p) => amounts(g, p) && g.market === p.market,
  exactWithPlatform: (g, p) => GMV_TESTS.exact!(g, p) && g.platform === p.platform,
};
export const THRESHOLD_TESTS: Tests<ThresholdFact> = {
  subject: (g, p) => g.market === p.market && g.subject === p.subject,
  market: (g, p) => g.market === p.market,
  /** Values in the subject's unit: a money bar not in USD carries its currency (TAXONOMY), so the currency must match too. */
  fromTo: (g, p) => g.market === p.market && g.subject === p.subject && g.from === p.from && g.to === p.to && (g.currency ?? 'USD') === (p.currency ?? 'USD'),
};
export const BAN_TESTS: Tests<BanFact> = {
  by: (g, p) => g.market === p.market && g.by === p.by,
  market: (g, p) => g.market === p.market,
};
export const LAUNCH_TESTS: Tests<LaunchFact> = {
  date: (g, p) => g.market === p.market && g.date === p.date,
  market: (g, p) => g.market === p.market,
  /** Same market, and one date is a prefix of the other ("2023-09" vs "2023-09-12"), or both unknown. */
  dateCompatible: (g, p) => g.market === p.market && (g.date === p.date || (!!g.date && !!p.date && (g.date.startsWith(p.date) || p.date.startsWith(g.date)))),
};
const TESTS: Record<FactType, Tests<never>> = { gmv: GMV_TESTS, threshold: THRESHOLD_TESTS, ban: BAN_TESTS, launch: LAUNCH_TESTS } as never;

/** The headline label of each fact kind's first test, as the tables print it. */
export const HEADLINE_FIGURE: Record<FactType, string> = {
  gmv: 'GMV exact (market, period, kind, amounts, currency)',
  threshold: 'threshold market+subject',
  ban: 'ban market+by',
  launch: 'launch market+date',
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
  const scored = TAGS.filter((t) => !tags[t].empty);
  return {
    items: pairs.length,
    tags,
    macroF1: scored.length ? scored.reduce((s, t) => s + tags[t].f1, 0) / scored.length : null,
    marketExact: pairs.length ? exact / pairs.length : 1,
    markets,
    facts: {
      gmv: countMatches<GmvFact>(pairs, 'gmv', GMV_TESTS),
      threshold: countMatches<ThresholdFact>(pairs, 'threshold', THRESHOLD_TESTS),
      ban: countMatches<BanFact>(pairs, 'ban', BAN_TESTS),
      launch: countMatches<LaunchFact>(pairs, 'launch', LAUNCH_TESTS),
    },
    misclassified,
  };
}

export interface HeadlineScore {
  /** Facts produced from headlines alone. */
  predicted: number;
  /** Of those, how many the full item's labels state (same type, matched on the kind's headline figure). */
  supported: number;
  /** Of those, how many the full item's labels state with the same type and market. */
  supportedLoose: number;
  precision: number | null;
  precisionLoose: number | null;
  byType: Record<FactType, { predicted: number; supported: number }>;
  /** Ids whose headline produced a fact the full item does not state. */
  unsupported: string[];
}

/**
 * Fact precision of title-only predictions against the full items' labels: a headline must never produce a fact
 * its full item does not state. `pairs[i].gold` holds the full item's labels, `pred` the headline's classification.
 */
export function scoreHeadlineFacts(pairs: ScoredPair[]): HeadlineScore {
  const byType = Object.fromEntries(FACT_TYPES.map((t) => [t, { predicted: 0, supported: 0 }])) as HeadlineScore['byType'];
  let predicted = 0, supported = 0, supportedLoose = 0;
  const unsupported: string[] = [];
  for (const { id, gold, pred } of pairs) {
    let bad = false;
    for (const type of FACT_TYPES) {
      const gs = gold.facts.filter((f) => f.type === type) as never[];
      const ps = pred.facts.filter((f) => f.type === type) as never[];
      if (!ps.length) continue;
      const headline = Object.values(TESTS[type])[0]!;
      const ok = matchCount(gs, ps, headline);
      const okLoose = matchCount(gs, ps, (g: Fact, p: Fact) => g.market === p.market);
      predicted += ps.length; supported += ok; supportedLoose += okLoose;
      byType[type].predicted += ps.length; byType[type].supported += ok;
      if (ok < ps.length) bad = true;
    }
    if (bad) unsupported.push(id);
  }
  return {
    predicted, supported, supportedLoose,
    precision: predicted ? supported / predicted : null,
    precisionLoose: predicted ? supportedLoose / predicted : null,
    byType,
    unsupported,
  };
}
