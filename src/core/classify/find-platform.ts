// Which commerce platform a figure or rule belongs to. TikTok Shop is named many ways ("TikTok Shop", "TTS",
// "TikTok's e-commerce business", "TikTok电商"); Douyin is China's sister app and is kept apart.
export interface PlatformMention {
  platform: string;
  index: number;
}

const PLATFORM_WORDS: [string, string][] = [
  ['douyin', String.raw`douyin|抖音(?!国际)`],
  ['tiktok_shop', String.raw`tiktok|\btts\b|抖音国际版`],
  ['temu', String.raw`\btemu\b`],
  ['shein', String.raw`\bshein\b|希音`],
  ['amazon', String.raw`\bamazon(?:'s|’s)?\b(?! rainforest)|亚马逊`],
  ['shopee', String.raw`\bshopee\b|虾皮`],
  ['lazada', String.raw`\blazada\b|来赞达`],
  ['tokopedia', String.raw`\btokopedia\b`],
  ['walmart', String.raw`\bwalmart\b|沃尔玛`],
  ['ebay', String.raw`\bebay\b`],
  ['aliexpress', String.raw`\baliexpress\b|速卖通`],
  ['taobao', String.raw`\btaobao\b|\btmall\b|淘宝|天猫`],
  ['pinduoduo', String.raw`\bpinduoduo\b|拼多多`],
  ['jd', String.raw`\bjd\.com\b|京东`],
  ['kuaishou', String.raw`\bkuaishou\b|快手`],
  ['mercado_libre', String.raw`mercado ?libre`],
];
const PLATFORM_RE = new RegExp(PLATFORM_WORDS.map(([p, src]) => `(?<${p}>${src})`).join('|'), 'gi');

/** Platform mentions in text order. */
export function findPlatforms(text: string): PlatformMention[] {
  const out: PlatformMention[] = [];
  PLATFORM_RE.lastIndex = 0;
  for (let m = PLATFORM_RE.exec(text); m; m = PLATFORM_RE.exec(text)) {
    for (const key in m.groups!) {
      if (m.groups![key] !== undefined) { out.push({ platform: key, index: m.index }); break; }
    }
  }
  return out;
}
