// One-line wording of facts and baseline values for alerts, digests and `status`:
// "US GMV $14M/day (actual, TikTok Shop)", "US creator_followers threshold: 5,000 → 1,000", "CNY 200B/year target (Douyin)".
import type { BaselineEntry, Fact, GmvFact } from './types.ts';

const SYMBOL: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£' };
const PER: Record<GmvFact['period'], string> = { day: '/day', week: '/week', month: '/month', quarter: '/quarter', half: '/half-year', year: '/year', range: '' };

/** 14_000_000 → "$14M", 200e9 CNY → "¥200B", 1.25e9 → "$1.25B". */
export function money(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  const [scaled, unit] = abs >= 1e12 ? [amount / 1e12, 'T'] : abs >= 1e9 ? [amount / 1e9, 'B'] : abs >= 1e6 ? [amount / 1e6, 'M'] : abs >= 1e3 ? [amount / 1e3, 'K'] : [amount, ''];
  const number = String(Number(scaled.toFixed(2)));
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${number}${unit}` : `${currency} ${number}${unit}`;
}

function formatGmv(g: GmvFact): string {
  const cur = g.currency ?? 'USD';
  const amount = g.low_usd !== null && g.high_usd !== null && g.low_usd !== g.high_usd ? `${money(g.low_usd, cur)}–${money(g.high_usd, cur)}`
    : g.low_usd !== null ? `${g.high_usd === null ? '>' : ''}${money(g.low_usd, cur)}`
      : g.high_usd !== null ? `<${money(g.high_usd, cur)}` : 'amount not stated';
  return g.period === 'range' ? `${amount}${g.as_of ? ` (${g.as_of})` : ' over a stated range'}` : `${amount}${PER[g.period]}`;
}

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
      const value = formatGmv(fact);
      const who = platformName(fact.platform);
      return fact.kind === 'actual'
        ? `${prefix(fact.market)}GMV ${value} (actual, ${who})`
        : `${prefix(fact.market)}${value} ${fact.kind} (${who})`;
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
