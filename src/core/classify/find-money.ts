// Amounts of money as news writes them: "$3 million to $4 million", "USD 12–13 billion", "4.2 trillion RMB
// (570.22 billion USD)", "less than USD 2 billion", "2000亿元", "接近千亿美元", "Rp 5 triliun" is out of scope.
// Returns plain numbers with their currency, range and qualifier; deciding whether an amount is GMV is not done here.

export type Qualifier = 'more' | 'less' | null;

export interface MoneyMention {
  index: number;
  end: number;
  low: number;
  high: number;
  /** ISO-ish code; null when the text gave a bare number ("6 billion") that may inherit a currency. */
  currency: string | null;
  qualifier: Qualifier;
  /** USD value given beside a foreign amount: "4.2 trillion RMB (570.22 billion USD)". */
  usd?: { low: number; high: number };
}

const CUR_PRE = String.raw`US\$|U\.S\. ?\$|USD|S\$|HK\$|R\$|\$|RMB|CNY|¥|￥|IDR|Rp\.?|€|EUR|£|GBP|MYR|RM(?=\s?\d)|THB|฿|₱|PHP|VND|₫|SGD|MXN|BRL|JPY`;
const CUR_POST = String.raw`(?:US |U\.S\. )?dollars?|USD|yuan|RMB|CNY|renminbi|rupiah|IDR|baht|ringgit|pesos?|dong|euros?|pounds|\byen\b|reais|美元|美金|元人民币|人民币|港元|印尼盾|印度尼西亚盾|越南盾|泰铢|林吉特|马币|菲律宾比索|墨西哥比索|比索|英镑|欧元|日元|新加坡元|新元|雷亚尔|元|VND|THB|MYR|PHP|SGD|GBP|EUR|JPY|BRL|MXN`;
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`trillion|billion|million|thousand|tn\b|bn\b|mn\b|[bmkBMK](?![a-zA-Z])|万亿|千亿|百亿|十亿|亿|千万|百万|万`;
const ZH_NUM = '[一二两三四五六七八九十百千]';

const AMOUNT = new RegExp(
  String.raw`(?<pre>${CUR_PRE})?\s?(?:(?<num>${NUM})|(?<zh>${ZH_NUM}*)(?=万亿|千亿|百亿|十亿|亿|千万|百万))\s?(?<scale>${SCALE})?\s?(?<post>${CUR_POST})?`,
  'g',
);
const RANGE_NEXT = new RegExp(String.raw`^\s*(?:-|–|—|~|to|至|到)\s*(?:(?:${CUR_PRE})\s?\d|(?:${NUM})\s?(?:${SCALE}))`, 'i');
// "不低于/不少于" (not below) is a floor: read before LESS_BEFORE, whose "低于" it ends with. "past $2 billion" (to push
// GMV past) is a floor too.
const BETWEEN_BEFORE = /\bbetween\s*$/i;
const BETWEEN_AND_NEXT = new RegExp(String.raw`^\s*(?:and)\s*(?:(?:${CUR_PRE})\s?\d|(?:${NUM})\s?(?:${SCALE}))`, 'i');
const MORE_BEFORE = /(?:more than|over|above|exceed(?:ed|ing|s)?|at least|upwards of|north of|in excess of|surpass(?:ed|es|ing)?|top(?:s|ped|ping)?|pass(?:ed|es|ing)?|past|cross(?:ed|es|ing)?|beyond|no (?:less|fewer) than|超过了?|超|逾|突破了?|破|达到了?逾|不低于|不少于|不小于|至少)\s*(?:a |an |the )?$/i;
const LESS_BEFORE = /(?:less than|under|below|nearly|almost|up to|as (?:much|high) as|close to|approach(?:es|ed|ing)?|near(?:s|ing)?|not quite|short of|接近|近|不到|不足|少于|低于|不超过)\s*$/i;
const MORE_AFTER = /^\s*(?:以上|多|\+|-plus|plus)/;
const LESS_AFTER = /^\s*(?:以下|以内)/;
const RANGE_JOIN = /^\s*(?:-|–|—|~|to|and|至|到|-)\s*$/i;
// "2000亿元人民币（约合280亿美元）", "RM5bn (or about US$1.1bn)", "€2bn (equivalent to $2.2bn)": the USD value in brackets.
const PAREN_OPEN = /^\s*[（(]\s*(?:~|≈|约合?|合|折合(?:约)?|相当于|大约|about|around|roughly|approx\.?|approximately|or|or about|or around|or roughly|some|nearly|equivalent to|equal to|worth)?\s*$/i;
// "2000亿元，约合280亿美元", "RM5 billion, or about US$1.1 billion": the same value in USD after a comma.
// Also "£2.5 billion, equal to roughly $3.2 billion", "…, equivalent to about $1 billion", "…, worth about $430 million".
const EQUIVALENT_AFTER = /^\s*[，,]\s*(?:约合|折合(?:约)?|相当于|合)\s*(?:约|大约)?\s*$|^\s*,\s*or (?:about |around |roughly |some |nearly )?$|^(?:\s+(?:in|for|during|over|last|this)\b[^,，;；$£€¥\d]{0,16}(?:(?:19|20)\d\d)?)?\s*[,，]?\s*(?:(?:which is |that is |or )?(?:equal|equivalent) to|worth)\s+(?:about |around |roughly |some |nearly |approximately )?$/i;

const SCALES: Record<string, number> = {
  trillion: 1e12, tn: 1e12, t: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3,
  '万亿': 1e12, '千亿': 1e11, '百亿': 1e10, '十亿': 1e9, '亿': 1e8, '千万': 1e7, '百万': 1e6, '万': 1e4,
};
// Chinese currency names come first: most end in 元 or 盾, which alone would read as yuan.
const CURRENCIES: [RegExp, string][] = [
  [/^(?:S\$)$|新加坡元|新元/, 'SGD'], [/^HK\$|港元/, 'HKD'], [/^R\$$/, 'BRL'], [/^dong$/i, 'VND'], [/印尼盾|印度尼西亚盾/, 'IDR'], [/越南盾/, 'VND'], [/泰铢/, 'THB'],
  [/林吉特|马币/, 'MYR'], [/墨西哥比索/, 'MXN'], [/比索/, 'PHP'], [/英镑/, 'GBP'], [/欧元/, 'EUR'], [/日元|\byen\b/i, 'JPY'],
  [/雷亚尔|reais/i, 'BRL'], [/\$|usd|dollar|美元|美金/i, 'USD'], [/rmb|cny|¥|￥|yuan|renminbi|元|人民币/i, 'CNY'],
  [/idr|rp|rupiah/i, 'IDR'], [/€|eur/i, 'EUR'], [/£|gbp|pound/i, 'GBP'], [/myr|rm|ringgit/i, 'MYR'], [/thb|฿|baht/i, 'THB'],
  [/₱|peso/i, 'PHP'], [/vnd|₫/i, 'VND'],
];
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function parseNumber(s: string): number {
  if (/^\d{1,3}(?:,\d{3})+/.test(s)) return Number(s.replace(/,/g, ''));
  return Number(s.replace(',', '.'));
}

/** "两百" → 200, "" → 1 (as in 千亿 = one 千亿). */
function parseZhNumber(s: string): number {
  if (!s) return 1;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch]!;
    else { total += (digit || 1) * ZH_UNITS[ch]!; digit = 0; }
  }
  return total + digit;
}

const ISO = new Set(['USD', 'CNY', 'IDR', 'EUR', 'GBP', 'MYR', 'THB', 'VND', 'PHP', 'SGD', 'JPY', 'BRL', 'MXN', 'HKD']);

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  if (ISO.has(token.toUpperCase())) return token.toUpperCase();
  for (const [re, code] of CURRENCIES) if (re.test(token)) return code;
  return null;
}

interface Raw { index: number; end: number; value: number; mult: number; scaled: boolean; currency: string | null }

function rawAmounts(text: string): Raw[] {
  const out: Raw[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    if (m[0].length === 0) { AMOUNT.lastIndex++; continue; }
    const g = m.groups!;
    if (g.num === undefined && g.zh === undefined) continue;
    // A lone 亿 or 万 with no numeral ("亿邦动力", "万家商户") is a word, not an amount; 千亿 alone is one 千亿.
    if (g.num === undefined && !g.zh && (g.scale === '亿' || g.scale === '万')) continue;
    // A number glued to letters ("4G", "H2") or a year is not money.
    const lead = m[0].length - m[0].trimStart().length;
    const before = text[m.index + lead - 1] ?? ' ';
    if (!g.pre && /[A-Za-z0-9]/.test(before)) continue;
    const scaleKey = g.scale ? g.scale.toLowerCase() : '';
    const n = g.num !== undefined ? parseNumber(g.num) : parseZhNumber(g.zh!);
    const currency = g.post && BARE_PESO.test(g.post) && !g.pre ? pesoOf(text) : currencyOf(g.pre) ?? currencyOf(g.post);
    // "30到35亿美元", "3 to 4 billion": a bare first number of a range takes the second's scale and currency.
    // "between 3 and 4 billion dollars": after "between", "and" joins the two ends of one range.
    const rest = text.slice(m.index + m[0].trimEnd().length);
    const rangeNext = RANGE_NEXT.test(rest) || (BETWEEN_BEFORE.test(text.slice(0, m.index + lead)) && BETWEEN_AND_NEXT.test(rest));
    if (!currency && !scaleKey && (/^(?:19|20)\d\d$/.test(g.num ?? '') || !rangeNext || /\b(?:from|rose|grew|fell)\s*$|[从由]\s*$/i.test(text.slice(0, m.index + lead)))) continue;
    const trail = m[0].length - m[0].trimEnd().length;
    out.push({ index: m.index + lead, end: m.index + m[0].length - trail, value: Number((n * (SCALES[scaleKey] ?? 1)).toPrecision(12)), mult: SCALES[scaleKey] ?? 1, scaled: !!scaleKey, currency });
  }
  return out;
}

/** Money amounts in one sentence, ranges merged, foreign amounts paired with a USD equivalent in brackets. */
// Remembered per sentence: the value extractors, the threshold reader and the trained heads' features all read the
// amounts of the same sentences of an item (sentence strings are the item's own, so lookups hash once).
const remembered = new Map<string, readonly MoneyMention[]>();
const MAY_STATE_AMOUNT = /[0-9万亿]/;
const NO_AMOUNTS: readonly MoneyMention[] = Object.freeze([]);

/** The money amounts of a sentence (shared between callers: read it, do not change it). */
export function findMoney(sentence: string): readonly MoneyMention[] {
  // Every amount has a digit or a 万/亿 scale: most sentences have neither, and need no scan.
  if (!MAY_STATE_AMOUNT.test(sentence)) return NO_AMOUNTS;
  let found = remembered.get(sentence);
  if (!found) {
    if (remembered.size >= 512) remembered.clear();
    found = readMoney(sentence);
    remembered.set(sentence, found);
  }
  return found;
}

// A bare "peso" / 比索 is Mexico's or the Philippines' by the country the sentence names ("TikTok Shop墨西哥站…1000比索").
const BARE_PESO = /^(?:pesos?|比索)$/i;
const MEXICO = /\bmexic(?:o|an)\b|墨西哥/i;
const PHILIPPINES = /\bphilippin\w*|\bfilipino|菲律宾/i;
function pesoOf(sentence: string): string {
  return MEXICO.test(sentence) && !PHILIPPINES.test(sentence) ? 'MXN' : 'PHP';
}

function readMoney(sentence: string): MoneyMention[] {
  const raws = rawAmounts(sentence);
  const out: MoneyMention[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1];
    let mention: MoneyMention;
    if (b && RANGE_JOIN.test(sentence.slice(a.end, b.index)) && (a.currency === b.currency || !a.currency || !b.currency)) {
      // "$3–4 million": the first number borrows the second's scale.
      const low = !a.scaled && a.value * b.mult <= b.value ? a.value * b.mult : a.value;
      mention = { index: a.index, end: b.end, low, high: b.value, currency: a.currency ?? b.currency, qualifier: null };
      i++;
    } else {
      mention = { index: a.index, end: a.end, low: a.value, high: a.value, currency: a.currency, qualifier: null };
    }
    const before = sentence.slice(Math.max(0, mention.index - 24), mention.index);
    const after = sentence.slice(mention.end, mention.end + 6);
    if (mention.low === mention.high) {
      if (MORE_BEFORE.test(before) || MORE_AFTER.test(after)) mention.qualifier = 'more';
      else if (LESS_BEFORE.test(before) || LESS_AFTER.test(after)) mention.qualifier = 'less';
    }
    const prev = out[out.length - 1];
    if (prev && prev.currency && prev.currency !== 'USD' && mention.currency === 'USD' && (PAREN_OPEN.test(sentence.slice(prev.end, mention.index)) || EQUIVALENT_AFTER.test(sentence.slice(prev.end, mention.index)))) {
      prev.usd = { low: mention.low, high: mention.high };
      prev.end = mention.end;
      continue;
    }
    // "$4.2 billion (£3.3 billion)": the same value in another currency, told beside the USD one.
    if (prev && prev.currency === 'USD' && mention.currency && mention.currency !== 'USD' && PAREN_OPEN.test(sentence.slice(prev.end, mention.index))) {
      prev.end = mention.end;
      continue;
    }
    out.push(mention);
  }
  return out;
}
