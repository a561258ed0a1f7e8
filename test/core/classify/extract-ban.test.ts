// Bans as a user would see them: who imposes them (the platform, a government, a court) and in which market.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { BanFact, Fact } from '../../../src/core/types.ts';

const bans = (title: string, text: string): Pick<BanFact, 'market' | 'by'>[] =>
  classifyItem({ title, text }).facts.filter((f: Fact): f is BanFact => f.type === 'ban').map(({ market, by }) => ({ market, by }));

describe('ban facts', () => {
  it('gives a country acting against TikTok, Temu or social commerce to its government', () => {
    expect(bans('Thailand bans Temu', 'Thailand has banned the shopping app Temu, its digital ministry said on Monday.')).toEqual([{ market: 'TH', by: 'government' }]);
    expect(bans('Shopping curbs', 'After Indonesia, the Malaysian government is weighing a ban on e-commerce transactions on social media platforms.'))
      .toEqual([{ market: 'MY', by: 'government' }]);
  });

  it('gives links, products and sellers to the platform, whatever law is given as the reason', () => {
    expect(bans('Links', 'TikTok Shop will ban external links to other shopping sites in the UK from next month.')).toEqual([{ market: 'UK', by: 'platform' }]);
    expect(bans('Banned items', 'Weapons and prescription drugs cannot be sold on TikTok Shop in Mexico because of federal rules.')).toEqual([{ market: 'MX', by: 'platform' }]);
  });

  it('makes a court blocking a ban the court\'s fact, and a shutdown under a law the government\'s', () => {
    expect(bans('Judge blocks ban', 'A federal judge blocked Texas\'s ban on TikTok a day before it was to take effect.')).toEqual([{ market: 'US', by: 'court' }]);
    expect(bans('Dark', 'TikTok went dark in the US on Sunday as a federal law banning the app took effect.')).toEqual([{ market: 'US', by: 'government' }]);
    expect(bans('Exit', 'TikTok Shop said it will stop selling in Vietnam at the end of the month.')).toEqual([{ market: 'VN', by: 'platform' }]);
  });

  it('reads an order to stop selling some goods as a ban on those goods, not on the shop', () => {
    const targets = (title: string, text = '') => classifyItem({ title, text, published: '2026-11-30' }).facts
      .filter((f: Fact): f is BanFact => f.type === 'ban').map(({ market, by, target }) => ({ market, by, target }));
    expect(targets('UK regulator orders TikTok Shop to stop selling disposable vapes')).toEqual([{ market: 'UK', by: 'government', target: 'product categories' }]);
    // A government rule that names no app is about what or how goods are sold, never "the TikTok app".
    expect(targets('Thailand bans livestream sales of unregistered supplements')).toEqual([{ market: 'TH', by: 'government', target: 'forms of live selling' }]);
    // Stopping all sales in a country is still a ban of the shop there.
    expect(targets('Indonesia orders TikTok Shop to stop selling in the country')).toEqual([{ market: 'ID', by: 'government', target: 'TikTok Shop' }]);
  });

  it('reads Chinese bans: 禁令, 被禁, 平台禁止', () => {
    expect(bans('印尼禁令', '印尼政府宣布禁止社交平台直接销售商品。')).toEqual([{ market: 'ID', by: 'government' }]);
    expect(bans('美国法案', '法案要求字节跳动出售TikTok,否则TikTok会在美国被禁。')).toEqual([{ market: 'US', by: 'government' }]);
    expect(bans('平台新规', 'TikTok Shop英国站禁止商家销售电子烟产品。')).toEqual([{ market: 'UK', by: 'platform' }]);
  });

  it('is not a ban: calls for one, age limits, device bans, halted plans', () => {
    expect(bans('Petition', 'A group of retailers called for a ban on TikTok Shop in France.')).toEqual([]);
    expect(bans('Teens', 'Teens under 18 are banned from hosting live streams on TikTok.')).toEqual([]);
    expect(bans('Devices', 'The state banned TikTok on government devices.')).toEqual([]);
    expect(bans('Plans', 'TikTok halted its expansion plans for Europe.')).toEqual([]);
  });
  it('reads a shop named after its country as the platform acting, not the country', () => {
    expect(bans('TikTok Shop Thailand prohibits external links', 'TikTok Shop now prohibits sellers in Thailand from adding links to external storefronts in product pages and livestreams.'))
      .toEqual([{ market: 'TH', by: 'platform' }]);
  });

  it('gives a prohibition a government orders a platform to carry out to that government', () => {
    const facts = classifyItem({ title: '越南要求TikTok Shop下架未经许可的化妆品', text: '越南工贸部发文，要求TikTok Shop等平台在5天内下架所有未获许可的化妆品，违者将被处罚。' }).facts;
    expect(facts.filter((f) => f.type === 'ban')).toEqual([{ type: 'ban', market: 'VN', by: 'government', target: 'product categories' }]);
    expect(bans('Price floor', 'The new regulations also required Indonesian e-commerce platforms to set a minimum price of $100 for products bought directly from abroad.'))
      .toEqual([{ market: 'ID', by: 'government' }]);
  });

  it('states a shop\'s own notice on goods once, as the platform\'s ban on those goods', () => {
    const facts = classifyItem({ title: 'TikTok Shop马来西亚站禁售电子烟', text: 'TikTok Shop马来西亚站发布公告，即日起禁止上架和销售电子烟及相关配件，违规商品将被下架。' }).facts;
    expect(facts.filter((f) => f.type === 'ban')).toEqual([{ type: 'ban', market: 'MY', by: 'platform', target: 'product categories' }]);
  });

  it('states no second ban where the text refers back to the one it stated', () => {
    expect(bans('印尼拟禁止平台自营', '印尼政府计划禁止网络平台销售自家品牌的商品。这一禁令是为了应对TikTok在印尼推出自营业务来销售商品的情况。'))
      .toEqual([{ market: 'ID', by: 'government' }]);
  });

  it('states no ban for accounts removed over content, in Chinese either', () => {
    expect(bans('TikTok封禁违规账号', 'TikTok发布透明度报告称，第二季度因违反社区准则封禁了超过2000万个账号。')).toEqual([]);
  });
  it('reads a threat to block platforms, in traditional characters, and a department studying curbs, as a government\'s', () => {
    expect(bans('越南擬封鎖Temu與Shein', '越南工貿部表示，若Temu和Shein未在11月底前完成註冊，當局將封鎖兩家平台的網站與應用程式。')).toEqual([{ market: 'VN', by: 'government' }]);
    expect(bans('Philippine trade department studies Temu curbs', 'The Philippine Department of Trade and Industry said it was studying whether to restrict Temu\'s cross-border sales to protect local sellers.'))
      .toEqual([{ market: 'PH', by: 'government' }]);
  });
  it('reads "bar … from", "stop … from" and "will not be allowed" as prohibitions, with the platform as the one acting', () => {
    expect(bans('TikTok Shop to bar Spanish sellers from sending buyers elsewhere', 'TikTok Shop will bar sellers in Spain from directing shoppers to other websites in their videos from next month, it told merchants.'))
      .toEqual([{ market: 'ES', by: 'platform' }]);
    expect(bans('Live rules', 'TikTok Shop will stop Mexican hosts from showing outside payment links during livestreams.')).toEqual([{ market: 'MX', by: 'platform' }]);
    expect(bans('TikTok Shop arrives in Japan', 'TikTok Shop opened in Japan on Monday. The company said supplements, contact lenses and knives would not be allowed on the Japanese store.'))
      .toContainEqual({ market: 'JP', by: 'platform' });
  });

  it('reads a ministry blocking an app in a headline alone as the government\'s ban', () => {
    expect(bans('泰国数字部下令屏蔽Shein应用', '')).toEqual([{ market: 'TH', by: 'government' }]);
  });

  it('gives a divest-or-ban law to the government however the sentence names TikTok', () => {
    expect(bans('白宫再度推迟执法', '美国总统签署行政令，把TikTok“不卖就禁”法律的执行日期再推后75天。')).toEqual([{ market: 'US', by: 'government' }]);
  });

  it('states a ban once when the text goes on to say what the ban would do, without guessing a second imposer', () => {
    expect(bans('泰国研究禁止社交电商', '泰国商务部长表示，政府正在研究是否禁止社交平台直接销售商品。卖家协会担心，这项全面禁令会伤害依赖直播的小商家。'))
      .toEqual([{ market: 'TH', by: 'government' }]);
    expect(bans('Philippines weighs curbs', 'The Philippine trade ministry is weighing a ban on selling goods directly through social media apps. Small merchants fear the ban would cut off their main sales channel.'))
      .toEqual([{ market: 'PH', by: 'government' }]);
  });

  it('states no ban for a gate that shuts only those who miss a requirement, or a closed way in', () => {
    expect(bans('印尼新规', '印尼贸易部发布新规，要求电商卖家提交营业执照，未提交执照的商家将不能开设新店铺。')).toEqual([]);
    expect(bans('Verification rule', 'Under the new rule from Thailand\'s commerce ministry, sellers who have not verified their identity will not be able to list new products on TikTok Shop or Lazada.')).toEqual([]);
    expect(bans('TikTok Shop西班牙站入驻调整', 'TikTok Shop西班牙站更新入驻政策，新商家须为西班牙注册企业，个人卖家入驻通道暂停。')).toEqual([]);
    expect(bans('Registrations paused', 'TikTok Shop has suspended new individual seller registrations in Ireland while it reviews its checks.')).toEqual([]);
    // Closing the shops of sellers who broke the rules stays a platform ban.
    expect(bans('Clean-up', 'TikTok Shop said it closed the shops of 3,000 sellers in Vietnam who sold fake cosmetics.')).toEqual([{ market: 'VN', by: 'platform' }]);
  });

  it('states no ban for suspending influencers\' accounts over what they posted, nor for a trade group urging one', () => {
    expect(bans('TikTok suspends Thai influencers over betting ads', 'TikTok has suspended the accounts of about 40 influencers in Thailand who promoted betting apps in their videos.')).toEqual([]);
    expect(bans('Shop owners want TikTok Shop gone', 'A federation of Indonesian shop owners asked parliament on Monday to outlaw TikTok Shop, saying imports sold in livestreams hurt local stores.')).toEqual([]);
  });
});

describe('ban facts: who acts, and what is no ban (2026-12-03, second session)', () => {
  it('gives the platform a count of sellers or stores it closed or removed, even beside its own sign-up rules', () => {
    expect(bans('Shopee Thailand shuts hundreds of stores and tightens its seller rules', '')).toEqual([{ market: 'TH', by: 'platform' }]);
    expect(bans('Clean-up', 'Lazada said it had permanently closed about 3,400 Vietnamese seller accounts caught selling fake cosmetics.')).toEqual([{ market: 'VN', by: 'platform' }]);
    expect(bans('Clean-up', 'TikTok Shop has removed more than 900 UK shops found listing counterfeit trainers, it told sellers on Monday.')).toEqual([{ market: 'UK', by: 'platform' }]);
  });

  it('reads "may not" a commerce act as the rule of whoever sets it, and a place after "in" as where, not who', () => {
    expect(bans('Link rule', 'Creators on TikTok Shop in Thailand may not put links to other marketplaces in their videos from next month, a notice to sellers says.'))
      .toEqual([{ market: 'TH', by: 'platform' }]);
  });

  it('gives a shop\'s own prohibition to the platform when the item names no government, law or court', () => {
    expect(bans('TikTok Shop越南站禁售电子烟', 'TikTok Shop越南站发布公告，自下周起禁止销售电子烟及其配件，相关商品将被下架。')).toEqual([{ market: 'VN', by: 'platform' }]);
  });

  it('gives a court ordering a platform to stop selling something to the court', () => {
    expect(bans('Mexican court orders Amazon to stop selling unlicensed toys', 'A judge in Mexico City ordered Amazon to take down listings of toys without safety certificates.'))
      .toEqual([{ market: 'MX', by: 'court' }]);
  });

  it('states no ban where the text says there is none, or accounts are suspended for what they posted', () => {
    expect(bans('Spain fines Temu', 'Spain\'s consumer ministry fined Temu €2 million for hidden fees; the ruling places no restriction on Temu\'s sales in Spain.')).toEqual([]);
    expect(bans('TikTok suspends thousands of Thai accounts over scams', 'TikTok said it had suspended about 2,000 accounts in Thailand for posting scam videos.')).toEqual([]);
  });

  it('reads a requirement only the sellers who miss it are shut out by as a threshold, with words between 的 and the seller', () => {
    expect(bans('新规', '越南工贸部通知，未完成实名登记的化妆品类商家将无法在电商平台开设新店铺。')).toEqual([]);
  });

  it('states no new ban for "similar bans" set beside one that is not a ban', () => {
    expect(bans('Governor bans TikTok on state-owned phones', 'The governor banned TikTok on state-owned phones on Friday, and several other states have passed similar bans.')).toEqual([]);
  });

  it('leaves a court that might strike a law down later out of who imposes the ban', () => {
    expect(bans('Justices weigh the TikTok law', 'The justices heard the challenge to the federal law on Friday; TikTok says it will go dark in the US on Sunday unless the court grants it more time or agrees to strike down the law.'))
      .toEqual([{ market: 'US', by: 'government' }]);
  });

  it('keeps a government saying it will not ban (yet) as news about a ban', () => {
    expect(bans('No ban for now', 'Thailand will not ban TikTok Shop for now, the commerce minister said, but will review cross-border sales next year.'))
      .toEqual([{ market: 'TH', by: 'government' }]);
  });

  it('states no ban for a possibility ("may not sell") or a retailer closing its physical stores', () => {
    expect(bans('Deal talks', 'ByteDance may not sell TikTok before the deadline, two analysts said.')).toEqual([]);
    expect(bans('Shein trims pop-ups', 'Shein shuts 4 pop-up stores in Spain as visitor numbers fall.')).toEqual([]);
  });

  it('reads "<shop> <country> bans …" as the shop acting even when the item names a regulator', () => {
    expect(bans('Lazada Philippines bans diet pills', 'Lazada has banned the sale of diet pills in the Philippines after the food and drug regulator warned about unregistered products.'))
      .toEqual([{ market: 'PH', by: 'platform' }]);
  });
});


describe('ban facts: who acts, and what states no ban (2026-12-04)', () => {
  it('gives a court\'s injunction or restraining order to the court, in English and Chinese', () => {
    expect(bans('Court order', 'A US federal judge granted a temporary restraining order barring 25 TikTok Shop sellers from selling counterfeit sneakers.'))
      .toEqual([{ market: 'US', by: 'court' }]);
    expect(bans('法院禁令', '美国加州一家法院发布禁令，禁止30家TikTok Shop店铺销售仿冒玩具。')).toEqual([{ market: 'US', by: 'court' }]);
    // A court upholding a ban leaves it the government's (the shared labels' rule), in Chinese too.
    expect(bans('维持', '美国最高法院维持了TikTok禁令。')).toEqual([{ market: 'US', by: 'government' }]);
  });

  it('gives an order to a list of platforms to the one who orders it', () => {
    expect(bans('Cosmetics', 'Vietnam\'s trade ministry ordered Shopee, Lazada and TikTok Shop to take down listings of unlicensed cosmetics.'))
      .toEqual([{ market: 'VN', by: 'government' }]);
    expect(bans('化妆品', '越南工贸部要求Shopee、Lazada和TikTok Shop下架未经许可的化妆品。')).toEqual([{ market: 'VN', by: 'government' }]);
  });

  it('reads a divest-or-ban law\'s two halves as one ban of the government\'s', () => {
    expect(bans('Vote', 'Lawmakers voted on Tuesday for a bill that would force ByteDance to sell TikTok within nine months or see the app removed from American app stores.'))
      .toEqual([{ market: 'US', by: 'government' }]);
  });

  it('reads "no longer let sellers list", "stop allowing" and "weighs suspending" as bans', () => {
    expect(bans('Used phones', 'TikTok Shop will no longer let sellers in Spain list second-hand phones.')).toEqual([{ market: 'ES', by: 'platform' }]);
    expect(bans('Vapes', 'TikTok Shop is to stop allowing vape listings in the UK from March.')).toEqual([{ market: 'UK', by: 'platform' }]);
    expect(bans('Indonesia weighs suspending Shein over pricing', '')).toEqual([{ market: 'ID', by: 'government' }]);
  });

  it('states no ban for hosts removed over content, or a standing practice told as a reply', () => {
    expect(bans('Hosts', 'TikTok suspended 800 live hosts in Thailand over misleading content last month.')).toEqual([]);
    expect(bans('主播', 'TikTok 上月在泰国封禁了800名主播，原因是发布违规内容。')).toEqual([]);
    expect(bans('Fake listings', 'Sellers complained about copies on TikTok Shop in the UK. TikTok said it takes down fake listings whenever it detects them.')).toEqual([]);
  });

  it('states no ban for a store closing as the time of a refund, or a limit on a number', () => {
    expect(bans('Deposit', 'New cross-border sellers on TikTok Shop UK must pay a deposit of 300 pounds, which is refunded once the store is closed.')).toEqual([]);
    expect(bans('保证金', 'TikTok Shop马来西亚站新入驻商家需缴纳保证金，保证金在店铺注销后退还。')).toEqual([]);
    expect(bans('发货', 'TikTok Shop泰国站规定，订单发货时效不得超过48小时。')).toEqual([]);
  });

  it('reads a score gate with a modifier before the seller noun as a threshold, not a ban', () => {
    expect(bans('评分', 'TikTok Shop越南站新规：店铺评分低于4分的本土店将不能上架新品。')).toEqual([]);
    expect(bans('体验分低于3分将暂停上新', '')).toEqual([]);
  });
});

describe('ban facts: who bans a platform, and ads are not commerce (2026-12-04)', () => {
  it('gives the app or another platform banned in the passive to the government; TikTok Shop\'s own exit stays the platform\'s', () => {
    expect(bans('Two bans', 'Temu was suspended in Vietnam in November and Indonesia blocked it in October.'))
      .toEqual([{ market: 'VN', by: 'government' }, { market: 'ID', by: 'government' }]);
    expect(bans('Exit', 'TikTok Shop was closed in Indonesia after the platform decided to exit.')).toEqual([{ market: 'ID', by: 'platform' }]);
  });

  it('reads pulling out of a market to comply with a regulation as the government\'s ban', () => {
    expect(bans('Pull out', 'TikTok Shop will pull out of Indonesia to comply with the new regulation on social commerce.')).toEqual([{ market: 'ID', by: 'government' }]);
  });

  it('gives a market to the country before its institution ("the Philippine Senate")', () => {
    expect(bans('Philippine bill', 'The Philippine Senate is debating a bill that would ban TikTok Shop from selling imported goods directly to consumers.'))
      .toEqual([{ market: 'PH', by: 'government' }]);
  });

  it('reads a court turning down a request to pause a ban as leaving the ban the government\'s', () => {
    expect(bans('驳回', '美国法院驳回了TikTok要求暂缓执行禁令的请求。')).toEqual([{ market: 'US', by: 'government' }]);
    expect(bans('Appeal', 'A US appeals court rejected TikTok\'s bid to block the ban until the Supreme Court hears the case.')).toEqual([{ market: 'US', by: 'government' }]);
    expect(bans('Blocked', 'A federal judge blocked Montana\'s ban on TikTok.')).toEqual([{ market: 'US', by: 'court' }]);
  });

  it('states no ban for political ads or videos', () => {
    expect(bans('Political ads', 'TikTok banned political ads in Mexico ahead of the election.')).toEqual([]);
    expect(bans('广告', 'TikTok宣布在印尼大选期间禁止政治广告。')).toEqual([]);
  });
});

describe('ban facts: orders to platforms to delist goods (2026-12-04)', () => {
  it('reads an order to delist goods as the orderer\'s ban, with the country as the one ordering', () => {
    expect(bans('Delist', 'The Philippine trade department ordered Lazada and TikTok Shop to delist unlabelled baby formula within a week.'))
      .toEqual([{ market: 'PH', by: 'government' }]);
    expect(bans('英国要求电商平台下架不合格儿童玩具', '')).toEqual([{ market: 'UK', by: 'government' }]);
  });
});
