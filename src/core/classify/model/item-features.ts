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
import type { FeatureCounts } from './feature-counts.ts';
import { addItemTextFeatures, addTextFeatures, denseId, newDenseFeatures, newFeatureCounts, normaliseText, toSparse, type DenseFeatures, type SparseVector } from './text-features.ts';

/** Bumped whenever the features change: a model trained on other features must not be read with these. */
export const FEATURE_SET = 'char1-3+words+title+cues+facts+market-candidates/v3';


/**
 * How much the engineered features weigh beside the (unit-length) text features, and whether cue pairs count. 0.5
 * rather than 0.3: the cues carry a start in words the hashed text has not seen (docs/EVALUATION.md, tag heads).
 */
export const ENGINEERED = { scale: 0.5, pairs: true, factItemText: false };

const BAN_CUE = cueRegex('ban');

function cuesOf(text: string): string[] {
  return CUES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

// Which cues each sentence has, each read once per item (the tag, market and fact features and the stand-in check
// all ask): per sentence and cue, 0 not read yet, 1 no, 2 yes.
const cueHits = new WeakMap<ItemContext, Uint8Array>();
const CUE_INDEX = new Map(CUES.map(([name], i) => [name, i]));

/** The index in CUES of the cue named `name` (cue-words.ts). */
export function cueIndex(name: string): number {
  const i = CUE_INDEX.get(name);
  if (i === undefined) throw new Error(`no cue named ${name}`);
  return i;
}

/** Which cues the item's sentences have, as `hasCue` reads them (one lookup per item, not per sentence and cue). */
export function cueHitsOf(ctx: ItemContext): Uint8Array {
  let hits = cueHits.get(ctx);
  if (!hits) { hits = new Uint8Array(ctx.sentences.length * CUES.length); cueHits.set(ctx, hits); }
  return hits;
}

/** Whether sentence `i` of the item has cue `cue` (an index in CUES): `CUES[cue]` tested once per item. */
export function hasCue(ctx: ItemContext, hits: Uint8Array, i: number, cue: number): boolean {
  const k = i * CUES.length + cue;
  if (!hits[k]) hits[k] = CUES[cue]![1].test(ctx.sentences[i]!.text) ? 2 : 1;
  return hits[k] === 2;
}

// The cues of each sentence, read once per item and only for the sentences asked about (the market candidates ask
// only about the sentences that name a market; the tag heads, read for fewer items, ask about all).
const sentenceCues = new WeakMap<ItemContext, (readonly string[] | undefined)[]>();
function cuesOfSentence(ctx: ItemContext, i: number): readonly string[] {
  let all = sentenceCues.get(ctx);
  if (!all) { all = new Array<readonly string[] | undefined>(ctx.sentences.length); sentenceCues.set(ctx, all); }
  let cues = all[i];
  if (!cues) {
    const hits = cueHitsOf(ctx);
    cues = CUES.flatMap(([name], c) => (hasCue(ctx, hits, i, c) ? [name] : []));
    all[i] = cues;
  }
  return cues;
}

function hasMoney(text: string): boolean {
  return findMoney(text).length > 0;
}

/** A vector's parts before hashing: its named text feature counts and its engineered features (toSparse joins them). */
export interface FeatureParts { counts: FeatureCounts; dense: DenseFeatures }

// The engineered features' names, interned once (text-features.ts): `${where}:${cue}` and `${where}:${cue}+${cue}`
// for the cues in the order a sentence lists them (CUES, then money, number, market).
const SENTENCE_CUES = [...CUES.map(([name]) => name), 'money', 'number', 'market'];
const CUE_AT = new Map(SENTENCE_CUES.map((c, i) => [c, i]));
const MONEY = CUE_AT.get('money')!, NUMBER = CUE_AT.get('number')!, MARKET = CUE_AT.get('market')!;
const WHERE = ['T', 'S'] as const;
const CUE_ID = WHERE.map((w) => SENTENCE_CUES.map((c) => denseId(`${w}:${c}`)));
const PAIR_ID = WHERE.map((w) => SENTENCE_CUES.map((a) => SENTENCE_CUES.map((b) => denseId(`${w}:${a}+${b}`))));
const TITLE_ONLY = denseId('title-only');
const CUE_IN_SENTENCE_ID = SENTENCE_CUES.map((c) => denseId(`cue-in-sentence:${c}`));

// Ids of names built from a prefix and a value from a small set (a market, a fact type, a language).
const idsByPrefix = new Map<string, Map<string, number>>();
function idOf(prefix: string, value: string): number {
  let ids = idsByPrefix.get(prefix);
  if (!ids) { ids = new Map(); idsByPrefix.set(prefix, ids); }
  let id = ids.get(value);
  if (id === undefined) { id = denseId(`${prefix}:${value}`); ids.set(value, id); }
  return id;
}
const cueIndices = new WeakMap<ItemContext, (readonly number[] | undefined)[]>();
/** The cues of sentence i (cuesOfSentence) as indices in SENTENCE_CUES. */
function cueIndicesOf(ctx: ItemContext, i: number): readonly number[] {
  let all = cueIndices.get(ctx);
  if (!all) { all = new Array<readonly number[] | undefined>(ctx.sentences.length); cueIndices.set(ctx, all); }
  return all[i] ??= cuesOfSentence(ctx, i).map((n) => CUE_AT.get(n)!);
}

/** The parts of itemFeatures. */
export function itemFeatureParts(ctx: ItemContext, facts: Fact[]): FeatureParts {
  const counts = newFeatureCounts();
  const full = normaliseText(ctx.sentences.map((s) => s.text).join('\n'));
  addItemTextFeatures(counts, full, '');
  if (ctx.title.text) addItemTextFeatures(counts, normaliseText(ctx.title.text), 'T');
  const dense = newDenseFeatures();
  const scale = ENGINEERED.scale;
  const bump = (id: number, v = 1) => dense.set(id, Math.min(scale, (dense.get(id) ?? 0) + v * scale));
  bump(idOf('lang', ctx.lang));
  if (ctx.sentences.length <= 1) bump(TITLE_ONLY);
  const cues: number[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si]!;
    cues.length = 0;
    cues.push(...cueIndicesOf(ctx, si));
    if (hasMoney(s.text)) cues.push(MONEY);
    if (/\d/.test(s.text)) cues.push(NUMBER);
    if (s.markets.length) cues.push(MARKET);
    const where = s.isTitle ? 0 : 1;
    const cueIds = CUE_ID[where]!;
    const pairIds = PAIR_ID[where]!;
    for (let i = 0; i < cues.length; i++) {
      bump(cueIds[cues[i]!]!, 0.5);
      if (ENGINEERED.pairs) { const row = pairIds[cues[i]!]!; for (let j = i + 1; j < cues.length; j++) bump(row[cues[j]!]!, 0.5); }
    }
  }
  for (const f of facts) {
    bump(idOf('fact', f.type));
    if (f.market) bump(idOf('fact-market', f.type));
    if (f.type === 'threshold') bump(idOf('fact-subject', f.subject === 'other' ? 'other' : 'named'));
    if (f.type === 'gmv') bump(idOf('fact-kind', f.kind));
    if (f.type === 'ban') bump(idOf('fact-by', f.by));
  }
  return { counts, dense };
}

/** Features of the whole item, read by the tag heads. */
export function itemFeatures(ctx: ItemContext, facts: Fact[]): SparseVector {
  const { counts, dense } = itemFeatureParts(ctx, facts);
  return toSparse(counts, dense);
}

export interface MarketCandidate {
  market: Market;
  x: SparseVector;
}

const WINDOW = 12;
const NOT_NAMED = denseId('not-named'), MENTIONS = denseId('mentions'), MENTION_SHARE = denseId('mention-share');
const IN_TITLE = denseId('in-title'), IN_FIRST = denseId('in-first-sentence'), ONLY_PASSING = denseId('only-passing');
const SOME_PASSING = denseId('some-passing'), FIRST_NAMED = denseId('first-named'), BY_RULES = denseId('item-market-by-rules');
const FACT_HERE = denseId('fact-here'), FACTS_ELSEWHERE = denseId('facts-elsewhere'), FACT_WITHOUT_MARKET = denseId('a-fact-without-market');

/**
 * The parts of each market candidate's features, handed to `each` one candidate at a time (the parts are reused
 * once `each` has read them): each market the item names (passing mentions included: the head learns when they
 * count), plus GLOBAL, each with features of how it is named and whether a fact carries it.
 */
export function marketCandidateParts(ctx: ItemContext, facts: Fact[], each: (market: Market, parts: FeatureParts) => void): void {
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
  const lang = idOf('lang', ctx.lang);
  const specific = idOf('specific-count', String(Math.min(specificCount, 4)));
  for (const market of all) {
    const list = mentions.get(market) ?? [];
    const counts = newFeatureCounts();
    const dense = newDenseFeatures();
    const set = (id: number, v = 1) => dense.set(id, v);
    set(idOf('m', market));
    set(lang);
    set(specific);
    if (!list.length) set(NOT_NAMED);
    set(MENTIONS, Math.min(1, list.length / 4));
    set(MENTION_SHARE, list.length / totalMentions);
    if (list.some((m) => m.title)) set(IN_TITLE);
    if (list.some((m) => m.sentence <= 1)) set(IN_FIRST);
    if (list.length && list.every((m) => m.passing)) set(ONLY_PASSING);
    if (list.some((m) => m.passing)) set(SOME_PASSING);
    if (named[0] === market) set(FIRST_NAMED);
    if (ctx.markets.includes(market)) set(BY_RULES);
    for (const f of facts) {
      if (f.market === market) { set(idOf('fact-here', f.type)); set(FACT_HERE); }
    }
    if (facts.length && !facts.some((f) => f.market === market)) set(FACTS_ELSEWHERE);
    if (facts.some((f) => f.market === null)) set(FACT_WITHOUT_MARKET);
    for (const m of list) {
      const before = normaliseText(m.text.slice(Math.max(0, m.index - WINDOW), m.index));
      const after = normaliseText(m.text.slice(m.index, m.index + WINDOW + 8));
      addTextFeatures(counts, before, 'L');
      addTextFeatures(counts, after, 'R');
      for (const c of cueIndicesOf(ctx, m.sentence)) set(CUE_IN_SENTENCE_ID[c]!);
    }
    each(market, { counts, dense });
  }
}

/** Each market the item names, plus GLOBAL, with its features (marketCandidateParts). */
export function marketCandidates(ctx: ItemContext, facts: Fact[]): MarketCandidate[] {
  const out: MarketCandidate[] = [];
  marketCandidateParts(ctx, facts, (market, { counts, dense }) => out.push({ market, x: toSparse(counts, dense) }));
  return out;
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

function factFeatureParts(sentence: string, ctx: ItemContext, extra: [string, number][]): FeatureParts {
  const counts = newFeatureCounts();
  addTextFeatures(counts, normaliseText(sentence), 'F');
  if (ENGINEERED.factItemText) addTextFeatures(counts, normaliseText(ctx.sentences.map((s) => s.text).join('\n')), '');
  const dense = newDenseFeatures();
  for (const [name, v] of extra) dense.set(denseId(name), v);
  dense.set(idOf('lang', ctx.lang), 1);
  // The fact's sentence is one of the item's: its cues are read already.
  const at = ctx.sentences.findIndex((s) => s.text === sentence);
  for (const c of at >= 0 ? cuesOfSentence(ctx, at) : cuesOf(sentence)) dense.set(idOf('fact-cue', c), 1);
  return { counts, dense };
}

/** The parts of gmvFactFeatures. */
export function gmvFactParts(ctx: ItemContext, fact: GmvFact): FeatureParts {
  return factFeatureParts(gmvSentence(ctx, fact), ctx, [[`rule-kind:${fact.kind}`, 1], [`period:${fact.period}`, 1]]);
}

/** The parts of banFactFeatures. */
export function banFactParts(ctx: ItemContext, fact: BanFact): FeatureParts {
  return factFeatureParts(banSentence(ctx, fact), ctx, [[`rule-by:${fact.by}`, 1]]);
}

export function gmvFactFeatures(ctx: ItemContext, fact: GmvFact): SparseVector {
  const { counts, dense } = gmvFactParts(ctx, fact);
  return toSparse(counts, dense);
}

export function banFactFeatures(ctx: ItemContext, fact: BanFact): SparseVector {
  const { counts, dense } = banFactParts(ctx, fact);
  return toSparse(counts, dense);
}
