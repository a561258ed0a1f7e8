// Launch, date and market rules by TAXONOMY's Labeling rules, and what a headline alone may state (issue 12, points
// 4 and 5): live-host rules reach the extractors past the first pass; "the US House" is Congress, not a firm; a week
// that has begun dates a launch told as happened by `published`; sellers let in or able to open a store from a date
// is a launch; an opening planned for a date goes on about the launch before it; what people must meet to start
// something, and a rule taking effect, are no launch; a market in a clause about an earlier step is not a launch's.
// Every sentence is our own.
import { describe, expect, it } from 'vitest';
import { classifyItem, type ClassifyInput } from '../../../src/core/classify/classify-item.ts';
import { findMarketMentions } from '../../../src/core/classify/find-markets.ts';

const facts = (title: string, text: string, published: string | null, lang: 'en' | 'zh' = 'en') =>
  classifyItem({ title, text, published, lang }).facts;
const launches = (title: string, text: string, published: string | null, lang: 'en' | 'zh' = 'en'): string[] =>
  facts(title, text, published, lang).flatMap((f) => (f.type === 'launch' ? [`${f.market} ${f.date}`] : [])).sort();
const same = (x: ClassifyInput) => expect(classifyItem(x)).toEqual(classifyItem(x, { exhaustive: true }));
const markets = (text: string) => findMarketMentions(text).filter((m) => !m.passing).map((m) => m.market);

describe('live-host rules pass the first pass', () => {
  it('states a live-host age bar that names no shop or seller, in English and Chinese', () => {
    const en = { title: 'Malaysia raises age for LIVE hosts', text: 'LIVE hosts in Malaysia must now be at least 18 years old, up from 16, under an update to the community rules.', published: '2026-03-02', lang: 'en' as const };
    expect(classifyItem(en).facts).toContainEqual(expect.objectContaining({ type: 'threshold', market: 'MY', subject: 'live_host_age', to: 18 }));
    same(en);
    const zh = { title: '越南主播门槛调整', text: '越南主播开播须年满18周岁，此前为16周岁。', published: '2026-03-02', lang: 'zh' as const };
    expect(classifyItem(zh).facts).toContainEqual(expect.objectContaining({ type: 'threshold', market: 'VN', subject: 'live_host_age', to: 18 }));
    same(zh);
  });

  it('gives a headline alone its live-host bar with its market', () => {
    expect(facts('Thai LIVE hosts must be at least 18 from next month', '', '2026-05-20')).toContainEqual(expect.objectContaining({ type: 'threshold', market: 'TH', subject: 'live_host_age' }));
  });
});

describe('the US House', () => {
  it('is the US in a story about the US, not the home of a firm', () => {
    expect(markets('The US House voted on Wednesday to force a sale of TikTok within six months.')).toEqual(['US']);
    expect(classifyItem({ title: 'US House committee backs TikTok sale-or-ban bill', text: '', published: '2026-02-11' }).markets).toEqual(['US']);
  });

  it('is an institution that says nothing when the sentence is about another country', () => {
    expect(markets('Brazilian lawmakers cited the US House bill as they drafted their own rules for TikTok Shop.')).toEqual(['BR']);
  });

  it('leaves a research or perfume house the firm it is', () => {
    expect(markets('A Bangkok research house put the figure at $2 billion.')).toEqual([]);
    expect(markets('Italian fashion house Verde Moda opened a store on TikTok Shop UK.')).toEqual(['UK']);
  });
});

describe('a week that has begun', () => {
  it('dates a launch told as happened this week by `published`, in English and Chinese', () => {
    expect(launches('', 'TikTok Shop opened to shoppers in Mexico this week, the company said.', '2026-04-16')).toEqual(['MX 2026-04-16']);
    expect(launches('', 'TikTok Shop意大利站本周已正式上线，首批本土商家已完成入驻。', '2026-04-16', 'zh')).toEqual(['IT 2026-04-16']);
  });

  it('keeps a week still to come as its month', () => {
    expect(launches('', 'TikTok Shop will open in Ireland next week, the company said on Friday.', '2026-04-28')).toEqual(['IE 2026-05']);
  });

  it('states no launch from a headline that gives only the week, but keeps a headline weekday', () => {
    expect(launches('TikTok Shop launched in Spain this week', '', '2026-04-16')).toEqual([]);
    expect(launches('TikTok Shop德国站本周二开放商家入驻', '', '2026-04-16', 'zh')).toEqual(['DE 2026-04-14']);
  });
});

describe('sellers let in, or able to open a store, from a date', () => {
  it('reads people able to open storefronts or list from a start date as a launch on that date', () => {
    expect(launches('', 'Merchants in France will be able to open storefronts on TikTok Shop starting June 9, the company said.', '2026-05-12')).toEqual(['FR 2026-06-09']);
    expect(launches('', 'Brands in Germany can list products on TikTok Shop from 1 September, the company told partners.', '2026-08-10')).toEqual(['DE 2026-09-01']);
  });

  it('reads the shop letting or admitting sellers from a date as a launch, headline or body', () => {
    expect(launches('', 'TikTok Shop will let overseas sellers list goods on its Italian marketplace from October 5, it said in a notice.', '2026-09-01')).toEqual(['IT 2026-10-05']);
    expect(launches('TikTok Shop Mexico to admit cross-border merchants from July 1', '', '2026-06-03')).toEqual(['MX 2026-07-01']);
  });

  it('states no launch where the shop stops letting sellers in, or lets in only those who meet a bar', () => {
    expect(launches('TikTok Shop curbs used phones in Spain', 'TikTok Shop will no longer let sellers in Spain list used phones from June 1, the company said.', '2026-05-02')).toEqual([]);
    expect(launches('', 'From March, TikTok Shop UK only lets sellers with a 4.0 store rating list new products.', '2026-02-02')).toEqual([]);
  });
});

describe('an opening planned for a date', () => {
  it('goes on about the launch of the sentence before it', () => {
    expect(launches('', 'TikTok began testing TikTok Shop in France on Tuesday with a few dozen brands. A wider opening to French shoppers is planned for September, two people said.', '2026-06-18'))
      .toEqual(['FR 2026-06-16', 'FR 2026-09']);
  });
});

describe('what people must meet to start something, and a rule taking effect, are no launch', () => {
  it('reads "need N followers to start a livestream" as a bar, not a launch', () => {
    const f = facts('TikTok Shop cuts live bar in Vietnam', 'Creators in Vietnam now need only 200 followers, down from 1,000, to start a livestream with a shopping basket.', '2026-01-07');
    expect(f.filter((x) => x.type === 'launch')).toEqual([]);
    expect(f).toContainEqual(expect.objectContaining({ type: 'threshold', market: 'VN', subject: 'live_host_followers', to: 200 }));
  });

  it('reads 主播开启直播需… as a bar, not a launch', () => {
    const f = facts('TikTok Shop菲律宾站直播门槛', 'TikTok Shop菲律宾站规定，主播开启购物直播需拥有3000粉丝。', '2026-01-07', 'zh');
    expect(f.filter((x) => x.type === 'launch')).toEqual([]);
    expect(f).toContainEqual(expect.objectContaining({ type: 'threshold', market: 'PH', subject: 'live_host_followers' }));
  });

  it('keeps a launch whose opening names a requirement in brackets, or that needs more time', () => {
    expect(launches('', '2025年6月起，TikTok Shop正式向中国内地企业开放巴西站入驻（需营业执照和法人身份证）。', '2026-01-10', 'zh')).toEqual(['BR 2025-06']);
    expect(launches('', 'TikTok Shop needs more time to launch in Japan, the company said on Monday.', '2026-01-10')).toEqual(['JP null']);
  });

  it('states no launch when a law or a rule is what takes effect', () => {
    expect(launches('电商新规落地，TikTok Shop印尼站卖家承压', '', '2026-01-10', 'zh')).toEqual([]);
    expect(launches('', 'The new rules roll out in Thailand next month, and TikTok Shop sellers will have to register their businesses.', '2026-01-10')).toEqual([]);
  });
});

describe('a market in a clause about an earlier step', () => {
  it('is not a market of the launch the sentence reports', () => {
    expect(launches('', 'TikTok Shop is now open in Thailand, two years after it started selling in Indonesia.', '2023-05-10')).toEqual(['TH 2023-05-10']);
    expect(markets('TikTok Shop opened in Vietnam, a year after it began operating in Singapore.')).toEqual(['VN']);
  });
});

describe('the next step of a launch', () => {
  it('reads "<market> will follow" after a sentence that reports a launch as that market\'s launch', () => {
    expect(launches('TikTok Shop opens in Malaysia', 'TikTok Shop is now open to shoppers in Malaysia, the company said. Thailand will follow in October.', '2026-06-03'))
      .toEqual(['MY 2026-06-03', 'TH 2026-10']);
    expect(launches('TikTok Shop opens in Malaysia', 'TikTok Shop is now open to shoppers in Malaysia. Thailand will follow in the coming months.', '2026-06-03'))
      .toEqual(['MY 2026-06-03', 'TH null']);
  });

  it('states nothing from "will follow" without a launch before it, or with no market before it', () => {
    expect(launches('', 'Thailand will follow in October, an analyst said of the e-commerce tax.', '2026-06-03')).toEqual([]);
    expect(launches('TikTok Shop opens in Malaysia', 'TikTok Shop is now open to shoppers in Malaysia. Sellers will follow the new listing rules.', '2026-06-03')).toEqual(['MY 2026-06-03']);
  });
});
