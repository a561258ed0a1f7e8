// The numbers a requirement states, in the unit of its subject (TAXONOMY "Fine points"): followers, years of age,
// days of account age (a month = 30, a year = 365), money, a percentage, a score, hours. Each finder returns the
// quantities of one unit in text order; `fromTo` then decides which is the old bar and which the new one.
import { findMoney } from './find-money.ts';
import { regexWithFlags } from './regex-copy.ts';

export interface Quantity {
  value: number;
  index: number;
  end: number;
  currency?: string;
}

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, sixty: 60, ninety: 90, hundred: 100,
};
// Longest first, so that "eighteen" is not read as "eight".
const WORD = Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join('|');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\b(?:${WORD})\b`;
const SCALE: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, 千: 1e3, 万: 1e4, m: 1e6, M: 1e6, million: 1e6 };

function toNumber(digits: string, scale?: string): number {
  const lower = digits.toLowerCase();
  const n = lower in WORD_NUMBERS ? WORD_NUMBERS[lower]! : Number(digits.replace(/,/g, ''));
  return n * (scale ? SCALE[scale] ?? 1 : 1);
}

/** Every match of `re` read by `read`; the quantity's span is that of the number group `n`/`a`/`b` when present. */
function all(re: RegExp, text: string, read: (m: RegExpExecArray) => number | null): Quantity[] {
  const out: Quantity[] = [];
  const flags = new Set([...re.flags, 'g', 'd']);
  const g = regexWithFlags(re, [...flags].join(''));
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const value = read(m);
    const span = (['n', 'a', 'b'] as const).map((k) => m!.indices?.groups?.[k]).find((x) => x) ?? [m.index, m.index + m[0].length];
    if (value !== null && Number.isFinite(value)) out.push({ value, index: span[0], end: span[1] });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

// "1,000 followers", "5K followers", "1000+ followers", "5000 粉丝", "1万粉丝", "0粉开播", "降至1000粉", "followers: 1,000",
// "5千名关注者", "粉丝数量达到3000".
const FOLLOWER_WORD = String.raw`(?:followers?|粉丝|关注者|粉)`;
const FOLLOWERS_AFTER = new RegExp(String.raw`(?<n>${NUMBER})\s*(?<s>[kKM]\b|thousand|千|万)?\s*\+?\s*(?:名|个|位)?\s*${FOLLOWER_WORD}`, 'gi');
const FOLLOWERS_BEFORE = new RegExp(String.raw`(?:followers?|粉丝|关注者)(?:数|量|数量|人数)?(?:\s*(?:count|threshold|minimum|requirement|门槛|要求))?\s*(?:of|:|：|达到|需|≥|>=|at least|至少|不低于|不少于|超过|满|(?:从|由)(?:原来|原先|此前|之前|以前|原)?的?)?\s*(?<n>\d[\d,]*)\s*(?<s>[kKM]\b|thousand|千|万)?(?!\s*(?:%|days?|天|years?|岁))`, 'gi');
// A follower bar moved with its unit said once, away from the numbers: "lowered the number of followers creators
// need … from 3,000 to 500", "the follower count … was cut to 1,000 from 5,000", "关注者数量从5000下调到1000",
// "粉丝要求降至100个". Only bare numbers count (not money, percentages, durations or years).
const BARE = String.raw`(?<![$£€¥\d.,])(?:${NUMBER})(?:\s*(?:[kK]\b|thousand|千|万))?(?!\s*(?:%|percent|[$£€¥]|美元|元|英镑|欧元|days?|weeks?|months?|years?|hours?|天|周|个月|年|小时|岁|日|号|\d|[.,]\d))`;
const FROM_TO_BARE = new RegExp(String.raw`(?:\bfrom(?: (?:the |an? )?(?:original|previous|earlier|old|former|current))?|(?:由|从)(?:原来|原先|此前|之前|以前|原|现行|目前)?的?)\s*(?<a>${BARE})\s*(?:人|个|名|位)?\s*(?:\S{0,4}?(?:降至|降到|降低至|降为|提高至|提高到|提升至|上调至|上调为|下调至|下调为|下调到|上调到|升至|调整为|调整至|调至|改为|增至|减至|至|到)|\bto)\s*(?<b>${BARE})`, 'gi');
const TO_FROM_BARE = new RegExp(String.raw`\bto (?:just |only |as few as |as low as )?(?<b>${BARE})\s*,?\s*(?:up |down )?from (?:the |a )?(?:previous |earlier |old |former )?(?<a>${BARE})`, 'gi');
const TO_BARE = new RegExp(String.raw`(?:\b(?:cut|cuts|lowered|lowers|reduced|reduces|raised|raises|increased|increases|lifted|lifts|dropped|drops|set|sets|moved|moves|changed|changes|brought|brings|halved|halves|doubled|doubles|trimmed|trims|slashed|slashes) [^.;:]{0,120}?\bto (?:just |only |as few as |as low as )?|降至|降到|降低至|降为|下调至|下调为|下调到|调整为|调整至|调至|改为|提高至|提高到|提升至|上调至|上调到|增至|减至)\s*(?<b>${BARE})(?:\s*(?:人|个|名|位))?`, 'gi');

export function followerCounts(text: string): Quantity[] {
  const read = (m: RegExpExecArray) => toNumber(m.groups!.n!, m.groups!.s);
  const found = distinct([...all(FOLLOWERS_AFTER, text, read), ...all(FOLLOWERS_BEFORE, text, read)]);
  if (found.length) return found;
  return movedBar(text);
}

/** The bare numbers of "from X to Y", "to Y from X" or "cut to Y", in text order. */
function movedBar(text: string): Quantity[] {
  for (const re of [FROM_TO_BARE, TO_FROM_BARE]) {
    const g = regexWithFlags(re, 'gid');
    const m = g.exec(text);
    if (!m) continue;
    const [a, b] = [m.indices!.groups!.a!, m.indices!.groups!.b!];
    const qa = { value: bareValue(text.slice(a[0], a[1])), index: a[0], end: a[1] };
    const qb = { value: bareValue(text.slice(b[0], b[1])), index: b[0], end: b[1] };
    if (isYear(text, qa) || isYear(text, qb)) return [];
    return [qa, qb].filter((q) => Number.isFinite(q.value)).sort((x, y) => x.index - y.index);
  }
  const g = regexWithFlags(TO_BARE, 'gid');
  const m = g.exec(text);
  if (!m) return [];
  const b = m.indices!.groups!.b!;
  const q = { value: bareValue(text.slice(b[0], b[1])), index: b[0], end: b[1] };
  return Number.isFinite(q.value) && !isYear(text, q) ? [q] : [];
}

/** "from 2024 to 2025": years, not a bar. */
function isYear(text: string, q: Quantity): boolean {
  return /^(?:19|20)\d\d$/.test(text.slice(q.index, q.end).trim());
}

function bareValue(s: string): number {
  const m = new RegExp(String.raw`^(${NUMBER})\s*([kK]|thousand|千|万)?`, 'i').exec(s.trim());
  return m ? toNumber(m[1]!, m[2]) : NaN;
}

// "at least 18", "18 years old", "18 or older", "over 18s", "over the age of 18", "年满18周岁", "18岁以上".
const AGE = new RegExp(String.raw`(?:at least|over(?: the age of)?|(?:must|has to|have to|need to|needs to) (?:now |still |also )?be|aged?(?: (?:limit|requirement|minimum))?(?: (?:to|of|is|at))?|minimum age(?: [\w-]+){0,8}? (?:from \w+ )?(?:to|of|is)|年满|满)\s*(?<a>1[3-9]|2[0-5]|${WORD})(?!\s*(?:days?|months?|%|,\d|\d|followers?|粉丝|天|个月))|(?<b>1[3-9]|2[0-5]|${WORD})\s*(?:\+\s*)?(?:years?(?: of age| old)?|or older|and (?:over|above|older)|s\b|周岁|岁)`, 'gi');

export function ages(text: string): Quantity[] {
  return distinct(all(AGE, text, (m) => {
    const v = toNumber(m.groups!.a ?? m.groups!.b!);
    return v >= 10 && v <= 30 ? v : null;
  }));
}

// "14 days", "60天", "3 months" (90), "one year" (365), "6个月".
const DURATION = new RegExp(String.raw`(?<n>${NUMBER}|[一二两三四五六七八九十]+)\s*(?<u>days?|天|日|weeks?|周|months?|个月|月|years?|年)(?![\d])`, 'gi');
const ZH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function durationsInDays(text: string): Quantity[] {
  return all(DURATION, text, (m) => {
    const raw = m.groups!.n!;
    const n = /^[一二两三四五六七八九十]+$/.test(raw) ? zh(raw) : toNumber(raw);
    const u = m.groups!.u!.toLowerCase();
    // "2024年" is a year, not a duration.
    if ((u === '年' || u === '月' || u === '日') && n > 100) return null;
    if (u === '日' || u === '月') return null;
    const per = /^d|天/.test(u) ? 1 : /^w|周/.test(u) ? 7 : /^m|月/.test(u) ? 30 : 365;
    return n * per;
  });
}

function zh(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (ZH_DIGIT[s[1]!] ?? 0);
  if (s.length === 2 && s[1] === '十') return ZH_DIGIT[s[0]!]! * 10;
  if (s.length === 3 && s[1] === '十') return ZH_DIGIT[s[0]!]! * 10 + ZH_DIGIT[s[2]!]!;
  return ZH_DIGIT[s] ?? NaN;
}

// Chinese numerals before a unit: "一万人" → "1万人", "五千名" → "5000名", "十八周岁" → "18周岁", "满一年" → "满1年".
// Only before a unit or scale, so that words such as 统一 or 一些 are left alone.
const ZH_NUMERAL = /(?<![\d.])[零一二两三四五六七八九十百千]{1,6}(?=万|千|百|周岁|岁|天|个月|年|小时|人|名|位|粉|分)/g;
const ZH_VALUE: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function arabicNumerals(text: string): string {
  return text.replace(ZH_NUMERAL, (run) => {
    let total = 0;
    let digit = 0;
    for (const ch of run) {
      if (ch in ZH_VALUE) digit = ZH_VALUE[ch]!;
      else {
        total += (digit || 1) * ZH_UNIT[ch]!;
        digit = 0;
      }
    }
    return String(total + digit);
  });
}

const PERCENT = /(?<n>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/gi;
export function percentages(text: string): Quantity[] {
  return all(PERCENT, text, (m) => Number(m.groups!.n));
}

// "SPS score ≥ 4", "a minimum average performance score of 4.0", "评分不低于4.5", "rating of 4.5".
const SCORE = /(?:score|rating|评分|体验分|分数)[^.;,，。\d]{0,30}?(?:≥|>=|of|at least|不低于|达到|高于|需达|为)?\s*(?<n>\d(?:\.\d{1,2})?)(?!\s*%|\d)|(?:≥|>=|at least|不低于)\s*(?<m>\d(?:\.\d{1,2})?)\s*(?:分|stars?)/gi;
export function scores(text: string): Quantity[] {
  return all(SCORE, text, (m) => Number(m.groups!.n ?? m.groups!.m));
}

const HOURS = /(?<n>\d+)\s*(?:hours?|小时|hrs?\b|h\b)/gi;
export function hours(text: string): Quantity[] {
  return all(HOURS, text, (m) => Number(m.groups!.n));
}

/** Money in USD when the text gives USD, else the stated amount with its currency. */
export function moneyAmounts(text: string): Quantity[] {
  // An amount needs a number: "亿" alone (as in the name 亿邦动力) is not one.
  return findMoney(text).filter((m) => /[\d一二两三四五六七八九十百千]/.test(text.slice(m.index, m.end))).flatMap((m) => {
    const one = (v: number, vUsd: number | undefined, index: number, end: number): Quantity =>
      vUsd !== undefined ? { value: vUsd, index, end } : { value: v, index, end, ...(m.currency ? { currency: m.currency } : {}) };
    const usdOf = (k: 'low' | 'high') => (m.currency === 'USD' ? m[k] : m.usd?.[k]);
    // "the deposit drops from $2,000 to $500": a bar moved, not a range — the old and the new amount.
    const span = text.slice(m.index, m.end);
    const to = /\s+to\s+|\s*(?:至|到)\s*/.exec(span);
    if (m.high !== m.low && to && /(?:\bfrom|由|从)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      const cut = m.index + to.index;
      return [one(m.low, usdOf('low'), m.index, cut), one(m.high, usdOf('high'), cut + to[0].length, m.end)];
    }
    return [one(m.low, usdOf('low'), m.index, m.end)];
  });
}

function distinct(qs: Quantity[]): Quantity[] {
  const sorted = [...qs].sort((a, b) => a.index - b.index);
  return sorted.filter((q, i) => !sorted.slice(0, i).some((p) => q.index < p.end && q.end > p.index));
}

const FROM_WORD = /(?:\bfrom\b|\bwas\b|\bpreviously\b|\bused to\b|\bcurrently\b|\bat the moment\b|由|从|原先|原来|此前|之前|以前|原为)[^.;；。]{0,40}$/i;
const TO_WORD = /\bto\b|\bnow\b|→|->|至|到|为|成|降|升|提高|恢复|调整|改|变/i;
const UP_FROM = /^[^.;；。]{0,80}?\b(?:up|down|raised|lowered|increased|reduced|changed|cut) from\b|^[^.;；。]{0,6}?\(?(?:was|previously|此前为?|原为)/i;
const TO_FROM = /\bto\s*$/i;
const OLD_BEFORE = /(?:\bfrom|由|从|原先|原来|此前|之前|原(?:要求|规定|门槛|标准)?为|\bprevious(?:ly)?|\bprior\b|\bformer\b|\bold\b|\bwas)[^\d.;。]{0,25}$/i;
const FROM_RIGHT_BEFORE = /(?:\bfrom|由|从)\s*(?:the |a )?(?:previous |earlier |old |former )?(?:US\$|\$)?$/i;
const PREV_BAR = new RegExp(String.raw`(?:\bfrom|由|从)\s*(?:US\$|\$)?(${NUMBER})\s*(k|K|万|千|thousand)?\s*\S{0,8}?\s*(?:\bto|至|到|降至|提高至|升至|调至|调整为)\s*$`, 'i');
// "…at least 3.5, raising the bar from 3.0", "18, up from 16".
const UP_FROM_VALUE = new RegExp(String.raw`^[^.;；。]{0,80}?\b(?:up|down|rais(?:ed|ing)|lower(?:ed|ing)|increas(?:ed|ing)|reduc(?:ed|ing)|cut(?:ting)?|chang(?:ed|ing))(?: (?:the|its|it) (?:[a-z-]+ )?(?:bar|threshold|minimum|requirement|limit))? from (?:US\$|\$)?(${NUMBER})\s*(k|K|thousand)?`, 'i');
// "…, half the previous requirement of 1,000", "the limit was previously 16", "原要求为16周岁": the old bar after the new.
const PREV_AFTER = new RegExp(String.raw`^[^.。]{0,60}?(?:\binstead of|\brather than|\bcompared (?:with|to)|\bversus|\bvs\.?|\b(?:the |this )?(?:current|existing|present) (?:[a-z-]+ )?(?:limit|bar|minimum|requirement|threshold|rule) (?:is|stands at|of)|\breplacing (?:the |a )?(?:previous |old |former )?|\b(?:previous|prior|old|former|earlier)\s+(?:[a-z-]+\s+){0,2}?(?:of|was|at|:)|\b(?:was|were|had been|used to be|stood at) (?:previously|formerly|earlier)|\b(?:previously|formerly)(?: (?:at|set at|stood at))?|(?:此前|原先|原来|之前|以前)(?:的?(?:要求|门槛|标准|规定))?(?:为|是)?|原(?:要求|规定|门槛|标准)?为)\s*(?:US\$|\$)?(${NUMBER})\s*(k|K|thousand|万|千)?`, 'i');
const FROM_AFTER = new RegExp(String.raw`^\s*(?:\w+\s*)?,?\s*from (?:the |a )?(?:previous |earlier |old |former )?(?:US\$|\$)?(${NUMBER})\s*(k|K|thousand)?(?!\s*(?:days?|months?|years? (?:ago|earlier)|%))`, 'i');
const NEXT_BAR = /^\s*\S{0,12}?\s*(?:(?:至|到)(?!少|今|期|底)|降至|降到|降低至|降低到|降为|提高至|提高到|提升至|提升到|上调至|上调为|上调到|下调至|下调为|下调到|升至|调整为|调整至|调至|改为|增至|减至|恢复至|压缩到|压缩至|缩短至|\bto)\s*(?:US\$|\$)?(\d[\d,]*(?:\.\d+)?)\s*(k|K|万|千|thousand)?/;

// "…, which previously required 5,000", "此前要求1000": the bar a dropped requirement had.
const PREVIOUS_BAR = new RegExp(String.raw`(?:\bpreviously|\bformerly|\bused to|此前|原先|原来|之前)[^.;。，,]{0,24}?(?<b>${BARE})`, 'i');

/** The old bar of a requirement that was dropped, when the text gives it. */
export function previousBar(text: string): number | null {
  const m = PREVIOUS_BAR.exec(text);
  if (!m) return null;
  const v = bareValue(m.groups!.b!);
  return Number.isFinite(v) ? v : null;
}

/**
 * Old and new bar from the quantities of one subject in a clause: "from 5,000 to 1,000", "由5000降至1000",
 * "50 from 1,000", "18, up from 16", "原先设定的1000粉丝门槛现已恢复至5000粉丝". One quantity is the current bar.
 */
export function fromTo(text: string, qs: Quantity[]): { from: number | null; to: number | null; currency?: string } {
  const cur = (q: Quantity) => (q.currency ? { currency: q.currency } : {});
  if (qs.length === 0) return { from: null, to: null };
  if (qs.length === 1) {
    const q = qs[0]!;
    // The other bar is often written without its unit: "粉丝门槛从1000降至500", "from sixteen to eighteen",
    // "3,000 followers …, up from 1,000".
    const after = text.slice(q.end);
    const beforeQ = text.slice(Math.max(0, q.index - 40), q.index);
    const next = NEXT_BAR.exec(after);
    if (next && FROM_WORD.test(beforeQ)) {
      const v = toNumber(next[1]!, next[2]);
      if (Number.isFinite(v) && v !== q.value) return { from: q.value, to: v, ...cur(q) };
    }
    const prev = PREV_BAR.exec(beforeQ);
    if (prev) {
      const v = toNumber(prev[1]!, prev[2]);
      if (Number.isFinite(v) && v !== q.value) return { from: v, to: q.value, ...cur(q) };
    }
    const prevAfter = PREV_AFTER.exec(after);
    if (prevAfter) {
      const v = toNumber(prevAfter[1]!, prevAfter[2]);
      if (Number.isFinite(v) && v !== q.value) return { from: v, to: q.value, ...cur(q) };
    }
    // "to 18, from 16 previously", "to 1,000 from 5,000": the old bar right after the new one.
    const fromAfter = FROM_AFTER.exec(after);
    if (fromAfter) {
      const v = toNumber(fromAfter[1]!, fromAfter[2]);
      // "to 18 from 2026" dates the rule; it is not the old bar.
      const aYear = v >= 1990 && v <= 2100 && q.value < 1000;
      if (Number.isFinite(v) && v !== q.value && !aYear) return { from: v, to: q.value, ...cur(q) };
    }
    const upFrom = UP_FROM_VALUE.exec(after);
    if (upFrom) {
      const v = toNumber(upFrom[1]!, upFrom[2]);
      if (Number.isFinite(v) && v !== q.value) return { from: v, to: q.value, ...cur(q) };
    }
    const before = text.slice(Math.max(0, q.index - 40), q.index);
    if (/(?:\bprevious(?:ly)?|此前|原先|原来)[^.;；。]{0,25}$/i.test(before) && !/\bnow\b|现/.test(text.slice(q.end))) return { from: q.value, to: null, ...cur(q) };
    return { from: null, to: q.value, ...cur(q) };
  }
  const [a, b] = qs as [Quantity, Quantity];
  const between = text.slice(a.end, b.index);
  const before = text.slice(Math.max(0, a.index - 40), a.index);
  // The old bar is the one "from" (由, 从, previously) points at: "raising the minimum from 1,000 followers".
  const old = (q: Quantity) => OLD_BEFORE.test(text.slice(Math.max(0, q.index - 30), q.index));
  // "was cut to 1,000 from 5,000": a "from" right before a number marks the old bar more surely than a "was" earlier.
  const fromRightBefore = (q: Quantity) => FROM_RIGHT_BEFORE.test(text.slice(Math.max(0, q.index - 30), q.index));
  if (fromRightBefore(b) && !fromRightBefore(a)) return { from: b.value, to: a.value, ...cur(a) };
  if (old(b) && !old(a)) return { from: b.value, to: a.value, ...cur(a) };
  if (old(a)) return { from: a.value, to: b.value, ...cur(b) };
  if (TO_FROM.test(before) && /\bfrom\b/i.test(between)) return { from: b.value, to: a.value, ...cur(a) };
  if (UP_FROM.test(text.slice(a.end, b.index + 1))) return { from: b.value, to: a.value, ...cur(a) };
  if (FROM_WORD.test(before) || TO_WORD.test(between)) return { from: a.value, to: b.value, ...cur(b) };
  return { from: null, to: a.value, ...cur(a) };
}
