// A challenge set of our own news-style excerpts (about half Chinese), labeled by the rules of
// TAXONOMY.md (relabeled by its Labeling rules: unlocated platform figures are GLOBAL, threshold subjects
// come from the table, Douyin's own merchant rules are not threshold facts). Written to test whether the classifier follows the definitions rather than the wording of
// the dev set: launches vs. product/ad launches, threshold changes vs. fee changes and counts, bans vs. content
// suspensions and fines, GMV vs. market sizes, funding and unrelated revenue, and markets named only in passing.
// The companies, figures and dates are invented or approximate; none of these texts is copied from a publication.
// Items c*/z* were written first and the rules fixed against them; d*/e* were written afterwards, unseen, to check
// that the fixes generalise (they scored macro-F1 0.949 / market exact 0.984 before the second round of fixes).
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

export const CHALLENGE_SET: LabeledItem[] = [
  // ── launches (en) ──
  item('c01', '2025-07-01', 'TikTok Shop opens for business in Japan', 'TikTok Shop officially launched in Japan on June 30, 2025, letting local merchants sell through short videos and live streams.', ['launch'], ['JP'], [la('JP', '2025-06-30', 'TikTok Shop launch')]),
  item('c02', '2024-12-10', 'TikTok Shop goes live in Spain', 'TikTok Shop went live in Spain on Tuesday, more than a year after its US debut, and Spanish shoppers can now buy straight from videos.', ['launch'], ['ES'], [la('ES', '2024-12-10', 'TikTok Shop launch')]),
  item('c03', '2025-03-05', 'TikTok Shop could arrive in Brazil as early as next month', 'ByteDance is preparing to launch TikTok Shop in Brazil as early as April, according to people familiar with the matter. The company declined to comment.', ['launch'], ['BR'], [la('BR', '2025-04', 'TikTok Shop launch (rumoured)')]),
  item('c04', '2024-08-20', 'TikTok denies Italy shopping rollout report', 'TikTok denied a report that TikTok Shop would open in Italy before the end of the year, saying it had no plans to share.', ['launch'], ['IT'], [la('IT', null, 'TikTok Shop launch (denied)')]),
  item('c05', '2023-12-12', 'TikTok Shop is back in Indonesia', 'TikTok\'s online shopping service resumed in Indonesia on December 12 after the company took a controlling stake in Tokopedia.', ['launch'], ['ID'], [la('ID', '2023-12-12', 'TikTok Shop relaunch')]),
  item('c06', '2024-11-20', 'TikTok Shop Mexico opens seller sign-ups', 'TikTok Shop has opened registration for local sellers in Mexico ahead of a full launch planned for next year.', ['launch'], ['MX'], [la('MX', '2024-11-20', 'merchant registration')]),
  item('c07', '2025-06-01', 'TikTok Shop brings fully managed program to Britain', 'TikTok Shop will start its fully managed program for Chinese sellers in the UK in September, handling pricing, logistics and customer service for them.', ['launch'], ['UK'], [la('UK', '2025-09', 'full-service model')]),
  item('c08', '2022-05-10', 'TikTok starts live shopping in Thailand', 'TikTok began live-stream shopping in Thailand this week, letting viewers buy products shown by hosts without leaving the app.', ['launch'], ['TH'], [la('TH', '2022-05', 'live shopping')]),
  item('c09', '2024-04-02', 'Skincare brand debuts serum on TikTok Shop', 'Korean skincare brand Glowlab launched its new vitamin C serum exclusively on TikTok Shop in the US, and the first batch sold out within hours.', [], ['US']),
  item('c10', '2024-09-18', 'TikTok rolls out new shopping ad format', 'TikTok has rolled out a new automated ad product in Southeast Asia that lets advertisers promote TikTok Shop listings across the For You feed.', [], ['SEA']),
  item('c11', '2025-02-14', 'TikTok Shop Singapore adds cross-border sellers', 'TikTok Shop expanded its cross-border program to Singapore this month, allowing sellers from mainland China to list products for Singaporean shoppers.', ['launch'], ['SG'], [la('SG', '2025-02', 'cross-border selling')]),
  // ── threshold changes (en) ──
  item('c12', '2024-05-06', 'TikTok Shop US lowers affiliate follower requirement', 'Creators in the United States now need only 1,000 followers, down from 5,000, to join TikTok Shop\'s affiliate program.', ['threshold_change'], ['US'], [th('US', 'creator_followers', 5000, 1000)]),
  item('c13', '2024-03-11', 'TikTok Shop Malaysia scraps seller deposit', 'TikTok Shop Malaysia said new sellers will no longer have to pay a security deposit before listing products, a change aimed at small businesses.', ['threshold_change'], ['MY'], [th('MY', 'merchant_deposit', null, 0)]),
  item('c14', '2023-04-17', 'UK sellers no longer need an invitation code', 'Sellers based in Britain can now register on TikTok Shop without an invitation code, the company said on Monday.', ['threshold_change'], ['UK'], [th('UK', 'merchant_invitation', null, null)]),
  item('c15', '2024-07-01', 'Philippine sellers must file tax certificate', 'TikTok Shop Philippines will require all sellers to upload a tax registration certificate starting next month, or their shops will be restricted.', ['threshold_change'], ['PH'], [th('PH', 'merchant_documents', null, null)]),
  item('c16', '2024-06-03', 'TikTok raises age limit for live sellers in Indonesia', 'From July, hosts who sell products in TikTok Shop live streams in Indonesia must be at least 18 years old, up from 16.', ['threshold_change'], ['ID'], [th('ID', 'live_host_age', 16, 18)]),
  item('c17', '2024-10-08', 'TikTok Shop sets a sales bar for US partner agencies', 'Partner agencies that want to join TikTok Shop\'s US partner program must now show at least $1 million in annual GMV, the company said.', ['threshold_change'], ['US'], [th('US', 'partner_store_sales_usd', null, 1000000)]),
  item('c18', '2025-01-20', 'How TikTok Shop made selling easier in Vietnam', 'TikTok Shop Vietnam lowered the bar for newcomers last year: it cut the follower requirement for affiliates, removed the deposit for individual sellers and shortened the approval process.', ['threshold_change'], ['VN'], [th('VN', 'creator_followers', null, null)]),
  item('c19', '2025-03-01', 'TikTok Shop raises commission in Indonesia', 'TikTok Shop will raise its commission rate for sellers in Indonesia from 4% to 6.5% starting in April, according to a notice to merchants.', [], ['ID']),
  item('c20', '2024-12-02', 'TikTok Shop passes 15 million sellers', 'TikTok Shop now has more than 15 million sellers worldwide, up from 10 million a year earlier, the company said.', [], ['GLOBAL']),
  // ── bans (en) ──
  item('c21', '2024-02-20', 'TikTok Shop Malaysia to bar links to rival marketplaces', 'TikTok Shop Malaysia will prohibit creators from adding links to external marketplaces such as Shopee and Lazada in their videos from March 1.', ['ban'], ['MY'], [ban('MY', 'platform', 'external links')]),
  item('c22', '2024-09-09', 'TikTok Shop bans weight-loss pills in the UK', 'TikTok Shop has banned the sale of weight-loss supplements and skin-whitening creams in the UK, citing health risks.', ['ban'], ['UK'], [ban('UK', 'platform', 'product categories')]),
  item('c23', '2025-02-25', 'TikTok Shop removes 200,000 counterfeit sellers', 'TikTok Shop said it had permanently banned more than 200,000 seller accounts in the US in 2024 for selling counterfeit goods.', ['ban'], ['US'], [ban('US', 'platform', 'seller accounts')]),
  item('c24', '2024-10-15', 'Philippines plans to stop payments on social media', 'The Philippines\' trade department said it will ban social media platforms from processing payments for goods, a move that would force TikTok Shop to stop transactions in the country.', ['ban'], ['PH'], [ban('PH', 'government', 'social commerce')]),
  item('c25', '2025-06-19', 'Trump extends TikTok sale deadline again', 'President Trump signed an order giving ByteDance another 90 days to sell TikTok\'s US business or face a ban under the 2024 law.', ['ban'], ['US'], [ban('US', 'government', 'TikTok app (divest-or-ban law)')]),
  item('c26', '2024-03-12', 'Creators suspended over fake giveaways', 'TikTok suspended hundreds of creator accounts in the Philippines for posting misleading giveaway videos that broke its community guidelines.', [], ['PH']),
  item('c27', '2025-05-02', 'Irish regulator fines TikTok €530 million', 'Ireland\'s Data Protection Commission fined TikTok €530 million over transfers of European users\' data, but did not order the app to stop operating.', [], ['IE']),
  // ── GMV (en) ──
  item('c28', '2024-11-04', 'TikTok Shop Indonesia sells $20M–$25M a day', 'TikTok Shop in Indonesia now generates $20 million to $25 million in GMV a day, according to people familiar with its numbers.', ['gmv_figure'], ['ID'], [g('ID', 20e6, 25e6, 'day', 'actual', 'tiktok_shop')]),
  item('c29', '2024-06-20', 'TikTok Shop US sales fall short of goal', 'From January to May, TikTok Shop\'s GMV in the US was less than $3 billion, well short of internal goals.', ['gmv_figure'], ['US'], [g('US', null, 3e9, 'range', 'actual', 'tiktok_shop')]),
  item('c30', '2024-12-09', 'TikTok Shop sets a $50 billion goal for Southeast Asia', 'TikTok Shop aims to reach $50 billion in gross merchandise volume in Southeast Asia next year, roughly double this year\'s level.', ['gmv_figure'], ['SEA'], [g('SEA', 50e9, 50e9, 'year', 'target', 'tiktok_shop')]),
  item('c31', '2025-01-15', 'Temu GMV seen topping $70 billion', 'Temu\'s gross merchandise volume is projected to exceed $70 billion in 2025, according to a research firm estimate.', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 70e9, null, 'year', 'forecast', 'temu')]),
  item('c32', '2024-08-13', 'Shopee GMV climbs in second quarter', 'Shopee\'s gross merchandise value rose 24% year on year to $28.6 billion in the second quarter, Sea Ltd said.', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 28.6e9, 28.6e9, 'quarter', 'actual', 'shopee')]),
  item('c33', '2025-07-16', 'Prime Day haul estimated at $12 billion', 'Amazon sold more than $12 billion of goods during its Prime Day event in the US, according to an estimate by a retail analytics firm.', ['gmv_figure'], ['US'], [g('US', 12e9, null, 'range', 'actual', 'amazon')]),
  item('c34', '2025-08-28', 'Shein GMV up 20% in first half', 'Shein\'s gross merchandise value reached $21 billion in the first half of 2025, according to investors briefed on the results.', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 21e9, 21e9, 'half', 'actual', 'shein')]),
  item('c35', '2025-05-12', 'TikTok Shop Mexico passes $100 million a month', 'Three months after its launch, TikTok Shop\'s monthly GMV in Mexico has passed $100 million, a person with knowledge of the figures said.', ['gmv_figure'], ['MX'], [g('MX', 100e6, null, 'month', 'actual', 'tiktok_shop')]),
  item('c36', '2024-04-10', 'US social commerce sales to reach $100 billion', 'Social commerce sales in the US are expected to reach $100 billion by 2026, with TikTok Shop one of the fastest-growing channels, a research firm said.', [], ['US']),
  item('c37', '2024-07-22', 'Logistics startup serving TikTok sellers raises $50 million', 'A Shenzhen-based logistics startup that ships parcels for TikTok Shop sellers raised $50 million in a Series B round led by a Singapore fund.', [], []),
  item('c38', '2024-11-15', 'Alibaba quarterly revenue rises 5%', 'Alibaba reported quarterly revenue of 236 billion yuan, up 5% from a year earlier, helped by its cloud unit.', [], []),
  item('c39', '2024-10-01', 'Five tips to grow your TikTok Shop affiliate income', 'Post consistently, pin your best-selling product and go live at least twice a week, experienced creators say.', [], []),
  item('c40', '2025-08-05', 'TikTok Shop Japan sells $10 million in first month', 'TikTok Shop sold goods worth about $10 million in Japan in its first month, a faster start than it had in Britain.', ['gmv_figure'], ['JP'], [g('JP', 10e6, 10e6, 'month', 'actual', 'tiktok_shop')]),
  item('c41', '2025-03-03', 'Douyin e-commerce keeps growing', 'Douyin\'s e-commerce GMV grew to about 3.5 trillion yuan last year, people familiar with the matter said.', ['gmv_figure'], ['CN'], [g('CN', 3.5e12, 3.5e12, 'year', 'actual', 'douyin', 'CNY')]),
  item('c42', '2024-09-30', 'TikTok Shop US daily sales top $30 million', 'TikTok Shop\'s US business now sells more than $30 million worth of goods a day, up from about $15 million at the start of the year.', ['gmv_figure'], ['US'], [g('US', 30e6, null, 'day', 'actual', 'tiktok_shop'), g('US', 15e6, 15e6, 'day', 'actual', 'tiktok_shop')]),
  // ── launches (zh) ──
  item('z01', '2025-07-01', 'TikTok Shop日本站正式上线', '6月30日，TikTok Shop日本站正式上线，本土商家和跨境商家均可入驻。', ['launch'], ['JP'], [la('JP', '2025-06-30', 'TikTok Shop launch')]),
  item('z02', '2024-09-10', '消息称TikTok Shop将于明年登陆巴西', '据知情人士透露，TikTok Shop计划于2025年上半年在巴西上线电商业务，目前已开始接触本地商家。', ['launch'], ['BR'], [la('BR', '2025', 'TikTok Shop launch (rumoured)')]),
  item('z03', '2024-05-20', 'TikTok否认将在法国推出电商业务', 'TikTok方面回应称，目前没有在法国上线TikTok Shop的计划，相关报道不实。', ['launch'], ['FR'], [la('FR', null, 'TikTok Shop launch (denied)')]),
  item('z04', '2023-12-12', 'TikTok Shop印尼站重新开放', '在与Tokopedia完成整合后，TikTok Shop于12月12日在印尼重新开放购物功能。', ['launch'], ['ID'], [la('ID', '2023-12-12', 'TikTok Shop relaunch')]),
  item('z05', '2024-11-20', 'TikTok Shop墨西哥站开放商家入驻', 'TikTok Shop墨西哥站今日起开放本土商家入驻申请，跨境商家预计将于明年开放。', ['launch'], ['MX'], [la('MX', '2024-11-20', 'merchant registration')]),
  item('z06', '2024-08-15', 'TikTok Shop全托管模式将进入西班牙和爱尔兰', 'TikTok Shop宣布，全托管模式将于10月起在西班牙、爱尔兰开放招商，中国卖家只需负责供货。', ['launch'], ['ES', 'IE'], [la('ES', '2024-10', 'full-service model'), la('IE', '2024-10', 'full-service model')]),
  item('z07', '2022-05-10', 'TikTok在越南开通直播购物', 'TikTok宣布在越南开通直播购物功能，用户可在直播间直接下单。', ['launch'], ['VN'], [la('VN', '2022-05-10', 'live shopping')]),
  item('z08', '2024-04-02', '国货美妆品牌在TikTok Shop美区首发新品', '一家国货美妆品牌在TikTok Shop美国站首发一款新口红，上线首日卖出超过1万支。', [], ['US']),
  item('z09', '2024-09-18', 'TikTok在东南亚推出新广告产品', 'TikTok在东南亚上线全新购物广告产品，帮助商家推广TikTok Shop商品。', [], ['SEA']),
  item('z10', '2024-12-10', 'TikTok Shop西班牙站正式上线', 'TikTok Shop西班牙站于12月10日正式上线，这是继英国、美国之后TikTok在欧洲的又一个站点。', ['launch'], ['ES'], [la('ES', '2024-12-10', 'TikTok Shop launch')]),
  // ── threshold changes (zh) ──
  item('z11', '2024-05-06', 'TikTok Shop美区下调达人带货粉丝门槛', 'TikTok Shop美国站将达人开通带货权限的粉丝门槛由5000降至1000。', ['threshold_change'], ['US'], [th('US', 'creator_followers', 5000, 1000)]),
  item('z12', '2024-08-01', 'TikTok Shop英国站上调新商家保证金', '自下月起，TikTok Shop英国站新入驻商家需缴纳的保证金从500英镑提高到1000英镑。', ['threshold_change'], ['UK'], [th('UK', 'merchant_deposit', 500, 1000)]),
  item('z13', '2023-06-12', 'TikTok Shop东南亚跨境取消邀请码', 'TikTok Shop东南亚跨境业务宣布，中国卖家入驻不再需要邀请码，可直接在线提交申请。', ['threshold_change'], ['SEA'], [th('SEA', 'merchant_invitation', null, null)]),
  item('z14', '2024-07-15', 'TikTok Shop越南站要求商家上传营业执照', 'TikTok Shop越南站发布新规，从8月1日起所有本土商家必须上传营业执照，否则店铺将被限制经营。', ['threshold_change'], ['VN'], [th('VN', 'merchant_documents', null, null)]),
  item('z15', '2024-06-03', 'TikTok提高印尼直播主播年龄要求', 'TikTok Shop印尼站规定，从7月起直播带货主播必须年满18岁，此前为16岁。', ['threshold_change'], ['ID'], [th('ID', 'live_host_age', 16, 18)]),
  item('z16', '2024-10-08', 'TikTok Shop提高美区合作店铺销售额门槛', 'TikTok Shop美国站要求合作店铺的年销售额不低于200万美元，此前门槛为100万美元。', ['threshold_change'], ['US'], [th('US', 'partner_store_sales_usd', 1e6, 2e6)]),
  item('z17', '2025-04-01', 'TikTok Shop降低欧洲站入驻门槛', '为吸引更多卖家，TikTok Shop德国站和法国站近期推出多项措施：取消保证金、降低达人粉丝门槛、简化资质审核。', ['threshold_change'], ['DE', 'FR'], [th('DE', 'merchant_deposit', null, 0), th('FR', 'merchant_deposit', null, 0)]),
  item('z18', '2025-03-01', 'TikTok Shop泰国站上调佣金费率', 'TikTok Shop泰国站宣布，自5月起将平台佣金从3%上调至5%，涉及所有类目商家。', [], ['TH']),
  item('z19', '2024-12-02', 'TikTok Shop菲律宾站商家数量突破50万', 'TikTok Shop菲律宾站入驻商家数量已突破50万家，较去年增长一倍。', [], ['PH']),
  item('z20', '2025-02-18', '抖音电商下调新商家保证金', '抖音电商宣布，国内新入驻商家的保证金由2万元降至5000元。', [], ['CN']),
  item('z21', '2024-11-11', 'TikTok Shop马来西亚站放宽开店条件', 'TikTok Shop马来西亚站近日放宽个人卖家开店条件，身份证即可注册，无需再提供营业执照。', ['threshold_change'], ['MY'], [th('MY', 'merchant_documents', null, null)]),
  // ── bans (zh) ──
  item('z22', '2024-06-11', 'TikTok Shop英国站禁止视频挂外链', 'TikTok Shop英国站通知称，即日起禁止达人在短视频中添加第三方电商平台外链，违者将被限流。', ['ban'], ['UK'], [ban('UK', 'platform', 'external links')]),
  item('z23', '2024-09-02', 'TikTok Shop美区更新禁售清单', 'TikTok Shop美国站更新禁售清单，电子烟、减肥药及仿真枪等商品将被全面下架。', ['ban'], ['US'], [ban('US', 'platform', 'product categories')]),
  item('z24', '2025-01-08', 'TikTok Shop封禁数千家刷单店铺', 'TikTok Shop马来西亚站表示，已封禁逾3000家涉嫌刷单和售假的店铺。', ['ban'], ['MY'], [ban('MY', 'platform', 'seller accounts')]),
  item('z25', '2025-01-19', '美国TikTok禁令正式生效', '根据“不卖就禁”法案，TikTok于1月19日在美国停止服务，多家应用商店已下架该应用。', ['ban'], ['US'], [ban('US', 'government', 'TikTok app (divest-or-ban law)')]),
  item('z26', '2023-10-04', '印尼政府禁止社交媒体平台进行商品交易', '印尼贸易部发布新规，禁止社交媒体平台直接进行商品交易，TikTok Shop被迫于10月4日关闭。', ['ban'], ['ID'], [ban('ID', 'government', 'social commerce')]),
  item('z27', '2024-03-12', 'TikTok封禁一批发布虚假信息的账号', 'TikTok表示已在菲律宾封禁数百个传播选举虚假信息的账号，理由是违反社区准则。', [], ['PH']),
  item('z28', '2025-05-02', '爱尔兰监管机构对TikTok罚款5.3亿欧元', '爱尔兰数据保护委员会因TikTok违规传输欧洲用户数据，对其处以5.3亿欧元罚款。', [], ['IE']),
  item('z29', '2025-06-19', '特朗普再次延长TikTok出售期限', '美国总统特朗普签署行政令，将TikTok美国业务的出售期限再延长90天，否则将依法禁止其在美运营。', ['ban'], ['US'], [ban('US', 'government', 'TikTok app (divest-or-ban law)')]),
  // ── GMV (zh) ──
  item('z30', '2024-11-04', 'TikTok Shop美区日均GMV达1500万至2000万美元', '据行业人士透露，TikTok Shop美国站目前日均GMV在1500万至2000万美元之间。', ['gmv_figure'], ['US'], [g('US', 15e6, 20e6, 'day', 'actual', 'tiktok_shop')]),
  item('z31', '2024-12-20', 'TikTok Shop东南亚明年GMV目标300亿美元', 'TikTok Shop为东南亚市场设定的2025年GMV目标为300亿美元，较今年的约160亿美元增长近一倍。', ['gmv_figure'], ['SEA'], [g('SEA', 30e9, 30e9, 'year', 'target', 'tiktok_shop'), g('SEA', 16e9, 16e9, 'year', 'actual', 'tiktok_shop')]),
  item('z32', '2025-01-06', '机构预测抖音电商今年GMV将超4万亿元', '多家券商预计，抖音电商2025年全年GMV将超过4万亿元人民币。', ['gmv_figure'], ['CN'], [g('CN', 4e12, null, 'year', 'forecast', 'douyin', 'CNY')]),
  item('z33', '2025-07-10', 'Temu上半年GMV约200亿美元', '据媒体报道，Temu今年上半年GMV约为200亿美元，已接近去年全年水平。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 20e9, 20e9, 'half', 'actual', 'temu')]),
  item('z34', '2024-06-20', 'TikTok Shop印尼1-5月GMV不足20亿美元', '数据显示，1-5月TikTok Shop印尼站GMV不足20亿美元，低于年初预期。', ['gmv_figure'], ['ID'], [g('ID', null, 2e9, 'range', 'actual', 'tiktok_shop')]),
  item('z35', '2024-08-14', 'Shopee第二季度GMV同比增长', 'Sea集团财报显示，Shopee第二季度GMV达到287亿美元，同比增长24%。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 28.7e9, 28.7e9, 'quarter', 'actual', 'shopee')]),
  item('z36', '2025-04-08', '抖音电商单月GMV首次突破3000亿元', '据知情人士透露，抖音电商今年3月单月GMV首次突破3000亿元。', ['gmv_figure'], ['CN'], [g('CN', 3e11, null, 'month', 'actual', 'douyin', 'CNY')]),
  item('z37', '2024-07-02', 'TikTok Shop英国站上调下半年GMV目标', '内部人士称，TikTok Shop英国站已将下半年GMV目标上调至40亿美元。', ['gmv_figure'], ['UK'], [g('UK', 4e9, 4e9, 'half', 'target', 'tiktok_shop')]),
  item('z38', '2024-12-15', 'TikTok Shop印尼站12.12大促GMV创新高', 'TikTok Shop印尼站表示，12.12大促期间平台GMV超过5万亿印尼盾。', ['gmv_figure'], ['ID'], [g('ID', 5e12, null, 'range', 'actual', 'tiktok_shop', 'IDR')]),
  item('z39', '2025-03-20', '希音2024年GMV约450亿美元', '据知情人士透露，希音2024年全年GMV约为450亿美元，净利润约10亿美元。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 45e9, 45e9, 'year', 'actual', 'shein')]),
  item('z40', '2025-02-10', 'TikTok Shop全球GMV翻倍', 'TikTok Shop 2024年全球GMV超过600亿美元，较上一年翻了一番。', ['gmv_figure'], ['GLOBAL'], [g('GLOBAL', 60e9, null, 'year', 'actual', 'tiktok_shop')]),
  item('z41', '2025-04-15', '分析师预计TikTok Shop巴西站今年GMV达10亿美元', '分析人士预计，TikTok Shop巴西站今年GMV有望达到10亿美元。', ['gmv_figure'], ['BR'], [g('BR', 1e9, 1e9, 'year', 'forecast', 'tiktok_shop')]),
  item('z42', '2025-05-30', '亚马逊美国站一季度销售额', '亚马逊第一季度在美国的商品销售额约为1200亿美元，同比增长8%。', ['gmv_figure'], ['US'], [g('US', 120e9, 120e9, 'quarter', 'actual', 'amazon')]),
  // ── no-tag distractors (zh) ──
  item('z43', '2024-10-20', '报告：东南亚电商市场规模达1590亿美元', '报告显示，2024年东南亚电商市场规模达到1590亿美元，其中TikTok Shop的份额快速上升。', [], ['SEA']),
  item('z44', '2024-07-22', '跨境电商服务商完成1亿元B轮融资', '一家专注TikTok Shop代运营的深圳公司宣布完成1亿元人民币B轮融资。', [], []),
  item('z45', '2024-11-28', 'TikTok美国月活购物用户超过5000万', 'TikTok表示，美国每月在TikTok Shop购物的用户已超过5000万。', [], ['US']),
  item('z46', '2024-11-13', '亚马逊在美国上线低价商店', '亚马逊在美国上线低价商店Amazon Haul，大部分商品售价低于20美元，与Temu和希音竞争。', [], ['US']),
  item('z47', '2025-01-09', '新加坡卖家分享直播带货经验', '多位新加坡卖家表示，坚持每天直播两小时是提升TikTok Shop转化率的关键。', [], ['SG']),
  item('z48', '2024-08-29', '拼多多二季度营收不及预期', '拼多多第二季度营收为971亿元，同比增长86%，但低于分析师预期。', [], []),
  item('z49', '2025-03-18', '抖音电商发布新一期商家扶持政策', '抖音电商表示，今年将投入百亿流量扶持中小商家，并为新商家提供运营培训。', [], ['CN']),
  // ── second batch, written after the first round of fixes to check they generalise ──
  item('d01', '2025-02-10', 'TikTok Shop set for German debut', 'TikTok will roll out its shopping service to German users on March 31, the company told sellers in an email.', ['launch'], ['DE'], [la('DE', '2025-03-31', 'TikTok Shop launch')]),
  item('d02', '2024-10-02', 'TikTok pushes back Brazil shop launch', 'TikTok has postponed the launch of TikTok Shop in Brazil to next year after struggling to sign up local sellers, people familiar with the plan said.', ['launch'], ['BR'], [la('BR', null, 'TikTok Shop launch (postponed)')]),
  item('d03', '2024-06-25', 'TikTok adds AI helper for UK Shop sellers', 'TikTok launched an AI assistant that writes product titles for TikTok Shop sellers in the UK.', [], ['UK']),
  item('d04', '2024-09-16', 'TikTok Shop US tightens rules for new sellers', 'New sellers in the US must now verify a business bank account and pass a video identity check before they can list products, TikTok Shop said.', ['threshold_change'], ['US'], [th('US', 'merchant_documents', null, null)]),
  item('d05', '2024-02-05', 'TikTok cuts LIVE follower minimum in the Philippines', 'TikTok Shop Philippines cut the follower requirement for live selling to 50 from 1,000.', ['threshold_change'], ['PH'], [th('PH', 'live_host_followers', 1000, 50)]),
  item('d06', '2024-12-01', 'TikTok Shop UK adds a per-order fee', 'From next month, sellers on TikTok Shop UK will pay a fixed fee of 30p per order on top of the 9% referral fee.', [], ['UK']),
  item('d07', '2024-05-14', 'TikTok Shop Thailand bans sellers of unregistered drugs', 'TikTok Shop Thailand said it had banned 1,200 shops selling unregistered medicines and removed more than 50,000 listings.', ['ban'], ['TH'], [ban('TH', 'platform', 'seller accounts')]),
  item('d08', '2024-11-21', 'Malaysia warns it could block TikTok Shop', 'Malaysia\'s communications ministry said it would block TikTok Shop if the platform failed to obtain an operating licence by January.', ['ban'], ['MY'], [ban('MY', 'government', 'TikTok Shop')]),
  item('d09', '2024-05-30', 'TikTok removes gambling videos in Indonesia', 'TikTok said it removed 3 million videos in Indonesia that promoted online gambling in the first quarter.', [], ['ID']),
  item('d10', '2024-11-12', 'TikTok Shop Thailand passes $1 billion in a quarter', 'TikTok Shop\'s gross merchandise value in Thailand exceeded $1 billion in the third quarter, according to a research firm estimate.', ['gmv_figure'], ['TH'], [g('TH', 1e9, null, 'quarter', 'actual', 'tiktok_shop')]),
  item('d11', '2024-12-03', 'TikTok Shop US GMV could reach $15–20 billion next year', 'Analysts estimate TikTok Shop\'s US GMV could reach $15 billion to $20 billion next year.', ['gmv_figure'], ['US'], [g('US', 15e9, 20e9, 'year', 'forecast', 'tiktok_shop')]),
  item('d12', '2023-06-07', 'Shein US sales near $200 million a week', 'Shein\'s US sales reached about $200 million a week in May, according to card transaction data.', ['gmv_figure'], ['US'], [g('US', 200e6, 200e6, 'week', 'actual', 'shein')]),
  item('d13', '2025-01-08', 'TikTok ad revenue forecast to hit $33 billion', 'TikTok\'s global advertising revenue is expected to reach $33 billion this year, according to an industry forecast.', [], ['GLOBAL']),
  item('d14', '2024-11-30', 'Black Friday online spending hits record', 'US shoppers spent a record $10.8 billion online on Black Friday, an analytics firm said, with TikTok Shop among the channels that gained share.', [], ['US']),
  item('d15', '2024-08-19', 'How to write product titles that rank on TikTok Shop', 'Put the main keyword first and keep titles under 100 characters, experienced sellers advise.', [], []),
  item('d16', '2025-02-03', 'TikTok Shop Mexico launch draws on Indonesia playbook', 'TikTok Shop launched in Mexico on Monday, applying the playbook it used in Indonesia to recruit local sellers.', ['launch'], ['MX'], [la('MX', '2025-02-03', 'TikTok Shop launch')]),
  item('e01', '2025-08-09', 'TikTok Shop巴西站正式开业', 'TikTok Shop巴西站于8月8日正式开业，首批入驻商家超过1万家。', ['launch'], ['BR'], [la('BR', '2025-08-08', 'TikTok Shop launch')]),
  item('e02', '2024-08-01', 'TikTok Shop美区开放全托管招商', 'TikTok Shop跨境全托管模式在美国站正式开放招商，卖家可通过官网报名。', ['launch'], ['US'], [la('US', '2024-08-01', 'full-service model')]),
  item('e03', '2025-03-12', '传TikTok Shop将于下半年进入意大利', '有消息称，TikTok Shop计划于今年下半年进入意大利市场，相关团队已在米兰招聘。', ['launch'], ['IT'], [la('IT', '2025', 'TikTok Shop launch (rumoured)')]),
  item('e04', '2022-01-20', 'TikTok Shop英国站启动直播带货', 'TikTok Shop英国站近日启动直播带货，首批主播已开始直播。', ['launch'], ['UK'], [la('UK', '2022-01', 'live shopping')]),
  item('e05', '2024-07-08', 'TikTok Shop上线新版卖家中心', 'TikTok Shop为东南亚商家上线新版卖家中心，新增数据分析工具。', [], ['SEA']),
  item('e06', '2025-05-20', 'TikTok Shop日本站降低入驻门槛', 'TikTok Shop日本站宣布，个人卖家也可入驻，不再要求企业资质。', ['threshold_change'], ['JP'], [th('JP', 'merchant_documents', null, null)]),
  item('e07', '2024-09-03', 'TikTok Shop泰国站提高达人带货粉丝要求', 'TikTok Shop泰国站将达人开通购物车的粉丝要求从1000提高至5000。', ['threshold_change'], ['TH'], [th('TH', 'creator_followers', 1000, 5000)]),
  item('e08', '2024-04-15', 'TikTok Shop东南亚跨境店保证金下调', 'TikTok Shop东南亚跨境店保证金由每个站点1000美元下调为500美元。', ['threshold_change'], ['SEA'], [th('SEA', 'merchant_deposit', 1000, 500)]),
  item('e09', '2024-05-28', 'TikTok Shop越南站调整运费补贴规则', 'TikTok Shop越南站宣布，自6月起调整运费补贴规则，商家需承担的运费比例从30%提高到50%。', [], ['VN']),
  item('e10', '2024-10-30', 'TikTok Shop全球禁售电子烟', 'TikTok Shop宣布在全球范围内禁售电子烟及相关配件。', ['ban'], ['GLOBAL'], [ban('GLOBAL', 'platform', 'product categories')]),
  item('e11', '2024-07-19', '越南工贸部威胁封禁TikTok Shop', '越南工贸部表示，若TikTok Shop未在规定期限内完成登记，将对其在越南的电商业务实施封禁。', ['ban'], ['VN'], [ban('VN', 'government', 'TikTok Shop')]),
  item('e12', '2024-03-27', 'TikTok封禁部分违规主播账号', 'TikTok Shop英国站表示，已对数十名在直播中发表不当言论的主播账号进行封禁。', [], ['UK']),
  item('e13', '2025-01-14', '抖音电商2024年GMV同比增长', '据报道，抖音电商2024年GMV约3.5万亿元，同比增长超过30%。', ['gmv_figure'], ['CN'], [g('CN', 3.5e12, 3.5e12, 'year', 'actual', 'douyin', 'CNY')]),
  item('e14', '2024-11-20', '快手电商第三季度GMV同比增长15%', '快手财报显示，第三季度电商GMV为3852亿元，同比增长15%。', ['gmv_figure'], ['CN'], [g('CN', 3852e8, 3852e8, 'quarter', 'actual', 'kuaishou', 'CNY')]),
  item('e15', '2025-01-22', 'TikTok Shop计划今年美国站GMV翻倍', 'TikTok Shop计划今年将美国站GMV提升至200亿美元。', ['gmv_figure'], ['US'], [g('US', 20e9, 20e9, 'year', 'target', 'tiktok_shop')]),
  item('e16', '2025-02-26', 'TikTok Shop马来西亚站去年GMV约50亿林吉特', '业内人士透露，TikTok Shop马来西亚站去年GMV约为50亿林吉特。', ['gmv_figure'], ['MY'], [g('MY', 5e9, 5e9, 'year', 'actual', 'tiktok_shop', 'MYR')]),
  item('e17', '2023-05-16', 'Temu美国周销售额一度超过1亿美元', '据第三方数据，Temu在美国的周销售额一度超过1亿美元。', ['gmv_figure'], ['US'], [g('US', 1e8, null, 'week', 'actual', 'temu')]),
  item('e18', '2025-04-02', '字节跳动2024年营收约1550亿美元', '据知情人士透露，字节跳动2024年营收约1550亿美元，首次超过Meta。', [], []),
  item('e19', '2024-12-18', '研究机构：美国社交电商销售额明年将超1000亿美元', '研究机构预测，2025年美国社交电商销售额将超过1000亿美元，TikTok Shop是主要推动力。', [], ['US']),
  item('e20', '2024-09-25', 'TikTok Shop卖家如何备战黑五', '业内人士建议卖家提前两个月备货，并预留充足的广告预算。', [], []),
  item('e21', '2025-04-01', 'TikTok Shop法国站上线', 'TikTok Shop法国站3月31日上线，沿用了英国站的运营模式。', ['launch'], ['FR'], [la('FR', '2025-03-31', 'TikTok Shop launch')]),
];
