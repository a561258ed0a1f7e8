// Headline and summary templates for the benchmark feeds, written for this project (not real news): TikTok Shop
// launches, creator/merchant thresholds, bans and GMV figures in $, ¥, 亿 and 万, plus the retail news that must
// not match, in English and Chinese. A story's facts come from its own seed, so several outlets can report the
// same story in different words (which exercises clustering), while wording comes from the item's seed.
import type { SeededRandom } from './seeded-random.ts';

export interface GeneratedText {
  title: string;
  /** HTML, as feeds send it: paragraphs, links, entities. */
  summaryHtml: string;
  /** The story pool number for TikTok Shop / e-commerce stories (meant to be tagged); null for other news. */
  story?: number | null;
}

interface Place { en: string; zh: string }

const PLACES: Place[] = [
  { en: 'the US', zh: '美国' }, { en: 'the UK', zh: '英国' }, { en: 'Indonesia', zh: '印尼' },
  { en: 'Thailand', zh: '泰国' }, { en: 'Malaysia', zh: '马来西亚' }, { en: 'the Philippines', zh: '菲律宾' },
  { en: 'Vietnam', zh: '越南' }, { en: 'Singapore', zh: '新加坡' }, { en: 'Mexico', zh: '墨西哥' },
  { en: 'Spain', zh: '西班牙' }, { en: 'Ireland', zh: '爱尔兰' }, { en: 'Germany', zh: '德国' },
  { en: 'France', zh: '法国' }, { en: 'Italy', zh: '意大利' }, { en: 'Japan', zh: '日本' },
  { en: 'Brazil', zh: '巴西' }, { en: 'Southeast Asia', zh: '东南亚' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLET_LEADS_EN = ['According to people familiar with the matter,', 'The company said on Tuesday that', 'In a note to sellers,', 'Industry analysts say', 'A spokesperson confirmed that'];
const OUTLET_LEADS_ZH = ['据知情人士透露，', '平台在商家后台发布公告称，', '多位卖家向记者证实，', '据行业媒体报道，', '官方消息显示，'];
const BAN_TARGETS_EN = ['external links to Amazon and other stores', 'sales of weight-loss supplements', 'live-stream sales of imported cosmetics', 'sellers without a local business licence', 'in-app payments for social commerce'];
const BAN_TARGETS_ZH = ['视频挂外链', '销售减肥类保健品', '直播销售进口化妆品', '无本地营业执照的卖家入驻', '社交电商内支付'];
const RIVALS = ['Temu', 'Shein', 'Shopee', 'Lazada', 'Amazon'];
const CITIES_EN = ['Ohio', 'Leeds', 'Lyon', 'Osaka', 'Monterrey', 'Cebu', 'Bandung', 'Valencia', 'Cork', 'Munich'];
const CITIES_ZH = ['杭州', '深圳', '义乌', '广州', '成都', '苏州', '厦门', '武汉'];

function usdAmount(r: SeededRandom): { text: string; zh: string } {
  const scale = r.pick(['million', 'billion'] as const);
  const v = scale === 'million' ? r.int(2, 950) : r.int(1, 40) + r.pick([0, 0.5, 0.2, 0.8]);
  const zh = scale === 'million' ? `${v * 100}万美元` : `${Math.round(v * 10)}亿美元`;
  return { text: r.chance(0.5) ? `$${v} ${scale}` : `$${v}${scale === 'million' ? 'm' : 'bn'}`, zh };
}

function cnyAmount(r: SeededRandom): { en: string; zh: string } {
  if (r.chance(0.5)) {
    const yi = r.int(12, 9800);
    return { en: `¥${(yi / 10).toFixed(1)} billion`, zh: `${yi}亿元` };
  }
  const wan = r.int(3, 90) / 10;
  return { en: `¥${wan} trillion`, zh: `${wan}万亿元` };
}

function wrap(lead: string, body: string, extra: string, link: string): string {
  return `<p>${lead} ${body}</p><p>${extra} <a href="${link}">Read more &raquo;</a></p>`;
}

type StoryWriter = (story: SeededRandom, words: SeededRandom, zh: boolean, link: string) => GeneratedText;

const STORIES: StoryWriter[] = [
  // launch
  (s, w, zh, link) => {
    const p = s.pick(PLACES);
    const month = s.int(0, 11);
    const year = s.int(2023, 2026);
    if (zh) {
      return {
        title: w.pick([`TikTok Shop${p.zh}站正式上线，${month + 1}月开放本土商家入驻`, `TikTok Shop将于${year}年${month + 1}月在${p.zh}开通跨境业务`, `TikTok Shop${p.zh}全托管模式${year}年${month + 1}月上线`]),
        summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}TikTok Shop将于${year}年${month + 1}月在${p.zh}上线，首批开放本土与跨境商家注册。</p>`,
      };
    }
    return {
      title: w.pick([`TikTok Shop launches in ${p.en}, opening to local sellers in ${MONTHS[month]}`, `TikTok Shop to open cross-border selling in ${p.en} in ${MONTHS[month]} ${year}`, `TikTok Shop relaunches its full-service model in ${p.en}`]),
      summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), `TikTok Shop will start selling in ${p.en} in ${MONTHS[month]} ${year}, with registration open to merchants now.`, 'Sellers can apply through the Seller Center.', link),
    };
  },
  // threshold
  (s, w, zh, link) => {
    const p = s.pick(PLACES);
    const from = s.pick([500, 1000, 5000, 10000]);
    const to = s.chance(0.6) ? Math.max(0, from / s.pick([5, 10])) : from * s.pick([2, 5]);
    const creator = s.chance(0.6);
    if (zh) {
      return {
        title: creator ? `TikTok Shop${p.zh}达人带货门槛从${from}粉丝调整为${to}粉丝` : `TikTok Shop${p.zh}新商家入驻需近30天销售额达${to}美元`,
        summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}${creator ? `${p.zh}联盟达人的粉丝门槛由${from}调整为${to}。` : `新入驻商家的销售额门槛由${from}美元调整为${to}美元。`}</p>`,
      };
    }
    return {
      title: creator
        ? w.pick([`TikTok Shop cuts creator follower minimum in ${p.en} from ${from.toLocaleString('en')} to ${to.toLocaleString('en')}`, `Affiliate creators in ${p.en} now need ${to.toLocaleString('en')} followers to sell on TikTok Shop`])
        : `TikTok Shop ${p.en} now requires $${to.toLocaleString('en')} in monthly sales for new merchants`,
      summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), creator ? `the minimum follower count for affiliate creators in ${p.en} changes from ${from.toLocaleString('en')} to ${to.toLocaleString('en')}.` : `merchants in ${p.en} must show $${to.toLocaleString('en')} in sales, up from $${from.toLocaleString('en')}.`, 'The change takes effect next month.', link),
    };
  },
  // ban
  (s, w, zh, link) => {
    const p = s.pick(PLACES);
    const t = s.int(0, BAN_TARGETS_EN.length - 1);
    const gov = s.chance(0.3);
    if (zh) {
      return {
        title: gov ? `${p.zh}政府禁止在社交媒体平台上进行电商交易` : `TikTok Shop${p.zh}禁止${BAN_TARGETS_ZH[t]}`,
        summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}${gov ? `${p.zh}监管部门宣布禁令，TikTok Shop业务受影响。` : `平台将禁止${BAN_TARGETS_ZH[t]}，违规商家将被清退。`}</p>`,
      };
    }
    return {
      title: gov ? `${p.en} bans social commerce, forcing TikTok Shop to halt sales` : w.pick([`TikTok Shop bans ${BAN_TARGETS_EN[t]} in ${p.en}`, `TikTok to block ${BAN_TARGETS_EN[t]} on its shop in ${p.en}`]),
      summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), gov ? `regulators in ${p.en} banned sales on social media platforms, and TikTok Shop must stop transactions.` : `TikTok Shop will prohibit ${BAN_TARGETS_EN[t]} for sellers in ${p.en}.`, 'Sellers have 30 days to comply.', link),
    };
  },
  // GMV, TikTok Shop in USD
  (s, w, zh, link) => {
    const p = s.pick(PLACES);
    const a = usdAmount(s);
    const period = s.pick(['a day', 'in the first half', 'last year', 'a month'] as const);
    const zhPeriod = { 'a day': '日均', 'in the first half': '上半年', 'last year': '去年全年', 'a month': '月均' }[period];
    if (zh) {
      return {
        title: `TikTok Shop${p.zh}${zhPeriod}GMV约${a.zh}`,
        summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}TikTok Shop在${p.zh}的${zhPeriod}商品交易总额（GMV）约为${a.zh}。</p>`,
      };
    }
    return {
      title: w.pick([`TikTok Shop ${p.en} GMV hits ${a.text} ${period}`, `TikTok Shop sales in ${p.en} reach ${a.text} ${period}, sources say`]),
      summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), `gross merchandise value on TikTok Shop in ${p.en} was about ${a.text} ${period}.`, 'The company declined to comment.', link),
    };
  },
  // GMV, Douyin or a rival, in CNY or USD
  (s, w, zh, link) => {
    const year = s.int(2022, 2025);
    if (s.chance(0.5)) {
      const a = cnyAmount(s);
      return zh
        ? { title: `抖音电商${year}年GMV突破${a.zh}`, summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}抖音电商${year}年全年GMV超过${a.zh}，同比增长约${s.int(20, 80)}%。</p>` }
        : { title: `Douyin e-commerce GMV passed ${a.en} in ${year}`, summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), `Douyin's e-commerce GMV exceeded ${a.en} in ${year}.`, '', link) };
    }
    const rival = s.pick(RIVALS);
    const a = usdAmount(s);
    return zh
      ? { title: `${rival}${year}年GMV约${a.zh}，目标翻倍`, summaryHtml: `<p>${w.pick(OUTLET_LEADS_ZH)}${rival}在${year}年的GMV约为${a.zh}。</p>` }
      : { title: `${rival}'s ${year} GMV reached ${a.text}, analysts estimate`, summaryHtml: wrap(w.pick(OUTLET_LEADS_EN), `${rival} had gross merchandise volume of about ${a.text} in ${year}.`, 'It aims to double that.', link) };
  },
];

/** Retail news that names money, stores or TikTok but must not be tagged. */
function otherNews(r: SeededRandom, zh: boolean, link: string): GeneratedText {
  const pct = r.int(2, 45);
  if (zh) {
    const city = r.pick(CITIES_ZH);
    return r.pick([
      { title: `${city}社区团购订单量上涨${pct}%`, summaryHtml: `<p>${city}多家社区团购平台订单量环比上涨${pct}%，生鲜品类增长最快。</p>` },
      { title: `某国货品牌在${city}开设旗舰店`, summaryHtml: `<p>该品牌首家线下旗舰店面积约${r.int(200, 2000)}平方米，开业首日客流超过${r.int(1, 9)}万人次。</p>` },
      { title: `直播间新品发布会吸引${r.int(10, 900)}万人观看`, summaryHtml: `<p>一场新品直播吸引了${r.int(10, 900)}万人次观看，点赞数超过${r.int(1, 50)}百万。</p>` },
      { title: `${city}跨境电商产业园新增${r.int(20, 300)}家企业入驻`, summaryHtml: `<p>园区今年已累计引进企业${r.int(100, 900)}家，物流时效缩短${pct}%。</p>` },
    ]);
  }
  const city = r.pick(CITIES_EN);
  return r.pick([
    { title: `Walmart expands same-day delivery to ${r.int(50, 900)} more stores`, summaryHtml: wrap('The retailer said', `same-day delivery now reaches ${pct}% more households.`, '', link) },
    { title: `Retail sales in ${r.pick(PLACES).en} rose ${pct / 10}% in ${r.pick(MONTHS)}`, summaryHtml: wrap('Official figures show', `retail sales rose ${pct / 10}% month on month; online sales were $${r.int(80, 120)} billion.`, '', link) },
    { title: `Amazon opens a new fulfilment centre in ${city}`, summaryHtml: wrap('The site', `will employ ${r.int(300, 3000)} people &amp; ship ${r.int(1, 9)} million parcels a week.`, '', link) },
    { title: `Shopify merchants report holiday traffic up ${pct}%`, summaryHtml: wrap('Merchants said', `traffic was up ${pct}% on last year.`, '', link) },
    { title: `TikTok adds new video editing tools for creators`, summaryHtml: wrap('The app', `now lets creators with over ${r.int(1, 99)},000 followers trim clips in the app.`, '', link) },
    { title: `Mall operator in ${city} raises $${r.int(20, 400)} million in funding`, summaryHtml: wrap('The company', `closed a round led by two pension funds.`, '', link) },
  ]);
}

/** Number of distinct tagged stories across all feeds: outlets repeat stories, as in real news. */
export const STORY_POOL = 4000;

/** Writes one item: with probability `taggedShare` a story from the pool, otherwise other retail news. */
export function writeNewsText(words: SeededRandom, storySeed: (story: number) => SeededRandom, zh: boolean, link: string, taggedShare: number): GeneratedText {
  if (!words.chance(taggedShare)) return { ...otherNews(words, zh, link), story: null };
  const story = words.int(0, STORY_POOL - 1);
  const s = storySeed(story);
  return { ...STORIES[story % STORIES.length]!(s, words, zh, link), story };
}
