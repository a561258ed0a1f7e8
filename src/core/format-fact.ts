// One-line wording of facts and baseline values for alerts, digests and `status`:
// "US GMV $14M/day (actual, TikTok Shop)", "US creator_followers threshold: 5,000 → 1,000", "CNY 200B/year target (Douyin)".
import { formatGmv } from './digest/format-gmv.ts';
import type { BaselineEntry, Fact } from './types.ts';

const PLATFORM_NAMES: Record<string, string> = {
  tiktok_shop: 'TikTok Shop', douyin: 'Douyin', temu: 'Temu', shein: 'Shein', amazon: 'Amazon', shopee: 'Shopee',
  lazada: 'Lazada', tokopedia: 'Tokopedia', walmart: 'Walmart', ebay: 'eBay', aliexpress: 'AliExpress', taobao: 'Taobao/Tmall',
  pinduoduo: 'Pinduoduo', jd: 'JD.com', kuaishou: 'Kuaishou', mercado_libre: 'Mercado Libre',
};

function platformName(p: string): string {
  return PLATFORM_NAMES[p] ?? p.replace(/_/g, ' ');
}

function count(n: number | null): string {
  return n === null ? '?' : n.toLocaleString('en-US');
}

function prefix(market: string | null): string {
  return market ? `${market} ` : '';
}

/** A fact as one line. CNY amounts show as ¥. */
export function formatFact(fact: Fact): string {
  switch (fact.type) {
    case 'gmv': {
      const money = formatGmv(fact).replace(/\bCNY /g, '¥');
      const who = platformName(fact.platform);
      return fact.kind === 'actual'
        ? `${prefix(fact.market)}GMV ${money} (actual, ${who})`
        : `${prefix(fact.market)}${money} ${fact.kind} (${who})`;
    }
    case 'threshold': {
      const value = fact.from !== null && fact.to !== null ? `${count(fact.from)} → ${count(fact.to)}`
        : fact.to !== null ? `now ${count(fact.to)}` : fact.from !== null ? `was ${count(fact.from)}` : 'changed';
      return `${prefix(fact.market)}${fact.subject} threshold: ${value}`;
    }
    case 'launch': return `${prefix(fact.market)}launch: ${fact.what.replace(/^[a-z_]+: /, '')}${fact.date ? ` (${fact.date})` : ''}`;
    case 'ban': return `${prefix(fact.market)}ban by the ${fact.by}: ${fact.target}`;
  }
}

/** The value a baseline entry holds, without its market (status lists are per market already). */
export function formatBaselineValue(entry: BaselineEntry): string {
  const f = entry.fact;
  if (f.type === 'threshold') {
    return `${f.subject}: ${f.to !== null ? count(f.to) : f.from !== null ? `was ${count(f.from)}` : 'required'}`;
  }
  return formatFact({ ...f, market: null } as Fact);
}
