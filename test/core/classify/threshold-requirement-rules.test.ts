// Threshold rules from TAXONOMY's Labeling rules that earlier wording lists missed, each in English and Chinese:
// a bar stated by what happens to whoever falls short of it; a bar dropped with its old value; values of two
// subjects in one sentence kept apart; a money bar moved "from X to Y"; the old bar called "the original" (原来的);
// a partner-store programme named in the headline; TikTok's Live feature; who may register (a company registered
// in a named place, a local representative); another platform's own rules and third-party advice are not
// threshold facts; headlines that make invitation codes mandatory or open registration to individuals. Sentences are our own, written
// for this test; the first pass must keep every fact the full run finds.
import { describe, expect, it } from 'vitest';
import { classifyItem, type ClassifyInput } from '../../../src/core/classify/classify-item.ts';
import type { Fact, ThresholdFact } from '../../../src/core/types.ts';

type Bar = [market: string | null, subject: string, from: number | null, to: number | null, currency?: string];

const bars = (x: ClassifyInput): Bar[] =>
  classifyItem(x)
    .facts.filter((f: Fact): f is ThresholdFact => f.type === 'threshold')
    .map((f): Bar => (f.currency ? [f.market, f.subject, f.from, f.to, f.currency] : [f.market, f.subject, f.from, f.to]))
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

const cases: { name: string; item: ClassifyInput; want: Bar[] }[] = [
  // Who falls short of the bar loses the right to sell: the bar is a requirement.
  { name: 'a score below which listing stops (zh)', item: { title: 'TikTok Shop菲律宾站更新店铺考核', text: 'TikTok Shop菲律宾站宣布，下月起店铺评分低于3.5分的商家将被限制上架新品，直到评分回升。', lang: 'zh' }, want: [['PH', 'merchant_rating', null, 3.5]] },
  { name: 'a score below which a shop is suspended (en)', item: { title: 'TikTok Shop tightens store health rules', text: 'From March, Malaysian shops whose performance score falls below 3.8 will be suspended from adding new listings, TikTok Shop told sellers.' }, want: [['MY', 'merchant_rating', null, 3.8]] },
  { name: 'a licence without which sellers cannot list (zh)', item: { title: '泰国新规：未取得进口许可证的卖家无法上架', text: '泰国商务部表示，自明年1月起，未取得进口许可证的化妆品卖家将无法在TikTok Shop、Lazada等平台上架商品。', lang: 'zh' }, want: [['TH', 'merchant_documents', null, null]] },
  // A bar dropped, with the old value; a second subject's values in the same sentence stay its own.
  { name: 'a sales bar dropped beside a deposit moved (en)', item: { title: 'TikTok Shop relaxes onboarding in Mexico', text: 'Cross-border applicants in Mexico no longer need to show at least $50,000 in yearly sales elsewhere, and the deposit falls from $1,000 to $300, TikTok Shop said.' }, want: [['MX', 'merchant_deposit', 1000, 300], ['MX', 'merchant_sales_usd', 50000, null]] },
  { name: 'a deposit moved from one amount to another (zh)', item: { title: 'TikTok Shop英国站保证金调整', text: 'TikTok Shop英国站跨境商家的保证金从2000美元降至800美元。', lang: 'zh' }, want: [['UK', 'merchant_deposit', 2000, 800]] },
  // "从原来的…减至…": the old bar called the original one.
  { name: 'the original follower bar (zh)', item: { title: 'TikTok Shop泰国站调整开播门槛', text: 'TikTok Shop泰国站主播开播带货的粉丝要求从原来的3千人降至1千人；开播者还须年满18周岁。', lang: 'zh' }, want: [['TH', 'live_host_age', null, 18], ['TH', 'live_host_followers', 3000, 1000]] },
  { name: 'the original follower bar (en)', item: { title: 'TikTok eases live rules in Indonesia', text: 'Indonesian creators now need 500 followers to host shopping livestreams on TikTok Shop, cut from the original 1,000 followers.' }, want: [['ID', 'live_host_followers', 1000, 500]] },
  // A partner-store programme named in the headline: the sales bar of its stores is the partner store's.
  { name: 'a partner programme headline (en)', item: { title: 'TikTok Shop opens partner programme to more Amazon stores in the UK', text: 'British merchants now qualify with at least $20,000 in sales over the past year, TikTok Shop said.' }, want: [['UK', 'partner_store_sales_usd', null, 20000]] },
  // The Live feature is live hosting.
  { name: 'the Live button (en)', item: { title: 'TikTok changes who can stream in Singapore', text: 'In Singapore, accounts will need at least 2,000 followers before the Live button appears, TikTok said.' }, want: [['SG', 'live_host_followers', null, 2000]] },
  // Who may register: a company registered in a named place; a local representative.
  { name: 'a company registered in a named place (zh)', item: { title: 'TikTok Shop法国站跨境店开放入驻', text: 'TikTok Shop法国站跨境店开放入驻，只有在中国内地注册的企业可以提交申请。', lang: 'zh' }, want: [['FR', 'merchant_entity', null, null]] },
  { name: 'a local representative (zh)', item: { title: '印尼要求外国卖家设立代表处', text: '印尼贸易部规定，外国商家若要在TikTok Shop等电商平台上销售，必须通过在印尼设立的代表处开展经营。', lang: 'zh' }, want: [['ID', 'merchant_entity', null, null]] },
  { name: 'a local representative (en)', item: { title: 'Philippines sets rules for foreign online sellers', text: 'Foreign merchants selling on TikTok Shop in the Philippines must appoint a local representative, the trade department said.' }, want: [['PH', 'merchant_entity', null, null]] },
  // Not threshold facts: another platform's own rule, advice, a platform's GMV beside a rule.
  { name: 'another platform’s own rule (en)', item: { title: 'Shein invites Mexican brands onto its marketplace', text: 'Shein has begun letting local brands in Mexico sell on its marketplace. Sellers need a Mexican tax ID and must keep stock in the country. TikTok Shop also operates in Mexico.' }, want: [] },
  { name: 'an insider’s advice (zh)', item: { title: 'TikTok Shop德国站热销类目盘点', text: 'TikTok Shop德国站上线后，家居用品卖得最好。业内人士建议，卖家需提前在德国布局海外仓。', lang: 'zh' }, want: [] },
  { name: 'a platform’s GMV beside a follower rule (zh)', item: { title: '越南站放宽达人门槛，披露一季度GMV约8亿美元', text: 'TikTok Shop越南站宣布，达人只要拥有200名粉丝即可加入联盟计划，此前为500名。', lang: 'zh' }, want: [['VN', 'creator_followers', 500, 200]] },
];

describe('threshold requirement rules', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(bars(c.item)).toEqual(c.want);
      expect(classifyItem(c.item)).toEqual(classifyItem(c.item, { exhaustive: true }));
    });
  }
});

describe('threshold headlines', () => {
  const headline = (title: string, lang?: 'zh') => bars({ title, text: '', ...(lang ? { lang } : {}) });
  it('invitation codes made mandatory', () => {
    expect(headline('TikTok Shop Japan makes invitation codes mandatory for new sellers')).toEqual([['JP', 'merchant_invitation', null, null]]);
  });
  it('registration opened to individuals (zh)', () => {
    const b = classifyItem({ title: 'TikTok Shop墨西哥站取消企业主体限制，个人也可入驻', text: '', lang: 'zh' });
    // The tag needs the model's yes; when it is given, the fact is the entity rule of the headline's market.
    for (const f of b.facts.filter((x): x is ThresholdFact => x.type === 'threshold')) expect([f.market, f.subject]).toEqual(['MX', 'merchant_entity']);
  });
});
