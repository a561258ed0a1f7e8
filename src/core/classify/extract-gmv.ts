// GMV figures: an amount of money that a sentence ties to sales on a platform (TikTok Shop, Douyin, Temu…), with
// its period (a day, a quarter, the second half, January to May) and kind (actual, target, forecast).
// Amounts that are market sizes, funding, fines, fees, prices, ad spend or entry requirements are left out.
import type { GmvFact, GmvKind, GmvPeriod } from '../types.ts';
import type { Market } from '../taxonomy.ts';
import { findMoney, type MoneyMention } from './find-money.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';

const GMV_CUE = /\bgmv\b|\bsells\b|worth of (?:goods|products|merchandise|items)|成交|售出|卖了|\b(?:sales |gmv |revenue )?(?:target|goal)\b|目标|gross merchandise|merchandise (?:volume|value)|\bsales\b|\bsold\b|\bspend(?:s|ing)?\b|\bspent\b|turnover|brought in|generat(?:e|ed|es|ing)\b|transaction (?:volume|value)|成交额|交易额|交易总额|销售额|销售总额|GMV|卖出|带货|流水|销售规模/i;
const STRONG_CUE = /\bgmv\b|gross merchandise|merchandise (?:volume|value)|成交额|交易额|交易总额|销售额|GMV/i;
const MARKET_SIZE = /e-?commerce (?:market|sales|spending)|retail sales|online sales of|market (?:size|value|is worth|was worth)|total (?:online )?sales of|市场规模|电商市场|零售总额|零售额/i;
const NOT_GMV = /\bfund(?:ing|s|ed)?\b|\braise[sd]?\b|\braising\b|investment|\binvest(?:ed|s|ing)?\b|valuation|valued at|\bfine[sd]?\b|penalt|\baid\b|\bads?\b|advertis|\bpromos?\b|salar(?:y|ies)|\bwages?\b|\bfees?\b|commission|subsid|\bloans?\b|\bbudget|\bprice[sd]?\b|\bpricing|\bcosts?\b|revenue|profit|\blosses\b|\busers\b|followers|\bviews\b|per violation|\btax(?:es)?\b|deposit|requir|\bmust\b|minimum|threshold|eligib|need(?:s|ed)? (?:to|total|annual|sales)|\bacquisition|\bbuy(?:er)? .{0,12}for|罚款|融资|投资|估值|广告|补贴|价格|营收|利润|收入|费用|佣金|税|用户|保证金|门槛|要求|最低/i;
const DEADLINE = /by (?:the )?end of (?:this |the |last |next )?(?:year|20\d\d)|by (?:19|20)\d\d|年底前|年底/gi;
const PRONOUN = /\b(?:it|its|the company(?:'s|’s)?)\b|平台|该公司/i;
const ENTRY_BAR = /requir|\bmust\b|threshold|\bneed(?:s|ed)?\b|to join|门槛|要求|入驻/i;
/** Smallest amount that can be a platform's GMV; smaller sums are per-store tiers, prices or prizes. */
const MIN_GMV = 1_000_000;
const ANAPHORA = /\b(?:this|that|the) (?:figure|number|amount)\b|该数字|这一数字|这个数字/i;

const PERIODS: [GmvPeriod, RegExp][] = [
  ['day', /\b(?:a|per|each|every) day\b|\bdaily\b|\/day|\bper-day|每天|每日|日均|单日|一天|日gmv/i],
  ['week', /\b(?:a|per|each) week\b|\bweekly\b|每周|周均|单周|(?<![\d一二三四五六七八九十])周(?:销售额|gmv|成交额|交易额)/i],
  ['month', /\b(?:a|per|each) month\b|\bmonthly\b|\/month|\bfirst month\b|每月|月均|单月|首月|(?<!\d)月gmv/i],
  ['quarter', /\bquarter(?:ly)?\b|\bq[1-4]\b|季度/i],
  ['half', /\b(?:first|second) half\b|\bh[12]\b|上半年|下半年/i],
  ['range', /\bfrom (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* (?:\d{4} )?(?:to|through|until)\b|\bbetween (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\bover the (?:\w+ )?days\b|black friday|cyber monday|singles'? day|\bfirst (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months\b|\bin (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months\b|\d{1,2}\s?[-–至到]\s?\d{1,2}月|前\d{1,2}个?月|前[一二三四五六七八九十]+个月|双十一|双11|黑五|大促|购物节|促销期间|\bprime day\b|\b(?:11\.11|12\.12|9\.9)\b|\bduring (?:the |its |their |a )?(?:[\w'’-]+ ){0,3}(?:sales?|festival|event|holiday|promotion|campaign|shopping season)s?\b/i],
  ['year', /\b(?:a|per|each) year\b|\bannual(?:ly)?\b|\byearly\b|full[- ]year|\b(?:this|last|next) year\b|\b(?:19|20)\d\d\b|全年|年度|年gmv|今年|去年|明年|(?:19|20)\d\d年/i],
];
const TARGET = /\btarget|\baim(?:s|ed|ing)?\b|\bgoals?\b|\bhop(?:e|es|ed|ing) to\b|\bwants? to\b|\bplan(?:s|ned)? to\b|ambitio|\bexpects?\b|\bseeks? to\b|目标|计划|冲刺|力争|希望|瞄准/i;
const FORECAST = /forecast|\bseen (?:at|topping|reaching|hitting|exceeding|rising|growing)\b|\bproject(?:ed|ion|ions|s)\b|\bexpected to\b|estimat|on track|\bcould (?:reach|hit|top|exceed)|\bwill (?:reach|hit|top|exceed|be)\b|predict|\bset to (?:reach|hit)|\blikely to\b|预计|预测|有望|将达|估计/i;
const ACTUAL_LINK = /\b(?:up |down )?from\b|compared (?:with|to)|\bversus\b|\bvs\.?|brought in|generated|\blast year\b|去年|同比|环比|较|相比|相较|实际/i;
const RELATIVE = /.*(?:\bwhich\b|\bwho\b|\bwhere\b|\bwhile\b|\bwhereas\b|\bbut\b|;|；)/is;

interface Previous { period: GmvPeriod; market: Market | null; platform: string }

const CUES: [GmvKind, RegExp][] = [['actual', ACTUAL_LINK], ['target', TARGET], ['forecast', FORECAST]];

function nearestCue(text: string, withActual = true): GmvKind | null {
  let best: { kind: GmvKind; at: number } | null = null;
  for (const [kind, re] of CUES) {
    if (!withActual && kind === 'actual') continue;
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(text); m; m = g.exec(text)) if (!best || m.index >= best.at) best = { kind, at: m.index };
  }
  return best?.kind ?? null;
}

function firstCue(text: string): GmvKind | null {
  let best: { kind: GmvKind; at: number } | null = null;
  for (const [kind, re] of CUES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind ?? null;
}

function periodIn(text: string): GmvPeriod | null {
  for (const [p, re] of PERIODS) if (re.test(text)) return p;
  return null;
}

function platformFor(ctx: ItemContext, i: number, at: number, clause: [number, number]): string | null {
  const s = ctx.sentences[i]!;
  const inClause = s.platforms.filter((p) => p.index >= clause[0] && p.index < clause[1]);
  const pick = (ps: typeof s.platforms) => ps.reduce((best, p) => (Math.abs(p.index - at) < Math.abs(best.index - at) ? p : best)).platform;
  if (inClause.length) return pick(inClause);
  const before = s.platforms.filter((p) => p.index < at);
  if (before.length) return before[before.length - 1]!.platform;
  const prev = i > 1 ? ctx.sentences[i - 1]! : null;
  if (prev && prev.platforms.length) return prev.platforms[prev.platforms.length - 1]!.platform;
  // "it generated $3.8 billion in sales", "平台GMV…": the pronoun stands for the platform the item is about.
  if ((STRONG_CUE.test(s.text) || PRONOUN.test(s.text)) && ctx.title.platforms.length) return ctx.title.platforms[0]!.platform;
  return null;
}

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
  const out: GmvFact[] = [];
  const guessedPeriod = new Set<GmvFact>();
  let previous: Previous | null = null;
  ctx.sentences.forEach((s, i) => {
    // "Staff expect this figure to top $12 million" continues the figure of the sentence before.
    if (!GMV_CUE.test(s.text) && !(previous && ANAPHORA.test(s.text))) return;
    const money = findMoney(s.text);
    if (money.length === 0) return;
    const cleaned = s.text.replace(DEADLINE, (d) => ' '.repeat(d.length));
    const anaphora = ANAPHORA.test(s.text);
    let lastCurrency: string | null = null;
    let prevInSentence: { period: GmvPeriod; kind: GmvKind; end: number } | null = null;
    for (const m of money) {
      const currencyHere = m.currency ?? (ctx.lang === 'zh' && STRONG_CUE.test(s.text) ? 'CNY' : null);
      const inherited = m.currency ? null : lastCurrency ?? currencyHere;
      if (m.currency) lastCurrency = m.currency;
      const clause = clauseAround(s.text, m.index, m.end);
      const near = s.text.slice(Math.max(clause[0], m.index - 50), Math.min(clause[1], m.end + 40));
      // Entry bars ("required partner stores to rack up annual sales of over USD 2 million") are thresholds.
      if (ENTRY_BAR.test(s.text.slice(clause[0], m.index))) continue;
      if (NOT_GMV.test(near)) continue;
      const platform = platformFor(ctx, i, m.index, clause) ?? (anaphora ? previous?.platform ?? null : null);
      if (!platform) continue;
      if (MARKET_SIZE.test(near) && !s.platforms.some((p) => p.index >= clause[0] && p.index < clause[1])) continue;
      const value = amounts(m, inherited);
      if (!value || Math.max(value.low ?? 0, value.high ?? 0) < MIN_GMV) continue;

      const leftStart = prevInSentence ? prevInSentence.end : 0;
      const left = cleaned.slice(leftStart, m.index);
      const localLeft = cleaned.slice(Math.max(leftStart, m.index - 40), m.index);
      const nextStart = money[money.indexOf(m) + 1]?.index ?? cleaned.length;
      const right = cleaned.slice(m.end, Math.min(nextStart, m.end + 45, clause[1]));
      let period = periodIn(localLeft + ' ' + right);
      if (!period && prevInSentence && /\b(?:up |down )?from\b|\bto\b|compared|较|从/.test(left)) period = prevInSentence.period;
      if (!period) period = periodIn(cleaned);
      if (!period && anaphora && previous) period = previous.period;
      const guessed = period === null;
      period ??= 'year';

      let kind: GmvKind;
      const ownClause = left.replace(RELATIVE, '');
      // The cue nearest before the amount decides ("… in 2022 and was on track to reach 6 billion" is a forecast),
      // then one right after it ("a $60 billion sales goal").
      const before = nearestCue(ownClause);
      const after = firstCue(right);
      if (before) kind = before;
      else if (after) kind = after;
      // "aims to lift GMV from $5B to $20B": the second figure takes the sentence's aim.
      else kind = nearestCue(cleaned.slice(0, m.index), false) ?? 'actual';

      // A market named in the amount's own clause wins ("…, while Shopee recorded $20 billion in Southeast Asia").
      const inClause = s.markets.filter((x) => x.index >= clause[0] && x.index < clause[1] && x.market !== 'GLOBAL' && !x.passing);
      const markets = inClause.length ? [inClause[0]!.market] : marketsForSentence(ctx, i);
      let market: Market | null = markets[0] ?? null;
      if (s.markets.length === 0 && anaphora && previous) market = previous.market;
      else if (s.markets.length === 0 && platform === 'douyin') market = 'CN';
      const fact: GmvFact = { type: 'gmv', market, low_usd: value.low, high_usd: value.high, ...(value.currency ? { currency: value.currency } : {}), period, kind, platform };
      out.push(fact);
      if (guessed) guessedPeriod.add(fact);
      previous = { period, market, platform };
      prevInSentence = { period, kind, end: m.end };
    }
  });
  // The same figure stated twice (title and body) keeps the period the text states over the one we assumed.
  const stated = out.filter((f) => !guessedPeriod.has(f));
  return dedupe(out.filter((f) => !guessedPeriod.has(f) || !stated.some((o) => o.platform === f.platform && o.market === f.market && o.low_usd === f.low_usd && o.high_usd === f.high_usd)));
}

function dedupe(facts: GmvFact[]): GmvFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.market}|${f.low_usd}|${f.high_usd}|${f.period}|${f.kind}|${f.platform}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
