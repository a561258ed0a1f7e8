// The period of a GMV figure (TAXONOMY): a day (also a one-day sales event), a week, a month, a quarter, a half, a
// year, or a range (any other span: months spelled out, a multi-day festival). `periodNear` picks the period named
// nearest an amount; `periodIn` the first one a sentence names at all.
import type { GmvPeriod } from '../types.ts';
import { regexWithFlags } from './regex-copy.ts';

const CAL_SPAN = String.raw`\s?(?:to|through|until|and|-|–)\s?`;
const PERIODS: [GmvPeriod, RegExp][] = [
  // Months that make up exactly a calendar half or quarter ("between January and June", "1月至6月") are that half or
  // quarter, not "any other span"; months counted from a launch ("the first three months") stay a span.
  ['half', new RegExp(String.raw`\b(?:(?:between|from) )?(?:jan(?:uary)?${CAL_SPAN}june?|july?${CAL_SPAN}dec(?:ember)?)\b|(?<!\d)(?:1月?\s?(?:至|到|-|–|~)\s?6|7月?\s?(?:至|到|-|–|~)\s?12)月`, 'i')],
  ['quarter', new RegExp(String.raw`\b(?:(?:between|from) )?(?:jan(?:uary)?${CAL_SPAN}mar(?:ch)?|apr(?:il)?${CAL_SPAN}june?|july?${CAL_SPAN}sep(?:t|tember)?|oct(?:ober)?${CAL_SPAN}dec(?:ember)?)\b|(?<!\d)(?:1月?\s?(?:至|到|-|–|~)\s?3|4月?\s?(?:至|到|-|–|~)\s?6|7月?\s?(?:至|到|-|–|~)\s?9|10月?\s?(?:至|到|-|–|~)\s?12)月`, 'i')],
  // A span of several days is a range even when it starts on a one-day event ("from Black Friday to Cyber Monday").
  ['range', /\b(?:from|between) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:to|through|until|and|-|–) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}月\d{1,2}日?\s?(?:至|到|-|–|~)\s?\d{1,2}月\d{1,2}日|\b(?:over|in|during|across) the (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]days?\b|\b(?:from )?black friday (?:to|through|until|and) cyber monday\b|\bbfcm\b|黑五(?:到|至|和)?网一|这[两三四五六七八九十]天|[两三四五六七八九十]天(?:内|里|期间)/i],
  // A one-day sales event is a day (TAXONOMY): Black Friday, Cyber Monday, the double-date sales of Southeast Asia
  // (9.9, 11.11, 12.12), 双11 itself (双11 and 双12 without 当天 are China's weeks-long festivals).
  ['day', /\b(?:a|per|each|every|one|single|that|the same) day\b|\bdaily\b|\/day|\bper-day|\bin (?:a|one) day\b|\bon (?:black friday|cyber monday|singles'? day|11\.11)\b|\bblack friday\b(?! (?:weekend|week|season|period|through|to|and cyber))|\bcyber monday\b|\bsingles'? day\b|\b(?:9\.9|10\.10|11\.11|12\.12)\b|\b(?:first|opening|final) day\b|每天|每日|日均|单日|一天|当天|当日|首日|(?<!前)第一天|日gmv|黑色星期五(?!.{0,4}(?:周|季|到|至|网一))|黑五(?!.{0,2}(?:周|季|网一|大促季|购物季))|双11当天|双十一当天/i],
  ['week', /\b(?:a|per|each) week\b|\bweekly\b|\b(?:first|second|third|final|last|opening) week\b|\b(?:in|during|over|for) the (?:past |previous |latest |same )?week\b(?! (?:of|ending|to)\b)|\bthe week (?:of|to|ending)\b|首周|第一周|每周|周均|单周|(?<![\d一二三四五六七八九十])周(?:销售额|gmv|成交额|交易额)/i],
  ['month', /\b(?:a|per|each) month\b|\bmonthly\b|\/month|\bfirst month\b|每月|月均|单月|首月|(?<!\d)月gmv|(?<!\bsince )\b(?:in|for|during) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d{1,2}\b)(?: (?:19|20)\d\d\b)?|(?<![\d.至到~-]|截至|截止)(?:1[0-2]|[1-9])月份?(?![\d日号底初起至到~-]|以来|中旬|上旬|下旬)(?=[^，。；]{0,10}(?:gmv|成交额|销售额|交易额))/i],
  // Several quarters or nine months together are a span, not a quarter: "前三季度", "the first three quarters".
  ['range', /前[二两三]个?季度|\bfirst (?:two|three) quarters\b|\b(?:first )?nine months\b|\bq1[-–]q3\b|前9个月/i],
  ['quarter', /\bquarter(?:ly)?\b|\bq[1-4]\b|(?<!前[二两三]个?)季度|单季|(?<!前)[一二三四]季(?!度)/i],
  ['half', /\b(?:first|second) half\b|\bh[12]\b|上半年|下半年/i],
  ['range', /\bfrom (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* (?:\d{4} )?(?:to|through|until)\b|\bbetween (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\bover the (?:\w+ )?days\b|black friday (?:weekend|week|season|through)|\bbfcm\b|\bfirst (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months\b|\bin (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months\b|\d{1,2}\s?[-–至到]\s?\d{1,2}月|前\d{1,2}个?月|前[一二三四五六七八九十]+个月|双十一|双11|双十二|双12|(?<!\d)618(?!\d|当天|当日)|6\.18|年货节|黑五网一|大促|购物节|购物季|促销期间|\bprime day\b|\bduring (?:the |its |their |a )?(?!(?:[\w'’-]+ ){0,2}(?:black friday|cyber monday|singles'? day|(?:9\.9|10\.10|11\.11|12\.12)\b))(?:[\w'’-]+ ){0,3}(?:sales?|festival|event|holiday|promotion|campaign|shopping season)s?\b/i],
  ['year', /\b(?:a|per|each) year\b(?! (?:earlier|ago|before|prior|on))|\b(?:for|over|in) the (?:whole |entire )?year\b(?! (?:earlier|ago|before|prior|to|ending|end))|\bannual(?:ly)?\b|\byearly\b|full[- ]year|\b(?:this|last|next) year\b|\b(?:19|20)\d\d\b|全年|年度|年gmv|今年|去年|明年|(?:19|20)\d\d年/i],
];

export function periodIn(text: string): GmvPeriod | null {
  for (const [p, re] of PERIODS) if (re.test(text)) return p;
  return null;
}

/**
 * The period named nearest the amount, on either side: "黑五网一购物季拉动，单季GMV突破250亿美元" is the quarter the
 * figure is for, the shopping season only its cause. A year gives way to a part of it named beside it ("2024年上半年GMV",
 * "Q2 2024", "the first half of 2022").
 */
const YEAR_PENALTY = 12;
export function periodNear(left: string, right: string): GmvPeriod | null {
  let best: { p: GmvPeriod; d: number } | null = null;
  for (const [p, re] of PERIODS) {
    const g = regexWithFlags(re, re.flags.includes('g') ? re.flags : re.flags + 'g');
    const penalty = p === 'year' ? YEAR_PENALTY : 0;
    // No period pattern matches the empty string, so this loop ends as matchAll would.
    for (let m = g.exec(left); m; m = g.exec(left)) { const d = left.length - (m.index + m[0].length) + penalty; if (!best || d < best.d) best = { p, d }; }
    const r = regexWithFlags(re, re.flags.replace('g', '')).exec(right);
    if (r && (!best || r.index + penalty < best.d)) best = { p, d: r.index + penalty };
  }
  return best?.p ?? null;
}
