// The trained heads' decisions over an item's candidate facts. A tag is set exactly when the item states a fact of
// its type (TAXONOMY's Labeling rules), so a tag needs the tag head's yes and a fact: the extractor's (threshold
// `withFact`), or, when the head is surer (threshold `alone`), a fact with only what the item gives (one per market
// it is about, a launch's date from its sentence with a start word, nulls). The market head picks the item's
// markets among those it names; the kind and `by` heads correct a fact's kind or `by` when sure. Scoring and deciding are apart so thresholds can be tuned on scores computed once.
import { TAGS, type Market, type Tag } from '../../taxonomy.ts';
import type { BanFact, Classification, Fact, GmvKind } from '../../types.ts';
import type { ItemContext } from '../item-context.ts';
import { banFactParts, cueHitsOf, cueIndex, gmvFactParts, hasCue, itemFeatureParts, marketCandidateParts, type FeatureParts } from './item-features.ts';
import { probabilitiesOf, type BinaryModel } from './logistic-regression.ts';
import { BY_LABELS, KIND_LABELS, type LoadedModel } from './model-file.ts';
import { mayStandIn } from './stand-in-cues.ts';
import { findDate } from '../find-date.ts';
import { notALaunch } from '../extract-launch.ts';

const TAG_OF: Record<Fact['type'], Tag> = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' };

export interface ItemScores {
  tags: Record<Tag, number>;
  markets: { market: Market; p: number }[];
}

// Scoring reads each vector's parts without building the vector (probabilitiesOf): the same probabilities, to the
// last bit, as the heads give the vectors itemFeatures, marketCandidates and the fact features define.
function best<K extends string>(heads: Record<K, BinaryModel>, labels: K[], { counts, dense }: FeatureParts): { label: K; p: number } {
  const ps = probabilitiesOf(labels.map((l) => heads[l]), counts, dense);
  const sum = ps.reduce((a, b) => a + b, 0) || 1;
  let i = 0;
  for (let k = 1; k < ps.length; k++) if (ps[k]! > ps[i]!) i = k;
  return { label: labels[i]!, p: ps[i]! / sum };
}

function marketScores(ctx: ItemContext, candidates: Fact[], model: LoadedModel): ItemScores['markets'] {
  const out: ItemScores['markets'] = [];
  marketCandidateParts(ctx, candidates, (market, { counts, dense }) => out.push({ market, p: probabilitiesOf([model.market], counts, dense)[0]! }));
  return out;
}

export function scoreItem(ctx: ItemContext, candidates: Fact[], model: LoadedModel): ItemScores {
  const { counts, dense } = itemFeatureParts(ctx, candidates);
  const ps = probabilitiesOf(TAGS.map((t) => model.tags[t]), counts, dense);
  return {
    tags: Object.fromEntries(TAGS.map((t, i) => [t, ps[i]!])) as Record<Tag, number>,
    markets: marketScores(ctx, candidates, model),
  };
}

const LAUNCH_CUE = cueIndex('launch');
const BACK_CUE = cueIndex('back');
const OWN_PLATFORMS = new Set(['tiktok_shop', 'douyin']);
const startsOf = new WeakMap<ItemContext, ItemContext['sentences']>();
/**
 * The sentences that may report a launch: a start word, no referral back to a past launch ("six months after its
 * launch"), which by the Labeling rules is background, and no other platform named before TikTok's (the one that
 * starts is usually named first: "Shein plans live shopping to take on TikTok Shop" is a rival's launch).
 */
function startSentences(ctx: ItemContext): ItemContext['sentences'] {
  // Asked up to three times per item (whether the heads are read, whether a launch may stand in, its date): once.
  let starts = startsOf.get(ctx);
  if (starts) return starts;
  const hits = cueHitsOf(ctx);
  starts = ctx.sentences.filter((s, i) => hasCue(ctx, hits, i, LAUNCH_CUE) && !hasCue(ctx, hits, i, BACK_CUE) && !notALaunch(s.text)
    && (!s.platforms.length || OWN_PLATFORMS.has(s.platforms[0]!.platform)));
  startsOf.set(ctx, starts);
  return starts;
}

/** The date of the first sentence that may report a launch (naming the market, when one is given), as findDate reads it. */
function standInDate(ctx: ItemContext, market: Market | null): string | null {
  const starts = startSentences(ctx);
  const s = starts.find((x) => market !== null && x.markets.some((m) => m.market === market)) ?? starts[0];
  return s ? findDate(s.text, ctx.published) : null;
}

function standInFact(tag: Tag, market: Market | null, ctx: ItemContext, model: LoadedModel): Fact | null {
  switch (tag) {
    case 'threshold_change': return { type: 'threshold', market, subject: 'other', from: null, to: null };
    case 'launch': return { type: 'launch', market, date: standInDate(ctx, market), what: 'TikTok Shop' };
    case 'ban': {
      const x = banFactParts(ctx, { type: 'ban', market, by: 'government', target: 'TikTok Shop' });
      return { type: 'ban', market, by: best(model.by, BY_LABELS, x).label, target: 'TikTok Shop' };
    }
    // A GMV fact without an amount says nothing.
    default: return null;
  }
}

/**
 * What a headline alone may state (aggregator feeds give nothing else): a fact its full item would state too. A
 * headline's fact without a market, or a stand-in fact, is usually a vaguer version of what the body says, so
 * neither is stated. All four types stay: launch headlines are what aggregator feeds mostly carry, although their
 * dates often differ from the full item's (measured with `npm run eval -- --cv 5 --titles`, docs/EVALUATION.md).
 */
export const HEADLINE_POLICY = { types: new Set<Fact['type']>(['gmv', 'ban', 'threshold', 'launch']) };

/**
 * An English headline's amount in another currency ("tops 379 billion yuan") is not stated alone: English copy
 * usually gives the USD value beside it in the body, and the fact then takes the USD amount.
 */
function headlineMayState(f: Fact, ctx: ItemContext): boolean {
  if (f.type === 'gmv' && ctx.lang === 'en' && f.currency && f.currency !== 'USD') return false;
  return f.market !== null && HEADLINE_POLICY.types.has(f.type);
}

function statable(ctx: ItemContext, candidates: Fact[]): Fact[] {
  return ctx.titleOnly ? candidates.filter((f) => headlineMayState(f, ctx)) : candidates;
}

/**
 * Whether a stand-in fact of `tag` could be stated, whatever the head's score: `decide`'s own conditions. A launch
 * stands in only from a sentence with a start word (most TikTok items name TikTok but start nothing).
 */
function standInPossible(ctx: ItemContext, tag: Tag, alone: number | null): boolean {
  return alone !== null && !ctx.titleOnly && mayStandIn(ctx, tag) && (tag !== 'launch' || startSentences(ctx).length > 0);
}

/** Whether `decide` reads a tag head's probability for this item: for a fact that needs it, or a possible stand-in. */
function readsTagHeads(ctx: ItemContext, candidatesIn: Fact[], thresholds: LoadedModel['thresholds']): boolean {
  const candidates = statable(ctx, candidatesIn);
  return TAGS.some((tag) => {
    const { withFact, alone } = thresholds.tags[tag];
    if (candidates.some((f) => TAG_OF[f.type] === tag)) return withFact > 0;
    return standInPossible(ctx, tag, alone);
  });
}

export function decide(ctx: ItemContext, candidatesIn: Fact[], scores: ItemScores, model: LoadedModel, thresholds = model.thresholds): Classification {
  const candidates = statable(ctx, candidatesIn);
  let markets = scores.markets.filter((c) => c.p >= thresholds.market).map((c) => c.market);
  const facts: Fact[] = [];
  const tags: Tag[] = [];
  for (const tag of TAGS) {
    const p = scores.tags[tag];
    const { withFact, alone } = thresholds.tags[tag];
    const own = candidates.filter((f) => TAG_OF[f.type] === tag);
    if (own.length && p >= withFact) {
      facts.push(...own);
      tags.push(tag);
    } else if (!own.length && alone !== null && p >= alone && standInPossible(ctx, tag, alone)) {
      // A fact per market the item is about, as the Labeling rules state a rollout in three countries as three.
      const named = markets.length > 1 ? markets.filter((m) => m !== 'GLOBAL') : markets;
      const fs = (named.length ? named : [null]).map((m) => standInFact(tag, m, ctx, model)).filter((f): f is Fact => f !== null);
      if (fs.length) { facts.push(...fs); tags.push(tag); }
    }
  }
  const corrected = facts.map((f) => {
    if (f.type === 'gmv') {
      const b = best<GmvKind>(model.kind, KIND_LABELS, gmvFactParts(ctx, f));
      return b.p >= thresholds.kindOverride && b.label !== f.kind ? { ...f, kind: b.label } : f;
    }
    if (f.type === 'ban') {
      const b = best<BanFact['by']>(model.by, BY_LABELS, banFactParts(ctx, f));
      return b.p >= thresholds.byOverride && b.label !== f.by ? { ...f, by: b.label } : f;
    }
    return f;
  });
  // A corrected kind or `by` can make two facts the same: state each once.
  const seen = new Set<string>();
  const distinct = corrected.filter((f) => { const k = JSON.stringify(f); return seen.has(k) ? false : (seen.add(k), true); });
  // A market named only in passing ("a similar event it staged in Jakarta") is not a market of the item when it
  // names another one for real, unless a fact is about it.
  // A market the text never names but a fact is about (CN for China's platforms, "京东618成交额…") is the item's: the
  // market head only weighs markets the text names.
  const named = new Set(ctx.sentences.flatMap((s) => s.markets.map((m) => m.market)));
  for (const f of distinct) if (f.market !== null && f.market !== 'GLOBAL' && !named.has(f.market) && !markets.includes(f.market)) markets.push(f.market);
  const real = new Set(ctx.sentences.flatMap((s) => s.markets.filter((m) => !m.passing).map((m) => m.market)));
  if (real.size) markets = markets.filter((m) => real.has(m) || distinct.some((f) => f.market === m));
  // "Several US sellers on TikTok Shop said …", "TikTok Shop德国、法国、意大利站…": a market named as where the platform's
  // sellers are, or as its market site (find-markets.ts), is a market the item is about by the rules, not by how near
  // the head's probability sits to the threshold: when the head picks no country, those markets are the item's. (Only
  // then: beside another market chosen, "UK sellers" selling into Spain may be where cross-border sellers come from.)
  if (!markets.some((m) => m !== 'GLOBAL')) {
    // "US sellers", "意大利站" name a market of a platform's business only beside a platform.
    for (const s of ctx.sentences) if (s.platforms.length) for (const m of s.markets) if (m.shopMarket && !markets.includes(m.market)) markets.push(m.market);
  }
  // Without a global fact, GLOBAL stands neither beside named countries nor where the item never names the world
  // ("across Latin America").
  if (markets.includes('GLOBAL') && !distinct.some((f) => f.market === 'GLOBAL')
    && (markets.length > 1 || !ctx.sentences.some((s) => s.markets.some((m) => m.market === 'GLOBAL')))) markets = markets.filter((m) => m !== 'GLOBAL');
  return { tags, markets, facts: distinct };
}

// Tag probabilities where no decision reads them: p ≥ withFact holds for every probability when withFact ≤ 0.
const UNREAD = Object.freeze(Object.fromEntries(TAGS.map((t) => [t, 0]))) as Record<Tag, number>;

/**
 * The decisions on an item. The item's features and the tag heads (most of the work) are computed only when a
 * decision reads them: an item whose tags all come from extracted facts, or that could state no stand-in fact
 * (stand-in-cues.ts, and for a launch a sentence with a start word), skips them, with the same result. `all`
 * computes them always (the check that skipping changes nothing).
 */
export function applyModel(ctx: ItemContext, candidates: Fact[], model: LoadedModel, opts: { all?: boolean } = {}): Classification {
  const scores = opts.all || readsTagHeads(ctx, candidates, model.thresholds)
    ? scoreItem(ctx, candidates, model)
    : { tags: UNREAD, markets: marketScores(ctx, candidates, model) };
  return decide(ctx, candidates, scores, model);
}
