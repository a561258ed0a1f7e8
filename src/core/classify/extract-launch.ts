// Launches: TikTok Shop or one of its business lines (cross-border, full-service, live shopping) starting,
// scheduled, opening registration, testing, expanding or relaunching in a market. Rumoured, postponed and denied
// launches count. A brand launching a product on TikTok Shop, or a new ad product, does not.
import type { LaunchFact } from '../types.ts';
import { findDate } from './find-date.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';

const VERB = /\blaunch(?:es|ed|ing)?\b|\brelaunch|\broll(?:s|ed|ing)? ?out\b|\brollout\b|\bgo(?:es|ing)? live\b|\bwent live\b|\bdebut|\bexpan(?:d|ds|ded|ding|sion)\b|\benter(?:s|ed|ing)? (?:the )?[\w.]+ market|\bentry into\b|\barriv(?:e|es|ed|al|ing) in\b|\bnow open\b|\bopen(?:s|ed|ing)? (?:up )?(?:to (?:users|merchants|sellers|shoppers|the public|all)|registration|(?:its )?(?:doors|applications)|for (?:business|registration))|\bopen registration|\bregistration (?:opens|opened)|\bresum(?:e|es|ed|ing)\b|\breturn(?:s|ed|ing)? to\b|\bcoming to\b|\bcomes to\b|\bavailable (?:to \w+ )?in\b|\btest(?:s|ed|ing)?\b|\bpilot|\bbetas?\b|invitation[- ]only|\bis now (?:a|an) (?:shopping|e-?commerce)|\bstart(?:s|ed)? (?:operations|operating)|\bbegin(?:s)? operations|\bpostpone|\bdelay(?:s|ed)? (?:the |its )?(?:launch|rollout)|\bcan now (?:access|buy|shop|use)|上线|正式(?:开放|运营|启动|开通)|开放(?:入驻|注册|招商|申请)|开通|开站|进军|落地|首发|内测|公测|试运营|登陆|扩张至|开闸|重新开放|重启/i;
const OBJECT = /tiktok shop|\bshop tab|\bshop\b|shopping|e-?commerce|in-app (?:store|shop|checkout)|live ?(?:stream )?shopping|cross-border|full(?:y)?[- ](?:service|managed)|self-operated|marketplace|small stores?|local stores?|storefront|\bstores?\b|registration|小店|电商|跨境|全托管|半托管|自营|站点|美区|商城|直播带货/i;
const EXPANSION = /\bexpan(?:d|ds|ded|ding|sion) (?:in)?to\b|\blaunch(?:es|ed|ing)? in\b|\benter(?:s|ed|ing)?\b|\barriv\w* in\b|\bdebut\w* in\b|进军|登陆/i;
const TIKTOK = /tiktok|bytedance|douyin|抖音|字节/i;
const NOT_LAUNCH = /\bads?\b|advertis|\bad product|marketing tool|collection|lipstick|product line|beauty range|\balbum|\bsong|\bgame\b|chatbot|\bapp store|\bexpan(?:d|ds|ded|ding|sion) (?:its |the )?(?:market share|team|workforce)|\btest(?:s|ed|ing)? positive|market share|广告/i;
const FUTURE = /\bwill\b|\bplans?\b|\bset to\b|\bmay\b|\bcould\b|\bas early as\b|\bexpected\b|\bto launch\b|\bnext\b|\bsoon\b|\bpostpone|\bdelay|\brumou?r|\bdenied\b|\breportedly\b|将|计划|预计|或将|拟/i;
const NOW = /\blaunch(?:es|ed)\b|\bgo(?:es)? live\b|\bwent live\b|\bis now\b|\bnow open\b|\bcan now\b|\bdebuts?\b|\brolled out\b|\bopened\b|\bexpands?\b|\bexpanded\b|\bis (?:fully )?launching\b|正式上线|已上线|上线/i;

const STAGES: [string, RegExp][] = [
  ['full-service model', /full(?:y)?[- ](?:service|managed)|self-operated|全托管|自营/i],
  ['cross-border selling', /cross-border|global selling|goods from china|chinese (?:sellers|merchants)|跨境|半托管/i],
  ['live shopping', /live ?(?:stream(?:ing)? )?shopping|live ?stream(?:ing)? (?:commerce|e-?commerce)|直播/i],
  ['merchant registration', /registration|\bregist|sign[- ]?ups?|\bapplications?\b|入驻|招商|注册|申请/i],
  ['TikTok Shop test', /\btest|\bpilot|\bbetas?\b|invitation|trial|内测|公测|试运营|测试/i],
];

/** "TikTok Shop launch", "TikTok Shop test", "full-service model", …: the stage the subject key is built from. */
function stageOf(text: string): string {
  return STAGES.find(([, re]) => re.test(text))?.[0] ?? 'TikTok Shop launch';
}

/** Launch facts: one per market named by each launch sentence. */
export function extractLaunches(ctx: ItemContext): LaunchFact[] {
  const out: LaunchFact[] = [];
  const itemTikTok = ctx.sentences.some((s) => TIKTOK.test(s.text));
  if (!itemTikTok) return out;
  const itemCommerce = ctx.sentences.some((s) => OBJECT.test(s.text));
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    const verb = VERB.exec(t);
    if (!verb) return;
    if (NOT_LAUNCH.test(t)) return;
    const hasObject = OBJECT.test(t);
    const expansionToMarket = EXPANSION.test(t) && s.markets.length > 0 && itemCommerce;
    if (!hasObject && !expansionToMarket) return;
    // A test or a pause needs the shop as its object, not any "test" in a commerce story.
    if (/^test|^pilot|^beta/i.test(verb[0]) && !/shop|shopping|e-?commerce|store|小店|电商/i.test(t)) return;
    const stated = findDate(t, ctx.published);
    const date = stated ?? (!FUTURE.test(t) && NOW.test(t) && ctx.published ? ctx.published.slice(0, 10) : null);
    // The stage is read in the verb's own clause: "launched in Mexico, after months of invitation-only testing".
    const clauseStart = Math.max(0, t.slice(0, verb.index).search(/[^,，;；]*$/));
    const clauseEnd = t.slice(verb.index).search(/[,，;；。]/);
    const what = stageOf(t.slice(clauseStart, clauseEnd < 0 ? t.length : verb.index + clauseEnd));
    const markets = marketsForSentence(ctx, i);
    for (const market of markets.length ? markets : [null]) out.push({ type: 'launch', market, date, what });
  });
  return dedupe(out);
}

// One fact per (market, stage); a dated one wins over an undated repeat.
function dedupe(facts: LaunchFact[]): LaunchFact[] {
  const best = new Map<string, LaunchFact>();
  for (const f of facts) {
    const k = `${f.market}|${f.what}`;
    const cur = best.get(k);
    if (!cur || (!cur.date && f.date)) best.set(k, f);
  }
  return [...best.values()];
}
