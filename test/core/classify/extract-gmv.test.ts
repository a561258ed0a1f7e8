// GMV figures as a user would see them in an alert: amount and bounds, currency, period, kind, platform and market
// by TAXONOMY's Labeling rules. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, GmvFact } from '../../../src/core/types.ts';

const gmv = (title: string, text: string): GmvFact[] =>
  classifyItem({ title, text }).facts.filter((f: Fact): f is GmvFact => f.type === 'gmv');

describe('GMV facts', () => {
  it('states one figure once when the title names its period and the text its months', () => {
    const facts = gmv('TikTok Shop Vietnam GMV hit $800 million in the first quarter', 'Sales through the app in Vietnam came to $800 million between January and March.');
    expect(facts.map((f) => [f.market, f.period, f.low_usd])).toEqual([['VN', 'quarter', 800e6]]);
  });

  it('reads bounds: about = both, over = low only, nearly = high only, X to Y = both', () => {
    expect(gmv('Temu', 'Temu\'s gross merchandise volume was about $30 billion last year.')[0]).toMatchObject({ low_usd: 30e9, high_usd: 30e9 });
    expect(gmv('Shopee', 'Shopee\'s GMV topped $80 billion in 2024.')[0]).toMatchObject({ low_usd: 80e9, high_usd: null });
    expect(gmv('Lazada', 'Lazada\'s GMV reached nearly $20 billion in 2023.')[0]).toMatchObject({ low_usd: null, high_usd: 20e9 });
    expect(gmv('Shop', 'TikTok Shop in Thailand sells $2 million to $3 million a day.')[0]).toMatchObject({ market: 'TH', low_usd: 2e6, high_usd: 3e6, period: 'day' });
  });

  it('makes an unlocated platform-wide figure GLOBAL, and a Douyin figure CN', () => {
    expect(gmv('Shein sales', 'Shein\'s sales rose to $40 billion last year, people familiar said.')[0]).toMatchObject({ market: 'GLOBAL', platform: 'shein', period: 'year' });
    expect(gmv('抖音', '抖音电商去年GMV约为3万亿元。')[0]).toMatchObject({ market: 'CN', platform: 'douyin', low_usd: 3e12, currency: 'CNY' });
  });

  it('gives a figure the market of its own clause, including a region', () => {
    const f = gmv('TikTok Shop', 'TikTok Shop\'s global GMV passed $30 billion in the quarter, of which the US contributed $9 billion.');
    expect(f).toContainEqual(expect.objectContaining({ market: 'GLOBAL', low_usd: 30e9, period: 'quarter' }));
    expect(f).toContainEqual(expect.objectContaining({ market: 'US', low_usd: 9e9, period: 'quarter' }));
    expect(gmv('Report', 'TikTok Shop generated $16 billion in GMV in SE Asia last year, a consultancy report said.')[0]).toMatchObject({ market: 'SEA' });
  });

  it('reads a one-day event as a day and a four-day span as a range', () => {
    expect(gmv('Black Friday', 'On Black Friday TikTok Shop sales in the UK topped $50 million.')[0]).toMatchObject({ market: 'UK', period: 'day' });
    expect(gmv('BFCM', 'Over the four days from Black Friday to Cyber Monday, TikTok Shop sold more than $400 million in the US.')[0]).toMatchObject({ period: 'range', low_usd: 4e8 });
  });

  it('keeps the text\'s currency unless USD is given beside it', () => {
    expect(gmv('UK', 'TikTok Shop UK sales reached £2.5 billion last year.')[0]).toMatchObject({ low_usd: 2.5e9, currency: 'GBP' });
    expect(gmv('UK', 'TikTok Shop UK sales reached £2.5 billion ($3.2 billion) last year.')[0]).toMatchObject({ low_usd: 3.2e9 });
    expect(gmv('越南', 'TikTok Shop越南站去年销售额达8万亿越南盾。')[0]).toMatchObject({ market: 'VN', currency: 'VND', low_usd: 8e12 });
  });

  it('tells a target from an actual figure it is compared with', () => {
    const f = gmv('Temu goal', 'Temu has set a $50 billion sales goal for this year that would double the roughly $25 billion it brought in last year.');
    expect(f).toContainEqual(expect.objectContaining({ low_usd: 50e9, kind: 'target' }));
    expect(f).toContainEqual(expect.objectContaining({ low_usd: 25e9, kind: 'actual' }));
  });

  it('leaves out profit, counts and acquisitions', () => {
    expect(gmv('Shein', 'Shein\'s net income fell to $1 billion.')).toEqual([]);
    expect(gmv('TikTok', 'TikTok Shop has 4亿 active consumers, the company said.')).toEqual([]);
    expect(gmv('Deal', 'TikTok agreed to spend $840 million to buy a stake in an Indonesian e-commerce unit.')).toEqual([]);
  });

  it('leaves out a market total even when its sentence gives a second amount', () => {
    const text = 'TikTok Shop is growing fast. Analysts say Brazilian e-commerce sales will pass $50 billion next year, reaching $52.3 billion.';
    expect(gmv('TikTok Shop eyes Brazil', text)).toEqual([]);
  });

  it('states a headline figure only with the period the headline gives', () => {
    expect(gmv('TikTok Shop US hits $40 million in daily sales', '')).toEqual([
      { type: 'gmv', market: 'US', low_usd: 4e7, high_usd: 4e7, period: 'day', kind: 'actual', platform: 'tiktok_shop' },
    ]);
    expect(gmv('TikTok Shop GMV passes $1 billion', '')).toEqual([]);
  });
  it('takes the USD value given after "约合" or ", or about", and states a figure the headline rounds once', () => {
    expect(gmv('抖音电商618期间GMV约2000亿元', '抖音电商官方数据显示，今年“618”期间平台GMV约为2000亿元人民币（约合280亿美元）。')).toEqual([
      { type: 'gmv', market: 'CN', low_usd: 28e9, high_usd: 28e9, period: 'range', kind: 'actual', platform: 'douyin' },
    ]);
    expect(gmv('Malaysia', 'TikTok Shop sales in Malaysia reached RM5 billion, or about US$1.1 billion, last year.')[0]).toMatchObject({ low_usd: 1.1e9, market: 'MY' });
    expect(gmv('抖音电商今年目标3万亿元', '抖音电商为今年定下的GMV目标为3万亿元以上。')).toEqual([
      { type: 'gmv', market: 'CN', low_usd: 3e12, high_usd: null, currency: 'CNY', period: 'year', kind: 'target', platform: 'douyin' },
    ]);
  });

  it('reads the first three quarters as a span, and the third quarter as a quarter', () => {
    expect(gmv('TikTok Shop印尼站前三季度GMV超45亿美元', '')[0]).toMatchObject({ market: 'ID', period: 'range', low_usd: 4.5e9 });
    expect(gmv('快手电商', '第三季度快手电商GMV达到3180亿元，同比增长15%。')[0]).toMatchObject({ market: 'CN', period: 'quarter', currency: 'CNY' });
  });

  it('gives a figure compared with a year before the period of the figure it is compared with', () => {
    const f = gmv('Cyber Monday', 'TikTok Shop said US shoppers spent more than $120 million on the platform on Cyber Monday, up from roughly $40 million a year earlier.');
    expect(f.map((x) => [x.low_usd, x.high_usd, x.period])).toEqual([[120e6, null, 'day'], [40e6, 40e6, 'day']]);
  });

  it('tells who projects: analysts forecast, the company targets', () => {
    expect(gmv('Mexico', 'Analysts expect TikTok Shop\'s Mexican business to generate up to $1 billion in GMV in its first full year.')[0]).toMatchObject({ kind: 'forecast', high_usd: 1e9, low_usd: null });
    expect(gmv('Mexico', 'TikTok Shop expects its Mexican business to generate $1 billion in GMV next year.')[0]).toMatchObject({ kind: 'target' });
  });

  it('makes an unlocated figure of a Chinese platform CN, and does not take the market of the newspaper that reports it', () => {
    expect(gmv('JD.com full-year results', 'JD.com said its gross merchandise volume for fiscal 2021 reached 3.29 trillion yuan.')[0]).toMatchObject({ market: 'CN', platform: 'other', currency: 'CNY' });
    expect(gmv('希音', '据英国《金融时报》报道，希音2023年销售额约为450亿美元。')[0]).toMatchObject({ market: 'GLOBAL', platform: 'shein' });
  });
  it('reads a breakdown and an outcome against a target as figures of the platform and period before them', () => {
    const f = gmv('TikTok Shop东南亚半年报', '2025年上半年TikTok Shop在东南亚的GMV约为120亿美元。其中印尼站贡献了近50亿美元，泰国站约30亿美元。');
    expect(f.map((x) => [x.market, x.low_usd, x.high_usd, x.period])).toEqual([['SEA', 12e9, 12e9, 'half'], ['ID', null, 5e9, 'half'], ['TH', 3e9, 3e9, 'half']]);
    const t = gmv('TikTok电商目标', '知情人士称，TikTok电商2025年全球GMV目标约为600亿美元。但有分析师认为，受美国政策影响，实际完成额可能只有450亿至500亿美元。');
    expect(t).toContainEqual(expect.objectContaining({ market: 'GLOBAL', low_usd: 45e9, high_usd: 50e9, kind: 'forecast', period: 'year' }));
  });

  it('gives "an estimated" past figure over "the same period" the kind and period of what it is set beside', () => {
    const f = gmv('Shopee quarter', 'Shopee\'s gross merchandise value rose 24% to $26.6 billion in the second quarter. TikTok Shop, by comparison, handled an estimated $8 billion in Southeast Asia over the same period.');
    expect(f).toContainEqual({ type: 'gmv', market: 'SEA', low_usd: 8e9, high_usd: 8e9, period: 'quarter', kind: 'actual', platform: 'tiktok_shop' });
  });
  it('reads the first day of a sales festival as a day', () => {
    expect(gmv('抖音电商双11预售首日', '第三方机构测算，抖音电商双11预售首日成交额约为400亿元，较去年同期增长两成。')[0]).toMatchObject({ period: 'day', market: 'CN', low_usd: 4e10 });
    expect(gmv('Prime Day', 'Sellers on TikTok Shop logged $90 million in US sales on the first day of its Deals for You Days event.')[0]).toMatchObject({ period: 'day', market: 'US' });
  });
  it('reads "not below" as a floor and "past" as a floor, and keeps the USD value beside another currency', () => {
    expect(gmv('Lazada Vietnam', 'Lazada wants to lift its GMV in Vietnam past 50 trillion dong ($2 billion) next year, its local chief said.')[0])
      .toMatchObject({ market: 'VN', low_usd: 2e9, high_usd: null, kind: 'target', platform: 'lazada' });
    expect(gmv('Shopee马来西亚', '据公司披露，Shopee马来西亚站去年全年成交额不低于80亿林吉特。')[0]).toMatchObject({ market: 'MY', low_usd: 8e9, high_usd: null, currency: 'MYR' });
  });

  it('does not read a lone 亿 or 万 in a name as an amount', () => {
    expect(gmv('亿航物流观察', '亿航物流称，TikTok Shop美区上半年GMV约为90亿美元。').map((f) => f.low_usd)).toEqual([9e9]);
  });

  it('leaves out a sales floor a merchant must show to join, in any wording', () => {
    expect(gmv('Joining the UK cross-border store', 'To register for the UK cross-border programme, a company needs to have been trading for two years, and its sales on other marketplaces over the past year should come to at least $500,000 — or $3 million for the premium tier.')).toEqual([]);
    expect(gmv('TikTok Shop日本站招商', 'TikTok Shop日本站近日公布跨境入驻条件：申请企业在其他平台近12个月销售额不少于200万美元。')).toEqual([]);
    // Joining words after the figure are a count, not a bar: "入驻商家超过90万家".
    expect(gmv('快手电商', '据官方透露，快手电商去年GMV超过1.2万亿元，入驻商家超过90万家。')[0]).toMatchObject({ market: 'CN', low_usd: 1.2e12, high_usd: null });
  });

  it('leaves out an amount set beside profit, revenue or a valuation', () => {
    expect(gmv('Shopee owner results', 'Shopee owner Sea posted quarterly net profit of $150 million, against $40 million a year before, while revenue rose to $5 billion.')).toEqual([]);
    expect(gmv('Temu maker valuation', 'Investors now value Temu\'s parent at about $150 billion, well below the $200 billion it fetched last spring.')).toEqual([]);
    // A sales word of its own makes the second amount a figure again.
    expect(gmv('Temu', 'Temu made an operating profit of $1 billion last year on sales of $50 billion.').map((f) => f.low_usd)).toEqual([50e9]);
  });

  it('leaves out a market\'s event sales', () => {
    expect(gmv('TikTok Shop holiday', 'TikTok Shop said its US holiday sales doubled. Cyber Monday sales in the US reached $13 billion, according to a research firm.')).toEqual([]);
  });

  it('leaves out one product\'s, one brand\'s and one seller\'s or creator\'s sales, and keeps the platform\'s', () => {
    expect(gmv('TikTok Shop', 'A hair oil from a small label became a best-selling product on the platform, bringing in $6 million in sales.')).toEqual([]);
    expect(gmv('TikTok Shop beauty', 'One creator sold $3 million of skincare in a single livestream last month.')).toEqual([]);
    expect(gmv('抖音', '某国货品牌的一款面霜在抖音直播间卖出120万件。该单品销售额超过2亿元。')).toEqual([]);
    expect(gmv('抖音', '一位头部达人去年带货销售额达50亿元。')).toEqual([]);
    expect(gmv('TikTok Shop', 'TikTok Shop\'s US GMV reached $9 billion last year, and its best-selling product was a lip oil.').map((f) => [f.market, f.low_usd])).toEqual([['US', 9e9]]);
    expect(gmv('抖音电商', '抖音电商去年GMV超过3万亿元。').map((f) => f.platform)).toEqual(['douyin']);
  });

  it('reads a Southeast Asian double-date sale as a day and "between Black Friday and Cyber Monday" as a range', () => {
    expect(gmv('Shopee Philippines 11.11', 'Shoppers spent more than PHP 2 billion on Shopee Philippines during its 11.11 sale on Monday, the company said.')[0]).toMatchObject({ market: 'PH', period: 'day', currency: 'PHP' });
    expect(gmv('TikTok Shop UK', 'TikTok Shop said UK shoppers spent over $90 million on the app between Black Friday and Cyber Monday this year.')[0]).toMatchObject({ market: 'UK', period: 'range', low_usd: 9e7 });
  });

  it('reads cumulative order amounts of a Chinese platform as its GMV', () => {
    expect(gmv('京东双11', '京东公布，今年双11期间平台累计下单金额达5000亿元。')[0]).toMatchObject({ market: 'CN', platform: 'other', low_usd: 5e11, currency: 'CNY', period: 'range' });
  });

  it('counts a platform named as part of another\'s total once', () => {
    expect(gmv('TikTok Shop Indonesia', 'TikTok Shop\'s gross merchandise value in Indonesia, including the Tokopedia marketplace it runs, came to about $25 billion last year.').map((f) => f.platform)).toEqual(['tiktok_shop']);
  });
});

describe('GMV facts: wording of amounts, periods and kinds (2026-12-03, second session)', () => {
  it('reads "between X and Y" with a bare first number as both ends', () => {
    expect(gmv('Shopee', 'Shopee\'s GMV in Brazil was between 4 and 5 billion dollars last year.')[0]).toMatchObject({ market: 'BR', low_usd: 4e9, high_usd: 5e9 });
  });

  it('reads goods bought or changing hands on a platform as its sales', () => {
    expect(gmv('Lazada', 'Goods worth $3.1 billion changed hands on Lazada in the Philippines last year.')[0]).toMatchObject({ market: 'PH', platform: 'lazada', low_usd: 3.1e9, period: 'year', kind: 'actual' });
    expect(gmv('Shein', 'French shoppers bought nearly €900 million of clothes on Shein last year.')[0]).toMatchObject({ market: 'FR', platform: 'shein', low_usd: null, high_usd: 900e6, currency: 'EUR' });
  });

  it('makes months that fill a calendar half or quarter that half or quarter, other spans a range', () => {
    expect(gmv('Temu', 'Temu sold $12 billion of goods in the US between January and June.')[0]).toMatchObject({ period: 'half' });
    expect(gmv('Temu', 'Temu sold $6 billion of goods in the US from April to June.')[0]).toMatchObject({ period: 'quarter' });
    expect(gmv('Temu', 'Temu sold $9 billion of goods in the US between January and May.')[0]).toMatchObject({ period: 'range' });
    expect(gmv('Shopee', 'Shopee在印尼1-6月的GMV为80亿美元。')[0]).toMatchObject({ period: 'half' });
  });

  it('makes "analysts see" a forecast, and a projection the company\'s speaker states a target', () => {
    expect(gmv('TikTok Shop opens in Brazil; analysts see $2bn in annual sales by 2028', '')[0]).toMatchObject({ kind: 'forecast', low_usd: 2e9 });
    const f = gmv('Lazada', 'Lazada菲律宾负责人表示，明年GMV目标为80亿美元，高于今年预计完成的约60亿美元。');
    expect(f.map((x) => [x.low_usd, x.kind])).toEqual([[8e9, 'target'], [6e9, 'target']]);
  });

  it('leaves out a whole category\'s sales in a market, and does not read a count of people as money', () => {
    expect(gmv('UK live shopping sales forecast to reach $9bn', 'Live shopping sales in the UK will top $9 billion by 2027, a research firm said, as 20 million Britons buy through TikTok and Instagram.')).toEqual([]);
  });

  it('reads a bare peso as the currency of the country the sentence names', () => {
    expect(gmv('Mercado Libre', 'Mercado Libre在墨西哥去年的GMV约为900亿比索。')[0]).toMatchObject({ market: 'MX', currency: 'MXN', low_usd: 90e9 });
    expect(gmv('Shopee', 'Shopee\'s GMV in the Philippines was about 200 billion pesos last year.')[0]).toMatchObject({ market: 'PH', currency: 'PHP' });
  });

  it('gives China\'s platforms named in Chinese the market CN, in the facts and in the item\'s markets', () => {
    const r = classifyItem({ title: '京东双11下单金额超2000亿元', text: '京东公布，今年双11期间平台下单金额超过2000亿元。' });
    expect(r.facts.find((f) => f.type === 'gmv')).toMatchObject({ market: 'CN', platform: 'other', currency: 'CNY' });
    expect(r.markets).toContain('CN');
  });

  it('gives a figure compared with one before it its own period, not the period of the earlier figure', () => {
    const f = gmv('Shein', 'Shein\'s sales reached $31 billion in the first three quarters, up from $29 billion for the whole of last year.');
    expect(f.map((x) => [x.low_usd, x.period])).toEqual([[31e9, 'range'], [29e9, 'year']]);
  });

  it('reads a company\'s target for "e-commerce GMV" as its own target, not a market\'s size', () => {
    const f = gmv('Kuaishou\'s plan', 'Kuaishou grew fast in 2019. For 2020 the company set a target for e-commerce GMV of RMB 250 billion.');
    expect(f[0]).toMatchObject({ market: 'CN', kind: 'target', low_usd: 250e9, currency: 'CNY' });
    // A government's or a country's target for its market stays the market's.
    expect(gmv('Vietnam\'s online economy', 'Vietnam has set a target for e-commerce GMV of $60 billion by 2030, as TikTok Shop and Shopee grow.')).toEqual([]);
    expect(gmv('TikTok Shop in Thailand', 'TikTok Shop is growing. The government has set a target for e-commerce sales of $40 billion by 2030.')).toEqual([]);
  });

  it('reads gross order value as GMV, and a figure two platforms record together as the first one\'s', () => {
    expect(gmv('Shopee', 'Shopee\'s gross order value in Thailand came to 400 billion baht last year.')[0]).toMatchObject({ market: 'TH', platform: 'shopee', currency: 'THB', low_usd: 400e9 });
    expect(gmv('TikTok Shop', 'TikTok Shop Indonesia and Tokopedia together handled GMV of US$5 billion in the second quarter.')[0]).toMatchObject({ market: 'ID', platform: 'tiktok_shop', period: 'quarter' });
  });
});


describe('GMV facts: one figure per amount, and amounts that are not a platform\'s GMV (2026-12-04)', () => {
  const figures = (title: string, text = '') => gmv(title, text).map((f) => [f.platform, f.market, f.period, f.kind, f.low_usd, f.high_usd]);

  it('does not give a figure to a platform named in an aside about its owner', () => {
    expect(figures('TikTok Shop Indonesia', 'TikTok Shop, which acquired a majority of Tokopedia in 2024, handled $12 billion of GMV in Indonesia in 2025.'))
      .toEqual([['tiktok_shop', 'ID', 'year', 'actual', 12e9, 12e9]]);
  });

  it('reads an amount that names a sales bar as an entry requirement, in English and Chinese', () => {
    expect(figures('TikTok Shop Japan sets $1 million annual sales bar for cross-border sellers')).toEqual([]);
    expect(figures('门槛', 'TikTok Shop日本站对跨境卖家设定100万美元年销售额门槛。')).toEqual([]);
  });

  it('reads a bare number after orders or users as a count, not money', () => {
    expect(figures('Shopee', 'Shopee posted $28 billion of GMV in the quarter as orders climbed to 3.1 billion.'))
      .toEqual([['shopee', 'GLOBAL', 'quarter', 'actual', 28e9, 28e9]]);
  });

  it('reads a whole category\'s sales in a market, or spending across retailers, as market statistics', () => {
    expect(figures('Vietnam', 'E-commerce in Vietnam generated $25 billion in gross merchandise value last year, and TikTok Shop took a quarter of it.')).toEqual([]);
    expect(figures('Southeast Asia\'s online shopping GMV hit $160 billion in 2025')).toEqual([]);
    expect(figures('Prime Big Deal Days', 'US consumers spent $13 billion online across all retailers during Amazon\'s Prime Big Deal Days, Adobe said.')).toEqual([]);
    // Spending on the platform stays the platform's.
    expect(figures('Black Friday', 'Shoppers spent $1.5 billion on TikTok Shop in the US during the Black Friday weekend.'))
      .toEqual([['tiktok_shop', 'US', 'range', 'actual', 1.5e9, 1.5e9]]);
  });

  it('keeps a company\'s goal as a target for the year, even beside the pace "needed" to reach it', () => {
    expect(figures('TikTok Shop US', 'TikTok Shop\'s US sales are running below the pace needed to hit the company\'s target of $20 billion for the year, people familiar said.'))
      .toEqual([['tiktok_shop', 'US', 'year', 'target', 20e9, 20e9]]);
  });
});

describe('GMV facts: a figure restated in USD, a passive projection, a shop\'s site name (2026-12-04)', () => {
  const figures = (title: string, text = '') => gmv(title, text).map((f) => [f.platform, f.market, f.period, f.kind, f.low_usd, f.high_usd, f.currency ?? 'USD']);

  it('keeps one figure, in USD, when the text restates it in dollars, in the same sentence or the next', () => {
    expect(figures('UK', 'TikTok Shop UK\'s sales reached £2.5 billion in 2024, equal to roughly $3.2 billion.')).toEqual([['tiktok_shop', 'UK', 'year', 'actual', 3.2e9, 3.2e9, 'USD']]);
    expect(figures('Douyin', 'Douyin\'s GMV was 3.5 trillion yuan last year. That is about $490 billion.')).toEqual([['douyin', 'CN', 'year', 'actual', 490e9, 490e9, 'USD']]);
    expect(figures('换算', 'TikTok Shop泰国站去年GMV达到1500亿泰铢。按当前汇率计算，约合42亿美元。')).toEqual([['tiktok_shop', 'TH', 'year', 'actual', 4.2e9, 4.2e9, 'USD']]);
    // A floor stays a floor in USD.
    expect(figures('UK', 'TikTok Shop UK\'s GMV topped £2 billion in 2024. That is more than $2.5 billion.')).toEqual([['tiktok_shop', 'UK', 'year', 'actual', 2.5e9, null, 'USD']]);
  });

  it('reads a passive projection as a forecast', () => {
    expect(figures('Projected', 'Temu\'s GMV is projected to hit $70 billion next year, according to analysts.')).toEqual([['temu', 'GLOBAL', 'year', 'forecast', 70e9, 70e9, 'USD']]);
  });

  it('reads "TikTok Shop Indonesia\'s daily sales" as Indonesia\'s, not a newspaper\'s', () => {
    expect(figures('Sales', 'TikTok Shop Indonesia\'s daily sales were Rp 100 billion, or about $6.5 million.')).toEqual([['tiktok_shop', 'ID', 'day', 'actual', 6.5e6, 6.5e6, 'USD']]);
  });
});

describe('GMV facts: the subject of an aside, counts with a growth rate, an unlocated headline (2026-12-04)', () => {
  const figures = (title: string, text = '') => gmv(title, text).map((f) => [f.platform, f.market, f.period, f.kind, f.low_usd]);

  it('gives the figure to the platform it is about, not to the owner named in its aside, and once', () => {
    expect(figures('Lazada\'s GMV reached $20 billion last year', 'Lazada, which Alibaba controls, recorded $20 billion of GMV in Southeast Asia last year, according to the group.'))
      .toEqual([['lazada', 'SEA', 'year', 'actual', 20e9]]);
  });

  it('reads "orders rose 15% to 2 billion" as a count', () => {
    expect(figures('Shopee', 'Shopee\'s GMV was $25 billion in the first quarter, and orders rose 15% to 2 billion.')).toEqual([['shopee', 'GLOBAL', 'quarter', 'actual', 25e9]]);
  });
});
