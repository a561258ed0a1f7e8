// The classifier on sentences and articles we wrote ourselves (English and Chinese). The seed articles in
// The shared seed articles are checked by classify-item.shared.test.ts under `npm run test:shared`.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, GmvFact } from '../../../src/core/types.ts';
import { readArticle } from '../../fixtures/read-article.ts';

const gmv = (facts: Fact[]) => facts.filter((f): f is GmvFact => f.type === 'gmv');

describe('classifyItem on our own sentences', () => {
  it('reads a daily GMV range and a later target that refers back to "this figure"', () => {
    const c = classifyItem({ title: 'Shoppers in America warm to TikTok Shop', text: 'Shoppers in the US now spend $6 million to $7 million a day on TikTok Shop. Staff expect this figure to top $12 million by the end of the year.' });
    expect(c.tags).toEqual(['gmv_figure']);
    expect(c.markets).toEqual(['US']);
    expect(gmv(c.facts)).toEqual([
      { type: 'gmv', market: 'US', low_usd: 6e6, high_usd: 7e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' },
      { type: 'gmv', market: 'US', low_usd: 12e6, high_usd: null, period: 'day', kind: 'target', platform: 'tiktok_shop' },
    ]);
  });

  it('keeps market sizes, fines, funding and user counts out of GMV', () => {
    for (const text of [
      'Online retail sales in the United States reached $900 billion last year, a government report said.',
      'Regulators fined TikTok €345 million over the handling of children\'s data.',
      'Shein raised $2 billion in new funding at a $66 billion valuation.',
      'TikTok says it has 170 million monthly users in the US.',
    ]) expect(classifyItem({ title: 'News', text }).tags).not.toContain('gmv_figure');
  });

  it('reads "less than" as an upper bound over a January-to-May range, and RMB with a USD equivalent', () => {
    const a = classifyItem({ title: 'Slow start', text: 'From January to April 2025, TikTok Shop GMV in Mexico was less than USD 300 million.' });
    expect(gmv(a.facts)[0]).toMatchObject({ market: 'MX', low_usd: null, high_usd: 3e8, period: 'range', kind: 'actual' });
    const b = classifyItem({ title: 'Douyin sets a goal', text: 'Douyin aims for GMV of 3 trillion RMB (414 billion USD) this year.' });
    expect(gmv(b.facts)[0]).toMatchObject({ market: 'CN', low_usd: 414e9, high_usd: 414e9, period: 'year', kind: 'target', platform: 'douyin' });
  });

  it('reads Chinese GMV in 亿元 and 美元 with periods and qualifiers', () => {
    const a = classifyItem({ title: '抖音电商年度成交额', text: '据报道，抖音电商去年全年商品交易总额约为2.5万亿元。', lang: 'zh' });
    expect(gmv(a.facts)[0]).toMatchObject({ market: 'CN', low_usd: 2.5e12, currency: 'CNY', period: 'year', kind: 'actual', platform: 'douyin' });
    const b = classifyItem({ title: 'TikTok Shop英国站', text: 'TikTok Shop英国站单日销售额突破3000万美元，下半年目标为50亿美元。', lang: 'zh' });
    expect(b.markets).toEqual(['UK']);
    expect(gmv(b.facts)).toEqual([
      { type: 'gmv', market: 'UK', low_usd: 3e7, high_usd: null, period: 'day', kind: 'actual', platform: 'tiktok_shop' },
      { type: 'gmv', market: 'UK', low_usd: 5e9, high_usd: 5e9, period: 'half', kind: 'target', platform: 'tiktok_shop' },
    ]);
  });

  it('finds threshold changes with from/to in English and Chinese, but not fee changes', () => {
    const en = classifyItem({ title: 'Affiliate bar moves', text: 'Creators in the UK will need at least 3,000 followers to join the affiliate program, up from 1,000.' });
    expect(en.facts).toContainEqual({ type: 'threshold', market: 'UK', subject: 'creator_followers', from: 1000, to: 3000 });
    const zh = classifyItem({ title: 'TikTok Shop泰国站下调门槛', text: '自4月起，泰国站新商家保证金由300美元降至50美元。', lang: 'zh' });
    expect(zh.tags).toEqual(['threshold_change']);
    expect(zh.facts).toContainEqual({ type: 'threshold', market: 'TH', subject: 'merchant_deposit', from: 300, to: 50 });
    expect(classifyItem({ title: 'Fees rise', text: 'TikTok Shop Malaysia will raise its commission rate for sellers to 7% next month.' }).tags).toEqual([]);
  });

  it('tags launches, including rumoured and denied ones, in Chinese too, but not a brand\'s product launch', () => {
    expect(classifyItem({ title: 'TikTok denies delay', text: 'TikTok denied a report that it would postpone the launch of TikTok Shop in Brazil.' }).facts)
      .toContainEqual({ type: 'launch', market: 'BR', date: null, what: 'TikTok Shop launch' });
    const zh = classifyItem({ title: 'TikTok Shop日本站上线', text: '消息称，TikTok Shop将于下月在日本开放本土商家入驻。', lang: 'zh' });
    expect(zh.tags).toEqual(['launch']);
    expect(zh.markets).toEqual(['JP']);
    expect(classifyItem({ title: 'Brand news', text: 'A cosmetics brand launched a new lipstick collection on TikTok Shop in the UK.' }).tags).toEqual([]);
  });

  it('tags government and platform bans on commerce, but not device bans or content suspensions', () => {
    expect(classifyItem({ title: 'Ban', text: 'Vietnam\'s government ordered a ban on social commerce sales through TikTok Shop.' }).facts)
      .toContainEqual({ type: 'ban', market: 'VN', by: 'government', target: 'social commerce' });
    expect(classifyItem({ title: '外链禁令', text: 'TikTok美国站禁止达人在视频中添加亚马逊外链。', lang: 'zh' }).facts)
      .toContainEqual({ type: 'ban', market: 'US', by: 'platform', target: 'external links (Amazon and other sites)' });
    expect(classifyItem({ title: 'State devices', text: 'The governor banned TikTok on state-owned devices.' }).tags).toEqual([]);
    expect(classifyItem({ title: 'Cleanup', text: 'TikTok suspended thousands of accounts for posting misleading videos.' }).tags).toEqual([]);
  });

  it('does not take "Chinese sellers" or "US$" for a market', () => {
    const c = classifyItem({ title: 'Chinese sellers eye Spain', text: 'Chinese sellers on TikTok Shop in Spain reported sales of US$40 million in the first quarter.' });
    expect(c.markets).toEqual(['ES']);
  });

  it('uses the feed\'s markets only when the text names none', () => {
    expect(classifyItem({ title: 'Deposit cut', text: 'New merchants no longer need to pay a deposit to open a shop.' }, { feedMarkets: ['ID'] }).markets).toEqual(['ID']);
  });
});

describe('classifyItem on whole articles of our own', () => {
  it('reads a launch with local stores first and a lowered follower bar from a news-length article', () => {
    const c = classifyItem(readArticle('us-local-stores-launch.txt'));
    expect(c.tags).toEqual(expect.arrayContaining(['launch', 'threshold_change']));
    expect(c.markets).toEqual(['US']);
    expect(c.facts).toContainEqual(expect.objectContaining({ type: 'launch', market: 'US' }));
    expect(c.facts).toContainEqual({ type: 'threshold', market: 'US', subject: 'creator_followers', from: 5000, to: 1000 });
    expect(c.tags).not.toContain('gmv_figure');
  });

  it('reads a denied delay as a launch in that market, with no threshold or GMV', () => {
    const c = classifyItem(readArticle('brazil-delay-denied.txt'));
    expect(c.tags).toEqual(['launch']);
    expect(c.markets).toEqual(['BR']);
  });
});
