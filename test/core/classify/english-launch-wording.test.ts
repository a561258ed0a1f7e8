// English launch wording beyond "launch"/"open": shoppers getting the shop, users let buy, sellers gaining live
// selling, a dated timeline of entries ("took its first orders …, X followed that May, … before opening in Y"),
// seasons "for the spring"; and what stays quiet: a debut referred back to with a possessive, a brand's launch
// livestream, ad slots sold to merchants (TAXONOMY's Labeling rules on launches, recaps and passing mentions).
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { findDates } from '../../../src/core/classify/find-date.ts';

const launches = (title: string, text: string, published: string | null, lang: 'en' | 'zh' = 'en'): string[] =>
  classifyItem({ title, text, published, lang }).facts.filter((f) => f.type === 'launch').map((f) => `${f.market} ${f.type === 'launch' ? f.date : ''}`).sort();

describe('English launch wording', () => {
  it('reads shoppers getting live shopping and users let buy from a date as a launch on that date', () => {
    expect(launches('Malaysian shoppers to get TikTok live shopping from March 3', '', '2026-02-20')).toEqual(['MY 2026-03-03']);
    expect(launches('', 'TikTok Shop will let users in Vietnam buy during livestreams from 15 July, the company said on Tuesday.', '2025-07-01'))
      .toEqual(['VN 2025-07-15']);
  });

  it('reads sellers gaining the ability to sell live as a live-shopping launch dated by its weekday', () => {
    expect(launches('', 'Sellers on TikTok Shop in Spain gained the ability to sell during livestreams on Thursday, a year after the store\'s arrival there.', '2026-03-09'))
      .toEqual(['ES 2026-03-05']);
  });

  it('reads a section that becomes available to every user in a market from today as launched today', () => {
    expect(launches('', 'A Shop tab beside the main feed becomes available to all TikTok users in Thailand from today, the company said.', '2026-01-12'))
      .toEqual(['TH 2026-01-12']);
  });

  it('states unnamed countries that will get the shop next year as a launch with no market', () => {
    expect(launches('', 'Three more countries in Europe will get TikTok Shop next year, a company executive told a trade fair on Thursday.', '2026-05-06'))
      .toEqual(['null 2027']);
  });

  it('states every step of a dated timeline of entries', () => {
    const text = 'TikTok Shop took its first orders in Vietnam in March 2022, and Singapore followed that May. In 2023 it added Mexico and Spain, before opening in Ireland in December 2024. Most of its sellers still sell in one market only.';
    expect(launches('How the shop grew', text, '2026-02-01')).toEqual(['ES 2023', 'IE 2024-12', 'MX 2023', 'SG 2022-05', 'VN 2022-03']);
  });

  it('puts a start "from <weekday>" in a present-tense sentence on the weekday to come', () => {
    expect(launches('', 'TikTok Shop goes live in Vietnam from Monday, the company said.', '2026-06-10')).toEqual(['VN 2026-06-15']);
    expect(launches('', 'Shoppers in Germany can buy through TikTok Shop from Tuesday, when the store opens to the public.', '2026-04-03'))
      .toEqual(['DE 2026-04-07']);
  });

  it('reads what people will be able to do from a start as a launch, but not a rule with a bar', () => {
    expect(launches('', 'Chinese merchants will be able to sell to Mexican shoppers through TikTok Shop from September, the company said.', '2026-06-01'))
      .toEqual(['MX 2026-09']);
    expect(launches('', 'From July, sellers in the UK can sell on TikTok Shop only if they have at least 1,000 followers.', '2026-06-01')).toEqual([]);
  });

  it('dates a headline launch "for the spring" by the spring to come', () => {
    expect(launches('TikTok Shop readies Italy launch for the spring, sources say', '', '2026-11-20')).toEqual(['IT 2027']);
  });
});

describe('what is not a launch', () => {
  it('does not report a debut referred back to with a possessive', () => {
    expect(launches('TikTok Shop Italy doubles its buyers', 'Buyers on TikTok Shop in Italy have doubled since the company\'s debut there, it said on Monday.', '2026-04-01')).toEqual([]);
  });

  it('does not report a brand selling a product with a launch livestream', () => {
    expect(launches('', 'Candle maker Wickly will sell its new autumn scents only on TikTok Shop in the UK this month, starting with a launch livestream on Friday.', '2026-09-01')).toEqual([]);
  });

  it('does not report a seller tool or a creator feature, whichever comes first in the sentence', () => {
    expect(launches('', 'TikTok Shop sellers in the UK can now use a new analytics dashboard, launched on Monday.', '2026-02-05')).toEqual([]);
    expect(launches('', 'TikTok rolled out a new AI video editor to creators in the UK on Thursday.', '2026-04-10')).toEqual([]);
  });

  it('does not report a feature of the shop launched in a market, but does report a line or a test of one', () => {
    expect(launches('', 'TikTok Shop introduced a new gift-wrapping option for buyers in Ireland on Monday.', '2026-05-13')).toEqual([]);
    expect(launches('', 'TikTok Shop rolled out quicker refunds to shoppers in Italy this week.', '2026-05-13')).toEqual([]);
    expect(launches('', 'TikTok Shop debuted a new warehousing service for merchants in Thailand on Monday.', '2026-05-13')).toEqual([]);
    expect(launches('', 'TikTok Shop expanded its referral scheme in Malaysia with bigger rewards on Monday.', '2026-05-13')).toEqual([]);
    expect(launches('', 'TikTok Shop launched its Shop tab for every user in Vietnam on Monday.', '2026-05-13')).toEqual(['VN 2026-05-11']);
    expect(launches('', 'TikTok Shop launched a series of pilots in Germany on Monday, ahead of a wider opening.', '2026-05-13')).toEqual(['DE 2026-05-11']);
    expect(launches('', 'TikTok Shop opened its cross-border channel to sellers in Spain on Monday.', '2026-05-13')).toEqual(['ES 2026-05-11']);
  });

  it('does not report ad slots sold to merchants', () => {
    expect(launches('', 'TikTok has started selling sponsored slots in search results to merchants on TikTok Shop in Malaysia, charged per click.', '2026-03-01')).toEqual([]);
  });

  it('keeps a start of selling a launch when a later clause opens registration to merchants', () => {
    const facts = classifyItem({ title: null, text: 'TikTok Shop will begin selling in Germany in October 2026, with sign-ups open to merchants from today.', lang: 'en', published: '2026-06-02' })
      .facts.filter((f) => f.type === 'launch');
    expect(facts.some((f) => f.type === 'launch' && f.market === 'DE' && f.date === '2026-10' && f.what !== 'merchant registration')).toBe(true);
  });

  it('does not take a market that only adds a comment for a market added', () => {
    expect(launches('', 'TikTok Shop opened in Japan on Monday. It added that Korean brands were among the first sellers.', '2026-06-03')).toEqual(['JP 2026-06-01']);
  });
});

describe('where a launch happens, not where its company or its earlier steps are', () => {
  it('does not take the home of a company unit as a launch market', () => {
    expect(launches('', 'The Bangkok-based unit of TikTok Shop will open in Vietnam in July.', '2026-05-10')).toEqual(['VN 2026-07']);
  });

  it('does not take the markets of earlier success, or the markets a new one joins, as launches', () => {
    expect(launches('', 'After success in Ireland and Spain, TikTok Shop is expanding to Italy in March.', '2026-01-10')).toEqual(['IT 2026-03']);
    expect(launches('', 'TikTok Shop Japan started its full-service model on Monday, joining Thailand and Vietnam where the model already runs.', '2026-04-08'))
      .toEqual(['JP 2026-04-06']);
  });

  it('still takes a market the shop joined as a market of the item', () => {
    const c = classifyItem({ title: '', text: 'In 2023 TikTok Shop joined the Mexican e-commerce market, and it now ranks third there behind two rivals.', published: '2026-04-08', lang: 'en' });
    expect(c.markets).toEqual(['MX']);
  });

  it('does not state a launch told in a relative clause about the shop', () => {
    expect(launches('', 'TikTok Shop, which entered Germany last year, said its orders doubled in March.', '2026-04-10')).toEqual([]);
  });
});

describe('dates of a timeline and of "from today" in Chinese', () => {
  it('keeps "this quarter" and "next quarter" as their year', () => {
    expect(findDates('The beta will widen next quarter.', '2026-11-20').map((x) => x.date)).toEqual(['2027']);
    expect(launches('', 'TikTok Shop is running a beta of in-app checkout in Singapore this quarter.', '2026-05-13')).toEqual(['SG 2026']);
  });

  it('gives "that May" and "later that year" the year of the date before them', () => {
    const d = findDates('It opened in Thailand in February 2022, Malaysia followed that May and the Philippines later that year.', '2025-01-01').map((x) => x.date);
    expect(d).toEqual(['2022-02', '2022-05', '2022']);
  });

  it('reads 即日起 as the day of publication and 自本月起覆盖 as a launch', () => {
    expect(launches('', 'TikTok Shop泰国站宣布，即日起向所有本土商家开放直播带货。', '2026-05-18', 'zh')).toEqual(['TH 2026-05-18']);
    expect(launches('', 'TikTok Shop跨境全托管模式自本月起覆盖墨西哥站。', '2026-05-18', 'zh')).toEqual(['MX 2026-05']);
  });
});
