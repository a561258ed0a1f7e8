// Bans that touch TikTok Shop commerce: a platform prohibiting links, product categories or sellers, or a
// government banning TikTok, TikTok Shop or social commerce in a market (including divest-or-ban laws and
// shutdowns). Bans on government devices, content removals and age limits for live streaming are not.
import type { BanFact } from '../types.ts';
import { marketsForSentence, type ItemContext } from './item-context.ts';

const VERB = /\bban(?:s|ned|ning)?\b|prohibit|\bblock(?:s|ed|ing)?\b|\boutlaw|\bforbid|\bbarred\b|\bshut(?:s|ting)? down\b|\bshutdown\b|\bgo(?:es)? dark\b|\bwent dark\b|\bhalt(?:s|ed|ing)?\b|\bstop(?:s|ped|ping)? (?:e-?commerce|selling|facilitating|transactions|sales|online retail)|\bno longer (?:facilitate|allow|permit|sell|support)|\bsuspen(?:d|ds|ded|ding|sion)\b|\bcut(?:s|ting)? off\b|\bdivest|\bforc(?:e|es|ed|ing) .{0,40}\bto sell\b|\bcease\w*|\bclos(?:e|es|ed|ing|ure) (?:of )?(?:its |the )?(?:e-?commerce|tiktok shop|shop)|禁止|禁令|封禁|下架|叫停|关停|关闭|暂停|禁售|不得|严禁|禁用/i;
const COMMERCE_TARGET = /tiktok shop|e-?commerce|social commerce|transactions?|\blinks?\b|\bsales?\b|\bsell(?:ing)?\b|online retail|\bproducts?\b|\bgoods\b|\bitems\b|categor|\bsellers?\b|\bmerchants?\b|\bshops?\b|\bstores?\b|listings?|商品|产品|类目|链接|外链|卖家|商家|店铺|小店|电商|交易|带货|品类/i;
const APP_TARGET = /tiktok|bytedance|抖音|字节/i;
const GOVERNMENT = /government|\blaw\b|\blaws\b|\bbill\b|legislat|\bcourt\b|congress|ministry|minister|regulators?\b|\bpresident\b|\bstate\b|\bstates\b|authorit|officials?\b|\bgov\.?\b|federal|parliament|senate|\btrump\b|\bbiden\b|\bdivest|政府|法律|法案|监管|部门|法院|国会|总统|新规|当局/i;
const NOT_BAN = /\bdevices?\b|\bphones?\b|community guidelines|misinformation|\bfor content\b|\bbanned from live ?stream|设备/i;
const SUSPEND_CONTENT = /\bsuspen\w*\b.{0,40}\b(?:accounts?|users?|creators?)\b.{0,40}\b(?:content|videos?|posts?|guidelines)\b/i;
const PLATFORM_SUBJECT = /(?:tiktok(?: shop)?|the platform|平台|站)[^.,;，。]{0,25}$/i;
const BAN_EVENT = /^(?:ban|suspension|shutdown|禁令)$/i;
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 90;

/** A short target for the fact and its subject key: what is prohibited. */
function targetOf(window: string, byGov: boolean): string {
  if (/external|off-platform|\blinks?\b|外链|链接/i.test(window)) return /amazon|亚马逊/i.test(window) ? 'external links (Amazon and other sites)' : 'external links';
  if (/divest|to sell|sell (?:its|their) stake/i.test(window)) return 'TikTok app (divest-or-ban law)';
  if (/social (?:commerce|media)|social platforms?|社交(?:平台|媒体|电商)/i.test(window) && /commerce|transaction|交易|电商|shop/i.test(window)) return 'social commerce';
  if (/seller|merchant|accounts?|卖家|商家|店铺/i.test(window) && !byGov) return 'seller accounts';
  if (/categor|products?|goods|items|listings?|商品|产品|类目|品类|药品|武器/i.test(window) && !byGov) return 'product categories';
  if (/tiktok shop|e-?commerce|transactions?|online retail|小店|电商|交易/i.test(window)) return 'TikTok Shop';
  return 'TikTok app';
}

/** Ban facts: one per market of each sentence that states a prohibition touching commerce. */
export function extractBans(ctx: ItemContext): BanFact[] {
  const out: BanFact[] = [];
  const itemGov = ctx.sentences.some((s) => GOVERNMENT.test(s.text));
  ctx.sentences.forEach((s, i) => {
    const t = s.text;
    const verb = VERB.exec(t);
    if (!verb) return;
    const window = t.slice(Math.max(0, verb.index - WINDOW_BEFORE), verb.index + verb[0].length + WINDOW_AFTER);
    const after = t.slice(verb.index, verb.index + verb[0].length + WINDOW_AFTER);
    if (NOT_BAN.test(window) || SUSPEND_CONTENT.test(t)) return;
    const gov = GOVERNMENT.test(t) || itemGov;
    // What is prohibited follows the verb ("bans links to Amazon", "禁止上架药品"); a government ban, or "the ban"
    // as an event, may name TikTok or its shop anywhere near.
    // 禁售 ("ban from sale") and 下架 ("take off the shelves") prohibit selling whatever their object.
    const commerceObject = COMMERCE_TARGET.test(after) || /^(?:禁售|下架)$/.test(verb[0]);
    const aboutTikTok = APP_TARGET.test(window) || COMMERCE_TARGET.test(window);
    if (!commerceObject && !(aboutTikTok && (gov || BAN_EVENT.test(verb[0])))) return;
    // "TikTok is planning to ban links", "平台禁止…": the platform is the one prohibiting, whatever else the item says.
    const platformSubject = PLATFORM_SUBJECT.test(t.slice(Math.max(0, verb.index - 40), verb.index)) && !GOVERNMENT.test(t);
    const by: BanFact['by'] = gov && !platformSubject ? 'government' : 'platform';
    const target = targetOf(window, by === 'government');
    const markets = marketsForSentence(ctx, i).filter((m) => m !== 'GLOBAL');
    for (const market of markets.length ? markets : [null]) out.push({ type: 'ban', market, by, target });
  });
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = `${f.market}|${f.by}|${f.target}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
