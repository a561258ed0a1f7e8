// Bans that touch TikTok Shop commerce or cross-border platforms (TAXONOMY "Labeling rules"): a platform
// prohibiting links, product categories, sellers or a form of live selling, or closing its own shop in a market; a
// government banning or suspending TikTok, TikTok Shop, social commerce or a platform such as Temu, including
// divest-or-ban laws, curbs on cross-border sales and shutdown orders; a court acting on such a ban. The ban's
// course (proposed, passed, blocked, upheld, avoided, lifted) counts. Bans on government devices, content removals,
// fines alone, a crackdown alone and calls for a ban by people who cannot impose one do not.
import type { BanFact } from '../types.ts';
import type { Market } from '../taxonomy.ts';
import { SentenceLog, type FactCandidate } from './fact-candidate.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';
import { regexWithFlags } from './regex-copy.ts';

// "closed about 1,200 US seller accounts", "shuts hundreds of stores", "removed more than 600 UK shops": a platform
// removing or closing sellers (TAXONOMY: a platform ban), told with how many; not the platform ending its own service.
const QUANTITY = String.raw`(?:(?:about|around|nearly|almost|more than|over|some|roughly|at least|another|a further|hundreds of|thousands of|dozens of|tens of thousands of|millions of|\d[\d,.]*(?:\s?(?:million|thousand|k|m))?|[一二两三四五六七八九十百千万\d]+(?:万|千|百)?(?:多|余)?)\s*)+`;
const SELLER_REMOVAL_SRC = String.raw`\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?: down)?|remov(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|ban(?:s|ned|ning)?|block(?:s|ed|ing)?|delist(?:s|ed|ing)?|kick(?:s|ed|ing)? out)\s+(?:permanently\s+)?${QUANTITY}(?:(?!pop-?up|physical|retail|flagship|own)[\w-]+\s+){0,2}(?:sellers?|merchants?|vendors?|shops?|stores?|storefronts?)(?: accounts?)?\b`;
const SELLER_REMOVAL = new RegExp('^(?:' + SELLER_REMOVAL_SRC + ')', 'i');
const SELLER_REMOVAL_IN = new RegExp(SELLER_REMOVAL_SRC, 'i');
// "may not put links to rival marketplaces", "must not sell", "cannot list": a rule that forbids a commerce act.
// Only said of those a rule binds: "ByteDance may not sell TikTok" is a possibility, not a prohibition.
const MAY_NOT_SRC = String.raw`\b(?:sellers|merchants|creators|affiliates|vendors|shops|stores|users|hosts|streamers|brands)\b[^.;:]{0,60}?\b(?:may|must|shall|can)(?:not| not|n['’]t)\s+(?:\w+\s+)?(?:put|post|add|include|place|share|sell|list|promote|offer|link|display|advertise|stream|direct)\b`;

const VERB = new RegExp(String.raw`${SELLER_REMOVAL_SRC}|${MAY_NOT_SRC}|` + /\bban(?:s|ned|ning)?\b|\bprohibit\w*|\bblock(?:s|ed|ing)?\b(?!buster)|\boutlaw\w*|\bforbid\w*|\bbarred\b|\bshut(?:s|ting)? down\b|\bshutdowns?\b|\bgo(?:es)? dark\b|\bwent dark\b|\bhalt(?:s|ed|ing)?\b|\bstop(?:s|ped|ping)? (?:e-?commerce|selling|facilitating|transactions|sales|online|its|the)\b|\bno longer (?:facilitate|allow|permit|let|sell|support|operat)\w*|\bstop(?:s|ped|ping)? (?:allowing|letting|permitting)\b|\bstop(?:s|ped|ping)? (?:[\w.-]+ ){1,6}from \w+ing\b|\bbar(?:s|ring)?\b(?= (?:[\w.-]+ ){0,6}from \w+ing\b)|\b(?:not|no longer) (?:be )?(?:allowed|permitted)\b(?! to (?:join|register|apply))|不(?:再|被)?允许|\bstop(?:s|ped|ping)? (?:taking|accepting) (?:new )?orders\b|\bwind(?:s|ing)? down\b|\bpull(?:s|ed|ing)? out of\b|\bwithdr(?:aw|aws|ew|awn|awing) from\b(?= (?:the )?[A-Z])|\bsuspen(?:d|ds|ded|ding|sion)\b|\bcut(?:s|ting)? off\b|\bdivest\w*|\b(?:forc|demand|requir|order)(?:e|es|ed|ing|s)?\b.{0,40}\b(?:to )?sell (?:tiktok|its|the|their)\b|\b(?:price floor|floor price|minimum price)\b|\bcan(?:'t|not|’t) be sold\b|\bnot (?:be )?allowed to (?:be )?sold\b|无法[^，。；]{0,16}(?:销售|上架|售卖|进入)|不能[^，。；]{0,12}(?:销售|上架|售卖)|最低价格|\bceas(?:e|es|ed|ing)\b|\bclos(?:e|es|ed|ing)\b(?= in [A-Z])|\bpull(?:s|ed|ing)?\b.{0,30}\b(?:listings|products|goods|items)\b|\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?)\b(?: of)?(?: down)? (?:its |the |their |tiktok(?:'s|’s)? )?(?:(?!pop-?up|physical|brick|flagship)[\w-]+ ){0,2}(?:shop|store|marketplace|e-?commerce|business|operations|site|platform|feature|service|channel|programme|program)s?\b|\bcurb(?:s|ed|ing)?\b|\b(?:limit|restrict)(?:s|ed|ing)? (?:online |the )?(?:sales|imports|transactions|international product sales)|\brestrictions?\b|\bprevent(?:s|ed)? \w+ (?:\w+ )?(?:businesses|platforms|from)|\btaken down\b|\btake down\b|\bdelist(?:s|ed|ing)?\b(?![^.;]{0,30}\b(?:shares?|stocks?|exchange|nasdaq|nyse|bourse)\b)|\bremov(?:e|es|ed|ing|al)\b.{0,30}\b(?:sellers|app|listings|products|stores)\b|禁止|禁令|封禁|封锁|下架|叫停|关停|关闭|暂停|禁售|不得|严禁|禁用|被禁|屏蔽|停止|剥离|不卖就禁|无法进入|清退|封店|删除/i.source, 'i');
// What the prohibition is about must be commerce, TikTok or a cross-border platform.
const COMMERCE_TARGET = /tiktok|bytedance|\btemu\b|\bshein\b|\bthe app\b|\bapps?\b|\binternet domains\b|业务|e-?commerce|social (?:commerce|media)|transactions?|\blinks?\b|\bsales?\b|\bsell(?:ing)?\b|online (?:retail|shopping|purchases|sales)|\bshopping\b|\bpayments?\b|\bproducts?\b|\bgoods\b|\bitems\b|categor|\bsellers?\b|\bmerchants?\b|\bshops?\b|\bstores?\b|marketplace|listings?|\bbroadcasts?\b|\blive ?stream|字节|商品|产品|类目|链接|外链|卖家|商家|店铺|小店|电商|交易|带货|品类|销售|购物|直播|应用|平台/i;
const NOT_BAN = /\b(?:sellers?|merchants?|vendors?|you|they|we|i|who)\s+(?:\w+\s+)?(?:close|closes|closed|closing|shut|shuts)\s+(?:down\s+)?(?:their|your|our|my|his|her|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:shop|store|account)s?\b|\b(?:teens?|minors|children|kids|under-?18s?)\b|\b(?:governments?|political entities|individuals)\b[^.;]{0,30}\bprohibited from\b|\bhalt\w*\W+(?:[\w-]+\W+){0,2}(?:expansion|plans?|hiring|investments?)\b|停止使用|暂停[^，。；]{0,12}后(?:重启|恢复)|您|\b\d{2}(?: and \d{2})?[- ]year[- ]olds?\b|\bunder(?: the age of)? 1[68]\b|\b(?:government|state|federal)[- ](?:issued |owned )?(?:devices?|phones?)\b|\bon (?:state|government|federal)[- ]\w+ devices\b|\b(?:suspen\w*|remov\w*|ban(?:s|ned)?)\s+(?:the\s+)?(?:accounts?\s+of\s+)?(?:(?:more than|over|about|some|dozens of|hundreds of|\d[\d,]*)\s+)*(?:[\w-]+\s+){0,2}(?:influencers|creators|users|streamers|livestreamers|bloggers|(?:live )?hosts|presenters)\b|\b(?:suspen\w*|remov\w*|ban(?:s|ned|ning)?|block\w*|terminat\w*)\s+(?:(?:about|around|nearly|more than|over|some|roughly|hundreds of|thousands of|dozens of|millions of|[\d,.]+(?: million| thousand)?)\s+)*(?:(?!seller|merchant|shop|store|vendor|business|affiliate)[a-z]+\s+)?accounts\b|hate speech|community guidelines|misinformation|\b(?:for|over) (?:[\w-]+ ){0,2}(?:content|videos|posts|streams)\b|\b(?:remov|delet|take|takes|taking|pull)\w*\b[^.;]{0,50}\b(?:when|whenever|once|if|as soon as) (?:it|they|we|the platform|the company) (?:finds?|detects?|identif(?:y|ies)|discovers?|spots?|learns? of|becomes? aware)\b|\bage rating|设备|(?:店铺|账号|账户|店)(?:注销|关闭|关店)[^，。；]{0,6}(?:后|之后|时)|\b(?:after|once|when|until) (?:the |a |their |its )?(?:store|shop|account)s? (?:is |are |has been |have been )?(?:closed|closes|close|shut)\b|社区(?:准则|规范|公约|自律)|违规内容|虚假信息|(?:封禁|封停|暂停|下架)[^，。；]{0,16}(?:账号|帐号|账户|视频|内容|网红|博主)/i;
const SUSPEND_CONTENT = /\bsuspen\w*\b.{0,40}\b(?:accounts?|users?|creators?)\b.{0,40}\b(?:content|videos?|posts?)\b/i;
// "calls for a ban", "petition to ban": wanted by people who cannot impose it.
const CALL_FOR = /\b(?:call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|petition\w*|campaign\w* (?:for|to)|demand(?:s|ed)?|want(?:s|ed)?|(?:ask|press|lobb(?:y|ie))(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,2}(?:government|parliament|ministry|regulators?|lawmakers|authorities|congress|president|state))\b[^.;]{0,30}$|呼吁|请愿|敦促|(?:要求|请求|促请)(?:政府|国会|议会|当局|监管)/i;
const BELOW_BAR = /\bunless (?:they|their|the (?:seller|account|shop|store)s?|sellers)\b[^.;]{0,40}\b(?:\d|followers|score|rating|licen[cs]e)|\b(?:whose|with an?)\b[^.;]{0,30}\b(?:score|rating)\b[^.;]{0,12}\b(?:below|under|less than|of less than)\s*\d|(?:评分|体验分|店铺分|粉丝数?)[^，。；]{0,4}(?:低于|不足|未达)[^，。；]{0,8}的[\u4e00-\u9fff]{0,4}?(?:商家|卖家|店铺|达人|创作者|店|主播)|(?:评分|体验分|店铺分|粉丝数?)[^，。；]{0,4}(?:低于|不足|未达)[^，。；]{0,8}(?:将|则|会)/i;
// A prohibition that names the goods it is about ("from selling gold bars", "上架电子烟") is a ban on those goods.
const PRODUCT_OBJECT = /^[^.;]{0,40}?\b(?:sell|list|offer)(?:s|ing)?\s+(?!(?:new|any|their|its|more)\b|products\b|items\b|listings\b)[a-z]|(?:上架|销售|售卖)(?!新品|新商品|商品|新的)[\u4e00-\u9fff]/i;
// "未完成认证的店铺将无法上架新商品", "sellers who have not verified their identity will not be able to list": a gate that
// shuts only those who miss a requirement states the requirement (a threshold), not a ban. Removing or closing such
// sellers stays a ban (TAXONOMY).
const GATE_BAR = /(?:未(?:能)?(?:完成|通过|提供|获得|取得|办理|达到|满足|提交)|没有|不具备)[^，。；]{0,24}的[\u4e00-\u9fff]{0,4}?(?:店铺|卖家|商家|商户|账号|主播|达人|企业)[^，。；]{0,6}(?:将|会|也)?(?:无法|不能|不得|不可)|\b(?:sellers|shops|stores|merchants|accounts|creators|businesses)\s+(?:that|who|which)\s+(?:fail|have not|haven't|do not|don't|cannot|can't|did not|didn't)\b[^.;]{0,80}\b(?:will (?:not be able|be unable|be barred|be blocked|lose the ability)|cannot|can't|won't be able)\b|\bunless (?:they|sellers|merchants|shops|stores) (?:verify|register|provide|submit|complete|obtain|show|hold)\b/i;
// "个体卖家通道暂停", "suspends new seller registrations": closing the way in is a rule on who may join (a threshold).
const ENTRY_CLOSED_BEFORE = /(?:入驻|注册|申请|招商|开店|通道)[^，。；]{0,3}$|\b(?:registrations?|applications?|sign-?ups?|onboarding)\s+(?:(?:is|are|was|were|has been|have been|will be)\s+)?$/i;
const ENTRY_CLOSED_AFTER = /^[^，。；.;]{0,6}(?:入驻|注册|申请|招商|开店)|^\s+(?:(?:new|all|further|its|the)\s+)*(?:(?:seller|merchant|shop|store|creator|affiliate|individual|local|cross-border)\s+)*(?:registrations?|applications?|sign-?ups?|onboarding)\b/i;
// "places no restriction on", "without a ban", "逾期未下架的商品": no prohibition is stated. A government saying it will
// not ban (yet) is news about a ban's course and stays one (TAXONOMY: considering a ban counts).
const NEGATED_BEFORE = /\b(?:no|without|nor)\s+(?:(?:any|new|further|such)\s+)?$|(?<!并|尚|还)未\s*$/i;
const AD_OR_CONTENT_OBJECT = /^\s*(?:all |new |paid |some )?(?:(?:political|election|campaign|issue|gambling|crypto(?:currency)?)\s+)?(?:ads|adverts|advertisements|advertising|videos|filters|hashtags|songs|posts|content)\b|^(?:发布|投放|刊登|播放)?(?:政治|竞选|博彩)?广告/i;
const CRACKDOWN_ONLY = /^(?:crackdown|整治|专项行动)$/i;

const COURT = /\bcourt\b|\bjudges?\b|\bjustices\b|法院|法官|裁定/i;
// A court acting against a ban: blocking, halting, striking it down. A court upholding a law leaves it the law's.
const COURT_ACT = /\b(?:order(?:s|ed|ing)?|injunctions?|restrain(?:s|ed|ing)?|bar(?:s|red|ring)|block(?:s|ed|ing)?|str(?:ike|uck|ikes|iking) down|halt(?:s|ed|ing)?|paus(?:e|ed|es|ing)|enjoin\w*|overturn\w*|invalidat\w*)\b|裁定|禁制令|(?:发布|颁布|发出|下达|作出)了?(?:临时|初步)?禁令|叫停|暂缓|驳回/i;
const COURT_UPHOLDS = /\buph(?:eld|olds?|olding)\b|\baffirm(?:s|ed)?\b|\b(?:rejected?|denied|denies|dismiss(?:ed|es)?)\s+(?:a |the |an )?(?:[\w'’]+ ){0,2}(?:challenge|appeal|bid|request|motion|petition|plea)\b|维持|支持(?:[^，。；]{0,8})(?:禁令|法律|法案|决定)|驳回[^，。；]{0,30}(?:诉讼|上诉|挑战|请求|申请|动议)/i;
const COURT_BLOCKS = /\b(?:block(?:s|ed|ing)?|str(?:ike|uck|ikes|iking) down|enjoin\w*|overturn\w*|invalidat\w*|suspend(?:s|ed)?|paus(?:e|ed|es))\b|叫停|暂缓|撤销|推翻/i;
const GOVERNMENT = /\bgovernments?\b|\bministr(?:y|ies)\b|\bminister\b|\blaws?\b|\bbills?\b|\bact\b|legislat\w*|\blawmakers\b|\bcongress\b|\bhouse\b|\bsenate\b|\bparliament\b|\bregulat(?:or|ors|ion|ions|ory)\b|\bnew rules\b|\brules\b|\bdecree\b|\bdirective\b|\bauthorit(?:y|ies)\b|\bofficials?\b|\bpresident\b|\bgovernor\b|\bstate of\b|\bfederal\b|\btrump\b|\bbiden\b|\bwhite house\b|\bkemendag\b|\bkominfo\b|\bdepartment of\b|\b(?:trade|commerce|justice) department\b|\b(?:european|trade|competition) commission\b|\bexecutive order\b|政府|法律|法案|议案|监管|部门|(?:企业|贸易|通信|信息|工业|商业|财政|经济|数字)部|部长|国会|众议院|参议院|总统|当局|新规|部长|商务部|贸易部|工贸部/i;
// The platform's own rules are not a government's: "TikTok Shop has updated its regulations".
const OWN_RULES = /\b(?:its|their|platform|shop|tiktok(?:'s|’s)?)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:rules|regulations|policies|policy|guidelines)\b|平台(?:规则|规定|政策)/gi;
const govIn = (t: string) => GOVERNMENT.test(t.replace(OWN_RULES, ''));
// "Indonesia banned …", "Montana's ban", "Jakarta banned": a country, state or capital as the one prohibiting.
const PLACE_ACTOR = /\b(?:indonesia|vietnam|malaysia|thailand|philippines|india|montana|nepal|jakarta|hanoi|kuala lumpur|bangkok|manila|washington|america|the us|the u\.s\.|united states|britain|the uk|european union|the eu|brussels|france|germany|italy|spain|japan|brazil|mexico)(?:'s|’s)?\s*(?:[\w-]+\s+){0,5}$|(?:印尼|印度尼西亚|越南|马来西亚|泰国|菲律宾|美国|印度|欧盟|英国|新加坡|日本|墨西哥|巴西|德国|法国|意大利|西班牙|爱尔兰)(?:政府)?$/i;
// "sellers on TikTok Shop in Malaysia may not…": a place after "in" locates the rule, it does not impose it.
const PLACE_LOCATIVE = /\b(?:in|across|throughout|within|for|on|to)\s+(?:the\s+)?$|在\s*$/i;
function placeActs(before: string): boolean {
  const m = PLACE_ACTOR.exec(before);
  return !!m && !PLACE_LOCATIVE.test(before.slice(0, m.index));
}
// "TikTok bans links", "平台禁止": the platform as the one prohibiting.
const PLATFORM_ACTOR = /(?:tiktok(?: shop)?(?:'s|’s)?|the platform|the company|\bshein\b|\btemu\b|\bamazon\b|\bshopee\b|\blazada\b|平台|tiktok shop|该公司)(?<between>[^.;，。,]{0,40}(?:,\s*(?:strictly|also|now|officially|effectively)\s*)?)$/i;
// "TikTok Shop defies ban threat", "ByteDance strikes deal to avoid US ban": the platform is what the ban is against.
const PLATFORM_OBJECT = /\b(?:defie[sd]|defy\w*|fac(?:e|es|ed|ing)|avoid\w*|escap\w*|fight\w*|challeng\w*|amid|over|after|despite|against|under|from|of|by|surviv\w*|sue[sd]?|suing|sell|must|has to|have to|is required to|required)\b|面临|躲过|避免|应对|被|必须|须|要求/i;
// The things only a platform prohibits in its own shop.
const PLATFORM_TARGET = /\blinks?\b|\blive ?streams?\b|\blive (?:selling|shopping|sessions?)\b|\bcategor|\bproducts?\b(?! (?:purchased|bought|sent|imported) )|\blistings?\b|\bsellers?\b|\bmerchants?\b|\bpre-?recorded\b|\bbroadcasts?\b|\bcounterfeit|\bitems\b|外链|链接|类目|品类|商品|产品|卖家|商家|店铺|直播/i;
// A platform, the app or social commerce in a market: only a government can ban these.
const APP_TARGET = /\btiktok\b(?!\s?(?:shop|[\u4e00-\u9fff]{0,4}站|小店|电商))(?:'s)?(?: app)?|\bthe app\b|\bsocial (?:commerce|media)\b|\btemu\b|\bshein\b|\bbytedance\b|\bcross-?border\b|\bimported goods\b|\bforeign goods\b|社交(?:平台|媒体|电商)|跨境|进口|应用/i;
// TikTok ending its own service in a market: "TikTok Shop closed in Indonesia", "will no longer facilitate".
const SERVICE_END = /\b(?:halt|stop|ceas|clos|shut|suspend|no longer|went dark|go(?:es)? dark|pull(?:s|ed|ing)? out|withdr[ae]w)\w*|停止|关闭|关停|暂停|下线/i;
const WINDOW = 90;
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were|get|gets|got|see|sees|saw|the app|its app)\s*$/i;
const BACK_REFERENCE = /(?:这一?|该|此|上述|这项|这个|此项)\s*$|\b(?:this|that|such a)\s+$/i;
const LIKENESS_BEFORE = /\b(?:similar|such|comparable|the same|like)\s+$|类似(?:的)?\s*$/i;
const NOUN_BAN = /^(?:禁令|bans?|shutdowns?|suspension|prohibition|closure|curbs|restrictions?)$/i;
// A government act behind a platform ending its service: "after the ban", "to comply with regulations".
const GOV_ACT = /\bbans?\b|\blaws?\b|\bregulations?\b|\brules\b|\bordered\b|\b(?:an|the|executive|court|government|ministry)(?:['’]s)? orders?\b|\bdirective\b|\bdecree\b|\bruling\b|\blegislation\b|\bbill\b|\bforced to\b|\b(?:was|were|been) (?:ordered|told|required) to\b|禁令|法律|法案|新规|规定|命令|被迫|被要求|责令|勒令/i;

/** A short target: what is prohibited. */
function targetOf(window: string, by: BanFact['by']): string {
  if (/external|off-platform|\blinks?\b|外链|链接/i.test(window)) return /amazon|亚马逊/i.test(window) ? 'external links (Amazon and other sites)' : 'external links';
  if (/divest|to sell|sell (?:its|their) stake|剥离|出售|不卖就禁/i.test(window)) return 'TikTok app (divest-or-ban law)';
  if (/\btemu\b/i.test(window)) return 'Temu';
  if (/\bshein\b/i.test(window)) return 'Shein';
  if (/social (?:commerce|media)|social platforms?|社交(?:平台|媒体|电商)/i.test(window) && /commerce|transaction|payment|shopping|sales|goods|交易|电商|商品|销售|shop/i.test(window)) return 'social commerce';
  if (/imported|foreign goods|cross-?border|from abroad|进口|跨境/i.test(window) && by === 'government') return 'cross-border goods';
  // An order to stop selling some goods ("orders TikTok Shop to stop selling vapes", 责令停止销售) restricts those goods
  // on the shop, whoever imposes it; it is not a ban of the shop itself ("stop selling in Indonesia" is).
  // "禁售电子烟", "禁止上架和销售X", "下架未获许可的化妆品": the goods named are what is prohibited.
  if (/禁售|禁止(?:上架|销售|售卖)|下架(?![^，。；]{0,10}(?:应用|app|业务|服务|账号))[^，。；]{0,16}(?:商品|产品|货|品|药|烟|酒|器)/i.test(window) && !/外链|链接/.test(window)) return 'product categories';
  if (/\bstop (?:selling|the sale of|sales of)\b(?!\s+(?:in|on|there|through|via|to|from|online)\b)|\bban(?:s|ned)? the sale of\b|停止(?:销售|售卖)(?![^，。]{0,6}(?:业务|服务))/i.test(window)) return 'product categories';
  if (/seller|merchant|\bstores\b|\bshops\b|storefronts|卖家|商家|店铺/i.test(window) && by === 'platform') return 'seller accounts';
  if (/live|broadcast|直播/i.test(window) && by === 'platform') return 'forms of live selling';
  if (/categor|products?|goods|items|listings?|商品|产品|类目|品类|药品|武器/i.test(window) && by === 'platform') return 'product categories';
  if (/tiktok shop|e-?commerce|transactions?|online (?:retail|shopping|sales)|小店|电商|交易/i.test(window)) return 'TikTok Shop';
  // A rule that names neither TikTok nor a shop is about how or what is sold, never "the TikTok app".
  if (!/tiktok|抖音|字节|\bthe app\b/i.test(window)) {
    if (/live|broadcast|直播/i.test(window)) return 'forms of live selling';
    if (/categor|products?|goods|items|listings?|sales? of|selling|商品|产品|类目|品类|销售/i.test(window)) return 'product categories';
  }
  return 'TikTok app';
}

/** Who imposes the ban named by the verb at `at` in sentence `t`. */
function imposer(t: string, at: number, verbEnd: number, itemGovAct: boolean): BanFact['by'] {
  const before = t.slice(Math.max(0, at - 60), at);
  const window = t.slice(Math.max(0, at - WINDOW), verbEnd + WINDOW);
  const after = t.slice(verbEnd, verbEnd + WINDOW);
  const verb = t.slice(at, verbEnd);
  const courtAct = COURT_ACT.exec(window);
  // "upheld the ministry's ban", "裁定维持…法律": the court leaves the ban what it was, the government's.
  // A block named inside what the court turns down ("rejected TikTok's bid to block the ban", "驳回了…要求暂缓执行禁令的请求")
  // is the request's, not the court's.
  const upheld = COURT_UPHOLDS.exec(window);
  const unrequested = upheld ? window.slice(0, upheld.index) + window.slice(upheld.index + upheld[0].length).replace(/^\s*(?:to|that would)\s+\w+/i, '') : window;
  if (COURT.test(window) && upheld && !COURT_BLOCKS.test(unrequested)) return 'government';
  if (COURT.test(window) && courtAct && !/\b(?:unless|if|whether|could|may|might)\b[^.;]{0,80}$/i.test(window.slice(0, courtAct.index))) return 'court';
  // Divest-or-sell is a law's demand, whoever the sentence makes the subject.
  if (/divest|剥离|to sell|出售|不卖就禁/i.test(verb)) return 'government';
  // "TikTok Shop UK bans …": the country names the shop's site, so the shop is the one acting.
  const site = before.replace(SHOP_SITE, '$1');
  if (placeActs(site) || (govIn(before) && !platformActs(site, verb, after))) return 'government';
  // "Temu was suspended in Vietnam", "Shein has been blocked", "TikTok was banned": the app or another platform that is
  // itself banned, with nobody named, is banned by a government (only a government or a court bans one in a market).
  if (PLATFORM_PASSIVE.test(site) && /^[a-z]+(?:ed|en)\b/i.test(verb) && !SELLER_REMOVAL.test(verb) && !PLATFORM_TARGET.test(after.slice(0, 40))) return 'government';
  // "要求电商平台下架…", "ordered TikTok Shop to remove…": a platform told to act carries out the orderer's prohibition.
  if (platformOrdered(site)) return 'government';
  if (platformActs(site, verb, after)) {
    // The platform ending its service because of a government act is that government's ban; closing sellers' stores
    // is the platform's own enforcement, whatever rules the sentence names.
    if (SERVICE_END.test(verb) && !SELLER_REMOVAL.test(verb) && GOV_ACT.test(t)) return 'government';
    return 'platform';
  }
  // Closing or removing sellers nobody else is named as doing is the platform's enforcement (TAXONOMY).
  if (SELLER_REMOVAL.test(verb)) return 'platform';
  // "The new regulations also required … platforms to set a minimum price": a government demand earlier in the
  // sentence, beyond the near window, governs the prohibition it introduces.
  if (GOV_DEMANDS.test(t.slice(0, at).replace(OWN_RULES, ''))) return 'government';
  // Nobody named before the verb: links, products, sellers or live formats are the platform's to prohibit,
  // whatever laws the sentence gives as the reason; the app, a platform or social commerce only a government's.
  if (PLATFORM_TARGET.test(after) && !APP_TARGET.test(after)) return 'platform';
  // "Weapons cannot be sold on TikTok Shop", "减肥产品无法在TikTok Shop上销售": the goods come before the verb.
  if (/be sold|无法|不能|allowed|permitted|允许/i.test(verb) && ((PLATFORM_TARGET.test(before) && !APP_TARGET.test(before)) || /^\s*(?:on|through|via|in) (?:the |its )?(?:[\w-]+ ){0,2}(?:tiktok shop|platform|store|shop|marketplace)\b|在tiktok ?shop/i.test(after + verb))) return 'platform';
  if (SERVICE_END.test(verb) && !govIn(t) && !itemGovAct) return 'platform';
  // "违规商品将被下架" in a shop's own notice: goods, sellers or links taken down where no government is named anywhere
  // are the platform's doing.
  if (!govIn(t) && !itemGovAct && PLATFORM_TARGET.test(window) && !APP_TARGET.test(window)) return 'platform';
  // A rule in an item that names no government, law, regulator or court anywhere, about something other than the app,
  // a platform or social commerce as a whole, can only be the platform's own ("…禁止销售处方药", "posts will be taken down").
  if (!govIn(t) && !itemGovAct && !APP_TARGET.test(window) && !COURT.test(window)) return 'platform';
  return 'government';
}

const COORDINATED = /^[^.;:，。；]*(?:\band|\bthen|并|随后|再)\s*(?:then\s+)?(?:will\s+|would\s+|to\s+|将|会)?(?:fully\s+|entirely\s+)?$/i;
const GOV_DEMANDS = new RegExp(String.raw`(?:${GOVERNMENT.source})[^.;。；]{0,30}?(?:\b(?:requir\w*|order(?:s|ed)?|mandat\w*|prohibit\w*|ban(?:s|ned)?|forc(?:e|es|ed)|oblig\w*)\b|要求|规定|责令|禁止)`, 'i');
// "TikTok Shop Thailand prohibits…": the country names the shop's site, not a government acting.
const SHOP_SITE = /\b(tiktok(?: shop)?|shopee|lazada|temu|shein|amazon)\s+(?:indonesia|vietnam|malaysia|thailand|philippines|singapore|mexico|japan|brazil|spain|france|germany|italy|ireland|the us|us|u\.s\.|uk|the uk)\b/gi;

/** The platform is the subject of the prohibition: "TikTok Shop has banned", "平台禁止", not "TikTok faces a ban". */
function platformActs(before: string, verb: string, after: string): boolean {
  const m = PLATFORM_ACTOR.exec(before);
  if (!m || PLATFORM_OBJECT.test(m.groups!.between!)) return false;
  // "要求TikTok Shop下架…", "ordered Temu to halt": a platform told to act carries out someone else's prohibition.
  if (ORDERED_BEFORE.test(before.slice(0, m.index))) return false;
  // "使Temu无法进入印尼", "Temu cannot be sold": a platform that cannot do something is the one barred.
  if (/^(?:无法|不能)/.test(verb)) return false;
  // "TikTok会在全美被禁", "see the app banned", "TikTok was suspended": the platform is what is banned.
  if (/^被/.test(verb) || (/^[a-z]+(?:ed|en)\b/i.test(verb) && PASSIVE_BEFORE.test(m.groups!.between!))) return false;
  // A ban as a noun is the platform's only as "TikTok's ban on links": "TikTok ban", "针对TikTok的禁令" are bans on it.
  if (/^(?:bans|prohibits)$/i.test(verb) && !m.groups!.between!.trim() && /^\s+(?!(?:are|were|have|has|had|in|on|across|spread|and|or|of|could|would|may|might|will|loom\w*|threat\w*|fac\w*|pass\w*|took|take\w*|went|go\w*|came|come\w*)\b)[a-z]/i.test(after)) return true;
  if (NOUN_BAN.test(verb)) return /(?:['’]s|的)\s*$/.test(m[0]) && PLATFORM_TARGET.test(after) && !/针对|对/.test(m.groups!.between!);
  return true;
}

// Not TikTok Shop itself: the shop ending its service is the platform's unless a government act is named (TAXONOMY).
const PLATFORM_PASSIVE = /(?:\btiktok(?! shop)|\btemu|\bshein|\bbytedance|\bthe app)\s+(?:(?:has|have|had|was|were|is|are|been|being|be|will|would|could|may|might|get|got|gets|now|also|temporarily|briefly)\s+)*(?:was|were|is|are|been|be|get|got|gets)\s+$/i;
function platformOrdered(before: string): boolean {
  const m = PLATFORM_ACTOR.exec(before);
  return !!m && !PLATFORM_OBJECT.test(m.groups!.between!) && ORDERED_BEFORE.test(before.slice(0, m.index));
}
const ORDERED_BEFORE = /(?:要求|责令|勒令|命令|强制|迫使)[^，。；;]{0,24}$|\b(?:order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|told|tells?|ask(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|compel(?:s|led)?)\s+(?:(?:[\w-]+,?\s+){0,3}(?:and|or|as well as)\s+)?(?:[\w-]+,?\s+){0,3}$/i;

// "TikTok plans a Mexico launch, as deadline looms for potential US ban": a ban that may come, named in an aside to
// another story, is not a ban the item reports.
const ASIDE_OPEN = /(?:,\s*|\s)(?:as|amid|amidst|while|even as|despite)\s(?=[^,.;:!?，。；]*$)/i;
const HYPOTHETICAL = /\b(?:potential|possible|looming|looms|deadline|threat\w*)\b/i;
function inHypotheticalAside(t: string, at: number): boolean {
  const open = ASIDE_OPEN.exec(t.slice(0, at));
  if (!open || open.index === 0) return false;
  const stop = t.slice(at).search(/[,.;:!?，。；]/);
  const aside = t.slice(open.index, stop < 0 ? t.length : at + stop);
  return HYPOTHETICAL.test(aside) && !VERB.test(t.slice(0, open.index));
}

/** Ban facts: one per market and imposer; the first statement in the item gives the target. */
export function extractBans(ctx: ItemContext): BanFact[] {
  return extractBanCandidates(ctx).map((c) => c.fact);
}

/** Ban facts with the sentence each was read from. */
export function extractBanCandidates(ctx: ItemContext): FactCandidate<BanFact>[] {
  const out: BanFact[] = [];
  const log = new SentenceLog<BanFact>();
  // Read only when a verb gets as far as asking who imposes the ban (most items have none).
  let govAct: boolean | undefined;
  const itemGovAct = () => (govAct ??= ctx.sentences.some((s) => GOV_ACT.test(s.text) || govIn(s.text)));
  const serviceEnds = new Set<BanFact>();
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    if (ctx.titleOnly && !HEADLINE_BAN.test(t) && !SELLER_REMOVAL_IN.test(t)) return;
    const g = regexWithFlags(VERB, 'gi');
    let previousVerb: { end: number; by: BanFact['by'] } | null = null;
    for (let verb = g.exec(t); verb; verb = g.exec(t)) {
      const end = verb.index + verb[0].length;
      const window = t.slice(Math.max(0, verb.index - WINDOW), end + WINDOW);
      const after = t.slice(verb.index, end + WINDOW);
      if (NOT_BAN.test(window) || SUSPEND_CONTENT.test(t) || CRACKDOWN_ONLY.test(verb[0])) continue;
      // "will block sellers from going live unless they have 1,000 followers", "评分低于3.5分的商家将不能上架新品": a
      // prohibition on sellers that binds only those short of a bar states the bar (a threshold), not a ban.
      if (BELOW_BAR.test(window) && !PRODUCT_OBJECT.test(t.slice(verb.index, end + 40))) continue;
      if (GATE_BAR.test(t.slice(Math.max(0, verb.index - 90), end + 10)) && !/清退|关闭|关停|封店|remov|clos|shut/i.test(verb[0])) continue;
      if (ENTRY_CLOSED_BEFORE.test(t.slice(Math.max(0, verb.index - 30), verb.index)) || ENTRY_CLOSED_AFTER.test(t.slice(end, end + 60))) continue;
      if (CALL_FOR.test(t.slice(Math.max(0, verb.index - 40), verb.index))) continue;
      // "banned political ads", "禁止发布政治广告": a ban on ads or content is not one on commerce.
      if (AD_OR_CONTENT_OBJECT.test(t.slice(end, end + 40))) continue;
      // "发货时效不得超过3天", "不得低于4.0分": a limit on a number is a requirement (a threshold), not a prohibition.
      if (/^(?:不得|不能|不可|严禁)$/.test(verb[0]) && /^\s*(?:超过|低于|少于|高于|多于|晚于|早于|小于|大于|短于|长于)/.test(t.slice(end))) continue;
      // "places no restriction on its sales", "未下架的商品": a prohibition not stated is none.
      if (NEGATED_BEFORE.test(t.slice(Math.max(0, verb.index - 24), verb.index))) continue;
      if (inHypotheticalAside(t, verb.index)) continue;
      // "这一禁令是为了…", "This ban aims to…": a ban the item has already stated, told again, is not a second one.
      if (out.length && NOUN_BAN.test(verb[0]) && BACK_REFERENCE.test(t.slice(Math.max(0, verb.index - 8), verb.index))) continue;
      // "other states issuing similar bans", "类似禁令": a ban named by its likeness to one already told is that kind
      // of ban again (or, when the first was none, no ban either), never a new one.
      if (NOUN_BAN.test(verb[0]) && LIKENESS_BEFORE.test(t.slice(Math.max(0, verb.index - 16), verb.index))) continue;
      // "一刀切的禁令将伤害小微商家", "the ban would hurt small sellers": a ban as a noun in a market whose ban the item has
      // already stated is that ban again, whatever the words around it suggest about who imposes it.
      if (NOUN_BAN.test(verb[0]) && !/(?:tiktok(?: shop)?|platform|平台|shop|temu|shein|amazon|shopee|lazada|company|公司)\s*(?:['’]s|的)\s*$/i.test(t.slice(Math.max(0, verb.index - 20), verb.index)) && banMarkets(ctx, i).every((m) => out.some((f) => f.market === m)) && out.length) continue;
      // What is prohibited follows the verb ("bans links to Amazon", "禁止上架药品"); a ban as an event ("the
      // ban", "禁令") may name TikTok or its shop anywhere near.
      const commerceObject = COMMERCE_TARGET.test(after) || /^(?:禁售|下架|禁令|ban|bans|shutdown)$/i.test(verb[0]) && COMMERCE_TARGET.test(window);
      if (!commerceObject && !/tiktok|\btemu\b|\bshein\b|bytedance|字节/i.test(window)) continue;
      // "will stop taking orders from sellers in Malaysia and close the programme": a second verb joined by "and" has
      // the first one's subject, not a market named in between.
      const between: string = previousVerb ? t.slice(previousVerb.end, verb.index) : '';
      const by: BanFact['by'] = previousVerb && COORDINATED.test(between) && !govIn(between) ? previousVerb.by : imposer(t, verb.index, end, itemGovAct());
      previousVerb = { end, by };
      const markets = by === 'government' ? actorMarkets(ctx, i, verb.index) ?? banMarkets(ctx, i) : banMarkets(ctx, i);
      const target = targetOf(window, by);
      // A headline alone: only a ban with its market, and not a shutdown whose cause the headline leaves open.
      if (ctx.titleOnly && (!markets.length || (by === 'platform' && SERVICE_END.test(verb[0]) && !SELLER_REMOVAL.test(verb[0])))) continue;
      for (const market of markets.length ? markets : [null]) {
        const fact: BanFact = { type: 'ban', market, by, target };
        if (SERVICE_END.test(verb[0]) && !SELLER_REMOVAL.test(verb[0]) && by === 'platform') serviceEnds.add(fact);
        out.push(log.note(fact, i));
      }
    }
  });
  // "TikTok goes dark in the US" beside "a federal law banning TikTok": the shutdown is the law's ban, not a second one.
  const imposed = new Set(out.filter((f) => f.by !== 'platform').map((f) => f.market));
  // A court blocking a state's ban is the news; the ban it blocks is not a second fact.
  const courts = new Set(out.filter((f) => f.by === 'court').map((f) => f.market));
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.by === 'government' && courts.has(out[k]!.market)) out.splice(k, 1);
  for (let k = out.length - 1; k >= 0; k--) if (serviceEnds.has(out[k]!) && imposed.has(out[k]!.market)) out.splice(k, 1);
  const seen = new Set<string>();
  return log.candidates(out.filter((f) => {
    const k = `${f.market}|${f.by}`;
    return seen.has(k) ? false : (seen.add(k), true);
  }));
}

// A headline alone states a ban only when it says who bans what outright: "Indonesia bans TikTok Shop",
// "Federal judge blocks Montana's TikTok ban", "TikTok Shop禁止外链".
const HEADLINE_BAN = /\b(?:bans?|banned|banning|prohibits?|prohibited|blocks?|blocked|suspends?|suspended|outlaws?|shuts? down|halts?|to halt|to stop|upholds?|upheld|signs? .{0,30}\bban|bars?|barred|to bar|not (?:be )?allowed|suspending|blocking|prohibiting|barring)\b|屏蔽|下令|禁止|禁售|下架|禁令|封禁|封锁|叫停|关停|关闭|暂停|禁用|被禁/i;

/**
 * "after Indonesia, Malaysia mulls a ban", "Vietnam's ministry suspended Temu": the market of the government that
 * acts, named just before the verb, is the market of the ban.
 */
function actorMarkets(ctx: ItemContext, i: number, at: number): Market[] | null {
  const s = ctx.sentences[i]!;
  const all = s.markets.filter((m) => m.index < at && m.index >= at - 60 && !m.passing && m.market !== 'GLOBAL' && m.market !== 'SEA');
  // "The Philippine Senate": an institution read as a market right after a country's name is that country's.
  const near = all.filter((m, k) => k === 0 || !/^[\w'’-]+\s+$/.test(s.text.slice(all[k - 1]!.index, m.index)));
  if (!near.length) return null;
  const last = near[near.length - 1]!;
  const between = s.text.slice(last.index, at);
  if (/[,;:，；：]|\b(?:and|or|than|like|after)\b/i.test(between.replace(/^[^\s,]+/, '').replace(/^(?:['’]s)?/, '')) && !GOVERNMENT.test(between)) return null;
  return [last.market];
}

function banMarkets(ctx: ItemContext, i: number): Market[] {
  return marketsForSentence(ctx, i).filter((m) => m !== 'GLOBAL');
}
