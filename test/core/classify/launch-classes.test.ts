// Launch facts and headline facts by the classes of error found on unseen news (TAXONOMY's Labeling rules): a
// launch dated as precisely as the text allows, a stage started now dated by `published` even beside a later
// launch, a competitor's launch, markets named as the earlier step or the market the company stays focused on, and
// what a headline alone may state. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { GmvFact } from '../../../src/core/types.ts';
import { launches, markets as marketsOf } from './launches-and-markets-of.ts';

const facts = (title: string, text: string, published: string | null = null, lang?: 'en' | 'zh') =>
  classifyItem({ title, text, published, ...(lang ? { lang } : {}) }).facts;

describe('a launch dated as precisely as the text allows', () => {
  it('takes the body\'s day over the headline\'s month or week for the same launch', () => {
    expect(launches('TikTok Shop Mexico set to go live in June', 'TikTok Shop will go live in Mexico on June 12, the company told partners.', '2025-05-28')).toEqual(['MX:2025-06-12']);
    expect(launches('TikTok Shop to open in Italy this week', 'TikTok Shop will open to Italian shoppers on Thursday, the company said.', '2025-03-10')).toEqual(['IT:2025-03-13']);
    expect(launches('TikTok Shop日本站定于7月上线', '知情人士称,TikTok Shop日本站计划于7月15日正式上线。', '2025-06-20')).toEqual(['JP:2025-07-15']);
  });
});

describe('a stage started now beside a launch still to come', () => {
  it('dates a test or an opening of registration that has begun by `published`, the later launch by its own date', () => {
    expect(launches('TikTok starts shopping test in Portugal and Spain', 'TikTok has begun testing TikTok Shop in Spain with a few invited brands, ahead of a full launch planned for next year, two people said.', '2025-09-16'))
      .toEqual(['ES:2025-09-16', 'ES:2026']);
    expect(launches('TikTok Shop heads for Germany', 'TikTok Shop will open to German shoppers in March, the company said at a seller event on Wednesday, and has started accepting applications from local merchants.', '2025-01-20'))
      .toEqual(['DE:2025-01-20', 'DE:2025-03']);
    expect(launches('TikTok Shop法国站计划9月上线', 'TikTok Shop法国站计划于9月上线。目前平台已面向法国本土商家开放入驻。', '2025-07-02'))
      .toEqual(['FR:2025-07-02', 'FR:2025-09']);
  });
});

describe('what is not TikTok Shop launching', () => {
  it('reads a rival platform\'s launch as no launch, even in a story that names TikTok Shop', () => {
    expect(launches('Shopee launches live-selling hub in Vietnam', 'Shopee on Tuesday launched a live-selling hub in Vietnam for its mall brands, as it fights TikTok Shop for shoppers.', '2025-08-05')).toEqual([]);
    expect(launches('Lazada在菲律宾上线直播频道', 'Lazada本周在菲律宾上线品牌直播频道,以应对TikTok Shop的竞争。', '2025-08-05')).toEqual([]);
  });

  it('keeps TikTok Shop\'s own launch in a story that names a rival', () => {
    expect(launches('TikTok Shop launches in Brazil', 'TikTok Shop launched in Brazil on Thursday, taking on Shopee and Mercado Libre.', '2025-05-09')).toEqual(['BR:2025-05-08']);
  });
});

describe('markets named as the earlier step or where the company stays', () => {
  it('leaves out "since the UK" and the market a company remains focused on', () => {
    const text = 'TikTok Shop will open in Italy next month, its first new market in Europe since the UK.';
    expect(launches('TikTok Shop to open in Italy', text, '2025-02-03')).toEqual(['IT:2025-03']);
    expect(marketsOf('TikTok Shop to open in Italy', text, '2025-02-03')).toEqual(['IT']);
    expect(launches('TikTok denies Portugal shop plan', 'TikTok denied a report that it would launch TikTok Shop in France next year, saying it remained focused on Germany.', '2025-02-03'))
      .toEqual(['FR:2026']);
    expect(launches('TikTok shelves shop expansion', 'TikTok said it had no plans to expand the shop and was focusing on making it work in Spain.'))
      .toEqual(['null:null']);
  });
});

describe('bringing a business line to a market', () => {
  it('reads "brings its full-service model to" a market as a launch of that line', () => {
    const f = facts('TikTok Shop brings its full-service model to Mexican sellers', '');
    expect(f).toEqual([{ type: 'launch', market: 'MX', date: null, what: 'full-service model' }]);
  });
});

describe('a headline\'s region over the countries its body names', () => {
  it('states the countries of a dated list, not the region of the headline', () => {
    expect(launches('TikTok Shop now open across Southeast Asia', '2023年3月,TikTok Shop先在越南上线,同年6月又在菲律宾和泰国开通站点。', '2024-01-05'))
      .toEqual(['PH:2023-06', 'TH:2023-06', 'VN:2023-03']);
  });
});

describe('what a headline alone states', () => {
  it('states no launch dated by a week: the body names the day', () => {
    expect(launches('TikTok Shop to launch in Italy next week', '', '2025-03-10')).toEqual([]);
    expect(launches('TikTok Shop西班牙站本周上线', '', '2025-03-10')).toEqual([]);
  });

  it('keeps a headline launch dated by a month or a day', () => {
    expect(launches('TikTok Shop will launch in Italy next month', '', '2025-03-10')).toEqual(['IT:2025-04']);
    expect(launches('TikTok Shop明天在意大利上线', '', '2025-03-10')).toEqual(['IT:2025-03-11']);
  });

  it('states no figure in another currency from an English headline: its body may give the amount in USD', () => {
    const gmv = (title: string, lang: 'en' | 'zh') => facts(title, '', '2024-11-12', lang).filter((f): f is GmvFact => f.type === 'gmv');
    expect(gmv('Tmall\'s Singles Day sales top 500 billion yuan', 'en')).toEqual([]);
    expect(gmv('TikTok Shop UK sales hit $2 billion last year', 'en')).toHaveLength(1);
    expect(gmv('抖音电商双11成交额突破5000亿元', 'zh')).toHaveLength(1);
  });
});

describe('what a headline alone states about a plan or a rumour', () => {
  it('states a rumoured or planned launch with the date the headline gives, and none without one', () => {
    expect(launches('传TikTok Shop明年在意大利上线', '', '2025-04-02')).toEqual(['IT:2026']);
    expect(launches('TikTok Shop plans Italy launch in 2026', '', '2025-04-02')).toEqual(['IT:2026']);
    expect(launches('TikTok Shop plans Italy launch', '', '2025-04-02')).toEqual([]);
    expect(launches('TikTok Shop eyes Italy launch in 2026', '', '2025-04-02')).toEqual([]);
  });
});

describe('the shop and the stores merchants open in it', () => {
  it('reads the in-app store switched on in a market as a launch', () => {
    expect(launches('Shopping on TikTok', 'TikTok will switch on its in-app store for Korean and Italian users in May, the company said.', '2025-04-02')).toEqual(['IT:2025-05']);
  });

  it('reads merchants allowed to open stores as no launch', () => {
    expect(launches('TikTok Shop新政策', 'TikTok Shop今年3月起允许跨境卖家用同一营业执照开通多个站点的店铺。', '2025-04-02')).toEqual([]);
  });
});

describe('a date in a relative clause', () => {
  it('does not date the launch by what a "which" clause tells of', () => {
    expect(launches('TikTok Shop to return to Vietnam in 2026', 'TikTok is working to revive its shop in Vietnam, which had sold goods worth $3 billion between January and August 2025, people said.'))
      .toEqual(['VN:2026']);
  });
});
