// The markets an item is about and the launches it states, by TAXONOMY's Labeling rules: a market named in passing
// (a yardstick, an earlier step, a rival's home, where shares are listed, a wire story's dateline) is not a market;
// a launch of an event is no launch; two launches in one sentence keep their own markets and dates. Sentences are
// our own.
import { describe, expect, it } from 'vitest';
import { launches, markets } from './launches-and-markets-of.ts';


describe('markets named in passing', () => {
  it('leaves out the markets a launch goes beyond', () => {
    const title = 'TikTok Shop to launch in Germany, France and Italy next spring';
    const text = 'TikTok Shop will launch in Germany, France and Italy in the spring of 2026, the company told sellers on Thursday, extending its European business beyond the UK, Ireland and Spain.';
    expect(markets(title, text, '2025-11-20')).toEqual(['DE', 'FR', 'IT']);
    expect(launches(title, text, '2025-11-20')).toEqual(['DE:2026', 'FR:2026', 'IT:2026']);
  });

  it('leaves out a market used as a yardstick or as the earlier step', () => {
    expect(markets('TikTok Shop Vietnam kicks off year-end sale', 'TikTok Shop Vietnam started its 12.12 campaign with vouchers, a playbook the platform first tried in Indonesia three years ago.')).toEqual(['VN']);
    expect(markets('UK TikTok Shop sellers report slower growth', 'Sales on TikTok Shop in the UK are still a fraction of those in the US, sellers told a trade show.')).toEqual(['UK']);
    expect(markets('Vietnam weighs ban on livestream sales of some goods', 'Vietnam\'s trade ministry is considering banning the sale of health supplements on livestreams, similar to a rule Indonesia introduced last year.')).toEqual(['VN']);
    expect(markets('TikTok Shop越南站增速亮眼', 'TikTok Shop越南站今年上半年的销量增速已超过泰国，成为东南亚增长最快的市场。')).toEqual(['VN']);
    expect(markets('TikTok Shop美区下周开放半托管', 'TikTok Shop美区将于下周开放半托管模式，与此前在英国推出的模式类似。', '2024-09-10')).toEqual(['US']);
  });

  it('does not take a rival\'s home, a stock listing or a wire dateline for a market', () => {
    expect(markets('TikTok Shop overtakes Shopee in Indonesian fashion', 'TikTok Shop has overtaken Singapore-based Shopee in Indonesia\'s fashion category, data firm Compass said.')).toEqual(['ID']);
    expect(markets('Shein\'s sales rose to $38 billion last year', 'Shein\'s sales rose to $38 billion in 2024, the company told investors, as it prepares for a listing in London.')).toEqual(['GLOBAL']);
    expect(markets('TikTok Shop将在菲律宾推出跨境业务', '新加坡11月3日电 TikTok Shop宣布，将于下月在菲律宾开放跨境业务。', '2025-11-03')).toEqual(['PH']);
  });
});

describe('launches', () => {
  it('dates each market of a dated list by its own year', () => {
    expect(launches('TikTok Shop\'s road to six markets', 'TikTok Shop launched in Indonesia in 2021 and in Malaysia, Thailand, Vietnam and the Philippines in 2022.', '2024-04-01'))
      .toEqual(['ID:2021', 'MY:2022', 'PH:2022', 'TH:2022', 'VN:2022']);
  });

  it('keeps two launches of one sentence apart, each with its own market and date', () => {
    expect(launches('TikTok电商', 'TikTok Shop于2021年上线，2022年4月起在东南亚测试跨境电商业务。', '2026-01-08')).toEqual(['SEA:2022-04', 'null:2021']);
    expect(launches('TikTok Shop opens seller sign-ups in Germany', 'TikTok Shop opened seller registration in Germany on Monday, ahead of a launch to shoppers next spring.', '2025-12-01'))
      .toEqual(['DE:2025-12-01', 'DE:2026']);
  });

  it('does not date a coming launch by an earlier step, nor count that step\'s market', () => {
    const title = 'TikTok Shop readies Brazil launch';
    const text = 'After its debut in Mexico earlier this year, TikTok Shop is preparing to launch in Brazil, people familiar with the plans said.';
    expect(launches(title, text, '2025-06-10')).toEqual(['BR:null']);
    expect(markets(title, text, '2025-06-10')).toEqual(['BR']);
  });

  it('reads an event or a programme run on the shop as no launch', () => {
    expect(launches('TikTok Shop is launching its biggest Black Friday event in the UK', 'TikTok Shop is launching its biggest Black Friday event yet in the UK, where the shop has operated since 2021.', '2025-11-10')).toEqual([]);
    expect(launches('TikTok Shop Malaysia is launching a seller academy', 'TikTok Shop is launching a training academy for small sellers in Malaysia, where it has run its shop since 2022.', '2025-10-01')).toEqual([]);
  });

  it('states one launch per market and date, and the region only as the sum of its named countries', () => {
    expect(launches('TikTok Shop goes live in Italy', 'TikTok Shop went live in Italy on Monday, opening to shoppers after a two-month test with local sellers.', '2025-06-05')).toEqual(['IT:2025-06-02']);
    expect(launches('TikTok Shop takes full-service model to Malaysia and the Philippines', 'TikTok Shop said on Tuesday it will open its full-service programme to local sellers in Malaysia and the Philippines next month, the first step of a rollout across Southeast Asia.', '2025-03-04'))
      .toEqual(['MY:2025-04', 'PH:2025-04']);
  });

  it('reads a headline\'s region as the countries its body names', () => {
    expect(launches('TikTok Shop明年进军欧洲三国', '据报道，TikTok Shop明年将进军德国、法国和意大利市场。', '2024-12-01')).toEqual(['DE:2025', 'FR:2025', 'IT:2025']);
  });

  it('reads a season as the year it falls in', () => {
    expect(launches('Spain next', 'TikTok Shop will open in Spain next spring, the company said.', '2025-10-02')).toEqual(['ES:2026']);
    expect(launches('Spain next', 'TikTok Shop plans to launch in Spain this autumn.', '2025-06-02')).toEqual(['ES:2025']);
  });

  it('reads a shop made available to all users, and 开放 of a selling model, as launches', () => {
    expect(launches('TikTok opens its shop to all US users', 'TikTok on Tuesday made its in-app shop available to all users in the United States after months of testing.', '2023-09-13')).toEqual(['US:2023-09-12']);
    expect(launches('TikTok Shop美区下周开放半托管', 'TikTok Shop美区将于下周开放半托管模式。', '2024-09-10')).toEqual(['US:2024-09']);
  });
});

describe('regions and footprints', () => {
  it('reads a region the body never names, over its member countries, as their frame', () => {
    expect(markets('Temu runs into new rules across Southeast Asia', 'Indonesia told app stores to remove Temu this month. Vietnam said it would block the app unless it registered a local entity by December.', '2025-11-02'))
      .toEqual(['ID', 'VN']);
  });

  it('reads a region followed by its members in brackets, or as the sum of the countries, as those countries', () => {
    expect(markets('全托管上线', 'TikTok Shop全托管模式于今年6月在东南亚（泰国、越南）上线。', '2025-07-01')).toEqual(['TH', 'VN']);
    expect(markets('TikTok Shop Malaysia', 'Malaysia, the fastest-growing market in Southeast Asia for TikTok Shop, added 20,000 sellers this quarter.')).toEqual(['MY']);
  });

  it('does not take a list of where the shop already is, nor where a company is based, for the story\'s markets', () => {
    expect(markets('TikTok Shop日本站调整', 'TikTok Shop目前已覆盖英国、美国、西班牙和墨西哥等市场。本次调整只涉及日本站的商品审核流程。')).toEqual(['JP']);
    const title = 'TikTok Shop heads for Spain';
    const text = 'TikTok, which already has a shop in its US and UK markets, will open TikTok Shop in Spain next month.';
    expect(markets(title, text, '2025-03-03')).toEqual(['ES']);
    expect(launches(title, text, '2025-03-03')).toEqual(['ES:2025-04']);
    expect(markets('Shein\'s sales climb', 'Shein, which is now based in Singapore, said its sales rose to $45 billion last year.', '2025-04-01')).toEqual(['GLOBAL']);
  });
});

describe('what is not a launch, and what is', () => {
  it('reads growth, products put on the shop and where the shop already is as no launch', () => {
    expect(launches('TikTok Shop keeps growing', 'TikTok Shop has been expanding globally at a fast pace this year.', '2025-05-01')).toEqual([]);
    expect(launches('Brands flock to TikTok Shop', 'More brands now launch exclusive products on TikTok Shop, like the cosmetics maker Glowlab.', '2025-05-01')).toEqual([]);
    expect(launches('Seller guide', 'You must be based in a country where TikTok Shop is officially open for business.', '2025-05-01')).toEqual([]);
  });

  it('keeps a rumoured date beside the date the launch moved to', () => {
    expect(launches('TikTok Shop sets October launch in Japan', 'Reports had said TikTok Shop could launch in Japan this month, but the company has pushed the launch to October.', '2025-06-03'))
      .toEqual(['JP:2025-06', 'JP:2025-10']);
  });

  it('reads 推广 of the shop and 扩展至 a market as launches', () => {
    expect(launches('TikTok Shop计划扩张', '知情人士透露，TikTok计划在未来几个月在西班牙和巴西推广TikTok Shop。', '2024-11-14')).toEqual(['BR:null', 'ES:null']);
  });
});

