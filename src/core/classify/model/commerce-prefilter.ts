// The cheap first pass on the ingest path, in two steps. An item that names no commerce at all (most of a general
// news feed) is sent out untagged before anything is built (`mayStateFacts`). For the rest, the item's sentences
// and markets are read (the markets of an untagged commerce item are part of its classification), but each value
// extractor runs only when the item says what a fact of its tag needs by TAXONOMY's Labeling rules (`FactKinds`):
// a listed platform or a commerce subject (TikTok Shop and its lines, a competing e-commerce platform, merchants,
// sellers, creators/affiliates, live hosts, partner stores, online sellers in general; for a ban also what it
// touches: sales, goods, links, the app) and the tag's cue: TikTok's own start (launch), a requirement and a
// subject of the threshold table (threshold), a prohibition (ban), a sales word and an amount (GMV). The lists are
// broad on purpose: a false yes only costs time, a false no loses a fact. A word an extractor comes to rely on must
// be here too: test/core/classify/first-pass.test.ts (our check sets) and first-pass.shared.test.ts (every labeled
// set) fail when a fact is lost. `FactKinds` reads the sentences, already in simplified characters
// (simplify-chinese.ts), so traditional text (Hong Kong, Taiwan) needs no words of its own; `mayStateFacts` reads
// the raw text and lists both forms.
import type { ItemContext } from '../item-context.ts';

const COMMERCE = /tiktok|douyin|tik tok|bytedance|\btts\b|temu|shein|amazon|shopee|lazada|tokopedia|aliexpress|mercado|alibaba|taobao|tmall|pinduoduo|\bjd\b|kuaishou|walmart|ebay|e-?commerce|ecommerce|\bshop|seller|merchant|retail|marketplace|\bgmv\b|gross merchandise|live ?stream|livestream|affiliate|creator|\blive hosts?\b|\bhosts? (?:of|for) (?:live|shopping)|\bsales\b|\bban\b|\bbans\b|\bbanned\b|抖音|字节|字節|电商|電商|小店|商家|卖家|賣家|店铺|店鋪|直播|带货|帶貨|主播|开播|開播|成交|销售|銷售|禁|跨境|平台|平臺|达人|達人|入驻|入駐|出海|京东|京東|天猫|天貓|淘宝|淘寶|拼多多|快手|阿里|希音|亚马逊|亞馬遜|虾皮|蝦皮|速卖通|速賣通/i;

/** False for an item that names no commerce at all: it cannot state a fact and is not about a market of ours. */
export function mayStateFacts(title: string, text: string): boolean {
  return COMMERCE.test(title) || COMMERCE.test(text);
}

// Who or what a fact is about: TikTok and its lines, the platforms TAXONOMY lists (China's included), and the
// commerce subjects of its threshold and ban rules.
const SUBJECT = new RegExp([
  String.raw`tiktok|tik tok|douyin|bytedance|\btts\b|\btk\b|temu|shein|amazon|shopee|lazada|tokopedia|aliexpress|mercado ?libre|alibaba|taobao|tmall|pinduoduo|\bpdd\b|\bjd(?:\.com)?\b|jingdong|kuaishou|walmart|ebay|etsy|shopify|zalando|coupang|rakuten|flipkart|bukalapak|blibli`,
  String.raw`e-?commerce|\bcommerce\b|\bshop|\bstores?\b|storefront|seller|merchant|vendor|retailer|marketplace|platform|creator|affiliate|influencer|streamer|\bhost|live ?stream|\blive (?:selling|shopping|commerce|sales)|social media|cross-border`,
  '抖音|字节|电商|电子商务|小店|网店|店铺|开店|商家|商户|商城|卖家|经营者|达人|主播|带货|直播|跨境|平台|入驻|出海|购物|零售商|淘宝|天猫|京东|拼多多|快手|阿里|希音|亚马逊|虾皮|速卖通|沃尔玛|美客多|来赞达|唯品会|小红书|视频号|苏宁|社交媒体|网购',
].join('|'), 'i');

// Something starts: a launch, an expansion, a reopening, a test, registration opening; shoppers getting the shop,
// users let buy, first orders, a timeline's "added"/"followed" (extract-launch.ts reads these too).
const START = new RegExp(String.raw`launch|debut|roll(?:s|ed|ing)?[ -]?out|rollout|expan|\benter|\bentry|arriv|go(?:es|ing)? live|went live|open|\bstart|\bbeg[iau]n|relaunch|restart|reviv|\breturn|\bresum|\bback (?:in|into|to)\b|regist|sign[ -]?up|availab|introduc|unveil|pilot|\btest|\btrials?\b|\bbetas?\b|invit|\bbr(?:ing|ings|ought)\b|\bhead(?:s|ed|ing)? (?:to|for)\b|\bcom(?:e|es|ing) (?:soon )?to\b|\bextend|\bnew (?:shop|shopping|tab|feed|marketplace|store)|\bnow (?:live|available|open)|\bswitch(?:es|ed|ing)? on|\bturn(?:s|ed|ing)? on|\bpostpone|\bdelay|\bpush(?:es|ed|ing)? back|\bagain\b|\bis now (?:a|an)\b|\bcan now\b|\bkick(?:s|ed)? off|\bgets? (?:tiktok|the shop|live|shopping)|\bto get\b|\b(?:let(?:s|ting)?|allow(?:s|ing)?|admit(?:s|ting)?) (?:users|shoppers|consumers|buyers|customers|people|(?:[\w-]+ ){0,2}?(?:sellers|merchants|brands|suppliers|vendors|businesses))\b|\borders\b|\badd(?:s|ed)\b|\bfollowed\b|\bwill follow\b|\bgain(?:s|ed)? the (?:ability|option|chance)|\b(?:able|allowed) to (?:sell|buy|shop|list|open)|\bcan (?:now )?(?:sell|buy|shop|check out|purchase|list|open)|覆盖|\boperat|上线|开通|开放|开业|开张|开站|开启|开闸|进入|进军|登陆|启动|首站|首发|首批|首次|落地|招商|试运营|内测|公测|测试|试点|试水|重启|恢复|重返|重新|入局|推出|引入|推广|扩展|拓展|拓|扩张|回归|新增|铺开`, 'i');
// A requirement to meet (must, minimum, only if, invitation-only, 须, 门槛 …), or a bar moved to a number ("cut to
// 1,000", "由5000调整为1000"); a list of requirements may give each line as an order ("Provide a business licence").
const REQUIREMENT = new RegExp(String.raw`requir|\bmust\b|\bneed|\bhave to\b|\bhas to\b|minimum|at least|eligib|threshold|criteria|qualif|condition|mandat|\bonly\b|unless|\ballow|permit|barrier|\bthe bar\b|\bgate\b|\blimit|restrict|provided (?:that|they)|as long as|\basked to\b|\bcan(?:not|'t|’t| no longer) (?:list|sell|join|go live|register)|\bcan (?:now |also |still |only )?(?:join|apply|register|sell|go live)|\bto (?:join|apply|register|qualify|be eligible)|\bno longer\b|\bnot (?:be )?(?:able|allowed|supported|eligible|permitted)\b|\bfrom (?:listing|selling|joining|going live|opening)\b|prohibited from|\bbefore (?:listing|selling|being allowed)|\blet(?:s|ting)?\b[^.;\n]{0,30}\b(?:individual|sole|foreign|overseas|non-resident|unregistered)|invit|deposit|security bond|\bto (?:just |only |as few as |as low as )?\$?\d|\bfrom\s*\$?\d|(?:^|[:：]\s*)(?:provide|submit|upload|hold|have|register|use|be)\b|门槛|要求|条件|资质|准入|必须|至少|不低于|满足|仅|只能|只支持|只(?:向|对)|不支持|不可|不能|无法|不得|应当|须|需|允许|暂停|暂不|非必要|即可|才能|方可|邀请|受邀|保证金|押金|(?:可以?|能)\s*\d+\s*粉|[由从]\s*\$?\d`, 'im');
// What a requirement is about, by TAXONOMY's table of threshold subjects: followers, age, past sales, invitation,
// who may register, documents, deposit, rating, how long the store has existed, shipping, product approval, and
// the other bars (experience, views, contact details).
const BAR_SUBJECT = new RegExp(String.raw`follower|\bage\b|\baged?\b|years? (?:old|of age)|older|\bover (?:the age of )?1\d|\bsales\b|turnover|revenue|\bgmv\b|invit|entit|incorporat|regist|proprietor|citizen|resident|reside\b|owned|ownership|sharehold|\bvie\b|based in|business address|individual|corporate|sub-accounts?|\bonly\b|licen[cs]|passport|\bids?\b|identif|identit|document|paperwork|certif|\btax\b|\btin\b|\bvat\b|vneid|proof of|verif|permit|bank account|deposit|bond|rating|score|\bsps\b|been (?:open|trading|operating|in business|in operation|registered|established|active|live|selling)|in operation|in business|trading for|operating (?:for|history|period)|operational timeline|established|existed|active for|\b(?:company|store|business) age|\bship|courier|carrier|logistic|warehouse|inventory|fulfil|deliver|dispatch|local stock|approv|restricted products|halal|bpom|\bsni\b|categor|\bmust\b|\bneed|require|experience|video views|views in the last|phone number|e-?mail|intermediar|distributor|politician|supported countries|barrier|criteria|up to (?:\w+ )?stores|邀请|受邀|邀约|保证金|押金|执照|身份|护照|驾照|税|证明|证书|许可|认证|实名|登记|注册|资质|主体|个体|个人|企业|公司|法人|实体|绿卡|永久居民|国籍|股权|本土|本地|当地|大陆|内地|香港|vie|粉丝|关注者|\d粉|年满|周岁|岁|年龄|成年|评分|体验分|店铺分|好评率|成立|店龄|开店时长|经营|运营|满|销售|成交|流水|营业额|营收|月销|年销|发货|仓|履约|物流|揽收|直发|类目|审核|审批|上架|须|需|手机号|邮箱`, 'i');
// A prohibition, a shutdown or exit, a court's or a government's act on one.
const PROHIBITION = new RegExp(String.raw`\bban|terminat|kick(?:s|ed|ing)? out|\b(?:may|must|shall|can)(?:not| not|n['’]t)\b|prohibit|\bblock|outlaw|forbid|\bbar(?:s|red|ring)?\b|shut|shutdown|\bdark\b|\bhalt|\bstop|suspen|divest|\bceas|\bclos(?:e|es|ed|ing|ure)\b|crackdown|illegal|\bexit|withdr[ae]w|pull(?:s|ed|ing)? (?:out|back)|\bpull|restrict|\blimit|\bcurb|not (?:be )?(?:allowed|permitted)|no longer|\bremov|take(?:n)? down|delist|wind(?:s|ing)? down|cut(?:s|ting)? off|price floor|floor price|minimum price|can(?:'t|not|’t) be sold|\bsell (?:tiktok|its|the|their)\b|\bprevent|enjoin|overturn|invalidat|str(?:ike|uck|ikes|iking) down|\bpaus|uph[eo]ld|affirm|\bcourt\b|\bjudge|ruling|\blaw\b|\bbill\b|禁|封|下架|下线|叫停|关停|关闭|暂停|暂缓|不得|不能|无法|不允许|停止|退出|撤出|撤销|推翻|驳回|裁定|维持|清退|屏蔽|删除|剥离|限制|整治|下令|责令|勒令|最低价格`, 'i');
// What a prohibition touches when no platform or seller is named: sales, goods, links, payments, the app (a ban on
// selling vapes online touches commerce, TAXONOMY's ban on product categories).
const BAN_OBJECT = new RegExp(String.raw`\bapps?\b|internet domains|transaction|\blinks?\b|\bsales?\b|\bsell|online (?:retail|shopping|purchases|sales)|shopping|payment|product|goods|\bitems\b|categor|listing|broadcast|业务|商品|产品|类目|链接|外链|交易|品类|销售|购物|应用`, 'i');
// A sales amount: a sales or GMV word, and a number (digits, or 万/亿 written out).
const SALES = new RegExp(String.raw`\bgmv\b|gross merchandise|merchandise (?:volume|value)|\bsales?\b|\bsells?\b|\bsold\b|revenue|turnover|transaction|handled|processed|clocked|logged|amass|\brack(?:ed|s)? up\b|worth of|\bspen[dt]|brought in|worth|bought|purchased|changed hands|takings|gross orders? value|\b(?:took|takes|taking|take) in\b|generat|target|\bgoal|成交|销售|交易|售出|卖了|卖出|流水|营收|营业额|下单|订单金额|带货|目标|规模`, 'i');
const AMOUNT = new RegExp(String.raw`\d|万|亿|\b(?:million|billion|trillion)\b`, 'i');

const TIKTOK = /tiktok|bytedance|douyin|抖音|字节/i;

/**
 * Which kinds of fact the item may state, read lazily (each the first time it is asked): the extractors of the
 * others would find nothing.
 */
export class FactKinds {
  private readonly all: string;
  private readonly about: boolean;
  constructor(ctx: ItemContext) {
    this.all = ctx.sentences.map((s) => s.text).join('\n');
    this.about = SUBJECT.test(this.all);
  }
  get launch(): boolean { return this.about && TIKTOK.test(this.all) && START.test(this.all); }
  get threshold(): boolean { return this.about && REQUIREMENT.test(this.all) && BAR_SUBJECT.test(this.all); }
  get ban(): boolean { return (this.about || BAN_OBJECT.test(this.all)) && PROHIBITION.test(this.all); }
  get gmv(): boolean { return this.about && SALES.test(this.all) && AMOUNT.test(this.all); }
}
