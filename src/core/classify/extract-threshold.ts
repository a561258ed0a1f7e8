// Threshold facts: what merchants, creators/affiliates, live hosts or partner stores must meet to join or sell on
// TikTok Shop, or what a government requires of online sellers — new, changed, or the current rule of a named
// programme (TAXONOMY "Labeling rules"). One fact per market and subject from the fixed table, with from/to in the
// subject's unit. Fees and commissions are not thresholds; Douyin's own merchant rules are not either.
import type { ThresholdFact } from '../types.ts';
import { SentenceLog, type FactCandidate } from './fact-candidate.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';
import { ages, arabicNumerals, durationsInDays, followerCounts, fromTo, hours, moneyAmounts, percentages, previousBar, scores, type Quantity } from './threshold-values.ts';
import { regexWithFlags } from './regex-copy.ts';

// A sentence that states a requirement. "at least"/"minimum" alone are weak: "sold at least $1 billion" is not a bar.
const REQUIRE = /\brequir(?:e|es|ed|ement|ements|ing)\b|\bmust\b|\bstop(?:s|ped|ping)? (?:[\w.-]+ ){1,8}from (?:listing|selling|joining|going live|opening)\b|\bunless (?:they|the (?:seller|merchant|shop|store|creator|host)s?|sellers|merchants|shops|stores|creators|hosts|you|it)\b|\b(?:no longer|not) (?:be )?(?:able|allowed|permitted) to (?:list|sell|join|go live|open|register)\b|\bcan(?:not|'t|’t|no longer) (?:list|sell|join|go live|register)\b|\bneed(?:s|ed)? (?:to|at least|only|a|an|\d)|\bonly need|\bhave to\b|\bhas to\b|\bthreshold|\bbarriers?\b|\beligib|\bqualif(?:y|ies|ied|ication)|\bcriteria\b|\bconditions? (?:for|to)\b|\bmandat|\binvit(?:e|ation)[- ]only\b|\binvitation codes?\b|\bonly (?:allows?|lets?|permits?|open to|available to|accepts?|supports?|invited|a small number of invited)|\b(?:rais|lower)\w* the bar\b|\bnot (?:supported|allowed|eligible|permitted) (?:for|to)\b|\bprohibited from selling\b|\bno longer (?:need|require|have to)|\bwithout (?:an? )?(?:invitation|deposit)|\bonly (?:be )?(?:approv|accept|admit|allow)\w*|\bonly (?:be )?eligible\b|\b(?:approved|accepted|admitted|eligible) only\b|\bonly if\b|\bprovided (?:that|they)\b|\bas long as\b|\b(?:are|is) (?:now )?asked to\b|\bonly\b[^.;]{0,40}\b(?:could|can|may|were allowed to|are allowed to)\b|\b(?:lets?|allows?|allowing|permits?)\b[^.;]{0,30}\b(?:individual|sole|foreign|overseas|non-resident|unregistered)\b[^.;]{0,30}\b(?:register|sell|join|open)|\bminimum\b|\bat least\b|\bcan (?:now |also |still |only )?(?:join|apply|register|sell|go live)\b|\bto (?:join|apply|register|qualify|be eligible)\b|\bbefore (?:listing|selling|being allowed)|\ballowing only\b|\bgate\b|\b(?:limit|restrict)(?:s|ed|ing)?\b[^.;]{0,60}\bto (?:users|people|those|creators|accounts|sellers|merchants|hosts)\b|(?:^|[:：]\s*)(?:provide|submit|upload|hold|have|register|use|be)\b|(?:可以?|能)\s*\d+\s*粉|允许[^，。；]{0,20}(?:主体|个体|个人|企业|公司)|门槛|要求|条件|资质|须|需|必须|至少|不低于|满足|仅限|仅支持|仅开放|仅(?:接受|允许|面向)|暂停(?:个[人体]|跨境|海外)[^，。；,;]{0,6}(?:入驻|注册|申请)|(?:将|会)?(?:不能|无法|不得|不可)(?:再)?(?:上架|销售|入驻|开播|开通)|(?:仅|只)(?:向|对)[^，。；]{0,12}开放|暂不(?:接受|支持|开放)|只能|只支持|不支持|不可申请|不得|应当|准入|邀请码|邀请制|受邀|非必要|即可(?:入驻|开通|注册|开播|加入|申请|带货|开店)|才能|方可|(?:低于|不足|少于|未(?:完成|通过|取得|提供|达到|满足|办理)|没有|不满)[^，。；]{0,24}(?:将|会|则)?(?:被)?(?:不能|无法|不得|不可|暂停|限制|关闭|取消|停止)[^，。；]{0,16}(?:上架|上新|销售|入驻|开播|开通|经营|带货|开店)|\b(?:below|under|less than|fewer than|without|lacking|fail(?:s|ing)? to (?:meet|reach|keep|obtain|pass|complete))\b(?:[^.;]|\.\d){0,50}\b(?:will|would|shall|can(?:not|'t|’t)|may not)\b[^.;]{0,12}\b(?:be (?:suspended|barred|blocked|removed|restricted|unable|banned|closed|stopped)|lose|not be (?:able|allowed|permitted))|只有[^，。；]{0,30}(?:才能|才可|可以|方可|能够?|可)|(?:取消|放开|放宽|解除)[^，。；]{0,8}(?:限制|要求|门槛)|\b(?:lift|drop|scrap|remov|eas|relax)\w*\b[^.;]{0,30}\b(?:restrictions?|requirements?|limits?)\b/i;
const WEAK_ONLY = /^(?:minimum|at least|can (?:now |also |still |only )?(?:join|apply|register|sell|go live)|to (?:join|apply|register|qualify|be eligible)|至少|不低于|满足|即可\S*|才能|方可)$/i;
const JOIN_OR_SELL = /\b(?:join|apply|register|sign up|open (?:a )?(?:shop|store)|sell|list|go live|host|promote|participate|access|affiliate|eligible)\w*|入驻|开通|开店|注册|带货|开播|申请|上架|销售|加入/i;

const ABOUT_TIKTOK = /tiktok|\btts\b|\btk ?(?:小店|shop)|抖音国际|TK/i;
const DOUYIN_ONLY = /douyin|抖音(?!国际)/i;
// "TikTok sister app Douyin", "TikTok's Chinese version": TikTok named only to introduce Douyin.
// "东南亚抖音", "海外版抖音": Chinese writers' name for TikTok abroad.
const OVERSEAS_DOUYIN = /(?:东南亚|海外版?|国际版?|美国|英国|印尼|泰国|越南|马来西亚|菲律宾|新加坡|墨西哥|日本|巴西|欧洲)抖音/;
const SISTER_APP = /tiktok(?:'s|’s)? (?:chinese )?(?:sister app|version|twin|counterpart)|tiktok的?(?:姐妹|国内版|中国版)/gi;
const namesTikTok = (t: string) => ABOUT_TIKTOK.test(t.replace(SISTER_APP, '')) || OVERSEAS_DOUYIN.test(t);
// A government rule for online sellers in general also counts.
const GOVERNMENT = /\bgovernment|\bministr|\bminister\b|\blaw\b|\bregulat(?:ion|ions|or|ory)\b|\bdecree|\bcircular\b|\bBIR\b|\bbureau\b|\bRMC\b|\bauthorit|\bagency\b|政府|部门|工贸部|商务部|法规|法律|电子商务法|監管|监管|新规定|条例/i;
const OTHER_PLATFORM_ITEM = /\b(?:amazon|shopee|lazada|temu|shein|ebay|etsy|walmart|tokopedia)\b|亚马逊|虾皮|拼多多|淘宝|天猫|京东|douyin|抖音(?!国际)/i;
const OTHER_PLATFORM = /\b(?:amazon|shopee|lazada|temu|shein|ebay|etsy|walmart|tokopedia)\b|亚马逊|虾皮|拼多多|淘宝|天猫|京东/i;

// Fees, commissions, ad rules and compliance reminders are not entry requirements.
const FEE = /\bfees?\b|\bcommission|\breferral|\bwithholding tax|\bad(?:s|vertis\w*)\b|费率|佣金|手续费|服务费|广告/i;
const EARN_COMMISSION = /\bearn(?:s|ed|ing)?\s+(?:\w+\s+)?commissions?\b|赚取佣金|获得佣金/gi;
// Sentences about whom a requirement binds: sellers, creators, hosts, applicants, "you" — not platforms' own duties.
const WHO = /\banyone\b|\beveryone\b|\bthose who\b|\bsellers?\b|\bmerchants?\b|\bvendors?\b|\bcreators?\b|\baffiliates?\b|\bhost(?:s|ing)?\b|\bstreamers?\b|\binfluencers?\b|\bapplicants?\b|\busers\b|\baccounts?\b|\bbusiness(?:es)?\b|\bcompan(?:y|ies)\b|\bentit(?:y|ies)\b|\bstores?\b|\bshops?\b|\bbrands?\b|\bindividuals?\b|\bpeople\b|\byou\b|\bone must\b|\bSMEs?\b|\bproducts?\b|\bgoods\b|\bpartners?\b|\bfollowers?\b|\bdeposit|\binvitation\b|商家|卖家|达人|创作者|主播|企业|个人|店铺|小店|商户|账户|账号|公司|粉丝|保证金|商品|产品|类目|用户|申请人|经营者|网店|主体|法人|邀请码|邀请制|押金|跨境店|本土店|开播者|带货者|申请者|入驻者|开店者|直播者|\bthose (?:going|who go) live\b/i;

const LIVE = /\blive[ -]?stream|\bshopping streams?\b|\bhosts\b|\blive (?:content|videos?|broadcasts?)\b|\bLIVE\b|\bgo(?:ing)? live\b|\blive (?:selling|shopping|sessions?|hosts?)\b|\bhost(?:s|ing)? (?:a )?(?:live|LIVE)|\b[Ll]ive (?:button|feature|access|function|tools?|privileges?|permissions?|badge)\b|\b[Gg]o(?:es|ing)? Live\b|直播|开播|主播/;
// "Amazon sellers who connect their stores to TikTok Shop", "亚马逊店铺接入TikTok Shop": a store linked from another marketplace.
const PARTNER = /partner (?:stores?|marketplaces?|retailers?|platforms?)|合作店铺|partner (?:agencies|programme|program)|\b(?:connect|link|sync|integrat)\w* (?:their |its |an? )?(?:amazon|shopify|walmart|ebay) (?:stores?|shops?|accounts?)|\b(?:amazon|shopify|walmart|ebay) (?:sellers|merchants|stores)\b[^.;]{0,30}\b(?:connect|link|sync|integrat)\w*|(?:亚马逊|Shopify)(?:卖家|店铺|商家)[^，。；,;]{0,10}(?:接入|关联|绑定|同步)/i;

interface Rule {
  subject: (t: string) => string;
  cue: RegExp;
  values?: (t: string) => Quantity[];
  /** Needs a number of its unit to count (a bare word like "followers" is not a requirement). */
  needsValue?: boolean;
}

const FOLLOWER_CUE = /followers?|粉丝|关注者|\d粉/i;
const AGE_CUE = /\bminimum age\b|\b(?:must|has to|have to|need to|needs to) (?:now |still |also )?be (?:1[6-9]|2[01])\b(?!\s*(?:%|followers|days|months|videos))|\baged? (?:1[3-9]|2[0-5])(?: (?:and|or) (?:above|over|older)|\+)|\b(?:be|are|is|aged?|users|people|those) (?:at least |over )(?:1[6-9]|2[01])\b|\bage (?:limit|requirement|restriction)s?\b|\bage\b[^.;]{0,20}\b(?:1[6-9]|2[01])\b|years? (?:old|of age)|or older|\bover (?:the age of )?1[6-9]s?\b|周岁|\d岁|年龄|成年/i;
const SALES_CUE = /\bgmv\b|\bsales\b|\bturnover\b|\brevenue\b|销售额|流水|营业额|成交额|营收|月销|年销|销售(?:业绩|规模|记录)/i;
const INVITATION_CUE = /\binvit(?:e|ation|ed)|邀请码|邀请制|受邀|邀约/i;
const ENTITY_CUE = /\b(?:business|legal|local|registered) entit(?:y|ies)|\bincorporat|\bregistered (?:in|as)\b|\bregister as (?:a|an) (?:legitimate|business)|\b(?:US|U\.S\.|UK|local)[- ]registered\b|\bsole proprietor|\bcitizens?\b|\bresidents?\b|\b\d{2}%[^;]{0,14}\bowned\b|\bownership\b|\bshareholding|\bcompany must be (?:set up|registered|based|incorporated)|\bbusiness address\b|\bbased in (?:a|the|one of)\b|\bgovernments? or political entities\b|\bregistered (?:\w+ )?business(?:es)?\b|\b(?:enterprise|company|business|entity) types?\b|\bsub-accounts?\b|\bonly (?:the )?(?:main )?corporate\b|\b(?:individual|corporate) (?:sellers?|businesses|applicants?|accounts?)\b[^.;]{0,40}\b(?:not (?:supported|allowed|eligible)|cannot|only)\b|\bonly (?:allows?|accepts?|supports?)\b[^.;]{0,40}\b(?:individual|corporate|compan|business|entit)|本土(?:企业|商家|卖家|公司)|代表处|(?:本地|当地|境内)(?:代理|代表)|授权代理|\blocal (?:representative|agent|partner company)s?\b|\brepresentative office\b|在[^，。；,;]{1,14}(?:注册|登记|成立|设立)的(?:企业|公司|法人|实体)|本地(?:企业|商家|卖家)|当地(?:企业|商家)|(?:仅|只)(?:向|对)[^，。；]{0,12}(?:企业|公司|商家|卖家)开放|暂不(?:接受|支持)[^，。；]{0,6}(?:跨境|海外|个人)(?:商家|卖家)|\b(?:only (?:open|available) to|restricted to) (?:local|domestic|locally registered)\b|公司主体|企业主体|主体|绿卡|永久居民|公民身份|国籍|个体工商户|个人工商户|个体户|本土公司|本地公司|当地公司|实体企业|企业资质|企业类型|公司类型|VIE架构|\bVIE\b|股权|中国大陆|香港(?:特别行政区)?营业执照|内地企业|(?:仅|只)(?:支持|限|开放给?)[^，。；]{0,10}(?:企业|公司|个人)|(?:企业|公司|个人)[^，。；]{0,10}(?:不支持|不可|不能)|(?:须|需|必须|应|只能|仅限)(?:为|是)[^，。；,;]{0,30}(?:注册|登记|成立|设立)的?(?:企业|公司|法人|实体)|(?:本地|当地|本土|[\u4e00-\u9fff]{1,4}[国区])(?:注册|登记|成立)的?(?:企业|公司)|个[人体](?:卖家|商家|工商户|店铺|主体)?[^，。；,;]{0,6}(?:通道)?(?:暂停|暂不|不支持|不可|不能|关闭|停止|无法|不再)|(?:暂停|停止|关闭|不再(?:接受|支持))[^，。；,;]{0,4}个[人体](?:卖家|商家|工商户)/i;
const DOCUMENT_CUE = /\blicen[cs]es?\b|\bpassports?\b|\bdriver'?s? licen|\bIDs?\b|\bidentification\b|\bidentit(?:y|ies)\b|\bdocuments?\b|\bdocumentation\b|\bpaperwork\b|\bcertificates?\b|\bcertification\b|\btax (?:id|identification|registration|number)|\bTIN\b|\bregister (?:their business )?with the\b|\bregistration (?:certificate|number)|\bproof of\b|\bverification\b|\bverify\b|\bregistered sellers\b|\bVNeID\b|\bpermits?\b|\bbank account\b|\bcompany (?:number|registration)\b|\bregister(?:ed)? for (?:sales |income |value[- ]added )?tax\b|\bVAT (?:registration|number)\b|营业执照|身份证|护照|驾照|执照|税务登记|税号|(?:注册|登记)[^，。；]{0,4}税|类目资质|资质(?:证明|文件|审核)|证明(?:文件|材料|书)|(?:提供|提交|上传|出具)[^，。；]{0,16}证明|认证|许可证|身份验证|实名|(?:营业|商业|工商|税务)?登记号|营业登记|(?:注册|登记|身份|资质|经营)(?:证明|证书)|\bcertificate of\b/i;
const STRONG_DOCUMENT = /\blicen[cs]es?\b|\bpassports?\b|\bIDs?\b|\btax\b|\bTIN\b|\bVAT\b|\bregistration (?:number|certificate)\b|营业执照|身份证|护照|驾照|执照|税/i;
const DEPOSIT_CUE = /\bdeposits?\b|\bsecurity bond\b|保证金|押金/i;
const RATING_CUE = /\brating\b|\b(?:performance|health|SPS|store|shop) score\b|\bSPS\b|评分|体验分|店铺分|好评率/i;
const ACCOUNT_AGE_CUE = /\b(?:have|has|had) been (?:open|trading|operating|in business|in operation|registered|established|active|live|selling)\b[^.;]{0,12}\bfor\b|\b(?:trading|in operation) for\b|\bregistration period\b|\boperational timelines?\b|\boperating (?:history|period)\b|\b(?:registered|established|in business|operating|been active|existed) for\b|\b(?:company|store|business) age\b|成立(?:时间|满|超|超过|不少于)|注册(?:时间|满)|开店时长|经营(?:时间|时长|满)|经营期限|(?:入驻|开店|注册|上线|运营)(?:已)?满(?=\s*[\d一二两三四五六七八九十半])|店龄/i;
const SHIPPING_CUE = /\b(?:hand|send|pass)\w* (?:\w+ ){0,2}(?:to|over to) (?:the )?(?:couriers?|carriers?|logistics)|\bcouriers? within\b|揽收|交付物流|\bship(?:s|ped|ping)? (?:from|within|orders)\b|\binventory location\b|\bwarehouse|\bfulfil+ment\b|\bfulfilled by\b|\bdeliver(?:y|ed)? (?:within|time)|\bdispatch|\bproducts must be (?:\w+[- ])?based\b|\blocal (?:inventory|stock)\b|发货|本地仓|海外仓|仓储|履约|物流商|直发/i;
const PRODUCT_CUE = /\bapproval (?:before|to|for) (?:listing|selling|sell|list)|\brestricted products\b|\b(?:category|categories) (?:approval|qualification)|\bget approval\b|\b(?:products?|goods|food|drinks|cosmetics|electronics|medicines?|items|categor(?:y|ies))\b[^.;,]{0,30}\b(?:must|need to|are required to|require)\b[^.;]{0,40}\b(?:certif\w*|permits?|approv\w*|standards?|halal|BPOM|SNI)|\bhalal (?:permit|certification)\b[^.;]{0,5}$|类目(?:资质)?(?:审核|审批)|(?:审核|审批)通过后(?:方可|才能|才可)?上架|\bcategory (?:review|approval)\b|特殊类目|卫生许可|商品[^，。]{0,6}(?:需|须)[^，。]{0,6}审核/i;
const OTHER_CUE = /\b(?:operating|selling) experience\b|\bexperience on\b|\bvideo views\b|\bviews in the last\b|\bphone number and e-?mail|\be-?mail address\b|\bintermediary\b|\bdistributor\b|\bGovernment, Politician\b|\breside in\b|\bsupported countries\b|\b(?:lower|raise|reduce|remove)\w* (?:[\w.]+ ){0,3}barriers?\b|\bone of the following criteria\b|\bup to (?:\w+ )?stores\b|\bactive for\b|运营经验|手机号|邮箱/i;

const RULES: Rule[] = [
  { subject: (t) => (LIVE.test(t) ? 'live_host_followers' : 'creator_followers'), cue: FOLLOWER_CUE, values: followerCounts, needsValue: true },
  { subject: (t) => (LIVE.test(t) ? 'live_host_age' : 'creator_age'), cue: AGE_CUE, values: ages, needsValue: true },
  { subject: (t) => (PARTNER.test(t) ? 'partner_store_sales_usd' : 'merchant_sales_usd'), cue: SALES_CUE, values: moneyAmounts, needsValue: true },
  { subject: () => 'merchant_invitation', cue: INVITATION_CUE },
  { subject: () => 'merchant_account_age', cue: ACCOUNT_AGE_CUE, values: durationsInDays },
  { subject: () => 'merchant_entity', cue: ENTITY_CUE, values: percentages },
  { subject: () => 'merchant_deposit', cue: DEPOSIT_CUE, values: moneyAmounts },
  { subject: () => 'merchant_rating', cue: RATING_CUE, values: scores },
  { subject: () => 'merchant_shipping', cue: SHIPPING_CUE, values: hours },
  { subject: () => 'product_approval', cue: PRODUCT_CUE },
  { subject: () => 'merchant_documents', cue: DOCUMENT_CUE },
  { subject: () => 'other', cue: OTHER_CUE },
];

const HEADLINE_BAR = /(?:门槛|要求|标准)[^，。；]{0,8}(?:由|从)?[^，。；]{0,10}(?:降至|降到|降低至|降为|提高至|提高到|提升至|上调至|下调至|升至|调整为|调至|改为|增至|减至)\s*\d|\b(?:bar|threshold|minimum|requirement)s?\b[^.;:]{0,30}\b(?:cut|lowered|raised|reduced|increased|lifted|dropped|set|changed) (?:\w+ )?to \d/i;
// "新入驻本土商家须提交…": the local seller is whom the rule binds, not the rule on who may register.
const LOCAL_SUBJECT = /(?:本土|本地|当地)(?:企业|商家|卖家|公司)(?=\s*(?:须|需|必须|应|要|均需|均须|提交|上传|提供|缴纳))/g;
// …or when it states the bar outright, in its unit ("达人须年满18岁", "affiliates must now be 18"), or that joining
// by invitation code starts or ends ("取消邀请码入驻限制", "drops invite-only rule"). A rule's number is still needed.
const HEADLINE_RULE = /须|必须|需要?|\bmust\b|\bha(?:ve|s) to\b|\brequired? to\b|\bneeds? (?:at least )?\d/i;
const HEADLINE_INVITATION = /(?:取消|不再需要?|无需|免|恢复|改为|实行|采用|仅限)[^，。；,;]{0,6}(?:邀请码|邀请制)|(?:邀请码|邀请制)[^，。；,;]{0,4}(?:取消|入驻限制|限制取消)|\b(?:drops?|ends?|scraps?|removes?|lifts?|introduces?|goes|moves? to|returns? to)\b[^.;:]{0,20}\binvit(?:e|ation)[- ](?:only|codes?)|\binvit(?:e|ation)[- ](?:only|codes?)\b[^.;:]{0,20}\b(?:mandatory|compulsory|required|obligatory)|\b(?:requires?|requiring|mandates?)\b[^.;:]{0,20}\binvit(?:e|ation)[- ]codes?|(?:强制|必须|须|需)(?:凭|使用|持有|填写)?邀请码/i;
// "日本站取消企业主体限制，个人也可开店", "TikTok Shop opens to individual sellers in Japan": who may register, changed in a headline.
const HEADLINE_ENTITY = /(?:取消|放开|放宽|解除)[^，。；,;]{0,6}(?:企业|公司|本土|本地)?主体(?:限制|要求|门槛)|个[人体](?:卖家|商家|工商户)?(?:也|均|现|即)?(?:可|能|可以)(?:入驻|开店|注册)|\bopens?(?: up)? (?:\w+ )?to (?:individual|sole)|\b(?:individuals?|individual sellers|sole (?:traders|proprietors))\b (?:can|may) now\b|\bnow (?:lets?|allows?) (?:individual|sole)\b|\b(?:only|limited to|restricted to) (?:local|locally registered) (?:companies|businesses|entities)\b/i;
const AGE_OF_LICENCE = /营业执照(?=\s*(?:注册|成立)(?:时间)?(?:满|超|超过|不少于|已满|需满|须满))/g;
const JOIN_GUIDE = /入驻|门槛|资质|准入|招商|开店(?:条件|要求|指南)|\b(?:requirements?|eligibility|criteria)\b|\bhow to (?:join|sell on|open)\b/i;
// "Sellers must:", "成为卖家的条件:": the lines after such a heading are requirements without saying so.
const HEADING = /[:：]\s*$/;
const ZERO_DEPOSIT = /without (?:initially )?having to pay|zero[- ](?:deposit|cost)|no deposit|0元入驻|零保证金|免保证金/i;

function strongRequirement(t: string): boolean {
  const g = regexWithFlags(REQUIRE, 'gi');
  for (let m = g.exec(t); m; m = g.exec(t)) if (!WEAK_ONLY.test(m[0])) return true;
  return false;
}

function isRequirement(t: string, inList: boolean): boolean {
  if (inList) return true;
  if (!REQUIRE.test(t)) return false;
  return strongRequirement(t) || JOIN_OR_SELL.test(t);
}

// "保证金由500美元提高至1500美元", "时效从120小时压缩到72小时": a bar moved from one value to another says it is a bar.
const CHANGE_OF_BAR = /\b(?:rais|lower|increas|reduc|cut|tighten|relax|chang|mov|set|halv|doubl)\w*\b[^.;]{0,40}\bto (?:just |only |as few as |as low as )?\$?\d|(?:\bfrom\b|由|从)\s*\$?\d[\d,.]*[^,，。;；]{0,24}?(?:\bto\b|至|到|为)\s*\$?\d|\bto \$?\d[\d,.]*\s*\w*\s+from \$?\d|\b(?:up|down) from \$?\d/i;
const SALES_SCOPE = /(?:营业额|销售额|流水|营收)[^，。；]{0,6}(?:超过|以上|逾|达到)[^，。；]{0,14}的(?:网店|网络|电商|线上)?(?:卖家|商家|商户|企业|经营者)|\b(?:sellers|merchants|businesses|vendors|companies) (?:with|whose) (?:annual |yearly )?(?:sales|turnover|revenues?) (?:of |is |are )?(?:over|above|more than|exceeding|of more than|in excess of)\b/i;
const DROPPED = /不再(?:需要|要求|设置?|作为)|无需|取消(?!订单)|\bno longer (?:need|needs|require|requires|required|asks?|ha(?:ve|s) to)\b|\b(?:drop(?:s|ped)?|scrap(?:s|ped)?|remov(?:es|ed)?|abolish(?:es|ed)?|eliminat(?:es|ed)?)\b[^.;]{0,30}\b(?:minimum|requirement|threshold|bar)\b/i;
const OLD_RULE = /\buntil now\b|\bcurrently\b|\bpreviously\b|\bso far\b|\bat present\b|\bused to\b|此前|目前|原先|原来|以前|过去/i;
const SALES_PROOF = /(?:销售|销售额|流水|月销|营业额|业绩)[^，。；,;]{0,6}证明|\bproof of (?:\w+ ){0,3}(?:sales|revenue|turnover|GMV)\b/i;
const SELF_EVIDENT: Rule['cue'][] = [FOLLOWER_CUE, AGE_CUE, DEPOSIT_CUE, RATING_CUE, SHIPPING_CUE, ACCOUNT_AGE_CUE];
const CONTINUES_FEE = /\balso\b|\beligib|\bqualif|此外|同时/i;
const SALES_BAR = /门槛|要求|标准|条件|不低于|不少于|以上|至少|\bat least\b|\bminimum\b|\bmore than\b|\bover\b|\bexceed|\bbar\b|\bthreshold\b/i;
const ADVICE = /(?:业内人士|分析师|专家|服务商|从业者|业内)[^，。；]{0,6}(?:提醒|建议|认为)|\b(?:analysts?|experts?|consultants?|agencies|insiders?)\b[^.;]{0,20}\b(?:advise|advised|recommend|recommended|suggest|suggested|warn|warned)\b/i;

/** Threshold facts: one per market and subject, the one with values kept. */
export function extractThresholds(ctx: ItemContext): ThresholdFact[] {
  return extractThresholdCandidates(ctx).map((c) => c.fact);
}

/** Threshold facts with the sentence each was read from. */
export function extractThresholdCandidates(ctx: ItemContext): FactCandidate<ThresholdFact>[] {
  const log = new SentenceLog<ThresholdFact>();
  const all = ctx.sentences.map((s) => s.text).join('\n');
  const tiktok = ABOUT_TIKTOK.test(all);
  const government = GOVERNMENT.test(all);
  // Douyin's own rules and other platforms' own rules are out of scope (a government rule for sellers is not).
  if (!tiktok && !government && OTHER_PLATFORM_ITEM.test(all)) return [];
  const out: ThresholdFact[] = [];
  const joinGuide = JOIN_GUIDE.test(ctx.title.text);
  const otherPlatformItem = OTHER_PLATFORM.test(ctx.title.text) && !namesTikTok(ctx.title.text);
  let inList = false;
  let previousFee = false;
  let lastBar = -10;
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    const listLine = inList && t.length < 260 && !s.isTitle;
    if (!s.isTitle && !listLine) inList = false;
    if (HEADING.test(t) && (REQUIRE.test(t) || /requirements?|eligibility|criteria|conditions?|条件|要求|资质|门槛/i.test(t))) inList = true;
    // "to earn commissions" is what an affiliate is paid, not a fee the shop charges.
    const fee = FEE.test(t.replace(EARN_COMMISSION, ''));
    const afterFee = previousFee && CONTINUES_FEE.test(t);
    previousFee = fee;
    // A headline alone states a bar only when it moves it to a number ("门槛降至1000粉", "follower bar cut to 500").
    const headlineOnly = s.isTitle && ctx.titleOnly;
    if (headlineOnly && !HEADLINE_BAR.test(t) && !HEADLINE_RULE.test(t) && !HEADLINE_INVITATION.test(t) && !HEADLINE_ENTITY.test(t)) return;
    if (!tiktok && OTHER_PLATFORM.test(t) && !GOVERNMENT.test(t)) return;
    // Douyin's own merchant rules: a sentence about Douyin (or in a Douyin story) that does not name TikTok.
    if (DOUYIN_ONLY.test(t) && !namesTikTok(t)) return;
    if (DOUYIN_ONLY.test(ctx.title.text) && !namesTikTok(t) && !namesTikTok(ctx.title.text)) return;
    if (afterFee) return;
    // "Temu opens its marketplace to Brazilian sellers … Sellers need a tax number": in an item about another
    // platform, a sentence that names neither TikTok nor a government states that platform's own rule.
    if (otherPlatformItem && !s.isTitle && !namesTikTok(t) && !GOVERNMENT.test(t)) return;
    // "业内人士提醒，卖家需提前布局海外仓", "analysts advise sellers to…": advice, not a rule.
    if (ADVICE.test(t) && !namesTikTok(t) && !GOVERNMENT.test(t)) return;
    // In a joining guide ("美区入驻指南", "Requirements to sell…") a requirement with its subject left out ("须使用平台认证的物流商")
    // binds the applicant the guide is for.
    // So does one that follows, within two sentences, a requirement that named its sellers ("中国卖家入驻须完成营业执照认证。
    // … 物流方面，必须使用平台认证的物流商").
    const carried = !s.isTitle && i - lastBar <= 2 && strongRequirement(t);
    const required = isRequirement(t, listLine) && (listLine || WHO.test(t) || carried || (joinGuide && strongRequirement(t) && !s.isTitle));
    const changed = CHANGE_OF_BAR.test(t);
    if (!required && !changed && !DEPOSIT_CUE.test(t)) return;
    const markets = thresholdMarkets(ctx, i);
    let product = false;
    let shipping = false;
    let sales = false;
    for (const rule of RULES) {
      if (fee && rule.cue !== FOLLOWER_CUE && rule.cue !== DEPOSIT_CUE && rule.cue !== INVITATION_CUE) continue;
      if (!required && !(changed && SELF_EVIDENT.includes(rule.cue)) && rule.cue !== DEPOSIT_CUE) continue;
      const headlineEntity = headlineOnly && rule.cue === ENTITY_CUE && HEADLINE_ENTITY.test(t);
      if (headlineOnly && !rule.values && !(rule.cue === INVITATION_CUE && HEADLINE_INVITATION.test(t))) continue;
      // "营业执照注册满6个月": the licence dates the company; it is not asked for as a document.
      const blank = (x: string) => ' '.repeat(x.length);
      const cue = rule.cue.exec(rule.cue === DOCUMENT_CUE ? t.replace(AGE_OF_LICENCE, blank) : rule.cue === ENTITY_CUE ? t.replace(LOCAL_SUBJECT, blank) : t);
      if (!cue) continue;
      // A product certificate is the product's approval, not the seller's papers.
      if (rule.cue === DOCUMENT_CUE && product && !STRONG_DOCUMENT.test(t)) continue;
      // "提供美国本土仓发货证明", "proof of US fulfilment": proof of where goods ship from is the shipping rule.
      if (rule.cue === DOCUMENT_CUE && shipping && !STRONG_DOCUMENT.test(t)) continue;
      // "须提供…月销不低于1万美元的证明", "proof of $200,000 in sales": proof of past sales is the sales bar, not papers.
      if (rule.cue === DOCUMENT_CUE && (sales || SALES_PROOF.test(t)) && !STRONG_DOCUMENT.test(t)) continue;
      if (rule.cue === PRODUCT_CUE) product = true;
      // Values are read from the clause around the cue: "deposit cut from $500 to $100; follower minimum 500".
      // "…has to be 18 or older from next month; the limit was previously 16": the old bar in the next sentence.
      const next = ctx.sentences[i + 1]?.text ?? '';
      const own = clauseAt(t, cue.index);
      const clause = arabicNumerals(own + (/[;；]$/.test(t) && BACK_TO_BAR.test(next) ? ` ${next}` : ''));
      if (rule.cue === SHIPPING_CUE) shipping = true;
      // "年营业额超过50万令吉的网店卖家必须注册销售税": the sales figure says whom the rule binds, not a bar to meet.
      if (rule.cue === SALES_CUE && SALES_SCOPE.test(clause)) continue;
      // "平台要求…，披露上半年GMV约15亿美元": a sales figure is a bar only where a requirement is said of it.
      const part = partAt(clause, arabicNumerals(t.slice(cue.index, cue.index + cue[0].length)));
      if (rule.cue === SALES_CUE && !listLine && !REQUIRE.test(part) && !SALES_BAR.test(part)) continue;
      // Read in the clause, the values are those of the part when the clause holds more (another subject's).
      const clauseQs = rule.values ? rule.values(clause) : [];
      const offset = clause.indexOf(part);
      const partQs = clauseQs.filter((q) => q.index >= offset && q.end <= offset + part.length);
      const rest = clause.slice(0, offset) + ' ' + clause.slice(offset + part.length);
      const otherSubject = RULES.some((r) => r.cue !== rule.cue && r.values && r.cue.test(rest));
      const qs = otherSubject && partQs.length && partQs.length < clauseQs.length ? partQs : clauseQs;
      // "不再需要提供销售流水", "no longer need a minimum number of followers": a bar dropped has no new value.
      const dropped = !headlineOnly && !!rule.needsValue && qs.length === 0 && DROPPED.test(clause);
      // "no longer have to prove at least $100,000 in sales", "不再要求月销5万美元": the bar dropped, its old value given.
      const droppedWithValue = !headlineOnly && qs.length === 1 && partQs.length === 1 && DROPPED.test(part) && !CHANGE_OF_BAR.test(part);
      if ((rule.needsValue || (headlineOnly && rule.cue !== INVITATION_CUE && !headlineEntity)) && qs.length === 0 && !dropped) continue;
      if (rule.cue === SALES_CUE) sales = true;
      let value = dropped ? { from: previousBar(clause), to: null } : droppedWithValue ? { from: qs[0]!.value, to: null, ...(qs[0]!.currency ? { currency: qs[0]!.currency } : {}) } : fromTo(clause, qs);
      if (rule.cue === DEPOSIT_CUE && qs.length === 0 && ZERO_DEPOSIT.test(t)) value = { from: null, to: 0 };
      // "Until now anyone over 16 could go live; from next month users must be 18": the old bar said just before.
      if (value.from === null && value.to !== null && rule.values) {
        const before = arabicNumerals(t.slice(0, Math.max(0, t.indexOf(own))) || (ctx.sentences[i - 1]?.isTitle ? '' : ctx.sentences[i - 1]?.text ?? ''));
        const olds = OLD_RULE.test(before) ? rule.values(before) : [];
        if (olds.length === 1 && olds[0]!.value !== value.to && !olds[0]!.currency === !value.currency) value = { ...value, from: olds[0]!.value };
      }
      const partnerContext = rule.cue === SALES_CUE && (PARTNER.test(ctx.title.text) || (i > 0 && PARTNER.test(ctx.sentences[i - 1]!.text)));
      const subject = partnerContext ? 'partner_store_sales_usd' : rule.subject(clause);
      for (const market of markets.length ? markets : [null]) {
        out.push(log.note({ type: 'threshold', market, subject, from: value.from, to: value.to, ...(value.currency ? { currency: value.currency } : {}) }, i));
        if (!s.isTitle && required) lastBar = i;
      }
    }
  });
  return log.candidates(dedupe(out));
}

/**
 * The markets of a requirement: the sentence's, unless it lists three or more (a coverage list such as "now in
 * the UK, the US and five Southeast Asian countries"), when the title's or none. A sentence naming Southeast Asia
 * and its countries states one regional rule.
 */
function thresholdMarkets(ctx: ItemContext, i: number): ReturnType<typeof marketsForSentence> {
  const s = ctx.sentences[i]!;
  const own = [...new Set(s.markets.filter((m) => !m.passing).map((m) => m.market))];
  if (own.includes('SEA') && own.every((m) => m === 'SEA' || SEA_COUNTRIES.includes(m))) return ['SEA'];
  if (own.length >= 3 && !s.isTitle && !SITE_LIST.test(s.text)) {
    const title = [...new Set(ctx.title.markets.map((m) => m.market))];
    return title.length && title.length <= 2 ? title : [];
  }
  return marketsForSentence(ctx, i);
}

const SEA_COUNTRIES = ['ID', 'TH', 'MY', 'PH', 'VN', 'SG'];
// "德国、法国、意大利站跨境店…", "its German, French and Italian stores": the shop's sites a rule is set for, not a
// coverage list.
const SITE_LIST = /(?:[\u4e00-\u9fff]{2,5}[、，,和及与]){2,}[\u4e00-\u9fff]{2,5}(?:站|本土店|跨境店)|\b(?:[A-Z][a-z]+, )+[A-Z][a-z]+,? (?:and|&) [A-Z][a-z]+ (?:stores|sites|shops|marketplaces)\b/;

/** The clause of `t` that holds position `at`, widened to the sentence when the clause has no number. */
function clauseAt(t: string, at: number): string {
  const start = t.slice(0, at).search(/[^;；]*$/);
  let stop = t.slice(at).search(/[;；]/);
  // "…has to be 18 or older; the limit was previously 16": a clause that only gives the old bar belongs to this one.
  if (stop >= 0 && BACK_TO_BAR.test(t.slice(at + stop + 1, at + stop + 60))) {
    const next = t.slice(at + stop + 1).search(/[;；]/);
    stop = next < 0 ? -1 : stop + 1 + next;
  }
  return t.slice(Math.max(0, start), stop < 0 ? t.length : at + stop);
}
/**
 * The part of a clause around a cue, between separators that join two statements (", and the", "，而", "，平台还");
 * commas inside numbers ("$100,000") do not separate.
 */
function partAt(clause: string, cue: string): string {
  const at = clause.indexOf(cue);
  if (at < 0) return clause;
  const SEP = /,\s+(?:and|while|but|whereas|with)\s|[，,](?!\d)|、(?=[^，。；]{0,4}(?:并|且|同时))|；|;/g;
  let start = 0;
  let stop = clause.length;
  for (let m = SEP.exec(clause); m; m = SEP.exec(clause)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + cue.length) { stop = m.index; break; }
  }
  return clause.slice(start, stop);
}
const BACK_TO_BAR = /^\s*(?:(?:the|this|that) (?:current |existing |present )?(?:[a-z-]+ )?(?:limit|bar|minimum|requirement|threshold|rule) (?:was|had been|used to be|stood at|is|stands at)|(?:it|this) (?:was|had been|used to be)|previously|formerly|up from|down from|此前|原先|原来|之前|原(?:要求|规定|门槛|标准)?为)/i;

function dedupe(facts: ThresholdFact[]): ThresholdFact[] {
  const best = new Map<string, ThresholdFact>();
  const score = (x: ThresholdFact) => (x.from !== null ? 1 : 0) + (x.to !== null ? 1 : 0);
  for (const f of facts) {
    const k = `${f.market}|${f.subject}`;
    const cur = best.get(k);
    if (!cur || score(f) > score(cur)) best.set(k, f);
  }
  // One follower bar told twice ("sellers need 1,000 followers to go live" … "before hosting shopping streams") is the
  // live-host bar, not also a creator bar of the same number.
  // "欧洲跨境店新门槛：成立满一年" over a body that names the sites: the headline's market-less bar is the body's.
  for (const [k, f] of best) if (f.market === null && [...best.values()].some((x) => x.market !== null && x.subject === f.subject)) best.delete(k);
  const hostBars = new Set([...best.values()].filter((f) => f.subject === 'live_host_followers').map((f) => `${f.market}|${f.to}`));
  return [...best.values()].filter((f) => f.subject !== 'creator_followers' || f.to === null || !hostBars.has(`${f.market}|${f.to}`));
}
