// Threshold changes: what merchants, creators, hosts or partner stores must meet to join or sell, when a text says
// the bar was set, raised, lowered or removed. A requirement alone ("sellers must provide a licence", a how-to guide)
// is not a change; fees and commissions are not thresholds.
import type { ThresholdFact } from '../types.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';

const REQUIREMENT = /\brequire(?:s|d|ment|ments)?\b|\bneeds? (?:at least |only )?\d|\bmust\b|\bminimum\b|\bat least\b|threshold|\bbarriers?\b|eligib|\bqualif|criteria|\bneed(?:s|ed)? to (?:have|be|provide|use|show|submit|register|pay|meet|hold|reach|rack)|\bonly need(?:s|ed)?\b|invitation(?:[- ]only| codes?)|\bdeposits?\b|\bentry (?:requirements?|bar|threshold|rules)|\bmandat|\bonly (?:open to|available to)|no longer (?:need|required)|without (?:initially )?having to|zero[- ](?:deposit|cost)|\b\d{2} (?:years old|or older|and (?:above|over))|over the age of|门槛|要求|条件|保证金|邀请码|资质|营业执照|需要|需提供|必须|至少|不低于|准入|入驻标准|0元入驻|零保证金|非必要/i;
const WHO = /\blive (?:selling|shopping|sessions?)|followers?|粉丝|店|merchant|seller|vendor|creator|influencer|affiliate|\bhosts?\b|streamer|partner stores?|\bbrands?\b|shop owner|\bstores?\b|account holder|entit(?:y|ies)|\bregist|\bjoin|\bsell(?:ing)? (?:on|in|through)|\bopen (?:a )?(?:shop|store)|live ?stream|\blive content|\bentry\b|商家|卖家|达人|创作者|主播|店铺|开店|入驻|带货|注册/i;
const CHANGE = /\bnow\b|\b(?:up|down) from\b|\bnew\b|\brais(?:e|es|ed|ing)\b|\blower(?:s|ed|ing)?\b|tighten|loosen|\brelax|\beas(?:e|es|ed|ing)\b|\bscrap|\bremov|\bcancel|\bdrop(?:s|ped)?\b|\breduc|\bincreas|\bchang|\bupdat|\bwill (?:need|require|have to|be required)|\bstarting\b|\beffective\b|\bmandates?\b|\bno longer\b|\bintroduc|\bcapped\b|\bprevious|\bfrom [\d,.]+ \w+ to\b|\bcut(?:s)?\b|\bslash|\bwaive|zero[- ](?:deposit|cost)|\brecent|调整|降低|提高|放宽|收紧|取消|新增|开始|变为|改为|不再|非必要|新规|下调|上调|更新|降至|升至|调至|0元入驻|零保证金/i;
const NOT_THRESHOLD = /\bfees?\b|commission|referral|费率|佣金|手续费|服务费/i;
const FEE_EXCEPTION = /deposit|保证金|followers?|粉丝/i;
const COMPLIANCE = /\badhere\b|\bcomply\b|avoid violations|follow (?:the |these )?rules|遵守|违规/i;
const DIVEST = /divest|to sell (?:its|the|tiktok)|sell (?:its|their) stake|出售/i;
const BEFORE = /\b(?:currently|previously|used to|at present|until now)\b|此前|之前|目前|原先/i;

const ACTORS: [string, RegExp][] = [
  ['partner_store', /partner stores?|合作店铺/i],
  ['live_host', /\bhosts?\b|streamer|live ?stream|\blive content|直播|主播/i],
  ['creator', /creator|influencer|affiliate|\bkol|达人|创作者|带货/i],
  ['new_merchant', /new (?:merchants|sellers)|新商家/i],
  ['merchant', /merchant|seller|vendor|\bstores?\b|\bshops?\b|\bbrands?\b|entit(?:y|ies)|商家|卖家|店铺|企业/i],
];
const ATTRIBUTES: [string, RegExp][] = [
  ['followers', /followers?|粉丝/i],
  ['age', /\bage\b|years old|or older|and above|\d+岁|年龄/i],
  ['deposit', /deposits?|保证金/i],
  ['sales_usd', /\bsales\b|\bgmv\b|销售额|流水/i],
  ['invitation_code', /invitation|邀请码|邀请制/i],
  ['business_registration', /business registration|registration certificate|business licen[cs]e|营业执照|注册证书/i],
  ['marketplace_experience', /experience|经验/i],
  ['ownership', /\bowned\b|ownership|股权/i],
  ['documents', /passport|driver'?s licen[cs]e|phone number|e-?mail|documents?|身份证|护照/i],
  ['videos', /videos?|视频/i],
  ['entry_requirements', /barriers?|entry|requirements?|threshold|门槛|入驻|准入/i],
];
const FROM_TO = /from (?:over |at least |more than )?(?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m)?\b[^.;]{0,25}?\bto (?:over |at least |more than )?(?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m)?\b/i;
const ZH_FROM_TO = /[由从][^\d，,。；;]{0,8}?(?:\$|美元)?([\d,.]+)\s*(万)?[^，,。；;]{0,8}?(?:降至|降低到|降低至|降到|降为|提高到|提高至|提高为|提升至|上调至|上调为|下调至|下调为|调整为|调整至|调为|改为|变为|增至|减至|到|至)\s*(?:\$|美元)?([\d,.]+)\s*(万)?/;
// "cut the requirement to 50 from 1,000".
const TO_FROM = /\bto (?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m)?\s+from (?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m)?\b/i;
const UP_FROM = /(?<![\d,.])(\d[\d,.]*)\s*(million|thousand|k|m)?\b[^.;]{0,60}?\b(?:up|down|raised|lowered|increased|reduced|changed) from (?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m)?/i;
const TO_ONLY = /(?:\b(?:lower(?:s|ed)?|rais(?:e|es|ed)|reduc(?:e|es|ed)|increas(?:e|es|ed)|cuts?|capped|slashed|sets?|dropped)\b[^.;,]{0,30}?\b(?:to|at)\b|降至|降低到|提高到|调整为|调至|改为|升至)\s*(?:over |at least |more than )?(?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m|万)?/i;
const FROM_ONLY = /previous(?:ly)? (?:maximum |minimum |level |requirement )?(?:of |was |at )?(?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m|万)?|此前为?([\d,.]+)/i;
const AT_LEAST = /(?:at least|minimum(?: of)?|over the age of|\bneeds? (?:only )?|\brequires? |至少|不低于|满)\s*(?:us\$|usd |\$)?([\d,.]+)\s*(million|thousand|k|m|万)?|\b(\d{2}) (?:years old|or older|and (?:above|over))|(\d{2})岁/i;
const ZERO = /without (?:initially )?having to pay|zero[- ](?:deposit|cost)|no deposit|0元入驻|零保证金|免保证金/i;
const MULT: Record<string, number> = { million: 1e6, m: 1e6, thousand: 1e3, k: 1e3, 万: 1e4 };

function num(digits: string | undefined, unit: string | undefined): number | null {
  if (!digits) return null;
  const n = Number(digits.replace(/,/g, ''));
  return Number.isFinite(n) ? n * (MULT[(unit ?? '').toLowerCase()] ?? 1) : null;
}

function subjectOf(text: string, context: string): string[] {
  const actor = ACTORS.find(([, re]) => re.test(text))?.[0] ?? ACTORS.find(([, re]) => re.test(context))?.[0] ?? 'merchant';
  // Follower minimums are creators' bars even when the sentence is about shops.
  const attrs0 = ATTRIBUTES.filter(([a, re]) => a !== 'entry_requirements' && re.test(text)).map(([a]) => a);
  if (attrs0.length === 1 && attrs0[0] === 'followers' && !ACTORS.slice(0, 3).some(([, re]) => re.test(text))) return ['creator_followers'];
  const attrs = ATTRIBUTES.filter(([, re]) => re.test(text)).map(([a]) => a);
  // "entry requirements" is the catch-all; a named requirement says more.
  const named = attrs.filter((a) => a !== 'entry_requirements');
  return (named.length ? named.slice(0, 2) : ['entry_requirements']).map((a) => `${actor}_${a}`);
}

function values(text: string, earlier: string[]): { from: number | null; to: number | null } {
  const ft = FROM_TO.exec(text);
  if (ft) return { from: num(ft[1], ft[2]), to: num(ft[3], ft[4]) };
  const tf = TO_FROM.exec(text);
  if (tf) return { from: num(tf[3], tf[4]), to: num(tf[1], tf[2]) };
  const zh = ZH_FROM_TO.exec(text);
  if (zh) return { from: num(zh[1], zh[2]), to: num(zh[3], zh[4]) };
  const up = UP_FROM.exec(text);
  if (up) return { from: num(up[3], up[4]), to: num(up[1], up[2]) };
  if (ZERO.test(text)) return { from: null, to: 0 };
  const to = TO_ONLY.exec(text);
  const fromOnly = FROM_ONLY.exec(text);
  const atLeast = AT_LEAST.exec(text);
  const toValue = to ? num(to[1], to[2]) : atLeast ? num(atLeast[1] ?? atLeast[3] ?? atLeast[4], atLeast[2]) : null;
  let from = fromOnly ? num(fromOnly[1] ?? fromOnly[3], fromOnly[2]) : null;
  if (from === null && toValue !== null) {
    // "Currently hosts must be 16 … from November they must be 18": the earlier stated value is the old bar.
    for (const e of earlier) {
      const prior = AT_LEAST.exec(e);
      const v = prior ? num(prior[1] ?? prior[3] ?? prior[4], prior[2]) : null;
      if (v !== null && v !== toValue && sameUnit(v, toValue)) { from = v; break; }
    }
  }
  return { from, to: toValue };
}

function sameUnit(a: number, b: number): boolean {
  return a < 100 === b < 100;
}

/** Threshold facts: one per market and named requirement of each sentence that states a change. */
export function extractThresholds(ctx: ItemContext): ThresholdFact[] {
  const out: ThresholdFact[] = [];
  const titleChange = CHANGE.test(ctx.title.text);
  const titleWho = WHO.test(ctx.title.text);
  const earlierBefore: string[] = [];
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    if (BEFORE.test(t)) earlierBefore.push(t);
    if (!REQUIREMENT.test(t) || COMPLIANCE.test(t) || DIVEST.test(t)) return;
    if (NOT_THRESHOLD.test(t) && !FEE_EXCEPTION.test(t)) return;
    if (!(WHO.test(t) || titleWho)) return;
    if (!(CHANGE.test(t) || titleChange)) return;
    const markets = marketsForSentence(ctx, i);
    // "deposit cut from $500 to $100, follower minimum from 1,000 to 500": each clause names its own bar.
    const named = (c: string) => ATTRIBUTES.filter(([a, re]) => a !== 'entry_requirements' && re.test(c)).map(([a]) => a).join();
    const clauses = t.split(/[，;；]|,(?!\d{3})/).filter((c) => named(c));
    const parts = clauses.length > 1 && new Set(clauses.map(named)).size > 1 ? clauses : [t];
    for (const part of parts) {
      const { from, to } = values(part, earlierBefore.filter((e) => e !== t));
      for (const subject of subjectOf(part, `${t} ${ctx.title.text}`)) {
        for (const market of markets.length ? markets : [null]) {
          out.push({ type: 'threshold', market, subject, from, to });
        }
      }
    }
  });
  return dedupe(out);
}

// One fact per (market, subject): the one with values wins over a bare mention.
function dedupe(facts: ThresholdFact[]): ThresholdFact[] {
  const best = new Map<string, ThresholdFact>();
  for (const f of facts) {
    const k = `${f.market}|${f.subject}`;
    const cur = best.get(k);
    const score = (x: ThresholdFact) => (x.from !== null ? 1 : 0) + (x.to !== null ? 1 : 0);
    if (!cur || score(f) > score(cur)) best.set(k, f);
  }
  return [...best.values()];
}
