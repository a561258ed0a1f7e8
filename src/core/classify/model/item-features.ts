// What the trained heads read about an item: its text as hashed n-grams, cue words that the Labeling rules turn on
// (a requirement, a prohibition, a sales figure, a start) and whether they meet in one sentence, and what the value
// extractors found. Each market named in the item becomes a candidate with features of its own (in the title? how
// often? named in passing? does a fact carry it?), and each GMV or ban fact gets the words of its sentence so the
// heads can read its kind or who imposes it. Pure.
import type { Market } from '../../taxonomy.ts';
import type { BanFact, Fact, GmvFact } from '../../types.ts';
import type { ItemContext } from '../item-context.ts';
import { findMoney } from '../find-money.ts';
import { CUES, cueRegex } from './cue-words.ts';
import { addTextFeatures, newFeatureCounts, normaliseText, toSparse, type SparseVector } from './text-features.ts';

/** Bumped whenever the features change: a model trained on other features must not be read with these. */
export const FEATURE_SET = 'char1-4+words+title+cues+facts+market-candidates/v1';


/** How much the engineered features weigh beside the (unit-length) text features, and whether cue pairs count. */
export const ENGINEERED = { scale: 0.3, pairs: true, factItemText: false };

const BAN_CUE = cueRegex('ban');

function cuesOf(text: string): string[] {
  return CUES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

// The cues of each sentence, read once per item: the tag and market features both ask for them.
const sentenceCues = new WeakMap<ItemContext, readonly string[][]>();
function cuesOfSentences(ctx: ItemContext): readonly string[][] {
  let cues = sentenceCues.get(ctx);
  if (!cues) { cues = ctx.sentences.map((s) => cuesOf(s.text)); sentenceCues.set(ctx, cues); }
  return cues;
}

function hasMoney(text: string): boolean {
  return findMoney(text).length > 0;
}

/** Features of the whole item, read by the tag heads. */
export function itemFeatures(ctx: ItemContext, facts: Fact[]): SparseVector {
  const counts = newFeatureCounts();
  const full = normaliseText(ctx.sentences.map((s) => s.text).join('\n'));
  addTextFeatures(counts, full, '');
  if (ctx.title.text) addTextFeatures(counts, normaliseText(ctx.title.text), 'T');
  const dense = new Map<string, number>();
  const bump = (k: string, v = 1) => dense.set(k, Math.min(ENGINEERED.scale, (dense.get(k) ?? 0) + v * ENGINEERED.scale));
  bump(`lang:${ctx.lang}`);
  if (ctx.sentences.length <= 1) bump('title-only');
  const allCues = cuesOfSentences(ctx);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si]!;
    const cues = [...allCues[si]!];
    if (hasMoney(s.text)) cues.push('money');
    if (/\d/.test(s.text)) cues.push('number');
    if (s.markets.length) cues.push('market');
    const where = s.isTitle ? 'T' : 'S';
    for (let i = 0; i < cues.length; i++) {
      bump(`${where}:${cues[i]}`, 0.5);
      if (ENGINEERED.pairs) for (let j = i + 1; j < cues.length; j++) bump(`${where}:${cues[i]}+${cues[j]}`, 0.5);
    }
  }
  for (const f of facts) {
    bump(`fact:${f.type}`);
    if (f.market) bump(`fact-market:${f.type}`);
    if (f.type === 'threshold') bump(`fact-subject:${f.subject === 'other' ? 'other' : 'named'}`);
    if (f.type === 'gmv') bump(`fact-kind:${f.kind}`);
    if (f.type === 'ban') bump(`fact-by:${f.by}`);
  }
  return toSparse(counts, dense);
}

export interface MarketCandidate {
  market: Market;
  x: SparseVector;
}

const WINDOW = 12;

/**
 * Each market the item names (passing mentions included: the head learns when they count), plus GLOBAL, each
 * with features of how it is named and whether a fact carries it.
 */
export function marketCandidates(ctx: ItemContext, facts: Fact[]): MarketCandidate[] {
  const mentions = new Map<Market, { sentence: number; passing: boolean; title: boolean; text: string; index: number }[]>();
  ctx.sentences.forEach((s, i) => {
    for (const m of s.markets) {
      const list = mentions.get(m.market) ?? [];
      list.push({ sentence: i, passing: !!m.passing, title: s.isTitle, text: s.text, index: m.index });
      mentions.set(m.market, list);
    }
  });
  const named = [...mentions.keys()];
  const all: Market[] = named.includes('GLOBAL') ? named : [...named, 'GLOBAL'];
  const specificCount = named.filter((m) => m !== 'GLOBAL').length;
  const totalMentions = [...mentions.values()].reduce((n, l) => n + l.length, 0) || 1;
  return all.map((market) => {
    const list = mentions.get(market) ?? [];
    const counts = newFeatureCounts();
    const dense = new Map<string, number>();
    const set = (k: string, v = 1) => dense.set(k, v);
    set(`m:${market}`);
    set(`lang:${ctx.lang}`);
    set(`specific-count:${Math.min(specificCount, 4)}`);
    if (!list.length) set('not-named');
    set('mentions', Math.min(1, list.length / 4));
    set('mention-share', list.length / totalMentions);
    if (list.some((m) => m.title)) set('in-title');
    if (list.some((m) => m.sentence <= 1)) set('in-first-sentence');
    if (list.length && list.every((m) => m.passing)) set('only-passing');
    if (list.some((m) => m.passing)) set('some-passing');
    if (named[0] === market) set('first-named');
    if (ctx.markets.includes(market)) set('item-market-by-rules');
    for (const f of facts) {
      if (f.market === market) { set(`fact-here:${f.type}`); set('fact-here'); }
    }
    if (facts.length && !facts.some((f) => f.market === market)) set('facts-elsewhere');
    if (facts.some((f) => f.market === null)) set('a-fact-without-market');
    for (const m of list) {
      const before = normaliseText(m.text.slice(Math.max(0, m.index - WINDOW), m.index));
      const after = normaliseText(m.text.slice(m.index, m.index + WINDOW + 8));
      addTextFeatures(counts, before, 'L');
      addTextFeatures(counts, after, 'R');
      for (const c of cuesOfSentences(ctx)[m.sentence]!) set(`cue-in-sentence:${c}`);
    }
    return { market, x: toSparse(counts, dense) };
  });
}

/** The sentence a GMV fact was read from: the first that states its amount (else the first with any amount). */
function gmvSentence(ctx: ItemContext, fact: GmvFact): string {
  const target = fact.low_usd ?? fact.high_usd;
  let firstWithMoney: string | null = null;
  for (const s of ctx.sentences) {
    const money = findMoney(s.text);
    if (!money.length) continue;
    firstWithMoney ??= s.text;
    if (target !== null && money.some((m) => [m.low, m.high, m.usd?.low, m.usd?.high].some((v) => v !== undefined && Math.abs(v - target) <= Math.abs(target) * 0.01))) return s.text;
  }
  return firstWithMoney ?? ctx.title.text;
}

// Words of a ban's target as the extractor names it, to find the sentence that prohibits it.
const TARGET_WORDS: [RegExp, RegExp][] = [
  [/link/i, /link|外链|链接/i],
  [/categor|product/i, /categor|product|goods|items|listing|商品|产品|类目|品类/i],
  [/social commerce/i, /social|社交/i],
  [/divest/i, /divest|\bsell\b|出售/i],
  [/seller/i, /seller|merchant|account|shop|store|卖家|商家|店铺/i],
];

/**
 * The sentence a ban fact was read from: the first with a prohibition cue that names its target's words and its
 * market, then one with the cue and either, then any with the cue.
 */
function banSentence(ctx: ItemContext, fact: BanFact): string {
  const banning = ctx.sentences.filter((s) => BAN_CUE.test(s.text));
  const words = TARGET_WORDS.find(([t]) => t.test(fact.target))?.[1];
  const names = (s: (typeof banning)[number]) => s.markets.some((m) => m.market === fact.market);
  const about = (s: (typeof banning)[number]) => !!words && words.test(s.text);
  return (banning.find((s) => about(s) && names(s)) ?? banning.find(about) ?? banning.find(names) ?? banning[0] ?? ctx.title).text;
}

function factFeatures(sentence: string, ctx: ItemContext, extra: Map<string, number>): SparseVector {
  const counts = newFeatureCounts();
  addTextFeatures(counts, normaliseText(sentence), 'F');
  if (ENGINEERED.factItemText) addTextFeatures(counts, normaliseText(ctx.sentences.map((s) => s.text).join('\n')), '');
  extra.set(`lang:${ctx.lang}`, 1);
  for (const c of cuesOf(sentence)) extra.set(`fact-cue:${c}`, 1);
  return toSparse(counts, extra);
}

export function gmvFactFeatures(ctx: ItemContext, fact: GmvFact): SparseVector {
  return factFeatures(gmvSentence(ctx, fact), ctx, new Map([[`rule-kind:${fact.kind}`, 1], [`period:${fact.period}`, 1]]));
}

export function banFactFeatures(ctx: ItemContext, fact: BanFact): SparseVector {
  return factFeatures(banSentence(ctx, fact), ctx, new Map([[`rule-by:${fact.by}`, 1]]));
}
