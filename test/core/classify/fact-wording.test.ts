// Facts from wording the first rules did not know (issue 12, item 4), as a user would read them in an alert: the
// old and new bar of a requirement, who imposes a ban, which launches are news and which are background, which
// markets a story is about. Sentences are our own, different from the fresh check set's.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact } from '../../../src/core/types.ts';

const facts = (title: string, text: string, published: string | null = null): string[] =>
  classifyItem({ title, text, published }).facts.map((f: Fact) => {
    switch (f.type) {
      case 'threshold': return `threshold ${f.market} ${f.subject} ${f.from}→${f.to}`;
      case 'launch': return `launch ${f.market} ${f.date}`;
      case 'ban': return `ban ${f.market} ${f.by}`;
      default: return `gmv ${f.market} ${f.low_usd}-${f.high_usd} ${f.period} ${f.kind}`;
    }
  }).sort();

describe('requirement wordings', () => {
  it('finds the old bar when it comes after the new one', () => {
    expect(facts('Affiliate bar falls in Singapore', 'TikTok Shop cut the follower minimum for Singapore affiliates to 300 followers, a third of the previous threshold of 900.'))
      .toEqual(['threshold SG creator_followers 900→300']);
    expect(facts('泰国直播主播年龄门槛', 'TikTok泰国站要求带货主播年满20周岁，原规定为18周岁。'))
      .toEqual(['threshold TH live_host_age 18→20']);
  });

  it('reads an old bar told in the next sentence', () => {
    expect(facts('Malaysia raises host age', 'TikTok said anyone going live to sell in Malaysia has to be 18 or older from June; the bar was previously 16.'))
      .toEqual(['threshold MY live_host_age 16→18']);
  });

  it('counts conditional approval and who may register as requirements', () => {
    expect(facts('Stricter checks for Spanish stores', 'TikTok Shop Spain will only approve new stores if the business has existed for at least one year.'))
      .toEqual(['threshold ES merchant_account_age null→365']);
    expect(facts('Sole traders welcome', 'TikTok Shop Vietnam now lets individual sellers open a store, where before only registered companies could apply.'))
      .toEqual(['threshold VN merchant_entity null→null']);
  });
});

describe('bans', () => {
  it('gives a platform prohibiting goods in its livestreams to the platform', () => {
    expect(facts('TikTok Shop bans e-cigarette promotions in Philippine livestreams', 'TikTok Shop will remove sellers who promote e-cigarettes during livestreams in the Philippines.'))
      .toEqual(['ban PH platform']);
  });

  it('does not take a call on a government, or a ban that may come in an aside, as a ban', () => {
    expect(facts('Shopkeepers want Shein out of Spain', 'A Spanish shopkeepers association called on the government to ban Shein from the country.')).toEqual([]);
    expect(facts('TikTok readies a Japan shop, as deadline looms for potential US ban', '')).not.toContainEqual(expect.stringMatching(/US/));
  });
});

describe('launches', () => {
  it('reads launches told with other verbs, and two stages in one sentence', () => {
    expect(facts('Spain next', 'TikTok will switch on shopping for Spanish users next month, the company said.', '2025-02-10')).toEqual(['launch ES 2025-03']);
    expect(facts('Japan in the second half', 'TikTok Shop will open in Japan in the second half of 2026.', '2026-01-05')).toEqual(['launch JP 2026']);
    expect(facts('Mexico sign-ups', 'Mexican merchants can register on TikTok Shop from today, ahead of a consumer launch planned for next year.', '2024-06-03'))
      .toEqual(['launch MX 2024-06-03', 'launch MX 2025']);
  });

  it('reads a headline launch and the body telling it by its stage as one launch', () => {
    expect(facts('TikTok Shop launches UK entry for overseas sellers', "TikTok Shop's UK marketplace is set to open its fully managed model to overseas sellers in October.", '2025-06-10'))
      .toEqual(['launch UK 2025-10']);
  });

  it('does not take a launch recalled as background', () => {
    expect(facts('Japan hiring', 'TikTok Shop, which launched in Japan last summer, is hiring 100 people in Tokyo.', '2026-02-01')).toEqual([]);
    expect(facts('UK sales record', 'Sales were the best since TikTok Shop launched in the UK in 2021.', '2025-12-01').filter((f) => f.startsWith('launch'))).toEqual([]);
    expect(facts('印尼主播', 'TikTok规定，在印尼开启购物直播的主播须年满18周岁。').filter((f) => f.startsWith('launch'))).toEqual([]);
  });
});

describe('markets', () => {
  it('leaves out a dateline city, a market in a scene-setting aside and a place goods come from', () => {
    expect(classifyItem({ title: 'TikTok Shop heads to Italy', text: 'LONDON, May 4 (Reuters) - TikTok Shop will launch in Italy next month, despite ongoing uncertainty about its future in the U.S.', published: '2025-05-04' }).markets)
      .toEqual(['IT']);
    expect(classifyItem({ title: 'US launch', text: 'TikTok Shop will launch in the US next month, selling goods from sellers based in China.', published: '2023-08-01' }).markets)
      .toEqual(['US']);
  });
});

describe('going live', () => {
  it('is a host livestreaming under a requirement, not a launch', () => {
    expect(facts('Follower bar for live selling in Ireland', 'In Ireland, creators need at least 800 followers to go live with shopping on TikTok.'))
      .toEqual(['threshold IE live_host_followers null→800']);
  });
});

describe('GMV figures', () => {
  it('reads a Chinese range whose first number has no unit, and "as much as" as an upper bound', () => {
    expect(facts('TikTok Shop英国季度GMV', 'TikTok Shop英国站今年第一季度的GMV在12到15亿美元之间。')).toEqual(['gmv UK 1200000000-1500000000 quarter actual']);
    expect(facts('Temu sales goal', 'Temu hopes to lift its worldwide sales to as much as $70 billion this year.')).toEqual(['gmv GLOBAL null-70000000000 year target']);
  });

  it('takes the period named nearest the figure, and a part of a year over the year', () => {
    expect(facts('旺季', '受圣诞购物季拉动，TikTok Shop美国站单季GMV超过80亿美元。')).toEqual(['gmv US 8000000000-null quarter actual']);
    expect(facts('半年', 'TikTok Shop东南亚2025年上半年GMV达到200亿美元。')).toEqual(['gmv SEA 20000000000-20000000000 half actual']);
  });

  it('does not read a year as the low end of a range, or a research firm\'s city as the market', () => {
    expect(facts('Temu growth', "Shein's sales rose between 2023 and 2024 to $38 billion, the company said.")).toEqual(['gmv GLOBAL 38000000000-38000000000 year actual']);
    expect(facts('Estimate', 'According to Kairos, a research firm in Singapore, TikTok Shop sold $2 billion of goods in 2024.')).toEqual(['gmv GLOBAL 2000000000-2000000000 year actual']);
  });
});

describe('more wordings', () => {
  it('reads "instead of" as the old bar and "aged 18 and above" as an age', () => {
    expect(facts('UK affiliates', 'UK creators need 2,000 followers, instead of 1,000, to promote products on TikTok Shop.')).toEqual(['threshold UK creator_followers 1000→2000']);
    expect(facts('Live selling age in Vietnam', 'Only users aged 19 and above may host LIVE shopping on TikTok in Vietnam.')).toEqual(['threshold VN live_host_age null→19']);
  });

  it('dates "were able to start selling" in the past and reads "bring TikTok Shop to"', () => {
    expect(facts('Brazil opens', 'Local merchants were able to start selling to Brazilian shoppers on TikTok Shop from April 2.', '2025-04-10')).toEqual(['launch BR 2025-04-02']);
    expect(facts('France next', 'TikTok plans to bring TikTok Shop to France in late 2026.', '2025-11-03')).toEqual(['launch FR 2026']);
  });
});
