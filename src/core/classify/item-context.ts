// The item as the extractors read it: title and body split into sentences, each with the markets and platforms it
// names, plus the item's markets. Built once per item so each extractor does not re-scan the text.
import type { Market } from '../taxonomy.ts';
import { findMarketMentions, type MarketMention } from './find-markets.ts';
import { findPlatforms, type PlatformMention } from './find-platform.ts';
import { toSimplified } from './simplify-chinese.ts';
import { splitSentences } from './split-sentences.ts';

export interface SentenceInfo {
  text: string;
  isTitle: boolean;
  markets: MarketMention[];
  platforms: PlatformMention[];
}

export interface ItemContext {
  title: SentenceInfo;
  /** Title first, then the body's sentences. */
  sentences: SentenceInfo[];
  /** Markets the item is about, in order of first mention (GLOBAL only when nothing more specific is named). */
  markets: Market[];
  published: string | null;
  lang: 'en' | 'zh';
  /** The whole text names TikTok, TikTok Shop, Douyin or e-commerce at all. */
  aboutCommerce: boolean;
  /** Only a headline (aggregator feeds): extractors state only what a headline says outright. */
  titleOnly: boolean;
}

const COMMERCE = /tiktok|douyin|抖音|e-?commerce|电商|小店|shop/i;
const DOUYIN = /douyin|抖音(?!国际)/i;
const TIKTOK = /tiktok/i;

function info(text: string, isTitle: boolean): SentenceInfo {
  return { text, isTitle, markets: findMarketMentions(text), platforms: findPlatforms(text) };
}

function specific(m: Market): boolean {
  return m !== 'GLOBAL';
}

export function buildItemContext(input: { title: string | null; text: string; lang?: 'en' | 'zh'; published?: string | null }, feedMarkets: Market[] = []): ItemContext {
  const titleText = toSimplified((input.title ?? '').trim());
  const bodyText = toSimplified(input.text ?? '');
  const title = info(titleText, true);
  const body = splitSentences(bodyText).map((s) => info(s.text, false));
  const sentences = [title, ...body];
  // "Temu faces regulatory hurdles in south-east Asia" over a body about Indonesia and Vietnam: a region the body never
  // names but whose member countries it does is the headline's frame for them.
  const bodyNames = (m: Market) => body.some((s) => s.markets.some((x) => x.market === m && !x.passing));
  if (!bodyNames('SEA') && ['ID', 'TH', 'MY', 'PH', 'VN', 'SG'].some((m) => bodyNames(m as Market))) {
    for (const x of title.markets) if (x.market === 'SEA') x.passing = true;
  }
  const order: Market[] = [];
  for (const s of sentences) for (const { market, passing } of s.markets) if (!passing && !order.includes(market)) order.push(market);
  // A market named only in passing counts when nothing else is named (the world included: "Shein's sales rose …, as
  // it prepares for a listing in London" is a global figure).
  if (!order.length) for (const s of sentences) for (const { market } of s.markets) if (!order.includes(market)) order.push(market);
  // A title that calls TikTok "抖音" over a body about TikTok Shop is a nickname, not a story about China.
  if (order.includes('CN') && !body.some((s) => s.markets.some((m) => m.market === 'CN'))
    && DOUYIN.test(titleText) && TIKTOK.test(bodyText) && !DOUYIN.test(bodyText)) {
    order.splice(order.indexOf('CN'), 1);
  }
  let markets = order;
  if (markets.some(specific)) markets = markets.filter(specific);
  if (markets.length === 0) markets = [...feedMarkets];
  return {
    title,
    sentences,
    markets,
    published: input.published ?? null,
    lang: input.lang ?? (/[\u4e00-\u9fff]/.test(titleText + bodyText) ? 'zh' : 'en'),
    aboutCommerce: COMMERCE.test(titleText) || COMMERCE.test(bodyText),
    titleOnly: body.length === 0,
  };
}

/**
 * The markets a fact stated in sentence `i` is about: the sentence's own, else the title's, else the item's when
 * it names one or two; GLOBAL only when the sentence speaks of the world and names no country.
 */
export function marketsForSentence(ctx: ItemContext, i: number): Market[] {
  const mentions = ctx.sentences[i]!.markets;
  const main = mentions.filter((m) => !m.passing);
  const own = distinct(main.map((m) => m.market));
  const ownSpecific = own.filter(specific);
  if (ownSpecific.length) return ownSpecific;
  // A sentence that lists where the shop already is speaks of that footprint when it says "global", not of a fact's market.
  if (own.includes('GLOBAL') && !mentions.some((m) => m.coverage)) return ['GLOBAL'];
  const fromTitle = distinct(ctx.title.markets.filter((m) => !m.passing).map((m) => m.market)).filter((m) => ctx.markets.includes(m));
  if (fromTitle.length) return fromTitle;
  // A market named only in passing ("like the Indonesian government") stands in only when nothing else does.
  const passing = distinct(mentions.filter((m) => !m.coverage).map((m) => m.market)).filter(specific);
  if (passing.length) return passing;
  // Nor does the item's market stand in for a sentence that names markets only as the shop's footprint.
  if (mentions.some((m) => m.coverage)) return [];
  if (ctx.markets.length >= 1 && ctx.markets.length <= 2) return ctx.markets;
  return [];
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
