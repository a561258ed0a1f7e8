// Money as people read it in news: "$3.5M/day", "$17.5B/year", "< $2B (2024-01..2024-05)". Used by the digest's
// GMV table and the chart's axis, so both speak the same units.
import type { GmvPeriod } from '../types.ts';
import { money } from '../format-fact.ts';

/** One money format for alerts, status and digests: "$14M", "¥200B", "$1.25B". */
export function formatMoney(amount: number, currency = 'USD'): string {
  return money(amount, currency);
}

const PER: Record<Exclude<GmvPeriod, 'range'>, string> = {
  day: '/day', week: '/week', month: '/month', quarter: '/quarter', half: '/half-year', year: '/year',
};

/** A GMV figure with its period: "$3M–$4M/day", "< $2B (2024-01..2024-05)", "$17.5B/year". */
export function formatGmv(g: { low_usd: number | null; high_usd: number | null; period: GmvPeriod; currency?: string; as_of?: string }): string {
  const cur = g.currency ?? 'USD';
  const amount = g.low_usd !== null && g.high_usd !== null && g.low_usd !== g.high_usd
    ? `${formatMoney(g.low_usd, cur)}–${formatMoney(g.high_usd, cur)}`
    : g.low_usd !== null ? (g.high_usd === null ? `≥ ${formatMoney(g.low_usd, cur)}` : formatMoney(g.low_usd, cur))
      : g.high_usd !== null ? `< ${formatMoney(g.high_usd, cur)}` : 'amount not stated';
  if (g.period === 'range') return g.as_of ? `${amount} (${g.as_of})` : `${amount} over a stated range`;
  return `${amount}${PER[g.period]}`;
}
