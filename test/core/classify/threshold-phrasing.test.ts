// Threshold facts across the ways a rule change is worded, in English and Chinese: each subject of TAXONOMY's table
// in its unit (万 = 10,000, 千 = 1,000, K; USD when the text gives USD, else the amount with its currency), the old and
// the new bar however the sentence orders them, and what is not a threshold (fees, commission rates). Sentences are
// our own, written for this test.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, ThresholdFact } from '../../../src/core/types.ts';

type Bar = [market: string | null, subject: string, from: number | null, to: number | null, currency?: string];

const bars = (title: string, text: string): Bar[] =>
  classifyItem({ title, text })
    .facts.filter((f: Fact): f is ThresholdFact => f.type === 'threshold')
    .map((f): Bar => (f.currency ? [f.market, f.subject, f.from, f.to, f.currency] : [f.market, f.subject, f.from, f.to]))
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

const cases: { title: string; text: string; want: Bar[] }[] = [
  // English: followers
  { title: 'TikTok Shop widens its affiliate programme', text: 'TikTok Shop has lowered the number of followers Indonesian creators need to join its affiliate program from 3,000 to 500.', want: [['ID', 'creator_followers', 3000, 500]] },
  { title: 'Affiliate rules eased', text: 'The follower count that British creators need before they can promote products on TikTok Shop was cut to 1,000 from 5,000 this week.', want: [['UK', 'creator_followers', 5000, 1000]] },
  { title: 'Smaller creators welcome', text: 'TikTok Shop Malaysia has cut the bar for affiliates to just 100 followers.', want: [['MY', 'creator_followers', null, 100]] },
  { title: 'Affiliate bar goes up', text: 'In Thailand, creators who want to sell through TikTok Shop must now have at least 5K followers, up from 1K.', want: [['TH', 'creator_followers', 1000, 5000]] },
  { title: 'Going live with shopping', text: 'Hosts in Singapore need a minimum of 1,000 followers and must be 18 or older to start a shopping livestream on TikTok.', want: [['SG', 'live_host_age', null, 18], ['SG', 'live_host_followers', null, 1000]] },
  // English: money, age, store age, rating, invitation, entity, documents
  { title: 'Deposit raised', text: 'New merchants on TikTok Shop Philippines must now pay a security deposit of $50, up from $20.', want: [['PH', 'merchant_deposit', 20, 50]] },
  { title: 'Cross-border store for Mexico', text: 'Sellers applying for the TikTok Shop Mexico cross-border store need annual sales of at least $200,000 on other marketplaces.', want: [['MX', 'merchant_sales_usd', null, 200000]] },
  { title: 'Amazon stores on TikTok Shop', text: 'Partner stores from Amazon must show at least $1 million in yearly sales to be listed on TikTok Shop in the US.', want: [['US', 'partner_store_sales_usd', null, 1000000]] },
  { title: 'Affiliate age limit', text: 'TikTok Shop Vietnam raised the minimum age for affiliates from 16 to 18.', want: [['VN', 'creator_age', 16, 18]] },
  { title: 'Older stores only', text: 'To open a TikTok Shop store in Germany, a company must have been registered for at least one year.', want: [['DE', 'merchant_account_age', null, 365]] },
  { title: 'Store score rule', text: 'Thai sellers must keep a store rating of at least 4.2 to join TikTok Shop campaigns.', want: [['TH', 'merchant_rating', null, 4.2]] },
  { title: 'Invite-only for now', text: 'For now only sellers invited by TikTok Shop can open a store in Japan.', want: [['JP', 'merchant_invitation', null, null]] },
  { title: 'Spanish company needed', text: 'TikTok Shop Spain will only accept sellers that are companies registered in Spain.', want: [['ES', 'merchant_entity', null, null]] },
  // Chinese: followers in 万 / 千 / 人 / 个, from/to in every order
  { title: 'TikTok Shop调整达人门槛', text: 'TikTok Shop印尼站将达人带货的粉丝门槛由1000人调整为500人。', want: [['ID', 'creator_followers', 1000, 500]] },
  { title: 'TikTok Shop达人政策更新', text: 'TikTok Shop泰国站达人开通橱窗带货的粉丝要求降至100个。', want: [['TH', 'creator_followers', null, 100]] },
  { title: 'TikTok Shop联盟达人新规', text: 'TikTok Shop马来西亚站联盟达人须拥有至少5千名粉丝才能带货。', want: [['MY', 'creator_followers', null, 5000]] },
  { title: 'TikTok直播门槛上调', text: 'TikTok英国站主播开播带货需要1万粉丝，此前为5000粉丝。', want: [['UK', 'live_host_followers', 5000, 10000]] },
  { title: 'TikTok Shop降低达人门槛', text: 'TikTok Shop越南站降低达人门槛，粉丝数要求由5千降至1千。', want: [['VN', 'creator_followers', 5000, 1000]] },
  { title: 'TikTok Shop美区达人门槛', text: 'TikTok Shop美国站达人申请加入联盟计划的关注者数量从5000下调到1000。', want: [['US', 'creator_followers', 5000, 1000]] },
  // Chinese: deposit (押金/保证金), sales (销售额/GMV/月销), age, store age, rating, invitation, entity, documents
  { title: 'TikTok Shop越南站入驻政策', text: 'TikTok Shop越南站新商家入驻需缴纳押金300美元。', want: [['VN', 'merchant_deposit', null, 300]] },
  { title: 'TikTok Shop下调保证金', text: 'TikTok Shop菲律宾站跨境店保证金从1000元下调为500元。', want: [['PH', 'merchant_deposit', 1000, 500, 'CNY']] },
  { title: 'TikTok Shop美区跨境招商', text: 'TikTok Shop美区跨境卖家须提供在其他平台月销不低于1万美元的证明。', want: [['US', 'merchant_sales_usd', null, 10000]] },
  { title: 'TikTok Shop欧洲站招商', text: 'TikTok Shop西班牙站要求入驻商家过去一年GMV至少达到20万美元。', want: [['ES', 'merchant_sales_usd', null, 200000]] },
  { title: 'TikTok Shop达人年龄限制', text: 'TikTok Shop越南站要求带货达人年满18周岁。', want: [['VN', 'creator_age', null, 18]] },
  { title: 'TikTok直播年龄门槛提高', text: 'TikTok美国站直播带货主播的年龄门槛从16岁提高到18岁。', want: [['US', 'live_host_age', 16, 18]] },
  { title: 'TikTok Shop墨西哥站入驻条件', text: 'TikTok Shop墨西哥站商家的公司成立时间需满6个月。', want: [['MX', 'merchant_account_age', null, 180]] },
  { title: 'TikTok Shop店铺考核', text: 'TikTok Shop新加坡站要求店铺评分不低于4.5分方可报名大促。', want: [['SG', 'merchant_rating', null, 4.5]] },
  { title: 'TikTok Shop日本站入驻方式', text: 'TikTok Shop日本站目前采取邀请制，商家需获得邀请码才能入驻。', want: [['JP', 'merchant_invitation', null, null]] },
  { title: 'TikTok Shop西班牙站新规', text: 'TikTok Shop西班牙站要求商家必须为在西班牙注册的公司，个人卖家暂不支持入驻。', want: [['ES', 'merchant_entity', null, null]] },
  { title: 'TikTok Shop英国站资质要求', text: 'TikTok Shop英国站新卖家入驻须提交公司注册证书和董事身份证明。', want: [['UK', 'merchant_documents', null, null]] },
  // Chinese: who may register, papers, a rule for several sites, and a rule said only by its headline
  { title: 'TikTok Shop德国站入驻新规', text: 'TikTok Shop德国站新入驻商家须为在德国商业登记处注册的企业，个人卖家通道已关闭。', want: [['DE', 'merchant_entity', null, null]] },
  { title: 'TikTok Shop法国站本土店招商', text: 'TikTok Shop法国站本土店仅接受法国注册公司申请。', want: [['FR', 'merchant_entity', null, null]] },
  { title: 'TikTok Shop泰国站调整入驻政策', text: 'TikTok Shop泰国站即日起暂停个体卖家入驻。', want: [['TH', 'merchant_entity', null, null]] },
  { title: 'TikTok Shop印尼站资质要求', text: 'TikTok Shop印尼站要求新入驻本土商家上传投资部颁发的商业登记证书。', want: [['ID', 'merchant_documents', null, null]] },
  { title: 'TikTok Shop欧洲跨境店新门槛：成立满两年', text: 'TikTok Shop德国、法国、西班牙站跨境店要求申请企业成立满两年。', want: [['DE', 'merchant_account_age', null, 730], ['ES', 'merchant_account_age', null, 730], ['FR', 'merchant_account_age', null, 730]] },
  { title: 'TikTok Shop美区新规：需提供其他平台销售证明', text: 'TikTok Shop美国站新入驻卖家须提供在其他电商平台过去半年销售额不低于3万美元的证明。', want: [['US', 'merchant_sales_usd', null, 30000]] },
  { title: 'TikTok Shop菲律宾站：带货达人须年满18岁', text: '', want: [['PH', 'creator_age', null, 18]] },
  { title: 'TikTok Shop泰国站跨境店取消邀请码限制', text: '', want: [['TH', 'merchant_invitation', null, null]] },
  { title: 'TikTok Shop UK affiliates must now be 18', text: '', want: [['UK', 'creator_age', null, 18]] },
  { title: 'TikTok Shop越南站达人数量突破10万', text: '', want: [] },
  { title: 'TikTok lifts the age to go live', text: 'Until now anyone over 16 could host a livestream; from next month users must be 18 to broadcast live content.', want: [[null, 'live_host_age', 16, 18]] },
  // The old bar far after the new one; a store linked from another marketplace; a hand-over deadline; a registration number
  { title: 'Fewer followers needed', text: 'TikTok Shop reduced the number of followers Filipino creators must have before joining the affiliate scheme to 300, half the previous requirement of 600.', want: [['PH', 'creator_followers', 600, 300]] },
  { title: 'Flash sale rule', text: 'TikTok Shop Singapore will only let shops whose rating is at least 4.0 enter flash sales, lowering the bar from 4.5.', want: [['SG', 'merchant_rating', 4.5, 4.0]] },
  { title: 'Linked stores', text: 'Shopify merchants who link their stores to TikTok Shop in the UK must show at least $50,000 in annual sales.', want: [['UK', 'partner_store_sales_usd', null, 50000]] },
  { title: 'Faster hand-over', text: 'Sellers on TikTok Shop Vietnam must now hand parcels to the courier within 24 hours, down from 48 hours.', want: [['VN', 'merchant_shipping', 48, 24]] },
  { title: '越南要求电商卖家登记', text: '越南工贸部要求电商平台上的卖家必须提供营业登记号。', want: [['VN', 'merchant_documents', null, null]] },
  // Chinese numerals, a bar that is dropped, and the old bar given as "compared with" or "the current limit"
  { title: 'TikTok Shop越南站调整带货条件', text: 'TikTok Shop越南站将达人带货所需粉丝由三千人下调到一千人。', want: [['VN', 'creator_followers', 3000, 1000]] },
  { title: 'TikTok Shop印尼站直播规范', text: 'TikTok Shop印尼站规定，开通直播购物的主播须年满二十周岁。', want: [['ID', 'live_host_age', null, 20]] },
  { title: 'TikTok Shop英国站大促报名条件', text: 'TikTok Shop英国站：店铺入驻满六十天后方可申请参加平台大促。', want: [['UK', 'merchant_account_age', null, 60]] },
  { title: 'TikTok Shop意大利站降低门槛', text: 'TikTok Shop意大利站跨境店不再要求卖家提供其他平台的销售额证明。', want: [['IT', 'merchant_sales_usd', null, null]] },
  { title: 'Irish LIVE rule eased', text: 'Sellers in Ireland no longer need a minimum follower count to go live on TikTok Shop, which used to require 1,000.', want: [['IE', 'live_host_followers', 1000, null]] },
  { title: 'Brazil affiliates', text: 'Creators in Brazil now need only 200 followers to join the TikTok Shop affiliate programme, compared with 1,000 before.', want: [['BR', 'creator_followers', 1000, 200]] },
  { title: 'Japan hosts', text: 'From next month hosts in Japan must be 20 or older to run TikTok shopping streams; the current limit is 18.', want: [['JP', 'live_host_age', 18, 20]] },
  // A requirement whose subject is left out binds the sellers named in the sentence just before
  { title: 'TikTok Shop泰国站更新规则', text: '泰国卖家开店须上传营业执照。物流方面，必须使用平台指定的物流服务商发货。', want: [['TH', 'merchant_documents', null, null], ['TH', 'merchant_shipping', null, null]] },
  // Fees and commission rates are not thresholds
  { title: 'TikTok Shop印尼站调整佣金', text: 'TikTok Shop印尼站将部分类目的佣金费率由5%上调至8%。', want: [] },
  { title: 'TikTok Shop UK fee change', text: 'TikTok Shop UK will raise its referral fee for electronics from 5% to 9% next month.', want: [] },

];

describe('threshold facts however the rule is worded', () => {
  for (const c of cases) {
    it(c.text, () => {
      expect(bars(c.title, c.text)).toEqual([...c.want].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)));
    });
  }
});
