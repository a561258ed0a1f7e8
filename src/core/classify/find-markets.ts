// Where in a text each market is named. News names markets by country, demonym, Chinese name or a telling
// institution ("Supreme Court", a US state); codes are matched only in capitals ("US", "UK") so that the pronoun
// "us" and "US$" amounts do not count. China is special: "Chinese sellers" and "China-based ByteDance" say where a
// company comes from, not the market a story is about, so CN needs a market context ("in China", Douyin, 国内市场).
import type { Market } from '../taxonomy.ts';

export interface MarketMention {
  market: Market;
  index: number;
  /**
   * Named only in passing: as the yardstick of a comparison or an earlier step ("after its US debut", "than it had
   * in Britain", "继英国、美国之后"). Such a market is not what the story is about unless nothing else is named.
   */
  passing?: boolean;
  /** Named in a list of where the shop already is ("目前已覆盖英国、美国、东南亚…"): never the market of a fact. */
  coverage?: boolean;
  /**
   * Named as a market of a platform's own business: where its sellers, merchants or creators are ("US sellers on
   * TikTok Shop", "Indonesian merchants selling on Shopee", "TikTok Shop美区卖家") or its market site ("TikTok Shop德国、
   * 法国、意大利站"). The market decision (model/apply-model.ts) reads the mark only in a sentence that names a platform.
   */
  shopMarket?: boolean;
}

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

// [market, case-insensitive words, case-sensitive words]
const MARKET_WORDS: [Market, string, string | null][] = [
  ['US', String.raw`united states|(?<!north |south |latin |central )america(?:ns?)?(?! ?(?:express|online))|(?<!(?:['’]s|ian|ese|an) )supreme court|congress(?:ional)?|white house|super bowl|biden|trump|senate|美国|美区|美國`,
    String.raw`U\.S\.(?:A\.?)?(?! ?[Dd]ollars?)|\bUS(?!\$| ?[Dd]ollars?)\b|\bUSA\b|` + US_STATES.join('|')],
  ['UK', String.raw`united kingdom|great britain|britain|british|britons?|英国|\blondon\b|伦敦`, String.raw`\bUK\b|\bU\.K\.?`],
  ['ID', String.raw`indonesian?s?|印尼|印度尼西亚|\bjakarta\b|雅加达`, null],
  ['TH', String.raw`thailand|\bthai\b|泰国|\bbangkok\b|曼谷`, null],
  ['MY', String.raw`malaysian?s?|马来西亚|\bkuala lumpur\b|吉隆坡`, null],
  ['PH', String.raw`philippines?|filipinos?|菲律宾|\bmanila\b|马尼拉`, null],
  ['VN', String.raw`vietnam(?:ese)?|viet nam|越南|\bhanoi\b|\bho chi minh city\b|\bsaigon\b|河内|胡志明`, null],
  ['SG', String.raw`singapore(?:an)?s?|新加坡`, null],
  ['MX', String.raw`mexic(?:o|an)s?|墨西哥|\bguadalajara\b|\bmonterrey\b`, null],
  ['ES', String.raw`spain|spanish|西班牙|\bmadrid\b|\bbarcelona\b|马德里`, null],
  ['IE', String.raw`ireland|irish|爱尔兰|\bdublin\b|都柏林`, null],
  ['DE', String.raw`germany|german(?!e)|德国|\bberlin\b|\bmunich\b|柏林`, null],
  ['FR', String.raw`france|french|法国|\bparis\b|巴黎`, null],
  ['IT', String.raw`italy|italian|意大利|\bmilan\b|\brome\b|米兰|罗马`, null],
  ['JP', String.raw`japan(?:ese)?|日本|\btokyo\b|东京`, null],
  ['BR', String.raw`brazil(?:ian)?|巴西|\bsão paulo\b|\bsao paulo\b|\brio de janeiro\b|圣保罗`, null],
  ['SEA', String.raw`south[- ]?east asia(?:n)?|s-e asia|asean|东南亚`, String.raw`\bSEA\b|\bSE Asia(?:n)?\b`],
  ['CN', String.raw`(?<!\b(?:based|made|manufactured|produced|sourced) )\bin (?:mainland )?china\b(?! ?-based)|china's (?:domestic|e-?commerce|market|consumers|shoppers|live|retail)|chinese (?:consumers|shoppers|market|domestic)|domestic chinese|douyin|taobao|tmall|kuaishou|中国市场|中国电商|国内市场|国内电商|抖音|淘宝|天猫|快手`, null],
  // "its global head of operations": a job title, not the world.
  ['GLOBAL', String.raw`globally|worldwide|around the world|\bglobal(?! selling| (?:head|chief|president|director|manager|vice[- ]president|lead|officer|boss|executive|ceo|cfo|coo)s?\b)\b|全球|全世界|海外市场`, null],
];

// One combined regex per flag set; the group name says the market.
function buildPattern(flags: string, pick: (w: [Market, string, string | null]) => string | null): RegExp {
  const parts = MARKET_WORDS.map((w) => [w[0], pick(w)] as const).filter((p): p is readonly [Market, string] => !!p[1]);
  return new RegExp(parts.map(([m, src]) => `(?<${m}>${src})`).join('|'), flags);
}
const INSENSITIVE = buildPattern('gi', (w) => w[1]);
const SENSITIVE = buildPattern('g', (w) => w[2]);
// "a Singapore fund", "a US-based startup", "the Jakarta-based unit of": where a company, investor or seller comes
// from, not a market the story is about.
const ORIGIN_AFTER = /^(?:-based|-headquartered)\s+(?:[\w-]+\s+){0,2}?(?:units?|arms?|subsidiar(?:y|ies)|divisions?|teams?|offices?|brands?|makers?|labels?|retailers?|manufacturers?|suppliers?|parents?)\b|^(?:-based|[- ]headquartered)?\s+(?:(?:venture|investment|private[- ]equity|state|tech|logistics|research|analytics|data|consulting|market[- ]research)\s+)?(?:funds?|firms?|compan(?:y|ies)|startups?|investors?|banks?|conglomerates?|giants?|consultanc(?:y|ies)|brokerages?|think tanks?)\b/i;
// "a Kuala Lumpur research house", "French perfume house": a firm (lower-case "house"; "the US House" is Congress).
const HOUSE_AFTER = /^(?:-based)?\s+(?:[a-z-]+\s+)?houses?\b/;
// "Singapore-based Shopee", "Indonesia's Tokopedia", "总部位于新加坡的Shopee": a rival's home, not a market of the story.
const RIVAL_HOME_AFTER = /^(?:-based\s+(?:[A-Z][\w&.-]*|(?:rival|competitor|retailer|platform|marketplace|e-?commerce|online)\b)|(?:'s|’s)\s+(?:own\s+)?(?:Shopee|Lazada|Tokopedia|Bukalapak|Tiki|Sendo|Zalora|Temu|Shein|Amazon|Mercado\s?Libre|Coupang|Rakuten|Alibaba|JD|Pinduoduo|Sea Ltd|Sea Limited)\b)/;
const RIVAL_HOME_BEFORE = /(?:总部位于|总部设在|总部在|来自)\s*$/;
// "Momentum Works, a research firm in Singapore": where a company sits, not a market the story is about.
// "Shein … is now based in Singapore": where a company sits.
const BASED_BEFORE = /\b(?:is|are|was|were|now|remains)\s+(?:now\s+)?(?:based|headquartered|registered|incorporated)\s+in\s+$/i;
const ORIGIN_BEFORE = /\b(?:firm|company|consultancy|agency|startup|bank|fund|investor|think tank|research house|brokerage)s?\s+(?:based\s+|headquartered\s+)?in\s+$/i;
// "after/following/since its US debut", "its UK launch in 2021": an earlier step named to set the scene.
const PASSING_BEFORE = /\b(?:after|following|since|than|like|unlike|similar to|mirroring|as (?:it|they) did in|than (?:it|they) (?:had|did|saw|made|managed) in)\s+(?:(?:its|the|their|a|an)\s+)?(?:(?:earlier|successful|own|first|initial)\s+)?$/i;
const PASSING_AFTER = /^(?:'s|’s)?\s*(?:debut|launch|rollout|roll-out|expansion|entry|success|experience|playbook|operations?|business|project|pilot|trial|experiment)\b/i;
// "already has an in-app shop in its US and UK markets", "has been available in the UK for some time": where the shop
// already is, told as background to a story elsewhere.
// "has been running the model in the UK", "a feature it has offered in Britain for years": where a line already runs.
// "opened in Singapore, joining Malaysia and Thailand": the markets a new one joins are where it already is (but
// "joined the Vietnamese market" is an entry).
const PRESENCE_BEFORE = /(?:,\s*joining|\balready\s+(?:has|have|had|operates?|runs?|sells?|is live|is available)\b[^.;:]{0,40}?\bin|\bha(?:s|ve) been (?:available|operating|live|active|open|running) in|\bha(?:s|ve|d) been (?:running|operating|offering|selling|testing|using)\s+(?:[\w-]+\s+){1,3}?in|\b(?:it|which|that|they|the (?:company|platform|firm|app))\s+(?:has|have|had)\s+(?:long\s+|already\s+|previously\s+)?(?:offered|operated|run|provided|sold|used|tested|had)\s+(?:[\w-]+\s+){0,2}?in)\s+(?:its\s+|the\s+)?$/i;
// "目前已覆盖英国、美国、东南亚…", "now operates in the UK, the US, …": a list of where the shop already is.
const COVERAGE = /已覆盖|目前(?:已)?覆盖|现已覆盖|已进入[^，。；]{0,12}市场|\bnow (?:covers|spans|operates in)\b|\boperat(?:es|ing) in\b|\bpresent in\b|\bavailable in\b/i;
// "《TikTok Shop东南亚白皮书2023》": a report's title names a region without making it a market of the story.
const BOOK_TITLE = /《[^》]{0,40}$/;
// "draws on its Indonesia playbook": a market used as a model.
const MODEL_AFTER = /^(?:'s|’s)?\s*(?:playbook|template|blueprint)\b|^(?:'s|’s)\s+(?:largest|biggest|most populous|second[- ]largest|fastest[- ]growing)\s+(?:economy|market|country|nation)\b/i;
// "in markets like the UK", "like the Indonesian government": a market held up as an example.
const LIKE_BEFORE = /\b(?:like|such as)\s+(?:the\s+)?$/i;
// "similar to a rule Indonesia introduced", "mirroring the one in Vietnam": a market whose rule or model is the yardstick.
// "followed a similar event the platform staged in Jakarta": the market of the model an event or rule copies.
const SIMILAR_HELD_BEFORE = /\bsimilar\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?(?:held|run|ran|staged|hosted|launched|introduced|used|seen|tried|organi[sz]ed|adopted)\s+in\s+(?:the\s+)?$/i;
// "its fourth market in Asia after Thailand and Indonesia": the earlier entries a new one is counted from.
const COUNTED_AFTER_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|latest|newest|next|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:market|country|stop|foray)\b[^.;]{0,40}?\bafter\s+(?:the\s+)?$/i;
// "a European push that began in the UK", "a year after it arrived in Germany", "a service it introduced in Malaysia
// in June": the earlier step, or where a line already runs.
const EARLIER_CLAUSE_BEFORE = /\b(?:that|which)\s+(?:first\s+)?(?:began|started|kicked off|took off)\s+in\s+(?:the\s+)?$|\b(?:after|since|following|before)\s+(?:it|tiktok(?: shop)?|the (?:shop|platform|company|app))\s+(?:first\s+|had\s+)?(?:arrived|launched|debuted|opened|entered|went live|started|began|expanded)(?:\s+(?:selling|operating|operations|trading|shopping|sales|e-?commerce))?\s+(?:in|into|to)\s+(?:the\s+)?$|\b(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:service|feature|programme|program|model|option|tool)\s+(?:that\s+|which\s+)?(?:it|the (?:company|platform))\s+(?:has\s+|had\s+)?(?:already\s+|first\s+)?(?:introduced|launched|rolled out|offered|offers|runs|ran|tested|piloted)\s+in\s+(?:the\s+)?$/i;
// "US sellers", "American small-business merchants", "美区卖家", "美国本土商家", "意大利站": the market named as the
// platform's sellers' own, or as its market site.
const SHOP_MARKET_AFTER = /^(?:-based)?\s+(?:[\w-]+\s+){0,2}?(?:sellers?|merchants?|vendors?|creators?|affiliates?|shop owners?|store owners?|live(?:stream)? (?:hosts?|sellers?))\b|^(?:区|站)?(?:本土|本地|当地)?(?:的)?(?:卖家|商家|达人|创作者|店主|主播)|^站(?!内|外)/i;
// "shifting production to Vietnam and Mexico": where goods are made, not a market sold in.
const PRODUCTION_BEFORE = /\b(?:shift|mov|relocat|transferr?|switch)\w*\s+(?:(?:their|its|some|part of their|part of its|more|some of their|some of its)\s+)*(?:production|manufacturing|factories|factory|supply chains?|sourcing|output|plants?)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?$/i;
const SIMILAR_BEFORE = /\b(?:similar to|akin to|mirroring|modell?ed on|echoing|copying|in line with)\s+(?:(?:a|an|the|one|those?|that)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:in|by|of)\s+)?(?:the\s+)?$/i;
const LIST_JOIN = /^\s*(?:,|、|和|及|以及|,?\s+(?:or|and))\s*(?:the\s+)?$/i;
const THAN_BEFORE = /\bthan (?:it|they|in|(?:it|they) (?:had|did|saw|made|managed) in)\s+(?:the\s+)?$|\b(?:it|they|that it|that they) (?:used|honed|tested|ran|adopted|built|perfected) in\s+(?:the\s+)?$/i;
// "a playbook the platform first tried in Indonesia", "the model it had tested in Thailand", "a fraction of those in
// the US", "compared with the UK", "beyond the UK, Ireland and Spain": a market as the yardstick or an earlier step.
const YARDSTICK_BEFORE = /\b(?:first|already|previously|earlier|once|successfully)\s+(?:used|honed|tested|tried|ran|adopted|built|perfected|pioneered|proved|proven)\s+in\s+(?:the\s+)?$|\b(?:fraction|half|share|twice|double|triple)\s+(?:of\s+)?(?:those|that|the (?:ones?|level|size))\s+in\s+(?:the\s+)?$|\b(?:compared (?:with|to)|versus|vs\.?|beyond|besides|in addition to|on top of|outside(?: of)?|except(?: for)?|other than|apart from)\s+(?:(?:its|the|their)\s+(?:\w+\s+)?(?:business(?:es)?|operations?|markets?|shops?)\s+in\s+)?(?:the\s+)?$/i;
// "after its debut in Mexico", "following the launch in Britain", "since its 2021 entry into Thailand": an earlier step.
const EARLIER_STEP_BEFORE = /\b(?:after|following|since|months after|years after|building on)\s+(?:(?:its|the|their|a)\s+)?(?:(?:\d{4}|earlier|successful|first|initial|own)\s+)?(?:debut|launch|rollout|roll-out|entry|expansion|arrival|success|start)\s+(?:in|into|across)\s+(?:the\s+)?$/i;
// "its first new market in Europe since the UK": the earlier step a launch is counted from.
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:)!?]|$)/;
// "saying it remained focused on Germany", "was focusing on making it work in Spain": where the company stays, told
// beside a launch elsewhere or one it denies.
const FOCUS_BEFORE = /\b(?:(?:remain(?:s|ed)?|stay(?:s|ed)?|still|instead|continu(?:e|es|ed|ing) to be)\s+focus(?:ed|sed)\s+on|focus(?:es|ed|ing|sing)?\s+on\s+(?:making|keeping|growing|building|strengthening|consolidating)\b[^.;,]{0,30}?\bin)\s+(?:the\s+)?(?:its\s+)?(?:\w+\s+)?$/i;
const LISTING_BEFORE = /\b(?:listing|ipo|flotation|float|stock market debut|listed|list(?:ing)? its shares)\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:the\s+)?$/i;
const LISTING_AFTER = /^(?:\s*(?:的)?(?:ipo|上市|交易所|证券交易所|stock exchange|exchange|listing|ipo))/i;
// "继英国、美国之后", "在美国之后": the markets before "之后" came earlier.
// "增速已超过泰国", "与此前在英国推出的模式类似", "不同于美国": a comparison's yardstick.
const ZH_PASSING = /继[^，。；,]{1,24}?(?:之后|以后|后)|(?:仅次于|类似于|不同于|参照|借鉴|沿用|复制|照搬|效仿|仿效|仿照|效法|靠近|毗邻|邻近|紧邻)[^，。；,]{1,16}|(?:超过|超越|高于|低于|快于|慢于|领先于?|落后于?)(?=[^，。；,\d]{0,4}?(?:东南亚|美国|英国|印尼|印度尼西亚|泰国|越南|马来西亚|菲律宾|新加坡|墨西哥|西班牙|爱尔兰|德国|法国|意大利|日本|巴西))[^，。；,\d]{1,8}|与[^，。；,]{1,20}?(?:类似|相似|相同|一样|不同|相比)|(?:此前|之前|早前)[^，。；,]{0,8}?已?在[^，。；,]{1,12}?(?:运行|运营|推出|上线|开通|落地|试点)|(?:工厂|产能|生产线?|产线|供应链)[^，。；,]{0,6}?(?:迁至|迁往|迁到|转移至|转移到|搬到|搬至)[^，。；,]{1,16}/g;

// "Southeast Asia's fastest-growing market", "东南亚增长最快的市场", "东南亚电商的生态": the region as the frame of a
// country story, not a market of its own.
const REGION_CONTEXT_AFTER = /^(?:'s|’s)\s+(?:(?:largest|biggest|fastest[- ]growing|second[- ]largest|leading|top|most populous)\s+(?:e-?commerce\s+)?(?:economy|market|country|nation|player|platform)|e-?commerce (?:market|landscape|scene|sector|battleground))\b|^(?:[^，。；,]{0,2}(?:最大|第二大|增长最快|最快|头部|领先|第一)的?(?:电商)?(?:市场|经济体|国家|平台))|^电商(?:市场)?的(?:生态|格局)|^(?:(?:'s|’s)\s+(?:(?:biggest|largest|leading|top|dominant|major)\s+)?(?:e-?commerce\s+)?(?:player|giant|leader|champion|incumbent)s?\b)|^(?:电商)?(?:市场)?的?(?:重要|主要|头部|最大)?(?:参与者|玩家|霸主|巨头|龙头)/i;
// "its third market in Southeast Asia", "its first stop in the region": the region frames the country named beside it.
const REGION_FRAME_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|latest|newest|next|\d+(?:st|nd|rd|th)|largest|biggest|fastest[- ]growing|leading|most populous|second[- ]largest)\s+(?:e-?commerce\s+|digital\s+|online\s+)?(?:market|economy|country|nation|stop|foray)\s+in\s+(?:the\s+)?$/i;
// "完成东南亚六国覆盖", "across its six Southeast Asian markets" beside the countries themselves: the region as their sum.
const REGION_SUM_AFTER = /^(?:\s*[（(]|[^，。；,]{0,2}(?:六|五|四|6|5|4|多|各)国|(?:的)?(?:主要|核心)市场|n? (?:six|five|four) (?:countries|markets))/i;
const REGION_MEMBERS = new Set<Market>(['ID', 'TH', 'MY', 'PH', 'VN', 'SG']);
// "新加坡11月3日电": where a Chinese wire story is filed.
const ZH_DATELINE_AFTER = /^\s*\d{1,2}月\d{1,2}日(?:电|讯)/;
const DATELINE_AFTER = /^,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\(/i;
const INSTITUTION = /^(?:congress(?:ional)?|senate|supreme court)$/i;
const OTHER_COUNTRY = /\b(?:brazil|mexic|spain|ireland|germany|france|italy|japan|indonesia|thailand|malaysia|philippines|vietnam|singapore|britain|united kingdom)|巴西|墨西哥|西班牙|爱尔兰|德国|法国|意大利|日本|印尼|泰国|马来西亚|菲律宾|越南|新加坡|英国/i;
// "…, as deadline looms for potential US ban", "expands to Europe amid uncertain U.S. future": a market in an aside
// about what may yet happen elsewhere sets the scene; the story is the main clause's.
const ASIDE = /(?:,\s*|\s)(?:as|amid|amidst|while|even as|despite)\s(?:[^,.;:!?，。；]|\.(?!\s|$))*/gi;
const HYPOTHETICAL = /\b(?:potential|possible|looming|looms|deadline|threat\w*|future)\b/i;
// "despite uncertainty about its operations in the U.S." sets the scene; "amid uncertainty over Indonesia's ban" names a ban.
const UNCERTAIN_ONLY = (s: string) => /\buncertain\w*/i.test(s) && !/\bban|\bprohibit|\bblock/i.test(s);

/** Every market mention with its position, in text order. */
/** Whether `cur` follows `prev` in one list ("the UK, Ireland and Spain"): only a list's joins stand between them. */
function listed(text: string, prev: MarketMention, cur: MarketMention): boolean {
  return LIST_JOIN.test(text.slice(prev.index, cur.index).replace(/^[^\s,，、]+(?:\s+(?:states|kingdom|arab emirates))?/i, ''));
}

export function findMarketMentions(text: string): MarketMention[] {
  const out: MarketMention[] = [];
  for (const re of [INSENSITIVE, SENSITIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const groups = m.groups!;
      for (const key in groups) {
        if (groups[key] === undefined) continue;
        const end = m.index + m[0].length;
        const after = text.slice(end, end + 40);
        if (ORIGIN_AFTER.test(after) || HOUSE_AFTER.test(after) || ORIGIN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) break;
        if (BASED_BEFORE.test(before40(text, m.index))) break;
        if (RIVAL_HOME_AFTER.test(after) || RIVAL_HOME_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) break;
        // "as it prepares for a listing in London", "在伦敦上市": where a company lists its shares, like where it is
        // based, is not a market it sells in.
        if (LISTING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || LISTING_AFTER.test(after)) break;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const before80 = text.slice(Math.max(0, m.index - 80), m.index);
        // "LONDON, March 27 (Reuters) –": where the reporter files from, not what the story is about.
        if (m.index === 0 && (DATELINE_AFTER.test(after) || ZH_DATELINE_AFTER.test(after))) break;
        // "a law passed by Congress" in a story about Brazil: an institution's name says US only when the sentence
        // names no other country.
        // "the US House" is the legislature (the House of Representatives), an institution like Congress.
        if (key === 'US' && (INSTITUTION.test(m[0]) || /^\s+House\b/.test(after)) && OTHER_COUNTRY.test(text.replace(m[0], ''))) break;
        const passing = (PASSING_BEFORE.test(before) && PASSING_AFTER.test(after)) || THAN_BEFORE.test(before) || LIKE_BEFORE.test(before) || SIMILAR_BEFORE.test(before) || MODEL_AFTER.test(after)
          || YARDSTICK_BEFORE.test(before) || EARLIER_STEP_BEFORE.test(before) || PRESENCE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
          || BOOK_TITLE.test(before) || SIMILAR_HELD_BEFORE.test(before80) || COUNTED_AFTER_BEFORE.test(before80) || PRODUCTION_BEFORE.test(before80) || EARLIER_CLAUSE_BEFORE.test(before80)
          || (SINCE_BEFORE.test(before) && CLAUSE_END_AFTER.test(after.replace(/^\S*?(?:kingdom|states)\b/i, ''))) || FOCUS_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
          || (key === 'SEA' && (REGION_CONTEXT_AFTER.test(after) || REGION_FRAME_BEFORE.test(before)));
        const mention: MarketMention = passing ? { market: key as Market, index: m.index, passing } : { market: key as Market, index: m.index };
        // "global sellers" are cross-border sellers, not a market.
        if (!passing && key !== 'GLOBAL' && SHOP_MARKET_AFTER.test(after)) mention.shopMarket = true;
        out.push(mention);
        break;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  ZH_PASSING.lastIndex = 0;
  for (let m = ZH_PASSING.exec(text); m; m = ZH_PASSING.exec(text)) {
    for (const x of out) if (x.index >= m.index && x.index < m.index + m[0].length) x.passing = true;
  }
  // "like the United States or the United Kingdom", "beyond the UK, Ireland and Spain": every market of the list.
  out.sort((a, b) => a.index - b.index);
  let listHead = false;
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!, cur = out[k]!;
    const lead = text.slice(Math.max(0, prev.index - 60), prev.index);
    const lead80 = text.slice(Math.max(0, prev.index - 80), prev.index);
    listHead = !!prev.passing && (listHead || LIKE_BEFORE.test(lead) || YARDSTICK_BEFORE.test(lead) || EARLIER_STEP_BEFORE.test(lead) || PRESENCE_BEFORE.test(lead80)
      || SIMILAR_HELD_BEFORE.test(lead80) || COUNTED_AFTER_BEFORE.test(lead80) || PRODUCTION_BEFORE.test(lead80) || EARLIER_CLAUSE_BEFORE.test(lead80));
    if (listHead && listed(text, prev, cur)) cur.passing = true;
    else listHead = false;
  }
  // "US and UK sellers on TikTok Shop", "德国、法国、意大利站": the markets listed before the one marked share its mark.
  for (let k = out.length - 1; k > 0; k--) {
    const prev = out[k - 1]!, cur = out[k]!;
    if (cur.shopMarket && !prev.passing && prev.market !== 'GLOBAL' && listed(text, prev, cur)) prev.shopMarket = true;
  }
  if (new Set(out.filter((x) => !x.passing && REGION_MEMBERS.has(x.market)).map((x) => x.market)).size >= 2) {
    for (const x of out) if (x.market === 'SEA' && REGION_SUM_AFTER.test(text.slice(x.index).replace(/^\S*?(?:south[- ]?east asia|东南亚|SEA)/i, ''))) x.passing = true;
  }
  if (COVERAGE.test(text) && new Set(out.map((x) => x.market)).size >= 4) for (const x of out) { x.passing = true; x.coverage = true; }
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(text); m; m = ASIDE.exec(text)) {
    if (!(HYPOTHETICAL.test(m[0]) || UNCERTAIN_ONLY(m[0])) || m.index === 0) continue;
    for (const x of out) if (x.index >= m.index && x.index < m.index + m[0].length) x.passing = true;
  }
  return out.sort((a, b) => a.index - b.index);
}

function before40(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at);
}
