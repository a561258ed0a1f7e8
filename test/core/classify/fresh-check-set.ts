// A fresh check set (issue 12, items 4 and 5): our own excerpts, written before the fact rules were changed, in
// wording the rules did not know — threshold phrasings ("now need a minimum of", "lowered the bar to", 门槛降至,
// 粉丝要求由…降至…), launch dates ("went live on Tuesday", "in the third quarter", 将于…开通, 下月), GMV bounds and
// currencies ("topped", "approach", £, Rp beside US$, 万亿元), who imposes a ban, past launches as background and
// markets named in passing. Labeled by TAXONOMY.md's Labeling rules. Companies, figures and dates are
// invented or approximate; none of these texts is copied from a publication or from the shared labeled sets.
// The classifier's score on it before the rules were touched is recorded in docs/EVALUATION.md as an unseen estimate.
import type { LabeledItem } from '../../../src/core/classify/eval-dataset.ts';
import type { Market, Tag } from '../../../src/core/taxonomy.ts';
import type { BanFact, Fact, GmvFact, GmvKind, GmvPeriod, LaunchFact, ThresholdFact } from '../../../src/core/types.ts';

const g = (market: Market | null, low: number | null, high: number | null, period: GmvPeriod, kind: GmvKind, platform: string, currency?: string): GmvFact =>
  ({ type: 'gmv', market, low_usd: low, high_usd: high, ...(currency ? { currency } : {}), period, kind, platform });
const th = (market: Market | null, subject: string, from: number | null, to: number | null): ThresholdFact => ({ type: 'threshold', market, subject, from, to });
const la = (market: Market | null, date: string | null, what: string): LaunchFact => ({ type: 'launch', market, date, what });
const ban = (market: Market | null, by: BanFact['by'], target: string): BanFact => ({ type: 'ban', market, by, target });

function item(id: string, published: string, title: string, text: string, tags: Tag[], markets: Market[], facts: Fact[] = []): LabeledItem {
  return { id, lang: /[\u4e00-\u9fff]/.test(title + text) ? 'zh' : 'en', published, title, text, tags, markets, facts };
}

export const FRESH_CHECK_SET: LabeledItem[] = [
  // ── thresholds (en) ──
  item('f01', '2025-03-10', 'TikTok Shop UK tightens affiliate entry', 'Creators in the UK now need a minimum of 2,500 followers to join the affiliate programme, up from 1,000 last year.', ['threshold_change'], ['UK'], [th('UK', 'creator_followers', 1000, 2500)]),
  item('f02', '2024-09-02', 'TikTok lowers the bar for Philippine affiliates', 'TikTok Shop has lowered the bar to 500 followers for affiliates in the Philippines, half the previous requirement of 1,000.', ['threshold_change'], ['PH'], [th('PH', 'creator_followers', 1000, 500)]),
  item('f03', '2025-05-20', 'Mexico sellers must now post a deposit', 'Merchants opening a store on TikTok Shop Mexico are now asked to pay a refundable deposit of US$300 before their first listing goes live.', ['threshold_change'], ['MX'], [th('MX', 'merchant_deposit', null, 300)]),
  item('f04', '2024-11-11', 'TikTok raises age for shopping livestreams in Vietnam', 'Anyone hosting a shopping livestream on TikTok in Vietnam has to be 18 or older from next month; the limit was previously 16.', ['threshold_change'], ['VN'], [th('VN', 'live_host_age', 16, 18)]),
  item('f05', '2025-01-15', 'New rules for US cross-border stores', 'Cross-border stores on TikTok Shop US will only be approved if the company has been operating for at least six months and holds a store rating of 4.0 or higher.', ['threshold_change'], ['US'], [th('US', 'merchant_account_age', null, 180), th('US', 'merchant_rating', null, 4)]),
  item('f06', '2025-08-04', 'Indonesia to require business numbers from online sellers', "Indonesia's trade ministry said every merchant selling on social commerce platforms will need a business identification number from October.", ['threshold_change'], ['ID'], [th('ID', 'merchant_documents', null, null)]),
  item('f07', '2025-02-03', 'TikTok Shop Thailand opens to individual sellers', 'TikTok Shop Thailand now lets individual sellers register a shop, where until now only registered companies could sell on the platform.', ['threshold_change'], ['TH'], [th('TH', 'merchant_entity', null, null)]),
  item('f08', '2024-06-12', 'Partner stores need $1m in sales to join TikTok Shop', 'Stores from partner marketplaces can join TikTok Shop in the US only if they recorded at least $1 million in sales over the past 12 months.', ['threshold_change'], ['US'], [th('US', 'partner_store_sales_usd', null, 1000000)]),
  item('f09', '2025-04-01', 'TikTok Shop raises UK commission', 'TikTok Shop will raise the commission it charges UK sellers to 9% on most categories from May.', [], ['UK']),
  item('f10', '2024-10-22', 'Baker with 2 million followers sells out on TikTok Shop', 'A Texas baker with more than 2 million followers sold 40,000 cookie boxes on TikTok Shop in one weekend.', [], ['US']),
  item('f11', '2025-06-09', 'What US brands need to open a TikTok Shop mall store', "To be listed in TikTok Shop's US mall, brands must show at least $500,000 in annual sales on other platforms.", ['threshold_change'], ['US'], [th('US', 'merchant_sales_usd', null, 500000)]),
  // ── thresholds (zh) ──
  item('z01', '2025-04-08', 'TikTok Shop英国站达人带货门槛降至500粉丝', 'TikTok Shop英国站近日宣布，达人带货的粉丝要求由1000降至500，新规即日起生效。', ['threshold_change'], ['UK'], [th('UK', 'creator_followers', 1000, 500)]),
  item('z02', '2025-06-18', '美区跨境店保证金上调', 'TikTok Shop美国跨境商家新店需缴纳的保证金从300美元提高到800美元，7月1日起执行。', ['threshold_change'], ['US'], [th('US', 'merchant_deposit', 300, 800)]),
  item('z03', '2024-10-09', 'TikTok马来西亚站开放个体户入驻', 'TikTok Shop马来西亚站现允许个体工商户入驻，此前仅限企业主体申请。', ['threshold_change'], ['MY'], [th('MY', 'merchant_entity', null, null)]),
  item('z04', '2025-09-01', 'TikTok印尼直播带货主播年龄要求提高至18岁', 'TikTok宣布，在印尼开启购物直播的主播须年满18周岁，原要求为16周岁。', ['threshold_change'], ['ID'], [th('ID', 'live_host_age', 16, 18)]),
  item('z05', '2025-03-03', '越南要求电商卖家实名认证', '越南工贸部发布新规，所有在电商平台销售的个人卖家必须完成身份认证并提供税号。', ['threshold_change'], ['VN'], [th('VN', 'merchant_documents', null, null)]),
  item('z06', '2025-07-07', 'TikTok Shop日本站：本土店须日本境内发货', 'TikTok Shop日本站规定，本土店铺的商品必须从日本境内的仓库发货。', ['threshold_change'], ['JP'], [th('JP', 'merchant_shipping', null, null)]),
  item('z07', '2025-02-25', 'TikTok Shop泰国站下调部分类目佣金', 'TikTok Shop泰国站下调美妆类目佣金至5%，3月起生效。', [], ['TH']),
  item('z21', '2025-05-12', 'TikTok Shop英国跨境入驻新要求', 'TikTok Shop英国站跨境商家入驻需提供近一年在其他平台不低于10万美元的销售流水。', ['threshold_change'], ['UK'], [th('UK', 'merchant_sales_usd', null, 100000)]),
  // ── launches (en) ──
  item('f12', '2025-03-14', 'TikTok Shop arrives in Brazil', 'TikTok Shop went live in Brazil on Tuesday, letting local merchants sell through videos and livestreams.', ['launch'], ['BR'], [la('BR', '2025-03-11', 'TikTok Shop launch')]),
  item('f13', '2025-05-02', 'TikTok Shop Japan counts 20,000 sellers', 'TikTok Shop, which rolled out in Japan in March, now counts 20,000 local sellers.', [], ['JP']),
  item('f14', '2025-04-10', 'TikTok Shop to open in Italy in the third quarter', 'TikTok plans to open its Shop to Italian shoppers in the third quarter of 2025, the company told partners.', ['launch'], ['IT'], [la('IT', '2025', 'TikTok Shop launch (planned)')]),
  item('f15', '2024-08-28', 'Germany gets TikTok shopping next month', "TikTok's shopping feature will be switched on for German users next month, a spokesperson said.", ['launch'], ['DE'], [la('DE', '2024-09', 'TikTok Shop launch')]),
  item('f16', '2025-01-06', 'TikTok eyes April Shop debut in Brazil as US deadline nears', 'TikTok is preparing to open TikTok Shop in Brazil in April, people familiar with the plans said.', ['launch'], ['BR'], [la('BR', '2025-04', 'TikTok Shop launch (rumoured)')]),
  item('f17', '2023-11-20', 'TikTok Shop opens seller registration in Spain', 'Spanish businesses can sign up as sellers on TikTok Shop from today, ahead of a consumer launch planned for next year.', ['launch'], ['ES'], [la('ES', '2023-11-20', 'seller registration'), la('ES', '2024', 'consumer launch (planned)')]),
  item('f18', '2025-06-30', 'TikTok Shop hires in London', 'Two years after its UK debut, TikTok Shop is hiring 200 people for its London office.', [], ['UK']),
  // ── launches (zh) ──
  item('z08', '2025-03-20', 'TikTok Shop巴西站正式上线', 'TikTok Shop巴西站于3月18日正式上线，本土商家可通过短视频和直播销售商品。', ['launch'], ['BR'], [la('BR', '2025-03-18', 'TikTok Shop launch')]),
  item('z09', '2025-05-06', 'TikTok Shop日本站将开通跨境店', 'TikTok Shop日本站将于7月开通跨境店入驻，中国卖家可提前报名。', ['launch'], ['JP'], [la('JP', '2025-07', 'cross-border stores')]),
  item('z10', '2024-08-15', '消息称TikTok Shop下月登陆墨西哥', '据知情人士透露，TikTok Shop计划下月在墨西哥上线本土店。', ['launch'], ['MX'], [la('MX', '2024-09', 'TikTok Shop launch (rumoured)')]),
  item('z11', '2025-04-21', 'TikTok Shop英国站扩招', 'TikTok Shop英国站去年上线后，今年已招聘300名员工。', [], ['UK']),
  item('z12', '2025-10-10', 'TikTok Shop法国站开放商家注册', 'TikTok Shop今日在法国开放商家注册，消费者端将于明年初上线。', ['launch'], ['FR'], [la('FR', '2025-10-10', 'seller registration'), la('FR', '2026', 'consumer launch (planned)')]),
  // ── bans ──
  item('f19', '2024-04-16', 'FDA tells TikTok Shop to pull e-cigarettes', 'The US Food and Drug Administration ordered TikTok Shop to stop the sale of unauthorised e-cigarettes on its platform within 15 days.', ['ban'], ['US'], [ban('US', 'government', 'e-cigarette sales')]),
  item('f20', '2023-10-04', 'Indonesia shuts social commerce checkout', "Indonesia's government banned e-commerce transactions on social media platforms on Wednesday, forcing TikTok Shop to stop taking orders in the country.", ['ban'], ['ID'], [ban('ID', 'government', 'social commerce')]),
  item('f21', '2025-02-17', 'TikTok Shop bans weight-loss jab sales in Malaysian livestreams', 'TikTok Shop said it will remove sellers who promote prescription weight-loss injections in Malaysian livestreams.', ['ban'], ['MY'], [ban('MY', 'platform', 'weight-loss injections in live selling')]),
  item('f22', '2023-12-01', "Judge halts Montana's TikTok ban", "A federal judge blocked Montana's law banning TikTok a day before it was due to take effect.", ['ban'], ['US'], [ban('US', 'court', 'TikTok app')]),
  item('f23', '2025-05-05', 'TikTok fined in Ireland over data transfers', "Ireland's data regulator fined TikTok 530 million euros over transfers of users' data to China.", [], ['IE']),
  item('f24', '2025-03-27', 'Retailers urge France to ban Temu', "A French retail federation called on the government to ban Temu, saying the platform's prices were unfair.", [], ['FR']),
  item('z13', '2023-10-05', '印尼政府禁止社交媒体电商交易', '印尼政府周三宣布禁止在社交媒体平台上进行电商交易，TikTok Shop被迫停止在印尼接单。', ['ban'], ['ID'], [ban('ID', 'government', 'social commerce')]),
  item('z14', '2025-08-11', 'TikTok Shop美国站禁止直播销售减肥类保健品', 'TikTok Shop美国站宣布，禁止商家在直播中销售减肥类保健品，违规店铺将被关闭。', ['ban'], ['US'], [ban('US', 'platform', 'weight-loss supplements in live selling')]),
  item('z15', '2020-09-28', '美国法院暂缓TikTok禁令', '美国联邦法官周日暂时叫停了美国政府禁止TikTok在应用商店下载的行政令。', ['ban'], ['US'], [ban('US', 'court', 'TikTok app')]),
  // ── GMV ──
  item('f25', '2025-02-10', "TikTok Shop's US sales topped $9 billion in 2024", 'TikTok Shop recorded more than $9 billion of sales in the United States in 2024, the company told merchants.', ['gmv_figure'], ['US'], [g('US', 9e9, null, 'year', 'actual', 'tiktok_shop')]),
  item('f26', '2025-03-03', 'Shopee aims for $100 billion', 'Sea Ltd wants Shopee to reach about $100 billion in gross merchandise value in 2026, its chief executive said.', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 1e11, 1e11, 'year', 'target', 'shopee')]),
  item('f27', '2025-01-20', 'Analysts see TikTok Shop SEA GMV near $30 billion', "TikTok Shop's GMV in Southeast Asia is expected to approach $30 billion in 2025, analysts at a brokerage estimate.", ['gmv_figure'], ['SEA'], [g('SEA', null, 3e10, 'year', 'forecast', 'tiktok_shop')]),
  item('f28', '2024-12-02', 'TikTok Shop US sellers pass $100 million on Black Friday', 'TikTok Shop sellers in the US sold over $100 million worth of goods on Black Friday alone, the company said.', ['gmv_figure'], ['US'], [g('US', 1e8, null, 'day', 'actual', 'tiktok_shop')]),
  item('f29', '2025-07-15', 'TikTok Shop UK half-year sales reach £2.5bn', "TikTok Shop's UK sales reached £2.5 billion in the first half of 2025.", ['gmv_figure'], ['UK'], [g('UK', 2.5e9, 2.5e9, 'half', 'actual', 'tiktok_shop', 'GBP')]),
  item('f30', '2025-03-12', 'Tokopedia reports 2024 GMV', "Tokopedia's gross merchandise value in Indonesia was Rp 150 trillion (about US$9.5 billion) in 2024.", ['gmv_figure'], ['ID'], [g('ID', 9.5e9, 9.5e9, 'year', 'actual', 'tokopedia')]),
  item('f31', '2025-04-02', 'SEA e-commerce to hit $230 billion', "Southeast Asia's e-commerce market will be worth $230 billion by 2026, a consultancy report says.", [], ['SEA']),
  item('z16', '2025-02-01', 'TikTok Shop东南亚去年GMV约160亿美元', '据行业报告，TikTok Shop去年在东南亚的GMV约为160亿美元。', ['gmv_figure'], ['SEA'], [g('SEA', 1.6e10, 1.6e10, 'year', 'actual', 'tiktok_shop')]),
  item('z17', '2025-01-08', 'Temu今年GMV目标600亿美元', '拼多多旗下的Temu将今年的GMV目标定为600亿美元。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 6e10, 6e10, 'year', 'target', 'temu')]),
  item('z18', '2024-11-12', '抖音电商双十一单日成交额超500亿元', '抖音电商11月11日当天成交额超过500亿元。', ['gmv_figure'], ['CN'], [g('CN', 5e10, null, 'day', 'actual', 'douyin', 'CNY')]),
  item('z19', '2025-01-15', 'TikTok Shop美国站今年销售额预计达200亿美元', '业内人士预计，TikTok Shop美国站今年的销售额将达到200亿美元。', ['gmv_figure'], ['US'], [g('US', 2e10, 2e10, 'year', 'forecast', 'tiktok_shop')]),
  item('z20', '2025-06-03', 'TikTok印尼用户突破1.2亿', 'TikTok在印尼的用户数已突破1.2亿，是全球第二大市场。', [], ['ID']),
  item('z22', '2025-01-10', '抖音电商2024年GMV超3.5万亿元', '抖音电商2024年全年GMV超过3.5万亿元。', ['gmv_figure'], ['CN'], [g('CN', 3.5e12, null, 'year', 'actual', 'douyin', 'CNY')]),
];

// A second batch (g*), written after the rules were fixed against the first and scored before any further change:
// the honest estimate of the fixed rules on unseen wording (docs/EVALUATION.md).
export const FRESH_CHECK_SET_2: LabeledItem[] = [
  item('g01', '2025-10-06', 'TikTok Shop Singapore sets new seller rule', 'From November, sellers in Singapore must hold a shop performance score of at least 3.5 to keep listing products on TikTok Shop.', ['threshold_change'], ['SG'], [th('SG', 'merchant_rating', null, 3.5)]),
  item('g02', '2025-08-19', 'Affiliates in Malaysia face a higher bar', 'Malaysian creators will need 3,000 followers, instead of 1,500, to join the TikTok Shop affiliate programme.', ['threshold_change'], ['MY'], [th('MY', 'creator_followers', 1500, 3000)]),
  item('g03', '2025-09-09', 'TikTok Shop菲律宾站入驻需缴纳保证金', '即日起，新入驻TikTok Shop菲律宾站的本土商家须缴纳5000比索保证金。', ['threshold_change'], ['PH'], [{ ...th('PH', 'merchant_deposit', null, 5000), currency: 'PHP' }]),
  item('g04', '2025-04-14', '越南站达人带货条件调整', 'TikTok越南站将达人开通橱窗的粉丝门槛从1000下调至500。', ['threshold_change'], ['VN'], [th('VN', 'creator_followers', 1000, 500)]),
  item('g05', '2025-07-21', 'Hosts in the Philippines must be adults', 'Only users aged 18 and above can now host LIVE shopping sessions on TikTok in the Philippines.', ['threshold_change'], ['PH'], [th('PH', 'live_host_age', null, 18)]),
  item('g06', '2025-09-17', 'TikTok Shop debuts in Japan', 'TikTok Shop made its debut in Japan on Monday with about 1,000 local merchants.', ['launch'], ['JP'], [la('JP', '2025-09-15', 'TikTok Shop launch')]),
  item('g07', '2025-11-03', 'TikTok Shop heads for Germany', 'TikTok is preparing to bring TikTok Shop to Germany in early 2026, according to job postings.', ['launch'], ['DE'], [la('DE', '2026', 'TikTok Shop launch (planned)')]),
  item('g08', '2025-06-02', 'TikTok Shop西班牙站本月开业', 'TikTok Shop西班牙站本月正式开门营业，首批商家已入驻。', ['launch'], ['ES'], [la('ES', '2025-06', 'TikTok Shop launch')]),
  item('g09', '2025-02-20', 'TikTok Shop美国商家数量增长', '自2023年在美国推出以来，TikTok Shop的商家数量已增长三倍。', [], ['US']),
  item('g10', '2025-03-31', "TikTok Shop's cross-border program reaches Mexico", "Chinese merchants were able to start selling to Mexican shoppers through TikTok Shop's cross-border program from March 28.", ['launch'], ['MX'], [la('MX', '2025-03-28', 'cross-border selling')]),
  item('g11', '2025-05-12', 'Malaysia orders Temu to halt sales', "Malaysia's trade ministry ordered Temu to suspend sales in the country until it registers a local entity.", ['ban'], ['MY'], [ban('MY', 'government', 'Temu')]),
  item('g12', '2025-03-18', 'TikTok Shop英国站禁售刀具', 'TikTok Shop英国站宣布，即日起禁止商家上架任何刀具类商品。', ['ban'], ['UK'], [ban('UK', 'platform', 'knives')]),
  item('g13', '2024-12-09', 'TikTok removes misleading videos in Germany', 'TikTok said it removed 500,000 videos for misinformation in Germany last quarter.', [], ['DE']),
  item('g14', '2025-12-01', 'TikTok Shop US Black Friday weekend', 'Shoppers spent more than $500 million on TikTok Shop in the US over the four-day Black Friday weekend.', ['gmv_figure'], ['US'], [g('US', 5e8, null, 'range', 'actual', 'tiktok_shop')]),
  item('g15', '2025-04-30', 'Shopee一季度GMV', 'Sea公司财报显示，Shopee第一季度GMV为287亿美元。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 2.87e10, 2.87e10, 'quarter', 'actual', 'shopee')]),
  item('g16', '2025-01-09', 'Analysts: TikTok Shop UK could hit £5bn', "Analysts estimate TikTok Shop's UK sales could reach between £4 billion and £5 billion this year.", ['gmv_figure'], ['UK'], [g('UK', 4e9, 5e9, 'year', 'forecast', 'tiktok_shop', 'GBP')]),
  item('g17', '2025-02-14', '抖音电商今年GMV目标', '据知情人士透露，抖音电商2025年的GMV目标约为4万亿元。', ['gmv_figure'], ['CN'], [g('CN', 4e12, 4e12, 'year', 'target', 'douyin', 'CNY')]),
];
