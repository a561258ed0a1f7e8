// Launches: TikTok Shop or one of its business lines (cross-border, full-service, live shopping) starting,
// scheduled, opening registration, testing, expanding or relaunching in a market. Rumoured, postponed and denied
// launches count. A brand launching a product on TikTok Shop, or a new ad product, does not.
import type { LaunchFact } from '../types.ts';
import { clauseAfter, clauseOf, clauseStartOf, datesPerMarket, findDatesFor, FUTURE, PAST_VERB, statedDate, stretchStart } from './launch-dates.ts';
import { isFeatureLaunch, isRequirementPurpose } from './launch-object.ts';
import { regexWithFlags } from './regex-copy.ts';
import { SentenceLog, type FactCandidate } from './fact-candidate.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';

const VERB = /\blaunch(?:es|ed|ing)?\b|\b(?:bring(?:s|ing)?|brought) (?:tiktok shop|its shop|the shop|(?:its |the )?(?:[\w-]+ ){0,2}(?:shopping|e-?commerce|model|programme|program)(?: [\w-]+)?)(?:, [^,.;]{1,120},)? to\b|\bhead(?:s|ed|ing)? (?:to|for)\b|\bintroduc(?:e|es|ed|ing)\b(?= (?:(?:its|the|a|an) )?(?:[\w-]+ ){0,3}?(?:shop|store|shopping|e-?commerce|model|programme|program|marketplace|service|feature)\b)|\b(?:beg[iau]ns?|start(?:s|ed)?)\s+(?:letting|allowing)\s+(?:overseas|foreign|international|cross-border|chinese|global)\b|\bcan now (?:host|run|hold|go live|open|stream)\b(?=[^.;]{0,30}(?:live|shop|store|stream))|\bopen(?:s|ed)? (?:there|nationwide|countrywide)\b|\bswitch(?:es|ed|ing)? on\b|\bturn(?:s|ed|ing)? on\b|\bopen(?:s|ed|ing)? (?:(?:its|the) (?:tiktok )?(?:shop|store|marketplace)|tiktok shop)\b|\bopen(?:s|ed|ing)? in\b|\bopen(?:s|ed|ing)? (?:its|the) (?:[\w-]+ ){0,3}(?:model|programme|program|service|channel)s? to\b|\b(?:can|could) (?:now )?(?:sign up|register)\b(?=[^.;]{0,60}\b(?:from|starting|as of|beginning) (?:today|now|this \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|\brelaunch|\brevive[sd]?\b|\breviving\b|\brestart(?:s|ed|ing)?\b|\bre-?open(?:s|ed|ing)?\b|\bopen(?:s|ed)? again\b|\b(?:get|gets|got|come|comes|came) back (?:into|to|in)\b|\bback in business\b|试点|测试(?=[^，。；,]{0,8}(?:电商|业务|小店|跨境|商城|购物))|恢复(?:运营|营业|上线|电商)|重新上线|重返|相继进入|进入(?=(?:美国|英国|印尼|印度尼西亚|泰国|越南|马来西亚|菲律宾|新加坡|墨西哥|西班牙|爱尔兰|德国|法国|意大利|日本|巴西|东南亚))|\b(?:get|gets|getting)\s+(?:tiktok shop\b|(?:tiktok(?:'s|’s)?\s+)?(?:(?:its|the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:shopping|shop tab|in-app (?:store|shop|checkout))\b)|\blet(?:s|ting)?\s+(?:users|shoppers|consumers|buyers|customers|people)\b[^.;,]{0,30}?\b(?:buy|shop|purchase|check out)\b|\bgain(?:s|ed|ing)?\s+the\s+(?:ability|option|chance)\s+to\s+(?:sell|buy|shop|host|go live|stream|check out)\b|\b(?:will be able to|will be allowed to|can now|can)\s+(?:sell|buy|shop|check out|purchase|list\b|open (?:(?:a|an|their|its|own)\s+)*(?:stores?|storefronts?|shops?)\b)|\b(?:let(?:s|ting)?|allow(?:s|ing)?|admit(?:s|ting)?)\s+(?:[\w-]+\s+){0,2}?(?:sellers|merchants|brands|suppliers|vendors|businesses)\b|\b(?:(?:full|wider|public|official|formal|nationwide|consumer)\s+)?opening\b(?=[^.;]{0,50}?\b(?:planned|scheduled|slated|set|due|expected)\s+(?:for|in|on)\b)|\b(?:took|takes|take|taking)\s+(?:its\s+|their\s+)?(?:first\s+)?orders\b|\badd(?:s|ed|ing)?\b(?=\s+(?:the\s+)?[A-Z])|\b(?:followed|will follow)\b(?!\s+(?:by|suit|the|its|a|an|up|through)\b)|\broll(?:s|ed|ing)? ?out\b|\brollout\b|\bgo(?:es|ing)? live\b|\bwent live\b|\bdebut|\bexpan(?:d|ds|ded|ding|sion)\b|\benter(?:s|ed|ing)? (?:the )?[\w.]+ market|\bentry into\b|\barriv(?:e|es|ed|al|ing) in\b|\bnow open\b|\b(?:make|makes|made|making)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?(?:shop|store|marketplace|shopping|service)\s+available\b|\bopen(?:s|ed|ing)? (?:(?:seller|merchant|vendor|creator|shop)s?\s+)?(?:registration|sign-?ups|applications)\b|\bopen(?:s|ed|ing)? (?:up )?(?:to (?:[\w-]+ )?(?:users|merchants|sellers|shoppers|consumers|buyers|the public|all)|registration|(?:its )?(?:doors|applications)|for (?:business|registration))|\bopen registration|\b(?:accept(?:s|ed|ing)?|tak(?:es|ing)) (?:(?:seller|merchant|vendor|shop)s?\s+)?(?:applications|sign-?ups|registrations)\b|\bregistration (?:opens|opened)|\bresum(?:e|es|ed|ing)\b|\breturn(?:s|ed|ing)? to\b|\bcoming to\b|\bcomes to\b|\bavailable (?:to (?:[\w-]+ ){1,3})?in\b|\btest(?:s|ed|ing)?\b|\bpilot|\bbetas?\b|invitation[- ]only|\bis now (?:a|an) (?:shopping|e-?commerce)|\bstart(?:s|ed)? (?:operations|operating)|\bbegin(?:s)? operations|\bpostpone|\bdelay(?:s|ed)? (?:the |its )?(?:[\w-]+ ){0,3}?(?:launch|rollout|roll-out|start|debut)|\bpush(?:es|ed|ing)? back\b|\bcan now (?:access|buy|shop|use|sell)|\b(?:start(?:s|ed|ing)?|beg[iau]ns?|beginning|kick(?:s|ed)? off)\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w-]+\s+){0,3}?(?:program(?:me)?|services?|shopping|selling|sales|operations|model|e-?commerce|shop)\b|\b(?:run|operat|sell|offer)\w*\b[^.;,]{0,40}\bagain\b|上线|正式(?:开放|运营|启动|开通)|正式向[^，。；,]{0,8}开放|开放[^，。；,]{0,4}?(?:跨境|店铺|小店|商城|半托管|全托管|站点|直播带货|直播购物|直播电商)|开放[^，。；,]{0,8}?(?:入驻|注册|招商|申请)|开通(?![^，。；,]{0,4}(?:权限|账号|账户|购物车|橱窗|带货|门槛|条件|要求|功能|店铺))|开业|开张|(?:启动|开启)[^，。；,]{0,6}?(?:直播|电商|业务|招商|入驻|跨境|全托管|小店|购物|站点)|进入[^，。；,]{0,8}?市场|入局|开站|进军|落地|首发|内测|公测|试运营|登陆|扩张至|(?:扩展|拓展|扩张|拓)(?:至|到)|推广(?=\s*(?:tiktok shop|小店|电商|直播电商|购物))|开闸|重新开放|重启|(?:起|开始)(?:全面|陆续|逐步)?覆盖|(?:推出|引入)(?!的)(?=[^，。；,]{0,8}?(?:全托管|半托管|跨境|小店|电商|商城|直播购物|购物功能|shop))/i;
const OBJECT = /tiktok shop|\bshop tab|\bshop\b|shopping|购物|e-?commerce|in-app (?:store|shop|checkout)|live ?(?:stream )?shopping|cross-border|full(?:y)?[- ](?:service|managed)|self-operated|marketplace|small stores?|local stores?|storefront|\bstores?\b|registration|小店|电商|跨境|全托管|半托管|自营|站点|美区|商城|直播带货|入驻|招商/i;
const EXPANSION = /\bexpan(?:d|ds|ded|ding|sion) (?:in)?to\b|\broll(?:s|ed|ing)? ?out (?:in|across|to)\b|\brollout in\b|\blaunch (?:the|its) (?:feature|service|platform) in\b|相继进入|进入|\blaunch(?:es|ed|ing)? in\b|\benter(?:s|ed|ing)?\b|\barriv\w* in\b|\bdebut\w* in\b|进军|登陆/i;
// A brand or merchant launching a product on the shop: "launched its new serum", "首发一款新口红".
const PRODUCT_LAUNCH = /\b(?:launch(?:es|ed|ing)?|debut(?:s|ed|ing)?|releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+(?:its|their|a|an)\s+(?:new|latest|own|limited[- ]edition)\b(?![\w\s-]{0,30}?(?:shop|store|market|program|service|feature|commerce|selling|business|model))|\blaunch(?:es|ed|ing)?\s+(?:(?:its|their|a|an|new|exclusive|own|more|limited|special)\s+){1,3}(?:products?|items?|collections?|ranges?|lines?|skus?)\b|新品|新款|(?:首发|推出|发布|上架)了?(?:一|两|多)款|\b(?:brand|label|maker|retailer)s?\b[^.;,]{0,40}?\b(?:launch|debut|releas|unveil)\w*\s+(?!(?:in|on|into|at|across|to|for)\b)\w|品牌[^，。]{0,20}(?:首发|推出|发布)/i;
// A seller tool or feature shipped on the shop is not the shop or a business line starting: "launched an AI
// assistant for sellers", "上线新版卖家中心".
const TOOL_LAUNCH = /\b(?:launch(?:es|ed|ing)?|roll(?:s|ed|ing)? out|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+(?:(?:an?|its|the|their)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:tools?|assistants?|dashboards?|chatbots?|analytics|plug-?ins?|(?:video |photo )?editors?|seller (?:center|centre|app))\b|\b(?:tools?|assistants?|dashboards?|chatbots?|plug-?ins?|editors?)\b,?\s+(?:(?:which|that) (?:was|were)\s+)?(?:launched|introduced|rolled out|unveiled|released)\b|(?:上线|推出|发布)[^，。；,]{0,6}?(?:新版|工具|后台|卖家中心|商家中心|助手|插件)/i;
// "three months after its launch", "上线以来": a launch referred back to, not reported.
const BACK_REFERENCE = /\b(?:since|after|following|before|despite)\s+(?:the\s+)?[\w-]+(?:'s|’s)\s+(?:first\s+|own\s+)?(?:[\w-]+\s+)?$|\b(?:since|after|following|before|when)\s+(?:tiktok(?: shop)?|it|the (?:shop|platform|company|app|service))\s+(?:first\s+|was\s+|had\s+)?$|\b(?:after|following)\s+(?:[\w-]+\s+){1,3}$|\bwhich\s+(?:has\s+|had\s+|was\s+)?(?:first\s+|already\s+|only\s+)?$|\b(?:after|since|following|before)\s+(?:its|the|their)\s+(?:\w+\s+)?$|\b(?:despite|since|after|following|before)\s+$|(?:自|从)\s*$/i;
// "… for the first time on Tuesday, when TikTok Shop opened there": a "when" clause right after a date tells what
// happened on that date, not an earlier step.
const DATED_WHEN = /(?:\b(?:on|this|last) \w+|\btoday|\byesterday|\b\d{1,2}(?:st|nd|rd|th)?|\b(?:19|20)\d\d),?\s+when\s+(?:\S+\s+){1,4}$/i;
const OWN_STORE_ON = /^open(?:s|ed|ing)?\s+(?:(?:its|a|an|her|his)\s+(?:(?:first|own|new|official|flagship)\s+)*(?:store|shop|storefront)s?\s+on\b|(?:(?:its|a|an|her|his|their)\s+)?(?:(?:first|own|new|official|flagship)\s+)*tiktok shop\s+(?:store|shop|storefront|account)s?\b)/i;
const KEPT_FROM = /\b(?:bar|barred|barring|bars|ban|banned|banning|bans|block|blocked|blocks|stop|stopped|stops|prevent|prevented|prevents|prohibit|prohibited|prohibits|forbid|forbade|forbidden|keep|keeps|kept)\s+(?:[\w'’-]+\s+){0,4}?from\s+$|(?:禁止|不得|不允许|限制)[^，。；,]{0,8}$/i;
// "开启购物直播的主播", "开通跨境店的商家": a launch phrase describing who does something is no launch.
const BACK_REFERENCE_AFTER = /^(?:以来|之后|后|首[日月年周])|^[\u4e00-\u9fff]{0,3}的(?:主播|商家|卖家|达人|用户|账号|账户|店铺|创作者)/;
// "is launching its biggest Black Friday event", "launching a training academy for sellers", "开启双11大促活动": an
// event, campaign or programme run on the shop is not the shop or a business line starting.
const MERCHANT_MAY_BEFORE = /(?:允许|支持|帮助|方便|让)[^，。；,]{0,12}?(?:商家|卖家|企业|品牌|达人|创作者)[^，。；,]{0,16}$/;
// A bare "sales" is selling itself ("will resume sales in Indonesia"); "its biggest sale" is an event.
const EVENT_AFTER = /^\s+(?:(?:its|a|an|the|their|this year's|this)\s+)?(?:(?:[\w'’-]+\s+){1,4}?sales?\b|(?:[\w'’-]+\s+){0,4}?(?:events?|campaigns?|sales? events?|festivals?|academy|academies|training|courses?|bootcamps?|contests?|competitions?|awards?|funds?|reports?|surveys?|initiatives?|summits?|conferences?)\b)|^[^，。；,]{0,8}?(?:活动|大促|促销|训练营|课程|大赛|峰会|报告)/i;
const OUTSIDE_SELLERS = /\b(?:to|for) (?:cross-border |overseas |foreign )?(?:sellers|merchants|brands) (?:from|in|based in) (?:mainland )?china\b|\b(?:to|for) (?:chinese|china-based) (?:cross-border )?(?:sellers|merchants|brands)\b|向(?:中国|国内|内地)[^，。；,]{0,8}(?:卖家|商家|企业|品牌)/i;
// "in Mexico, where TikTok Shop launched earlier this year": a launch told as where the shop already is.
const WHERE_PAST_BEFORE = /\bwhere\s+(?:tiktok(?: shop)?|it|the (?:shop|platform|service|app))\s+(?:first\s+|had\s+)?$/i;
const STATE_BEFORE = /\bwhere\s+(?:tiktok(?: shop)?|it|the (?:shop|platform|service))\s+(?:is|are|has been|was)\s+(?:\w+\s+)?$/i;
const REQUIREMENT_AROUND = /\bfollowers?\b|\bmust\b|\bneeds?\b|\bminimum\b|\bat least\b|\brequir|\beligib|\b(?:hosts?|creators?|streamers?) (?:who|can|may)\b/i;
const TIKTOK = /tiktok|bytedance|douyin|抖音|字节/i;
const NOT_LAUNCH = /\bsponsored (?:slots?|listings?|placements?|posts?|results?|products?)\b|\b(?:pay|priced|charged|billed)[- ]per[- ]click\b|\bsearch ads?\b|\b(?:listings?|products?|videos?|streams?|livestreams?|posts?) (?:goes|go|went|going|to go) live\b|\bstart(?:ing)? (?:a business|selling on|to sell on)\b|\bads?\b|advertis|\bad product|marketing tool|collection|lipstick|product line|beauty range|\balbum|\bsong|\bgame\b|chatbot|(?<!in-)\bapp store|\bexpan(?:d|ds|ded|ding|sion) (?:its |the )?(?:market share|team|workforce)|\btest(?:s|ed|ing)? positive|market share|广告/i;
const NOW = /\blaunch(?:es|ed)\b|\bgain(?:s|ed) the (?:ability|option|chance)\b|\bnow gets?\b|\bbecomes? available\b|\bopens\b|\bmade\b[^.;]{0,40}\bavailable\b|\bgo(?:es)? live\b|\bwent live\b|\bis now\b|\bnow open\b|\bcan now\b|\bdebuts?\b|\brolled out\b|\bopened\b|\bexpands?\b|\bexpanded\b|\bis (?:fully )?launching\b|\bcomes to\b|\barrives in\b|\bkicks off\b|\bha(?:s|ve) (?:started|begun)\b|\b(?:started|began) (?:testing|selling|accepting|operating|rolling)\b|正式上线|已上线|上线|已(?:经)?[^，。；,]{0,12}?(?:开放|开通|启动|开启)/i;

const PARTNER_BEFORE = /\b(?:with|alongside|partner(?:s|ed|ing)?|via|through|backed by)\s+(?:its\s+|the\s+)?(?:partner\s+|unit\s+)?$|(?:携手|联合|借助|通过|与|和)\s*$/i;
// "In 2022 it added …", "Later, the platform opened …": a sentence whose subject is the shop of the sentence before.
const GOES_ON = /^(?:(?:in|by|on|during|from|later|then|next|soon after)\b[^.;,]{0,30}?,?\s+)?(?:it|the (?:shop|platform|company|service))\s/i;
// "A full opening to Spanish shoppers is planned for December": a sentence led by a launch noun goes on likewise.
const LAUNCH_NOUN_LEAD = /^(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:opening|launch|rollout|roll-out|debut)\b/i;
const ANAPHOR = /\b(?:the|this|that|its) (?:new |dedicated )?(?:feature|service|tab|feed)\b|该功能|这一功能/i;
const COVERAGE = /已覆盖|目前(?:已)?覆盖|现已覆盖|\bnow (?:covers|spans)\b|\boperat(?:es|ing) in\b|\bavailable in\b|\bpresent in\b|\bmarkets (?:including|such as)\b|已进入|已在/i;
const CODELESS_TARGET = /^\S+\s+(?:(?:to|into|in|across)\s+)?(?:europe|latin america|the middle east|north america)\b|^(?:进入|进军|登陆)(?:欧洲|拉美|中东|北美)/i;
const SEA_COUNTRIES = new Set(['ID', 'TH', 'MY', 'PH', 'VN', 'SG']);
const TIKTOK_PLATFORMS = new Set(['tiktok_shop', 'douyin']);
// A week without its day ("this week", "本周"; not "本周四").
const BARE_WEEK = /week(?:end)?$|(?:周|星期|礼拜)$/i;
// A headline that doubts or weighs a launch ("hits a roadblock", "eyes", "门槛调整") states none; one that reports a
// plan, rumour, denial or delay states it only with the date it gives ("传…明年上半年进军日本"): rumoured and denied
// dates are facts, and without its date the headline is a vaguer version of what the body says.
const HEADLINE_DOUBT = /\broadblock|\beyes\b|\bconsider|\bamid\b|\?|门槛|调整|考虑/i;
const HEADLINE_RUMOUR = /\bplans?\b|\bpostpone|\bdelay|\bden(?:y|ies|ied)\b|\brumou?r|\bcould\b|\bmay\b|\bmight\b|计划|或将|拟|传/i;

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

/**
 * The launch verbs of a sentence that report a launch rather than refer back to one, the first of each clause:
 * "sellers can sign up from today, ahead of a consumer launch next year" reports two stages.
 */
const VERB_ALL = new RegExp(VERB.source, 'gi');
function reportedLaunches(t: string): RegExpExecArray[] {
  const re = VERB_ALL;
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let clauseEnd = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index < clauseEnd) continue;
    const before = t.slice(Math.max(0, m.index - 30), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 10);
    // "first took orders in Indonesia in April 2021 … before opening in the United States in September 2023": in a
    // sentence that already reports a launch, "before" + a dated step is the next launch of a timeline, not background.
    const nextStep = out.length > 0 && /\bbefore\s+$/i.test(before) && /^\w+ing\b/i.test(m[0]) && DATED_STEP.test(clauseAfter(t, m.index));
    if ((BACK_REFERENCE.test(before) && !nextStep && !DATED_WHEN.test(t.slice(Math.max(0, m.index - 60), m.index))) || BACK_REFERENCE_AFTER.test(after)) continue;
    // "kicking off with a launch livestream", "a launch party": the word names an event, not a start.
    if (/^launch$/i.test(m[0]) && LAUNCH_EVENT_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "UK users can check out inside the shop from Tuesday": what people can do is a launch only from a start.
    // People who can or will be able to do it, from a start, and under no requirement ("from July, sellers can sell
    // only with 1,000 followers" is a rule).
    if (/^(?:will|can)\b/i.test(m[0]) && !/^(?:can now|will follow)/i.test(m[0])
      && (!START_MARKER.test(t) || REQUIREMENT_AROUND.test(t) || !PEOPLE_BEFORE.test(t.slice(Math.max(0, m.index - 60), m.index)))) continue;
    // "will let cross-border sellers list products from March 2": the shop letting sellers in is a start only from
    // a start date and under no bar ("only lets sellers with 1,000 followers …" is a rule).
    // "will no longer let sellers list refurbished phones from May 1" is a prohibition.
    if (/^(?:let|allow|admit)/i.test(m[0]) && (!START_MARKER.test(t) || REQUIREMENT_AROUND.test(t) || /\bonly\b/i.test(t) || /\b(?:no longer|not|never|n['’]t)\s+(?:\w+\s+)?$/i.test(before))) continue;
    if (isRequirementPurpose(t, m)) continue;
    // "introduced a new returns feature", "expanded its affiliate programme", "rolled out faster refunds": what is
    // launched is a feature of the shop, not the shop or one of its lines (TAXONOMY).
    if (isFeatureLaunch(t, m)) continue;
    // "has started selling sponsored slots … to merchants on TikTok Shop": something sold to sellers is a service
    // for them, not the shop starting; read in the verb's own clause ("will start selling in X in March, with
    // registration open to merchants now" is a launch and a second stage).
    if (/^(?:start|beg|kick)/i.test(m[0]) && /sell|sales/i.test(m[0]) && /^[^.;,，]{0,80}?\bto (?:merchants|sellers|brands|advertisers|vendors)\b/i.test(t.slice(m.index + m[0].length))) continue;
    // "Sportswear label X debuted on TikTok Shop", "opened its first store on TikTok Shop": a merchant joining the
    // shop, unless what arrives is one of the shop's own lines ("live shopping launches on TikTok Shop in Spain").
    if ((/^(?:launch|debut|arriv)/i.test(m[0]) && /^\w*\s+on\s+(?:tiktok(?:'s|’s)?\s+shop|the (?:shop|platform|marketplace))\b/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))
      && !OBJECT.test(t.slice(clauseStartOf(t, m.index), m.index))) || /^open/i.test(m[0]) && OWN_STORE_ON.test(t.slice(m.index, m.index + 60))) continue;
    // "barred the owners from reopening", "stopped sellers from restarting their shops": a prohibition, no start.
    if (KEPT_FROM.test(t.slice(Math.max(0, m.index - 50), m.index))) continue;
    // "允许跨境卖家…开通多个站点的店铺": what merchants are allowed to do is a rule, not the shop starting.
    if (MERCHANT_MAY_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (EVENT_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "a country where TikTok Shop is officially open for business": where the shop already is, not a start.
    if (STATE_BEFORE.test(t.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (WHERE_PAST_BEFORE.test(before) && PAST_VERB.test(m[0])) continue;
    // "has been expanding globally at an astonishing pace", "global e-commerce expansion plans": growth, not a
    // start in a market.
    if ((/^expan|^grow/i.test(m[0]) && /^\s*(?:globally|worldwide|internationally|abroad|overseas|rapidly|quickly|fast)\b/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      || /\b(?:global|international|worldwide|overseas)\s+(?:e-?commerce\s+|business\s+|retail\s+)?$/i.test(before)) continue;
    // "sellers need a minimum of 1,000 followers to go live": people livestreaming, under a requirement.
    if (/^go(?:es)? live/i.test(m[0]) && REQUIREMENT_AROUND.test(t)) continue;
    // "has been available in the UK for some time": where the shop already is.
    if (/^available/i.test(m[0]) && /\bha(?:s|ve|d) been\s+(?:\w+\s+)?$/i.test(before)) continue;
    out.push(m);
    const stop = t.slice(m.index).search(/[,，;；]/);
    clauseEnd = stop < 0 ? t.length : m.index + stop;
  }
  return out;
}

/** Whether some launch verb of the sentence launches a feature ("introduced a new returns feature") or a rule. */
function hasFeatureLaunch(t: string): boolean {
  const re = regexWithFlags(VERB, 'gi');
  for (let m = re.exec(t); m; m = re.exec(t)) if (isFeatureLaunch(t, m) || isRequirementPurpose(t, m)) return true;
  return false;
}

/**
 * Whether the launch rules rule a sentence out as a launch whatever its start words: a product, ad or tool launched
 * on the shop, or start words that all turn out to be something else (an event, "a launch livestream"; a feature,
 * "introduced a new returns feature"; a bar to meet or a rule taking effect; a launch referred back to). A stand-in launch fact (model/apply-model.ts)
 * needs a sentence these rules leave standing.
 */
export function notALaunch(t: string): boolean {
  return NOT_LAUNCH.test(t) || PRODUCT_LAUNCH.test(t) || TOOL_LAUNCH.test(t) || ((LAUNCH_AS_EVENT.test(t) || hasFeatureLaunch(t)) && reportedLaunches(t).length === 0);
}

/** Whether any sentence of the item names the shop, shopping, e-commerce or a store: what a launch needs as object. */
function mentionsCommerce(ctx: ItemContext): boolean {
  return ctx.sentences.some((s) => OBJECT.test(s.text));
}

/** Launch facts: one per market named by each launch sentence. */
export function extractLaunches(ctx: ItemContext): LaunchFact[] {
  return extractLaunchCandidates(ctx).map((c) => c.fact);
}

/** Launch facts with the sentence each was read from. */
export function extractLaunchCandidates(ctx: ItemContext): FactCandidate<LaunchFact>[] {
  const out: LaunchFact[] = [];
  const log = new SentenceLog<LaunchFact>();
  const statedFacts = new Set<LaunchFact>();
  const launchSentences = new Set<number>();
  const itemTikTok = ctx.sentences.some((s) => TIKTOK.test(s.text));
  if (!itemTikTok) return [];
  const itemCommerce = mentionsCommerce(ctx);
  // A market the item names only in passing ("was focusing on making it work in Spain") is never where a launch is.
  const named = new Set(ctx.sentences.flatMap((s) => s.markets.filter((m) => !m.passing).map((m) => m.market)));
  const passingOnly = new Set(ctx.sentences.flatMap((s) => s.markets.filter((m) => m.passing && !named.has(m.market)).map((m) => m.market)));
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    if (NOT_LAUNCH.test(t) || PRODUCT_LAUNCH.test(t) || TOOL_LAUNCH.test(t)) return;
    const verbs = reportedLaunches(t);
    // Two launches told in one sentence ("上线于2021年，2022年4月起在东南亚测试…", "opened in the UK in 2023, and
    // in Spain last month"): each verb takes the markets of its own stretch, from its clause to the next verb's.
    const starts = verbs.map((v) => clauseStartOf(t, v.index));
    const spans = verbs.map((_, k) => ({ start: k ? starts[k]! : 0, end: k + 1 < verbs.length ? starts[k + 1]! : t.length }));
    const spanNames = spans.map((sp) => s.markets.some((m) => !m.passing && m.market !== 'GLOBAL' && m.index >= sp.start && m.index < sp.end));
    const before = out.length;
    verbs.forEach((verb, k) => launchAt(s, i, verb, verbs.length > 1 && spanNames.some(Boolean) ? spans[k]! : null, spans.slice(0, k)));
    // "open … in Malaysia and the Philippines next month, the first step of a rollout across Southeast Asia": the
    // countries are the launches, the region their sum.
    const made = out.slice(before);
    if (made.some((f) => f.market === 'SEA') && made.some((f) => f.market && SEA_COUNTRIES.has(f.market))) {
      for (let k = out.length - 1; k >= before; k--) if (out[k]!.market === 'SEA') out.splice(k, 1);
    }
  });
  const found = log.candidates(dedupe(out, statedFacts));
  // A headline's plain "launches in the US" over a body that tells the same market's launch by its stage ("set to
  // launch its fully managed model in August") is the body's launch, not a second one.
  // A headline's "expands to Europe" over a body that names the countries is the body's launches.
  // A headline's "now open across Southeast Asia" over a body that dates each country is the body's launches.
  return found.filter((c) => !(c.sentence === 0
    && found.some((b) => b.sentence > 0 && (b.fact.market === c.fact.market ? !statedFacts.has(c.fact) || b.fact.date === c.fact.date
      : (c.fact.market === null && b.fact.market !== null) || (c.fact.market === 'SEA' && !!b.fact.market && SEA_COUNTRIES.has(b.fact.market))))));

  function launchAt(s: ItemContext['sentences'][number], i: number, verb: RegExpExecArray, span: { start: number; end: number } | null, earlier: { start: number; end: number }[]): void {
    const t = s.text;
    // "In 2022 it added Thailand and Vietnam", "Britain followed that October": steps of a timeline, told by the market
    // right after "added" or right before "followed", with a date of their own or after a launch the sentence reports.
    // "… now open in Thailand. The Philippines will follow in the coming weeks": the next step, after a launch reported
    // in the sentence before.
    if (/^(?:add|followed|will follow)/i.test(verb[0])) {
      const end = verb.index + verb[0].length;
      const at = /^add/i.test(verb[0])
        ? s.markets.some((m) => !m.passing && m.index >= end && /^\s+(?:the\s+)?$/i.test(t.slice(end, m.index)))
        : s.markets.some((m) => !m.passing && m.index < verb.index && /^[\w .'’-]{2,25}\s$/.test(t.slice(m.index, verb.index)) && !/[,;]/.test(t.slice(m.index, verb.index)));
      const dated = DATED_STEP.test(span ? t.slice(span.start, span.end) : clauseOf(t, verb.index)) || /\bthat (?:year|\w+)\b/i.test(clauseAfter(t, end));
      if (!at || !(dated || earlier.length > 0 || (/^will/i.test(verb[0]) && launchSentences.has(i - 1)))) return;
    }
    // "TikTok Shop is an in-app marketplace. The platform introduced the new feature in the U.S. on Sept. 12": a
    // sentence that points back to the shop the one before it names.
    const pointsBack = ANAPHOR.test(t) && i > 0 && OBJECT.test(ctx.sentences[i - 1]!.text);
    // "TikTok Shop first took orders in Indonesia … In 2022 it added Thailand …": a sentence right after one that
    // reports a launch goes on with the same shop when its subject is "it" or none is named.
    const goesOn = i > 0 && launchSentences.has(i - 1) && !s.platforms.length && (GOES_ON.test(t) || LAUNCH_NOUN_LEAD.test(t) || /^will follow/i.test(verb[0]));
    const hasObject = OBJECT.test(t) || pointsBack || goesOn;
    const expansionToMarket = EXPANSION.test(t) && s.markets.length > 0 && itemCommerce;
    if (!hasObject && !expansionToMarket) return;
    // A test or a pause needs the shop as its object, not any "test" in a commerce story.
    if (/^test|^pilot|^beta/i.test(verb[0]) && !/shop|shopping|e-?commerce|store|小店|电商/i.test(t) && !pointsBack) return;
    // "Lazada on Monday launched a live channel in Thailand, to win shoppers from TikTok Shop": a rival's launch.
    // A clause that names no subject ("Shein正在圣保罗筹建直播基地，计划年内推出直播购物") goes on about the platform
    // named before it in the sentence, when that is a rival alone (a partner beside TikTok is no subject).
    // "partnership with Tokopedia for re-opening", "携手Tokopedia重启": a partner named beside the shop is no subject.
    const subjects = s.platforms.filter((p) => !PARTNER_BEFORE.test(t.slice(Math.max(0, p.index - 25), p.index)));
    const clauseLead = subjects.filter((p) => p.index >= clauseStartOf(t, verb.index) && p.index < verb.index);
    const named = subjects.filter((p) => p.index < verb.index);
    const lead = clauseLead.length || named.some((p) => TIKTOK_PLATFORMS.has(p.platform)) ? clauseLead : named;
    if (lead.length && !TIKTOK_PLATFORMS.has(lead[lead.length - 1]!.platform)) return;
    const datesOf = findDatesFor(t, ctx.published, verb, t.slice(Math.max(0, verb.index - 12), verb.index));
    const statedAt = statedDate(t, verb, datesOf, span);
    const stated = statedAt?.date ?? null;
    // The tense is read in the verb's own stretch: "has begun testing in Spain, ahead of a launch planned for next
    // year" reports a test that is under way now.
    const stretch = span ? t.slice(span.start, span.end) : t;
    const now = !FUTURE.test(stretch) && NOW.test(stretch);
    const date = stated ?? (now && ctx.published ? ctx.published.slice(0, 10) : null);
    // The stage is read in the verb's own clause: "launched in Mexico, after months of invitation-only testing".
    const clauseStart = stretchStart(t, verb.index, ',，;；');
    const clauseEnd = t.slice(verb.index).search(/[,，;；。]/);
    const what = stageOf(t.slice(clauseStart, clauseEnd < 0 ? t.length : verb.index + clauseEnd));
    let markets = marketsForSentence(ctx, i);
    if (span) {
      const named = (sp: { start: number; end: number }) =>
        [...new Set(s.markets.filter((m) => !m.passing && m.market !== 'GLOBAL' && m.index >= sp.start && m.index < sp.end).map((m) => m.market))];
      let inSpan = named(span);
      // A stretch that names no market says nothing new without a date of its own; with one it goes on about the
      // market before it ("opened registration in Germany on Monday, ahead of a launch next spring", "今日在法国开放
      // 商家注册，消费者端将于明年初上线") — unless it opens to sellers from elsewhere ("…上线，2024年3月正式向中国
      // 跨境卖家开放"), which is the cross-border programme itself, in no market it names.
      if (!inSpan.length) {
        if (!date) return;
        const prev = OUTSIDE_SELLERS.test(t.slice(span.start, span.end)) ? undefined : [...earlier].reverse().map(named).find((ms) => ms.length);
        inSpan = prev ?? [];
      }
      markets = inSpan;
    }
    // Markets named only in passing ("in markets like the UK") are not where the launch is; nor is "global".
    const own = s.markets.filter((m) => !m.passing).map((m) => m.market);
    const global = markets.includes('GLOBAL');
    markets = markets.filter((m) => m !== 'GLOBAL' && !passingOnly.has(m) && (own.includes(m) || !s.markets.some((x) => x.market === m)));
    if (global && !markets.length) markets = [...new Set(ctx.title.markets.filter((m) => !m.passing && m.market !== 'GLOBAL').map((m) => m.market))];
    // "目前已覆盖英国、美国、东南亚…", "now operates in the UK, the US, …": a coverage list is background.
    if (new Set(own).size >= 4 && COVERAGE.test(t)) markets = [];
    // "expands to Europe": a region without a code.
    if (CODELESS_TARGET.test(t.slice(verb.index, verb.index + verb[0].length + 25))) markets = [];
    // "相继进入泰国、越南、马来西亚…完成东南亚六国覆盖": the countries are the launches, the region their sum.
    if (markets.includes('SEA') && markets.some((m) => SEA_COUNTRIES.has(m))) markets = markets.filter((m) => m !== 'SEA');
    // A headline alone states a launch only with its market and without hedging ("plans", "roadblock", "门槛调整").
    if (ctx.titleOnly && (!markets.some((m) => m !== 'GLOBAL') || HEADLINE_DOUBT.test(t) || (!stated && HEADLINE_RUMOUR.test(t)))) return;
    // A headline reporting a launch as happening now would take `published` as its date, but the body usually
    // names the day itself ("went live on Tuesday", "3月18日正式上线"): the headline cannot pin the date down.
    if (ctx.titleOnly && !stated && ctx.published && !FUTURE.test(t)) return;
    // "to launch in Italy this week", "本周上线": the headline's week (its month, or `published` for a week that has
    // begun) is vaguer than the day the body names.
    if (ctx.titleOnly && statedAt && BARE_WEEK.test(t.slice(statedAt.index, statedAt.end))) return;
    // "launched in Indonesia in 2021 and in Malaysia and Thailand in 2022": each market takes the date after it.
    const perMarket = stated && markets.length > 1 ? datesPerMarket(s, markets, datesOf, span) : null;
    for (const market of markets.length ? markets : [null]) {
      const f: LaunchFact = { type: 'launch', market, date: (market && perMarket?.get(market)) || date, what };
      if (stated) statedFacts.add(f);
      out.push(log.note(f, i));
      launchSentences.add(i);
    }
  }
}

// A dated step: a year or a month name in the clause ("in September 2023", "in 2022").
const DATED_STEP = /\b(?:19|20)\d\d\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i;
const PEOPLE_BEFORE = /\b(?:users|shoppers|consumers|buyers|customers|merchants|sellers|suppliers|vendors|brands|retailers|businesses|creators|people|anyone)\b[^.;,]{0,40}$/i;
const START_MARKER = /\b(?:from|starting|beginning|as of)\s+(?:today|now|this \w+|next \w+|mid-?\w+|early \w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;
const LAUNCH_EVENT_AFTER = /^\s+(?:livestreams?|live ?streams?|streams?|part(?:y|ies)|videos?|offers?|deals?|discounts?|promotions?|promos?|giveaways?|prices?|specials?)\b/i;
const LAUNCH_AS_EVENT = new RegExp(String.raw`\blaunch${LAUNCH_EVENT_AFTER.source.slice(1)}`, 'i');

// One fact per (market, stage): a date the text states wins over the publication date, which wins over none.
function dedupe(facts: LaunchFact[], stated: Set<LaunchFact>): LaunchFact[] {
  const rank = (f: LaunchFact) => (stated.has(f) ? 2 : f.date ? 1 : 0);
  // Two dates the text states for one stage that do not agree ("could launch this month" in a story whose headline
  // says the launch moved to August) are both facts: a rumoured date and the new one.
  const compatible = (a: LaunchFact, b: LaunchFact) => !stated.has(a) || !stated.has(b) || a.date!.startsWith(b.date!) || b.date!.startsWith(a.date!);
  const kept: LaunchFact[] = [];
  for (const f of facts) {
    const k = kept.findIndex((c) => c.market === f.market && c.what === f.what && compatible(c, f));
    if (k < 0) kept.push(f);
    // Of two dates the text states for one launch, the more precise ("in June" in the headline, "on June 12" below).
    else if (rank(f) > rank(kept[k]!) || (rank(f) === 2 && rank(kept[k]!) === 2 && f.date!.length > kept[k]!.date!.length)) kept[k] = f;
  }
  const best = new Map(kept.map((f, k) => [k, f]));
  // An undated mention of a stage beside a dated launch in the same market ("entered the next phase of its
  // rollout" next to "can now shop from Tuesday") is the same launch told twice.
  const dated = new Set([...best.values()].filter((f) => f.date && f.market).map((f) => f.market));
  // Two stages of one market on one date ("went live on Monday, after a two-month test") are one launch.
  const seen = new Set<string>();
  return [...best.values()].filter((f) => f.date || !dated.has(f.market)).filter((f) => {
    if (!f.date) return true;
    const k = `${f.market}|${f.date}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
