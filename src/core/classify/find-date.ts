// Dates as news states them, absolute ("September 12, 2023", "31 March 2025", "2023年9月") or relative to the day
// the item was published ("today", "on Tuesday", "next week", "in October", "下周", "本月", "今年10月", "年底").
// A relative date is resolved against `published` the way a reader of the article would: the precision is the
// text's (a day when it names a day, a month when it names a month or a week, a year for a quarter or a half), and
// a month or weekday without a year is put on the side of `published` the sentence's tense points to ("will
// launch in October" is the next October, "launched in October" the last one). Without `published` a relative
// date stays unknown: we never invent one. Returns "YYYY", "YYYY-MM" or "YYYY-MM-DD".

export type DateTense = 'past' | 'future' | 'any';

export interface FoundDate {
  date: string;
  index: number;
  end: number;
  /** The date a statement was made ("said on Monday", "9月12日宣布"), not necessarily the date of what it says. */
  reporting: boolean;
}

interface Ref { y: number; m: number | null; d: number | null }
type Resolver = (g: Record<string, string | undefined>, ref: Ref | null, tense: DateTense) => string | null;

/** The month a season ends in (winter runs across the new year, so it never moves to the next). */
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ZH_WEEKDAYS = '一二三四五六日';
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const FUTURE = /\bwill\b|\bwould\b|\bshall\b|\b(?:set|due|poised|going|slated|scheduled|expected|planning|plans?|aims?|hopes?|intends?) to\b|(?<!\b(?:was|were|been|being) able )\bto (?:launch|open|start|begin|roll|go|debut|expand|enter|arrive|resume|relaunch)\b|\bupcoming\b|\bas early as\b|\bno (?:earlier|sooner) than\b|\bpostpone|\bdelay|\bpush(?:es|ed|ing)? back\b|\bcoming\b|将|计划|预计|拟|即将|有望|准备|预定|定于/i;
const PAST = /\b(?:launched|opened|went|debuted|rolled|expanded|began|started|kicked|entered|arrived|was|were|has|have|had|did|became|resumed|relaunched)\b|已经?|了|正式上线/i;

/** "future" when the sentence speaks of what is to come, "past" when of what happened, else "any". */
export function tenseOf(text: string): DateTense {
  return FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : 'any';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function ymd(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function ym(y: number, m: number): string {
  const t = new Date(Date.UTC(y, m - 1, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}
const DAY = 86_400_000;
function refTime(ref: Ref): number {
  return Date.UTC(ref.y, (ref.m ?? 1) - 1, ref.d ?? 1);
}
/** Monday = 0. */
function weekday(t: number): number {
  return (new Date(t).getUTCDay() + 6) % 7;
}
/** A day `days` from the reference, cut to the reference's own precision. */
function dayFrom(ref: Ref | null, days: number): string | null {
  if (!ref) return null;
  if (ref.m === null) return String(ref.y);
  const s = ymd(refTime(ref) + days * DAY);
  return ref.d === null ? s.slice(0, 7) : s;
}
/** The month of the week `weeks` from the reference's week (its Thursday decides, as for ISO weeks). */
function weekMonth(ref: Ref | null, weeks: number): string | null {
  if (!ref || ref.m === null) return ref ? String(ref.y) : null;
  if (weeks === 0 || ref.d === null) return ym(ref.y, ref.m);
  const t = refTime(ref);
  return ymd(t + (3 - weekday(t) + 7 * weeks) * DAY).slice(0, 7);
}
function monthFrom(ref: Ref | null, months: number): string | null {
  if (!ref) return null;
  return ref.m === null ? null : ym(ref.y, ref.m + months);
}
function yearFrom(ref: Ref | null, years: number, suffix = ''): string | null {
  return ref ? `${ref.y + years}${suffix}` : null;
}

/**
 * The year of a month (and day) stated without one. `mod` "last"/"next" is the last/next such month strictly before
 * or after the reference; otherwise the tense decides, and with no tense the nearer one.
 */
function yearFor(ref: Ref, month: number, day: number | null, tense: DateTense, mod?: string): number {
  if (ref.m === null) return ref.y;
  const useDay = day !== null && ref.d !== null && !mod;
  const at = month * 100 + (useDay ? day! : 0);
  const now = ref.m * 100 + (useDay ? ref.d! : 0);
  if (mod === 'last') return at < now ? ref.y : ref.y - 1;
  if (mod === 'next') return at > now ? ref.y : ref.y + 1;
  if (mod === 'this') return ref.y;
  if (tense === 'future') return at >= now ? ref.y : ref.y + 1;
  if (tense === 'past') return at <= now ? ref.y : ref.y - 1;
  const diff = (at - now) / 100;
  return diff > 6 ? ref.y - 1 : diff < -6 ? ref.y + 1 : ref.y;
}
function monthDate(ref: Ref | null, year: string | undefined, month: number, day: number | null, tense: DateTense, mod?: string): string | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const y = year ? Number(year) : ref ? yearFor(ref, month, day, tense, mod) : null;
  if (y === null) return null;
  return day !== null ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
}
/** A weekday: "this"/"next"/"last" week's, else the nearest one on the tense's side of the reference. */
function weekdayDate(ref: Ref | null, wd: number, mod: string | undefined, tense: DateTense): string | null {
  if (!ref || ref.m === null || ref.d === null) return weekMonth(ref, 0);
  const cur = weekday(refTime(ref));
  const ahead = (wd - cur + 7) % 7;
  const back = (cur - wd + 7) % 7;
  let days: number;
  if (mod === 'this') days = wd - cur;
  else if (mod === 'next') days = 7 - cur + wd;
  else if (mod === 'last' || mod === 'past') days = -(back || 7);
  // 上周二: the Tuesday of the week before, not the last Tuesday.
  else if (mod === 'prevweek') days = wd - cur - 7;
  else if (mod === 'coming') days = ahead || 7;
  else if (tense === 'future') days = ahead;
  else if (tense === 'past') days = -back;
  else days = ahead <= back ? ahead : -back;
  return dayFrom(ref, days);
}
/** The year of a quarter or half stated without one: the next such period for a future, the last for a past. */
function periodYear(ref: Ref | null, explicit: string | undefined, rel: string | undefined, part: number, parts: number, tense: DateTense): string | null {
  if (explicit) return explicit;
  if (!ref) return null;
  if (rel) return String(ref.y + ({ this: 0, next: 1, last: -1, 今: 0, 明: 1, 去: -1, 本: 0 } as Record<string, number>)[rel]!);
  if (ref.m === null) return String(ref.y);
  const cur = Math.ceil((ref.m * parts) / 12);
  if (tense === 'future' && part < cur) return String(ref.y + 1);
  if (tense === 'past' && part > cur) return String(ref.y - 1);
  return String(ref.y);
}
function zhNum(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : ZH_NUM[s] ?? NaN;
}

const RULES: [RegExp, Resolver][] = [
  // Absolute and month-name dates: "March 31, 2025", "Sept. 2023", "last November", "early October".
  [new RegExp(String.raw`(?:\b(?<mod>last|next|this) )?\b${MONTH}(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>${YEAR}))?\b`, 'gi'), (g, ref, tense) => {
    // "may" is a verb far more often than a month.
    if (g.month!.toLowerCase() === 'may' && !g.day && !g.year && !/last|next/i.test(g.mod ?? '') && !g.mayOk) return null;
    return monthDate(ref, g.year, MONTHS.indexOf(g.month!.toLowerCase().slice(0, 3)) + 1, g.day ? Number(g.day) : null, tense, g.mod?.toLowerCase());
  }],
  [new RegExp(String.raw`\b(?<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,?\s+(?<year>${YEAR}))?\b`, 'gi'), (g, ref, tense) =>
    monthDate(ref, g.year, MONTHS.indexOf(g.month!.toLowerCase().slice(0, 3)) + 1, Number(g.day), tense)],
  [new RegExp(String.raw`\b(?<year>${YEAR})-(?<m>\d\d)(?:-(?<d>\d\d))?\b`, 'g'), (g) => monthDate(null, g.year, Number(g.m), g.d ? Number(g.d) : null, 'any')],
  [/\b(?:(?<today>today|tonight|this (?:morning|afternoon|evening))|(?<yesterday>yesterday)|(?<tomorrow>tomorrow))\b/gi, (g, ref) =>
    dayFrom(ref, g.today ? 0 : g.yesterday ? -1 : 1)],
  [/\b(?:(?<mod>this|next|last|past|coming) )?(?<!(?:black|cyber|super|good|giving|small business) )(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s\b|'s? (?:times|telegraph|post|mail)| (?:times|telegraph|post|mail)\b)(?<!mail on sunday)/gi, (g, ref, tense) =>
    weekdayDate(ref, WEEKDAYS.indexOf(g.wd!.toLowerCase()), g.mod?.toLowerCase(), g.from && !g.mod && tense !== 'past' ? 'future' : tense)],
  // "launched this week", "本周已启动": a week that has begun, told as what has happened, is the launch reported as
  // happening now (TAXONOMY: it takes `published`); a week still to come is kept as its month.
  [/\b(?<mod>this|next|last|the coming|the past|the following) week(?:end)?\b/gi, (g, ref, tense) =>
    /^this$/i.test(g.mod!) && tense === 'past' ? dayFrom(ref, 0) : weekMonth(ref, /next|coming|following/i.test(g.mod!) ? 1 : /last|past/i.test(g.mod!) ? -1 : 0)],
  [/\b(?:the )?end of (?:the |this )?week\b/gi, (_g, ref) => weekMonth(ref, 0)],
  [/\b(?<mod>this|next|last|the coming|the following) month\b|\b(?:the )?end of (?:the |this )?month\b/gi, (g, ref) =>
    monthFrom(ref, !g.mod ? 0 : /next|coming|following/i.test(g.mod) ? 1 : /last/i.test(g.mod) ? -1 : 0)],
  [/\bin (?<n>\d{1,2}|an?|one|two|three|four|five|six) (?<unit>day|week|month)s?(?! (?:ago|after|before|later|since))\b/gi, (g, ref) => {
    const n = /^\d+$/.test(g.n!) ? Number(g.n) : EN_NUM[g.n!.toLowerCase()]!;
    const unit = g.unit!.toLowerCase();
    if (unit === 'month') return monthFrom(ref, n);
    const day = dayFrom(ref, unit === 'day' ? n : 7 * n);
    return day && unit === 'week' ? day.slice(0, 7) : day;
  }],
  [/\b(?:the )?(?:end of (?:the |this )?(?<rel>next |last )?year|year[- ]end|end[- ]of[- ](?:the[- ])?year)\b/gi, (g, ref) =>
    yearFrom(ref, g.rel?.trim().toLowerCase() === 'next' ? 1 : g.rel ? -1 : 0, '-12')],
  [new RegExp(String.raw`\bend of (?<year>${YEAR})\b`, 'gi'), (g) => `${g.year}-12`],
  // Seasons give the year: "next spring", "this autumn", "in the summer of 2026", "by late fall". "fall" and
  // "spring" are verbs or nouns too, so they need "this/next/last", "in/by (the)" or a year.
  // "ahead of its autumn debut", "a summer launch" name the season of a launch to come.
  [new RegExp(String.raw`\b(?:(?<mod>this|next|last|the coming) |(?<prep>in|by|until|from|during|ahead of|before|for) (?:(?:the|its|a|an|their) )?(?:(?:early|late|mid-?)\s*)?)(?<season>spring|summer|autumn|fall|winter)\b(?:,? (?:of )?(?<year>${YEAR}))?|\b(?<season2>spring|summer|autumn|fall|winter)(?:(?: of)? (?<year2>${YEAR})\b|(?= (?:debut|launch|roll-?out|opening)\b))`, 'gi'), (g, ref, tense) => {
    const year = g.year ?? g.year2;
    if (year) return year;
    if (!ref) return null;
    const mod = g.mod?.toLowerCase();
    if (mod) return String(ref.y + (mod === 'next' ? 1 : mod === 'last' ? -1 : 0));
    // A season still to come that has already ended this year (spring, said in November) is next year's.
    const ends = SEASON_END[(g.season ?? g.season2)!.toLowerCase()];
    const ahead = tense === 'future' || /ahead|before|for/i.test(g.prep ?? '') || !!g.season2;
    return String(ref.y + (ahead && ends && ref.m !== null && ref.m > ends ? 1 : 0));
  }],
  // "later that year", "the same year": the year of the date before it in the sentence (resolved below).
  [/\b(?:(?:later|earlier) )?(?:that|the same) year\b/gi, () => SAME_YEAR],
  // "this quarter", "next quarter": a quarter is kept as its year (the text's precision is coarser than a month).
  [/\b(?<mod>this|next|last|the coming|the current) quarter\b/gi, (g, ref) => {
    if (!ref || ref.m === null) return ref ? String(ref.y) : null;
    const q = Math.ceil(ref.m / 3) + (/next|coming/i.test(g.mod!) ? 1 : /last/i.test(g.mod!) ? -1 : 0);
    return String(ref.y + Math.floor((q - 1) / 4));
  }],
  [/\b(?<mod>this|next|last) year\b/gi, (g, ref) => yearFrom(ref, { this: 0, next: 1, last: -1 }[g.mod!.toLowerCase() as 'this'])],
  [new RegExp(String.raw`\b(?:(?<y1>${YEAR}) )?(?:q(?<q>[1-4])|(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final) quarter|h(?<h>[12])|(?<half>first|second) half)\b(?:,? (?:of )?(?:(?<y2>${YEAR})|(?<rel>this|next|last) year|(?<the>the|this) year))?`, 'gi'), (g, ref, tense) => {
    const half = g.h ? Number(g.h) : g.half ? (g.half.toLowerCase() === 'first' ? 1 : 2) : null;
    const part = half ?? (g.q ? Number(g.q) : ORDINAL[g.ord!.toLowerCase()]!);
    // "the second half of the year" is the year of publication, whichever way the tense points.
    return periodYear(ref, g.y1 ?? g.y2, g.rel?.toLowerCase() ?? (g.the ? 'this' : undefined), part, half ? 2 : 4, tense);
  }],
  // The year alone, after a preposition; the lookbehind keeps "in October 2024" to the month rule.
  [new RegExp(String.raw`(?<=\b(?:(?:in|by|from|since|during|of|until|before|after|early|late|throughout|for)\s+|mid-))(?<year>${YEAR})\b`, 'gi'), (g) => g.year!],
  // Chinese.
  [new RegExp(String.raw`(?:(?<year>${YEAR})年|(?<rel>今|明|去)年)?(?<!\d)(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<d>[1-3]?\d)[日号])?`, 'g'), (g, ref, tense) => {
    const year = g.year ?? (g.rel && ref ? String(ref.y + { 今: 0, 明: 1, 去: -1 }[g.rel as '今']) : undefined);
    if (g.rel && !ref) return null;
    return monthDate(ref, year, zhNum(g.m!), g.d ? Number(g.d) : null, tense);
  }],
  [/(?<today>今天|即日(?=起|开始)|今日(?!头条)|今晨|今早|今晚)|(?<yesterday>昨天|昨日|昨晚)|(?<tomorrow>明天|明日)|(?<before>前天)/g, (g, ref) =>
    dayFrom(ref, g.today ? 0 : g.yesterday ? -1 : g.tomorrow ? 1 : -2)],
  [new RegExp(`(?<!每)(?<mod>本|这|下|上)?个?(?:周|星期|礼拜)(?<wd>[${ZH_WEEKDAYS}天])(?!次)`, 'g'), (g, ref, tense) => {
    const wd = g.wd === '天' ? 6 : ZH_WEEKDAYS.indexOf(g.wd!);
    return weekdayDate(ref, wd, g.mod ? { 本: 'this', 这: 'this', 下: 'next', 上: 'prevweek' }[g.mod] : undefined, tense);
  }],
  [/(?<!线)(?<mod>本|这|下|上)个?(?:周|星期|礼拜)(?!期|年|岁)/g, (g, ref, tense) =>
    (g.mod === '本' || g.mod === '这') && tense === 'past' ? dayFrom(ref, 0) : weekMonth(ref, g.mod === '下' ? 1 : g.mod === '上' ? -1 : 0)],
  [/(?<cur>本月|这个月|当月)|(?<!线)(?<next>下个?月)|(?<!线)(?<last>上个?月)(?!活|度)/g, (g, ref) => monthFrom(ref, g.next ? 1 : g.last ? -1 : 0)],
  [new RegExp(String.raw`(?:(?<year>${YEAR})|(?<rel>今|明|去))?年年?(?:底(?!蕴)|末|终(?!奖))`, 'g'), (g, ref) =>
    g.year ? `${g.year}-12` : yearFrom(ref, g.rel === '明' ? 1 : g.rel === '去' ? -1 : 0, '-12')],
  [new RegExp(String.raw`(?:(?<year>${YEAR})年|(?<rel>今|明|去|本)年(?:度)?)?(?:第?(?<q>[一二三四1-4])季度|(?<half>上|下)半年)`, 'g'), (g, ref, tense) => {
    const half = g.half ? (g.half === '上' ? 1 : 2) : null;
    return periodYear(ref, g.year, g.rel, half ?? zhNum(g.q!), half ? 2 : 4, tense);
  }],
  [/(?<rel>今|明|去)年/g, (g, ref) => yearFrom(ref, { 今: 0, 明: 1, 去: -1 }[g.rel as '今'])],
  [new RegExp(String.raw`(?<!\d)(?<year>${YEAR})年`, 'g'), (g) => g.year!],
];

// "LONDON, March 27 (Reuters) -": the day the article was filed, which relative dates in it count from.
const DATELINE = new RegExp(String.raw`^\s*(?:[A-Z][\w .'-]{1,40}(?:,\s*[\w .'-]{1,30})?,\s+)?${MONTH}\s+(?<day>\d{1,2})(?:,?\s+(?<year>${YEAR}))?\s*\([A-Za-z .]{2,20}\)\s*[-–—:]*`, 'i');
const ZH_DATELINE = /(?<m>1[0-2]|0?[1-9])月(?<d>[1-3]?\d)日(?:电|讯|消息|晚间?消息|报道)/;
// "said on Monday", "announced Tuesday": the day of the statement.
const REPORTING_BEFORE = /\b(?:said|says|announced|confirmed|told [\w ]{1,25}?|reported|wrote|added|stated|disclosed|revealed)\s+(?:on |late |early |earlier |last )?$/i;
const REPORTING_AFTER = /^\s*(?:宣布|表示|称|透露|发布|公告|发文|披露|报道|消息)/;
const SAME_YEAR_BEFORE = /(?:同年|当年)$|\b(?:that|the same)\s+$/i;
const SAME_YEAR = 'same-year';
// "goes live from Monday", "starting Tuesday": the day something starts, still to come unless the sentence is past.
const STARTING_BEFORE = /\b(?:from|starting|beginning|as of|effective)\s+$/i;
const MAY_OK = /\b(?:in|by|since|until|from|early|late|mid-?|of|before|after|during|through|end of|that)\s+$/i;

function parseRef(published: string | null): Ref | null {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  return m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null } : null;
}

/**
 * Every date a sentence states, in order, resolved against `published` (ISO or YYYY-MM-DD). `tense` is read from
 * the sentence when not given. A dateline is not a date of the sentence's event but the reference for the others.
 */
export function findDates(sentence: string, published: string | null, tense: DateTense = tenseOf(sentence)): FoundDate[] {
  let ref = parseRef(published);
  let from = 0;
  const dl = DATELINE.exec(sentence);
  if (dl) {
    from = dl[0].length;
    const month = MONTHS.indexOf(dl.groups!.month!.toLowerCase().slice(0, 3)) + 1;
    const y = dl.groups!.year ? Number(dl.groups!.year) : ref ? yearFor(ref, month, Number(dl.groups!.day), 'past') : null;
    if (y !== null) ref = { y, m: month, d: Number(dl.groups!.day) };
  }
  const zdl = ZH_DATELINE.exec(sentence);
  if (zdl && ref) {
    const month = Number(zdl.groups!.m), day = Number(zdl.groups!.d);
    ref = { y: yearFor(ref, month, day, 'past'), m: month, d: day };
  }
  const found: (FoundDate & { len: number })[] = [];
  for (const [re, resolve] of RULES) {
    re.lastIndex = from;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (zdl && m.index < zdl.index + zdl[0].length && m.index + m[0].length > zdl.index) continue;
      const before = sentence.slice(Math.max(0, m.index - 40), m.index);
      const groups = { ...m.groups, mayOk: MAY_OK.test(before) ? '1' : undefined, from: STARTING_BEFORE.test(before) ? '1' : undefined };
      const date = resolve(groups, ref, tense);
      const end = m.index + m[0].length;
      const reporting = REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(sentence.slice(end, end + 6));
      if (date) found.push({ date, index: m.index, end, reporting, len: m[0].length });
    }
  }
  // Where two rules read the same words ("今年10月" and "今年"), the longer reading wins.
  found.sort((a, b) => a.index - b.index || b.len - a.len);
  const out: FoundDate[] = [];
  for (const f of found) {
    if (out.some((o) => f.index < o.end && f.end > o.index)) continue;
    // "2023年3月…，同年6月…": the same year as the date before.
    // "April 2021, and Britain followed that October", "…, later that year": the year of the date before.
    const prev = out[out.length - 1];
    if (f.date === SAME_YEAR) {
      if (prev) out.push({ date: prev.date.slice(0, 4), index: f.index, end: f.end, reporting: f.reporting });
      continue;
    }
    const date = prev && SAME_YEAR_BEFORE.test(sentence.slice(Math.max(0, f.index - 9), f.index)) && /^\d{4}-/.test(f.date) ? prev.date.slice(0, 4) + f.date.slice(4) : f.date;
    out.push({ date, index: f.index, end: f.end, reporting: f.reporting });
  }
  return out;
}

/** The first date a sentence states, or null. `published` (ISO) supplies a missing year and relative dates. */
export function findDate(sentence: string, published: string | null, tense?: DateTense): string | null {
  return findDates(sentence, published, tense).find((d) => !d.reporting)?.date ?? null;
}
