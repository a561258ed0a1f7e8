// The vocabulary of TAXONOMY.md: tags, market codes and the aliases a user may type or a text may use.
// Pure data plus lookups; every adapter and the classifier resolve names through here.

export const TAGS = ['launch', 'threshold_change', 'ban', 'gmv_figure'] as const;
export type Tag = (typeof TAGS)[number];

export const MARKETS = [
  'US', 'UK', 'ID', 'TH', 'MY', 'PH', 'VN', 'SG', 'MX', 'ES', 'IE', 'DE', 'FR', 'IT', 'JP', 'BR', 'CN', 'SEA', 'GLOBAL',
] as const;
export type Market = (typeof MARKETS)[number];

/** Human names used when rendering. */
export const MARKET_NAMES: Record<Market, string> = {
  US: 'United States', UK: 'United Kingdom', ID: 'Indonesia', TH: 'Thailand', MY: 'Malaysia', PH: 'Philippines',
  VN: 'Vietnam', SG: 'Singapore', MX: 'Mexico', ES: 'Spain', IE: 'Ireland', DE: 'Germany', FR: 'France', IT: 'Italy',
  JP: 'Japan', BR: 'Brazil', CN: 'China', SEA: 'Southeast Asia', GLOBAL: 'Global',
};

export const TAG_NAMES: Record<Tag, string> = {
  launch: 'Launch',
  threshold_change: 'Threshold change',
  ban: 'Ban',
  gmv_figure: 'GMV figure',
};

/** Aliases a user may type (lower-case). The code itself, lower-cased, always works too. */
export const MARKET_ALIASES: Record<Market, string[]> = {
  US: ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'america', 'united states of america', '美国', '美區', '美区'],
  UK: ['uk', 'gb', 'u.k.', 'britain', 'great britain', 'united kingdom', 'england', '英国'],
  ID: ['id', 'indonesia', '印尼', '印度尼西亚'],
  TH: ['th', 'thailand', '泰国'],
  MY: ['my', 'malaysia', '马来西亚'],
  PH: ['ph', 'philippines', 'the philippines', '菲律宾'],
  VN: ['vn', 'vietnam', 'viet nam', '越南'],
  SG: ['sg', 'singapore', '新加坡'],
  MX: ['mx', 'mexico', '墨西哥'],
  ES: ['es', 'spain', '西班牙'],
  IE: ['ie', 'ireland', '爱尔兰'],
  DE: ['de', 'germany', '德国'],
  FR: ['fr', 'france', '法国'],
  IT: ['it', 'italy', '意大利'],
  JP: ['jp', 'japan', '日本'],
  BR: ['br', 'brazil', '巴西'],
  CN: ['cn', 'china', 'mainland china', '中国', '国内'],
  SEA: ['sea', 'southeast asia', 'south-east asia', 'south east asia', '东南亚'],
  GLOBAL: ['global', 'world', 'worldwide', 'all markets', '全球'],
};

export const TAG_ALIASES: Record<Tag, string[]> = {
  launch: ['launch', 'launches', 'launched', 'opening', '上线', '开站'],
  threshold_change: ['threshold', 'thresholds', 'threshold_change', 'threshold-change', 'entry', 'requirements', '门槛'],
  ban: ['ban', 'bans', 'banned', 'prohibition', '禁令', '封禁'],
  gmv_figure: ['gmv', 'gmv_figure', 'gmv-figure', 'sales', '销售额'],
};

const marketIndex = new Map<string, Market>();
for (const m of MARKETS) {
  marketIndex.set(m.toLowerCase(), m);
  for (const a of MARKET_ALIASES[m]) marketIndex.set(a, m);
}
const tagIndex = new Map<string, Tag>();
for (const t of TAGS) {
  tagIndex.set(t, t);
  for (const a of TAG_ALIASES[t]) tagIndex.set(a, t);
}

function normaliseName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Resolves a market code or alias ("usa", "美国", "Southeast Asia") to its code, or null. */
export function resolveMarket(text: string): Market | null {
  return marketIndex.get(normaliseName(text)) ?? null;
}

/** Resolves a tag name or alias ("gmv", "threshold") to its tag, or null. */
export function resolveTag(text: string): Tag | null {
  return tagIndex.get(normaliseName(text)) ?? null;
}

export function isMarket(value: unknown): value is Market {
  return typeof value === 'string' && (MARKETS as readonly string[]).includes(value);
}

export function isTag(value: unknown): value is Tag {
  return typeof value === 'string' && (TAGS as readonly string[]).includes(value);
}

/** All words a user may type for a market or a tag, for "did you mean" suggestions. */
export function knownMarketWords(): string[] {
  return [...marketIndex.keys()];
}
export function knownTagWords(): string[] {
  return [...tagIndex.keys()];
}
