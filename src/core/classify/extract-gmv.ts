// GMV figures: an amount of money that a sentence ties to sales on a platform (TikTok Shop, Douyin, Temu…), with
// its period (a day, a quarter, the second half, January to May) and kind (actual, target, forecast).
// Amounts that are market sizes, funding, fines, fees, prices, ad spend or entry requirements are left out.
import type { GmvFact, GmvKind, GmvPeriod } from '../types.ts';
import type { Market } from '../taxonomy.ts';
import { findMoney, type MoneyMention } from './find-money.ts';
import { SentenceLog, type FactCandidate } from './fact-candidate.ts';
import type { ItemContext } from './item-context.ts';
import { regexWithFlags } from './regex-copy.ts';
import { ACROSS_RETAILERS, BAR_AFTER, COUNT_SUBJECT_BEFORE, OWN_GOAL_BEFORE, SPENT_ON, SPENT_ONLINE, COUNT_AFTER, COUNT_BEFORE, PEOPLE_AFTER, ENTRY_BAR, JOINING, MARKET_SIZE, NOT_GMV, ONE_SELLER, OWNED_TOTAL, SALES_WORD } from './not-gmv.ts';
import { periodIn, periodNear } from './gmv-periods.ts';
import { restatedInUsd } from './gmv-restated.ts';
import { byWhoProjects, speakerOf, type Speaker } from './gmv-projector.ts';
import { partOfAnother } from './gmv-platform-part.ts';
import { dedupe } from './gmv-dedupe.ts';

const GMV_CUE = /\bgmv\b|\b(?:handled|processed|clocked|logged)\b|\bsells\b|\brevenues?\b|营收|\bamass(?:ed|es|ing)?\b|\brack(?:ed|s)? up\b|worth of (?:goods|products|merchandise|items)|\b(?:goods|products|merchandise|items|orders) worth\b|\b(?:bought|purchased)\b|changed hands|\btakings\b|成交|售出|卖了|\b(?:sales |gmv |revenue )?(?:target|goal)\b|目标|gross merchandise|gross orders? value|merchandise (?:volume|value)|\bsales\b|\bsold\b|\bspend(?:s|ing)?\b|\bspent\b|turnover|brought in|\b(?:took|takes|taking|take) in\b|generat(?:e|ed|es|ing)\b|transaction (?:volume|value)|\btransactions\b|成交额|交易额|交易总额|销售额|销售总额|GMV|卖出|带货|流水|销售规模|下单金额|订单金额|成交金额/i;
const STRONG_CUE = /\bgmv\b|gross merchandise|gross orders? value|merchandise (?:volume|value)|成交额|交易额|交易总额|销售额|GMV|下单金额|订单金额|成交金额/i;
const DEADLINE = /by (?:the )?end of (?:this |the |last |next )?(?:year|20\d\d)|by (?:19|20)\d\d|年底前|年底/gi;
const PRONOUN = /\b(?:it|its|the company(?:'s|’s)?)\b|平台|该公司/i;
/** Smallest amount that can be a platform's GMV; smaller sums are per-store tiers, prices or prizes. */
const MIN_GMV = 1_000_000;
const MONTH_NAME = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d月/i;
const YEAR_BEFORE = /\blast year\b|\ba year (?:earlier|ago|before)\b|\bthe (?:previous|prior) year\b|去年同期|上年同期|去年/i;
// A sentence that goes on with the figure before it: "this figure", a breakdown ("其中印尼站贡献了近50亿美元", "of
// which"), or the outcome against a target ("实际完成额可能只有…").
const ANAPHORA = /\b(?:this|that|the) (?:figure|number|amount)\b|该数字|这一数字|这个数字|^\s*(?:其中|这其中|当中)|\bof which\b|完成额|实际完成/i;
// "over the same period": the period of the figure it is set beside, the last actual one.
const SAME_PERIOD = /\b(?:over|in|during|for) the same (?:period|quarter|time|months?)\b|同一时期|同期内/i;

const TARGET = /\btarget|\bguid(?:es|ed|ing|ance)\b|\boutlook\b|\baim(?:s|ed|ing)?\b|\bsets? (?:its )?sights\b|\bseek(?:s|ing)?\b|\beyes\b|\bwants?\b|\bambition|\bgoals?\b|\bhop(?:e|es|ed|ing) to\b|\bwants? to\b|\bplan(?:s|ned)? to\b|ambitio|\bexpects?\b|\bseeks? to\b|目标|计划|冲刺|力争|希望|瞄准/i;
const FORECAST = /forecast|\bsees?\b(?=\s+(?:(?:about|around|roughly|some|as much as|up to)\s+)?(?:$|(?:US ?)?[$£€¥]\s?\d))|\bseen (?:at|topping|reaching|hitting|exceeding|rising|growing)\b|\bsees?\b(?=[^.;,]{0,50}\b(?:topping|reaching|hitting|exceeding|surpassing|rising to|growing to)\b)|\bproject(?:ed|ion|ions|s)\b|\bexpected to\b|estimat|on track|\bcould (?:reach|hit|top|exceed)|\bwill (?:reach|hit|top|exceed|be)\b|predict|\bset to (?:reach|hit)|\blikely to\b|预计|预测|有望|将达|估计|\b(?:may|might) (?:reach|hit|top|exceed|be|only)\b|可能(?:只有|仅|达到|在|为|会|超过|突破)|或将|或达|料将/i;
const ACTUAL_LINK = /\b(?:tripl|doubl|quadrupl)\w* (?:the |its )?(?:roughly |about |around |nearly )?(?=\s*$)|\b(?:up |down )?from\b|compared (?:with|to)|\bversus\b|\bvs\.?|brought in|generated|\blast year\b|去年|同比|环比|较|相比|相较|实际/i;
const RELATIVE = /.*(?:\bwhich\b|\bwho\b|\bwhere\b|\bwhile\b|\bwhereas\b|\bbut\b|;|；)/is;

interface Previous { period: GmvPeriod; market: Market | null; platform: string }

const CUES: [GmvKind, RegExp][] = [['actual', ACTUAL_LINK], ['target', TARGET], ['forecast', FORECAST]];

function nearestCue(text: string, withActual = true, speaker: Speaker = null): GmvKind | null {
  let best: { kind: GmvKind; at: number; end: number } | null = null;
  for (const [kind, re] of CUES) {
    if (!withActual && kind === 'actual') continue;
    const g = regexWithFlags(re, 'gi');
    for (let m = g.exec(text); m; m = g.exec(text)) if (!best || m.index >= best.at) best = { kind, at: m.index, end: m.index + m[0].length };
  }
  if (!best) return null;
  // "handled an estimated $8 billion": an estimate of what was done; the other words of the clause give the kind.
  if (/^estimat/i.test(text.slice(best.at, best.end)) && /\b(?:an|the)\s+$/i.test(text.slice(0, best.at))) return nearestCue(text.slice(0, best.at), withActual, speaker);
  return byWhoProjects(best.kind, text.slice(best.at, best.end), text.slice(Math.max(0, best.at - 60), best.at), speaker);
}

function firstCue(text: string): GmvKind | null {
  let best: { kind: GmvKind; at: number } | null = null;
  for (const [kind, re] of CUES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind ?? null;
}


/**
 * The platform of the amount at `at`: within its own stretch of the clause (between the amounts either side: "Lazada
 * came second with $20.1 billion and Tokopedia at $18.4 billion"), the one named last before it, else the first after
 * it ("$5bn of goods sold on TikTok Shop"); else the nearest in the clause, one before it in the sentence, the sentence
 * before's, or the item's.
 */
function platformFor(ctx: ItemContext, i: number, at: number, clause: [number, number], segment: [number, number]): string | null {
  const s = ctx.sentences[i]!;
  const platforms = s.platforms.filter((p) => !partOfAnother(s.text, s.platforms, p));
  const inClause = platforms.filter((p) => p.index >= clause[0] && p.index < clause[1]);
  const pick = (ps: typeof s.platforms) => ps.reduce((best, p) => (Math.abs(p.index - at) < Math.abs(best.index - at) ? p : best)).platform;
  const own = inClause.filter((p) => p.index >= segment[0] && p.index < segment[1]);
  const ownBefore = own.filter((p) => p.index < at);
  if (ownBefore.length) return ownBefore[ownBefore.length - 1]!.platform;
  if (own.length) return own[0]!.platform;
  if (inClause.length) return pick(inClause);
  const before = platforms.filter((p) => p.index < at);
  if (before.length) return before[before.length - 1]!.platform;
  const prev = i > 1 ? ctx.sentences[i - 1]! : null;
  if (prev && prev.platforms.length) return prev.platforms[prev.platforms.length - 1]!.platform;
  // "it generated $3.8 billion in sales", "平台GMV…": the pronoun stands for the platform the item is about.
  if ((STRONG_CUE.test(s.text) || PRONOUN.test(s.text)) && ctx.title.platforms.length) return ctx.title.platforms[0]!.platform;
  return null;
}

// China's own platforms: their unlocated figures are China's (TAXONOMY).
const CN_PLATFORMS = new Set(['douyin', 'taobao', 'pinduoduo', 'jd', 'kuaishou']);
const LISTED = new Set(['tiktok_shop', 'douyin', 'temu', 'shein', 'shopee', 'lazada', 'tokopedia', 'amazon', 'aliexpress', 'mercado_libre']);

/** The fixed platform list of TAXONOMY; Walmart, eBay, Taobao and the like are `other`. */
function toPlatform(p: string): string {
  return LISTED.has(p) ? p : CN_PLATFORMS.has(p) && p !== 'douyin' ? 'other' : 'other';
}

/** "A GMV figure whose platform the excerpt does not name belongs to the platform the item is about." */
function itemPlatform(ctx: ItemContext, sentence: string): string | null {
  if (!STRONG_CUE.test(sentence) && !/\b(?:target|goal|sold|sales|revenues?|amass\w*|generat\w*|e-?commerce)\b|目标|销售|营收/i.test(sentence)) return null;
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) for (const p of s.platforms) counts.set(p.platform, (counts.get(p.platform) ?? 0) + (s.isTitle ? 2 : 1));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The market a figure covers: one named in its own clause (nearest the amount), else one named before it in the
 * sentence, else the figure it refers back to; an unlocated figure is a platform-wide one — GLOBAL, or CN for
 * China's platforms. A region without a code ("Europe", "Latin America") gives null.
 */
function figureMarket(ctx: ItemContext, i: number, at: number, clause: [number, number], segment: [number, number], platform: string, previous: Previous | null): Market | null {
  const s = ctx.sentences[i]!;
  const mentions = s.markets.filter((x) => !x.passing && !isSourceOrigin(s.text, x.index));
  // "most active in Indonesia, generating $2.5 billion out of the $4.4 billion generated in SE Asia": a market named
  // beside another amount of the clause is that amount's.
  const inClause = mentions.filter((x) => x.index >= Math.max(clause[0], segment[0]) && x.index < Math.min(clause[1], segment[1]));
  if (inClause.length) {
    const before = inClause.filter((x) => x.index < at);
    return (before.length ? before[before.length - 1]! : inClause[0]!).market;
  }
  const clauseText = s.text.slice(clause[0], clause[1]);
  // "in the region", "该地区": the region the item has named, when that is Southeast Asia; else a region without a code.
  if (REGION_ANAPHOR.test(clauseText) && !CODELESS_REGION.test(clauseText.replace(regexWithFlags(REGION_ANAPHOR, 'gi'), ' '))) {
    return namesSoutheastAsia(ctx, i) ? 'SEA' : null;
  }
  if (CODELESS_REGION.test(clauseText)) return null;
  const before = mentions.filter((x) => x.index < at);
  // A figure that goes on with the one before keeps its market over a market named in an aside ("受美国政策影响").
  if (previous) return previous.market;
  if (before.length) return before[before.length - 1]!.market;
  if (CN_PLATFORMS.has(platform)) return 'CN';
  // The sentence before set the scene in one market ("… shoppers in the U.S. … And over the four-day period, sales
  // exceeded $500 million").
  const prior = i > 1 ? [...new Set(ctx.sentences[i - 1]!.markets.filter((x) => !x.passing && x.market !== 'GLOBAL').map((x) => x.market))] : [];
  if (prior.length === 1) return prior[0]!;
  // A title about one market ("TikTok Shop UK …") locates figures its body leaves unlocated.
  const title = [...new Set(ctx.title.markets.filter((x) => !x.passing).map((x) => x.market))];
  if (title.length === 1 && title[0] !== 'GLOBAL') return title[0]!;
  return 'GLOBAL';
}

// "据英国《金融时报》报道", "美国媒体称", "British newspaper The Guardian": where the news outlet comes from, not the market
// a figure covers.
const SOURCE_ZH = /^[\u4e00-\u9fff]{2,5}?的?(?:《|媒体|[\u4e00-\u9fff]{0,4}(?:时报|日报|邮报|晚报|通讯社|电视台|新闻网|广播公司))/;
const SOURCE_EN = /^\S+(?:\s\S+)?\s(?:newspapers?|media|outlets?|broadcasters?|news agency|daily(?!\s+(?:sales|gmv|gross|orders|revenue|turnover|average|transactions|volume|figures?))|tabloids?|business daily)\b/i;
function isSourceOrigin(text: string, at: number): boolean {
  const after = text.slice(at, at + 30);
  return SOURCE_ZH.test(after) || SOURCE_EN.test(after);
}

const REGION_ANAPHOR = /\bthe region(?:['’]s)?\b|该地区|该区域|区域内/i;
function namesSoutheastAsia(ctx: ItemContext, i: number): boolean {
  for (let k = 0; k <= i; k++) if (ctx.sentences[k]!.markets.some((m) => m.market === 'SEA')) return true;
  return false;
}
const CODELESS_REGION = /\b(?:europe(?:an)?|latin america(?:n)?|the middle east|north america|the region|the eu)\b|欧洲|拉美|拉丁美洲|中东|北美|该地区|该区域/i;

function clauseAround(text: string, at: number, end: number): [number, number] {
  const left = text.slice(0, at);
  const startMatch = /[,，;；:(（]\s*[^,，;；:(（]*$/.exec(left);
  const start = startMatch ? startMatch.index + 1 : 0;
  const rightStop = text.slice(end).search(/[,，;；。]/);
  return [start, rightStop < 0 ? text.length : end + rightStop];
}

function amounts(m: MoneyMention, inherited: string | null): { low: number | null; high: number | null; currency?: string } | null {
  const usd = m.currency === 'USD' ? { low: m.low, high: m.high } : m.usd ?? null;
  const currency = usd ? undefined : (m.currency ?? inherited);
  if (!usd && !currency) return null;
  const v = usd ?? { low: m.low, high: m.high };
  const low = m.qualifier === 'less' ? null : v.low;
  const high = m.qualifier === 'more' ? null : v.high;
  return currency && currency !== 'USD' ? { low, high, currency } : { low, high };
}

/** GMV facts stated in the item's sentences. */
export function extractGmv(ctx: ItemContext): GmvFact[] {
  return extractGmvCandidates(ctx).map((c) => c.fact);
}

/** GMV facts with the sentence each was read from. */
export function extractGmvCandidates(ctx: ItemContext): FactCandidate<GmvFact>[] {
  const out: GmvFact[] = [];
  const log = new SentenceLog<GmvFact>();
  const guessedPeriod = new Set<GmvFact>();
  // The amount as the text wrote it, before conversion to USD: "2000亿元" in a title is "2000亿元（约合280亿美元）" in the body.
  const statedAs = new Map<GmvFact, { low: number; high: number; currency: string | null }>();
  let previous: Previous | null = null;
  let lastActualPeriod: GmvPeriod | null = null;
  let lastFactSentence = -1;
  ctx.sentences.forEach((s, i) => {
    // "…3.5 trillion yuan last year. That is about $490 billion.", "…1500亿泰铢。按当前汇率计算，约合42亿美元。": the figure
    // before, restated in USD, is one figure in USD (TAXONOMY), not a second one.
    const f = lastFactSentence === i - 1 ? out[out.length - 1] : undefined;
    const restated = f && restatedInUsd(f, s.text);
    if (f && restated) {
      out[out.length - 1] = log.note(restated, lastFactSentence);
      if (guessedPeriod.has(f)) guessedPeriod.add(restated);
      statedAs.set(restated, statedAs.get(f)!);
      return;
    }
    // "Staff expect this figure to top $12 million" continues the figure of the sentence before.
    if (!GMV_CUE.test(s.text) && !(previous && ANAPHORA.test(s.text))) return;
    const money = findMoney(s.text);
    if (money.length === 0) return;
    const cleaned = s.text.replace(DEADLINE, (d) => ' '.repeat(d.length));
    const anaphora = ANAPHORA.test(s.text);
    const speaker = speakerOf(s.text);
    // Read once for all the sentence's amounts. Shein's and retailers' revenue is their sales volume (TAXONOMY);
    // other companies' revenue is not GMV.
    const retailer = /\bshein\b|希音|\bwalmart\b|沃尔玛/i.test(s.text) || (/\bshein\b|希音/i.test(ctx.title.text) && !s.platforms.length);
    // One product's, brand's, seller's or creator's sales, where no platform is named, are not its GMV (not-gmv.ts).
    const oneSeller = !s.platforms.length && ONE_SELLER.test(s.text);
    // Spending across all retailers, or shoppers' spending online that is not "on" a platform, is the market's.
    const marketSpending = ACROSS_RETAILERS.test(s.text)
      || (SPENT_ONLINE.test(s.text) && !s.platforms.some((p) => SPENT_ON.test(s.text.slice(Math.max(0, p.index - 12), p.index))));
    let lastCurrency: string | null = null;
    let prevInSentence: { period: GmvPeriod; kind: GmvKind; end: number } | null = null;
    // The end of the last amount set aside as not GMV (profit, revenue, a valuation, a market's size).
    let rejectedEnd: number | null = null;
    for (const m of money) {
      const currencyHere = m.currency ?? (ctx.lang === 'zh' && STRONG_CUE.test(s.text) ? 'CNY' : null);
      const inherited = m.currency ? null : lastCurrency ?? currencyHere;
      if (m.currency) lastCurrency = m.currency;
      const clause = clauseAround(s.text, m.index, m.end);
      // The words of this amount only: "$4.8 billion profit and $45 billion sales" are two different things.
      const k = money.indexOf(m);
      const prevEnd = k > 0 ? money[k - 1]!.end : 0;
      const nextAmount = k + 1 < money.length ? money[k + 1]!.index : s.text.length;
      const near = s.text.slice(Math.max(clause[0], prevEnd, m.index - 50), Math.min(clause[1], nextAmount, m.end + 40));
      // Entry bars ("required partner stores to rack up annual sales of over USD 2 million") are thresholds.
      // "the company's goal of $15 billion" is a target even where the clause says what pace is "needed" for it.
      const ownGoal = OWN_GOAL_BEFORE.test(s.text.slice(Math.max(clause[0], m.index - 30), m.index));
      if (ENTRY_BAR.test(s.text.slice(clause[0], m.index)) && !ownGoal) continue;
      // "sets $2 million sales bar", "a $1m sales threshold": the amount is a bar merchants must clear.
      if (BAR_AFTER.test(s.text.slice(m.end, m.end + 40))) continue;
      if (m.qualifier === 'more' && JOINING.test(s.text.slice(0, m.index))) continue;
      const nearOwn = ownGoal ? near.replace(/\bneed(?:s|ed)?\b|\brequir\w*|\bmust\b/gi, ' ') : near;
      if (NOT_GMV.test(retailer ? nearOwn.replace(/\brevenues?\b|营收|收入/gi, 'sales') : nearOwn)) { rejectedEnd = m.end; continue; }
      // "net income of $411 million, compared with $23 million a year earlier", "a valuation of $66 billion, lower than
      // the $100 billion of 2022": an amount set beside a non-GMV one, with no sales word of its own, is more of the same.
      if (rejectedEnd !== null && !SALES_WORD.test(s.text.slice(rejectedEnd, Math.min(nextAmount, m.end + 30)))) { rejectedEnd = m.end; continue; }
      const segment: [number, number] = [prevEnd, nextAmount];
      const named = platformFor(ctx, i, m.index, clause, segment) ?? (anaphora ? previous?.platform ?? null : null) ?? itemPlatform(ctx, s.text);
      if (!named) continue;
      if (oneSeller) continue;
      const platform = toPlatform(named);
      // A bare number next to a count ("活跃消费者达4亿", "300 million consumers") is not money.
      if (!m.currency && (COUNT_BEFORE.test(s.text.slice(Math.max(0, m.index - 6), m.index)) || COUNT_SUBJECT_BEFORE.test(s.text.slice(Math.max(prevEnd, m.index - 60), m.index)) || COUNT_AFTER.test(s.text.slice(m.end, m.end + 12)) || PEOPLE_AFTER.test(s.text.slice(m.end, m.end + 16)))) continue;
      // "US online sales hit $9.8 billion", "东南亚电商GMV": the market's total, unless a platform owns it ("快手…电商GMV").
      // A market-size cue earlier in the sentence carries on to a second amount ("sales will exceed $1 trillion, reaching $1.065 trillion").
      // A company's target ("Bytedance set the target for e-commerce GMV in 2020 to RMB 200 billion") is its own, not a
      // market's size; a target a government or a country sets for its market ("Indonesia has set a target for
      // e-commerce GMV of …") stays the market's.
      const clauseBefore = s.text.slice(clause[0], m.index);
      const ownTarget = /\b(?:target|goal)\b|目标/i.test(clauseBefore) && !PUBLIC_BODY.test(clauseBefore)
        && !s.markets.some((x) => x.index >= clause[0] && x.index < m.index);
      if (marketSpending) { rejectedEnd = m.end; continue; }
      if (!ownTarget && (MARKET_SIZE.test(near) || MARKET_SIZE.test(s.text.slice(Math.max(0, m.index - 120), m.index))) && !OWNED_TOTAL.test(s.text.slice(clause[0], m.index)) && !s.platforms.some((p) => (p.index >= clause[0] && p.index < clause[1]) || p.index < m.index)) { rejectedEnd = m.end; continue; }
      const value = amounts(m, inherited);
      if (!value || Math.max(value.low ?? 0, value.high ?? 0) < MIN_GMV) continue;

      const leftStart = prevInSentence ? prevInSentence.end : 0;
      const left = cleaned.slice(leftStart, m.index);
      // "$24 billion in the first nine months, up from $23 billion for the full year": after a link to the figure
      // before, the words before the link are that figure's.
      const link = prevInSentence ? lastLink(cleaned.slice(leftStart, m.index)) : -1;
      const localLeft = cleaned.slice(Math.max(leftStart + (link < 0 ? 0 : link), m.index - 40), m.index);
      const nextStart = money[money.indexOf(m) + 1]?.index ?? cleaned.length;
      // "rose to $27 billion and may reach $33 billion": words after "and" tell of what comes next, not of this amount.
      const reach = /\bbetween\s/i.test(cleaned.slice(m.end, m.end + 45)) ? 90 : 45;
      const rawRight = cleaned.slice(m.end, Math.min(nextStart, m.end + reach, clause[1]));
      // "between Black Friday and Cyber Monday" names one span: its "and" joins no second figure.
      const joined = rawRight.replace(/\bbetween\s[^,;]*?\sand\s/gi, (b) => b.replace(/\sand\s/gi, ' & ')).search(/\s(?:and|but|while|whereas)\s|[，,]?(?:并|而|但)(?=[^，。；]{0,6}(?:预计|有望|可能|将))/);
      const right = joined < 0 ? rawRight : rawRight.slice(0, joined);
      let period = periodNear(localLeft, right);
      const comparedWithPrevious = !!prevInSentence && /\b(?:up |down )?from\b|\bto\b|compared|versus|\bvs\.?|较|从|相比/.test(left);
      if (!period && comparedWithPrevious) period = prevInSentence!.period;
      // "$120 million on Cyber Monday, up from $40 million last year": the earlier figure is for the same period a year
      // before, not a year's total.
      if (period === 'year' && comparedWithPrevious && prevInSentence!.period !== 'year' && YEAR_BEFORE.test(right) && !/\b(?:whole|entire|full)\b|全年/i.test(right) && !periodNear('', right.replace(regexWithFlags(YEAR_BEFORE, 'gi'), ' '))) period = prevInSentence!.period;
      // "$3 million daily, up from less than $1 million in June": the earlier figure is the same rate at that time, not June's total.
      if (period === 'month' && comparedWithPrevious && (prevInSentence!.period === 'day' || prevInSentence!.period === 'week') && MONTH_NAME.test(localLeft + right)) period = prevInSentence!.period;
      if (!period) period = periodIn(cleaned);
      if (!period && anaphora && previous) period = previous.period;
      if (lastActualPeriod && SAME_PERIOD.test(localLeft + right)) period = lastActualPeriod;
      const guessed = period === null;
      // A headline alone states a figure only with its period ("$32M daily sales"), never one we would assume.
      if (guessed && ctx.titleOnly) continue;
      period ??= 'year';

      let kind: GmvKind;
      const ownClause = left.replace(RELATIVE, '');
      // The cue nearest before the amount decides ("… in 2022 and was on track to reach 6 billion" is a forecast),
      // then one right after it ("a $60 billion sales goal").
      const before = nearestCue(ownClause, true, speaker);
      const after = firstCue(right);
      if (before) kind = before;
      else if (after) kind = after;
      // "aims to lift GMV from $5B to $20B": the second figure takes the sentence's aim.
      else kind = nearestCue(cleaned.slice(0, m.index), false) ?? 'actual';

      // China's platforms are told apart by their own names (JD, Taobao…), which the fact's platform list folds into `other`.
      const market = figureMarket(ctx, i, m.index, clause, segment, named, anaphora ? previous : null);
      const fact: GmvFact = { type: 'gmv', market, low_usd: value.low, high_usd: value.high, ...(value.currency ? { currency: value.currency } : {}), period, kind, platform };
      out.push(log.note(fact, i));
      lastFactSentence = i;
      statedAs.set(fact, { low: m.low, high: m.high, currency: m.currency ?? inherited });
      if (guessed) guessedPeriod.add(fact);
      previous = { period, market, platform };
      if (kind === 'actual') lastActualPeriod = period;
      prevInSentence = { period, kind, end: m.end };
    }
  });
  // The same figure stated twice (title and body) keeps the period the text states over the one we assumed.
  const stated = out.filter((f) => !guessedPeriod.has(f));
  const kept = out.filter((f) => !guessedPeriod.has(f) || !stated.some((o) => o.platform === f.platform && o.market === f.market && o.low_usd === f.low_usd && o.high_usd === f.high_usd));
  // A headline rounds and drops the qualifier ("目标3万亿元" over "目标为3万亿元以上", "could reach $1bn" over "up to $1
  // billion"): a title figure the body states too, with the same platform and market, is the body's figure.
  const titleFigures = new Set(log.candidates(kept).filter((c) => c.sentence === 0).map((c) => c.fact));
  const body = kept.filter((f) => !titleFigures.has(f));
  // A headline rounds ("pass 300 billion yuan" over "301.5 billion yuan") and names the period or the kind loosely ("Singles
  // Day sales" over a twelve-day festival, "analysts see" over the body's forecast): the same amount for the same
  // platform and market, as the text wrote it, is the same figure.
  const rounded = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.02;
  const sameFigure = (t: GmvFact, b: GmvFact) => {
    // A headline that names no market ("Tokopedia's GMV reached $18 billion") states the body's located figure.
    if (t.platform !== b.platform || (t.market !== b.market && t.market !== 'GLOBAL')) return false;
    // A calendar period in the headline over the body's months ("first quarter" over "between January and March") is
    // the figure's period: both stay, and the span gives way below.
    if (b.period === 'range' && CALENDAR.has(t.period) && !guessedPeriod.has(t)) return false;
    const ts = statedAs.get(t), bs = statedAs.get(b);
    if (!ts || !bs || (ts.currency ?? 'USD') !== (bs.currency ?? 'USD')) return false;
    return rounded(ts.low, bs.low) || rounded(ts.high, bs.high) || rounded(ts.low, bs.high) || rounded(ts.high, bs.low);
  };
  return log.candidates(dedupe(kept.filter((f) => !titleFigures.has(f) || !body.some((b) => sameFigure(f, b)))));
}

const COMPARISON_LINK = /\b(?:up|down) from\b|\bfrom\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\.?|\bagainst\b|较|相比|高于|低于/gi;
/** Where the last link to the figure before ends in `left` ("…, up from "), or -1. */
function lastLink(left: string): number {
  let end = -1;
  const g = regexWithFlags(COMPARISON_LINK, 'gi');
  for (let m = g.exec(left); m; m = g.exec(left)) end = m.index + m[0].length;
  return end;
}

const PUBLIC_BODY = /\bgovernments?\b|\bministr(?:y|ies|er)\b|\bauthorit(?:y|ies)\b|\bstate\b|\bcountry\b|\bnation(?:al)?\b|\bregulators?\b|\bofficials?\b|\bpresident\b|政府|部门|国家|当局|(?:商务|贸易|工贸|工业)部/i;

const CALENDAR = new Set<GmvPeriod>(['month', 'quarter', 'half', 'year']);
