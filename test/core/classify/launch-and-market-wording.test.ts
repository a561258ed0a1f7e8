// Launch facts and item markets on wordings of our own that the rules once missed: a past launch verb dating its
// weekday backwards, "can now" with the day it was said, a season "ahead of" a debut, a line "introduced" or
// "brought, …, to" a market, merchants joining the shop, prohibitions on reopening; markets where a line already
// runs, a job title's "global", an institution's name in another country's story, yardsticks in Chinese and English.
import { describe, expect, it } from 'vitest';
import { launches, markets } from './launches-and-markets-of.ts';

// 2025-06-05 is a Thursday.
const THU = '2025-06-05';

describe('a launch day as precise as the text and `published` allow', () => {
  it('puts the weekday of a launch told in the past before publication, whatever modal the sentence has', () => {
    expect(launches('', 'Shoppers in Spain were able to check out inside TikTok for the first time on Tuesday, when TikTok Shop opened there.', THU)).toEqual(['ES:2025-06-03']);
    expect(launches('', 'Brazilian users could finally buy from creators on Monday, as TikTok Shop rolled out across the country.', THU)).toEqual(['BR:2025-06-02']);
    // The same weekday still to come lies after it.
    expect(launches('', 'TikTok Shop will switch on checkout for Irish users on Monday.', THU)).toEqual(['IE:2025-06-09']);
  });

  it('dates what sellers "can now" do by the day it was said', () => {
    expect(launches('', 'Sellers in Germany can now run live shopping streams on TikTok Shop, the company said on Wednesday.', THU)).toEqual(['DE:2025-06-04']);
    expect(launches('Live shopping comes to TikTok Shop Spain', 'Spanish creators can now go live and sell during streams, TikTok said.', THU)).toEqual(['ES:2025-06-05']);
  });

  it('reads 上周二 as the Tuesday of the week before', () => {
    expect(launches('', 'TikTok Shop于上周二在意大利正式上线。', THU)).toEqual(['IT:2025-05-27']);
  });

  it('gives a season ahead of a debut the year it next falls in', () => {
    expect(launches('TikTok Shop opens seller sign-ups in Germany ahead of autumn debut', '', '2025-06-10')).toEqual(['DE:2025']);
    expect(launches('TikTok Shop opens seller sign-ups in France ahead of a spring launch', '', '2025-10-10')).toEqual(['FR:2026']);
    expect(launches('TikTok Shop\'s cross-border programme heads to Japan next spring', '', '2025-07-01')).toEqual(['JP:2026']);
  });

  it('does not date a launch by the period of a sales figure told beside it', () => {
    const text = 'TikTok Shop said its sales in Spain beat $300 million in the first half of the year, and that it would launch its cross-border programme, which lets Chinese sellers list directly, there in November.';
    expect(launches('', text, '2025-08-20')).toEqual(['ES:2025-11']);
    expect(launches('', 'TikTok Shop plans to open in Germany in the second half of the year.', '2025-08-20')).toEqual(['DE:2025']);
  });
});

describe('what starts a line of the shop in a market', () => {
  it('reads a line introduced, or brought with an aside to a market, as a launch', () => {
    expect(launches('', 'TikTok Shop will introduce its full-service model in Brazil in the second quarter, the company told sellers on Thursday.', '2025-01-09')).toEqual(['BR:2025']);
    expect(launches('', 'TikTok introduced its in-app shop to Thai users on March 3.', '2024-05-01')).toEqual(['TH:2024-03-03']);
    expect(launches('', 'TikTok Shop intends to bring its fully managed programme, which lets the platform handle warehousing for brands, to France in September, people briefed on the plan said.', '2025-05-20')).toEqual(['FR:2025-09']);
    expect(launches('', '据悉，TikTok Shop计划于下月在日本推出全托管模式。', '2025-08-15')).toEqual(['JP:2025-09']);
    expect(launches('', 'TikTok Shop将在10月为墨西哥引入全托管模式。', '2025-08-20')).toEqual(['MX:2025-10']);
    expect(launches('', 'TikTok Shop will resume sales in Indonesia next month, a minister said.', '2025-03-10')).toEqual(['ID:2025-04']);
  });

  it('reads a merchant joining the shop, a sellers\' ban on reopening and a description as no launch', () => {
    expect(launches('French perfume house Maison Lune launches on TikTok Shop UK', 'The fragrance maker opened its first store on TikTok Shop in the UK on Monday.', THU)).toEqual([]);
    expect(launches('', 'Sportswear label Kinetix debuted on TikTok Shop in Mexico this week with a live stream.', THU)).toEqual([]);
    expect(launches('', 'TikTok Shop shut 800 Vietnamese stores for selling fake goods and barred the owners from reopening under new names.', THU)).toEqual([]);
    expect(launches('', 'TK小店是TikTok官方推出的电商解决方案，商家可在应用内完成交易。', THU)).toEqual([]);
  });

  it('reads "the feature" of a sentence that follows one about the shop as the shop', () => {
    expect(launches('How TikTok Shop works', 'TikTok Shop lets creators sell products inside the app. The company introduced the feature in Spain on December 11.', '2024-02-01')).toEqual(['ES:2023-12-11']);
    expect(launches('TikTok adds a Shop feed', 'TikTok is building a dedicated Shop tab for buying products. It is testing the new tab with users in Mexico and Brazil.', '2024-02-01')).toEqual(['BR:null', 'MX:null']);
    expect(launches('', 'TikTok said its video editor got a new feature in Japan on Monday.', '2024-02-01')).toEqual([]);
  });

  it('keeps the shop\'s launch beside a partner named with it', () => {
    expect(launches('TikTok Shop teams up with GoTo to reopen in Indonesia next month', '', '2024-02-01')).toEqual(['ID:2024-03']);
    expect(launches('TikTok Shop携手Tokopedia下月在印尼重启', '', '2024-02-01')).toEqual(['ID:2024-03']);
  });

  it('reads a rival\'s plan in a clause without its own subject as no launch', () => {
    expect(launches('', 'Shein正在圣保罗筹建直播基地，计划年内推出直播购物功能，与TikTok Shop巴西站竞争。', THU)).toEqual([]);
  });
});

describe('markets named in passing', () => {
  it('leaves out where a line already runs and the earlier entries a new one is counted from', () => {
    expect(markets('TikTok Shop takes its fully managed model to Germany', 'TikTok Shop will bring its fully managed model to Germany in June. The platform has been operating that model in the UK and Spain since last year.', '2025-03-10')).toEqual(['DE']);
    expect(markets('', 'Sellers in Italy can now run live shopping streams on TikTok Shop, a service the company has provided in France for two years.', '2025-03-10')).toEqual(['IT']);
    expect(markets('', 'TikTok Shop opened in Japan on Monday, its fourth market in Asia after Thailand and Indonesia.', '2025-03-10')).toEqual(['JP']);
  });

  it('does not read a job title as the world, nor a congress in another country\'s story as the US', () => {
    expect(markets('TikTok Shop to enter new markets in 2026', 'TikTok Shop aims to enter more countries in 2026, its global head of e-commerce said, declining to name them.', '2025-03-10')).toEqual([]);
    expect(markets('Brazil to make online sellers show tax numbers', 'Every seller on a marketplace in Brazil, TikTok Shop included, must show a valid tax number from January under a law passed by Congress last week.', '2025-03-10')).toEqual(['BR']);
  });

  it('leaves out a yardstick, a neighbour and where goods are made', () => {
    expect(markets('TikTok Shop holds creator day in Manila', 'TikTok Shop hosted 2,000 creators in Manila on Friday. The gathering followed a similar event the platform staged in Jakarta last year.', '2025-03-10')).toEqual(['PH']);
    expect(markets('泰国政府考虑限制社交电商', '泰国商务部表示，正在研究是否仿照越南的做法，要求社交平台上的卖家进行实名登记。TikTok Shop暂未回应。', '2025-03-10')).toEqual(['TH']);
    expect(markets('TikTok Shop墨西哥站下月开放跨境入驻', 'TikTok Shop墨西哥站预计下月开放跨境入驻。业内认为，墨西哥靠近美国，物流优势明显。', '2025-03-10')).toEqual(['MX']);
    expect(markets('关税上调，美区卖家承压', '多家TikTok Shop美区卖家表示利润下滑，部分卖家已将工厂迁至泰国和印尼，以降低成本。', '2025-03-10')).toEqual(['US']);
    expect(markets('', 'Several US sellers on TikTok Shop said they were shifting production to Vietnam and Mexico to avoid the new duties.', '2025-03-10')).toEqual(['US']);
  });
});

describe('dates of launches put off or still ahead', () => {
  it('puts a launch pushed back or delayed to a month after publication', () => {
    expect(launches('', 'TikTok Shop has pushed back its debut in Spain to February, a spokesperson said.', '2025-10-20')).toEqual(['ES:2026-02']);
    expect(launches('TikTok Shop delays Mexico full-service rollout to January', '', '2025-10-20')).toEqual(['MX:2026-01']);
  });

  it('reads the launch "ahead of" which a stage starts as still to come', () => {
    expect(launches('', 'TikTok Shop began taking seller applications in Italy on Monday, ahead of a consumer launch in March.', '2025-10-22')).toEqual(['IT:2025-10-20', 'IT:2026-03']);
  });
});

describe('more of what is no launch, and what is', () => {
  it('reads a brand opening its TikTok Shop store and a launch told as where the shop is as no launch', () => {
    expect(launches('Danish toy maker Brikk opens TikTok Shop store in Germany', '', '2025-10-22')).toEqual([]);
    expect(launches('', 'Lazada on Friday began live selling in Vietnam, where TikTok Shop launched three years ago.', '2025-10-22')).toEqual([]);
  });

  it('reads overseas sellers let into a market and 开放直播带货 as launches', () => {
    expect(launches('', 'TikTok Shop yesterday started allowing overseas sellers to list products for Japanese buyers, its first cross-border programme in Asia outside the region.', '2025-10-22')).toEqual(['JP:2025-10-21']);
    expect(launches('', 'TikTok Shop西班牙站将于下月开放直播带货。', '2025-10-22')).toEqual(['ES:2025-11']);
  });

  it('reads a category of sellers let onto the shop as no launch', () => {
    expect(launches('', 'This week the UK TikTok Shop began allowing vintage furniture dealers to sell there.', '2025-10-22')).toEqual([]);
  });
});

describe('the earlier step of a launch, in passing', () => {
  it('leaves out where a push began, where the shop arrived before, and where a service was first introduced', () => {
    expect(markets('', 'TikTok Shop will go live in Ireland in May, the next stage of an expansion that began in the UK.', '2025-10-22')).toEqual(['IE']);
    expect(markets('', 'TikTok Shop opens in Japan next week, two years after it launched in Thailand and Vietnam.', '2025-10-22')).toEqual(['JP']);
    expect(markets('', 'Shoppers in Singapore can now pick parcel lockers, an option the platform rolled out in Malaysia last year.', '2025-10-22')).toEqual(['SG']);
    expect(markets('', 'TikTok Shop全托管模式下月登陆德国，此前该模式已在英国和西班牙运营一年。', '2025-10-22')).toEqual(['DE']);
  });
});
