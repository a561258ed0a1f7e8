// Money as people read it in news: "$3.5M/day", "$17.5B/year", "< $2B (2024-01..2024-05)". Used by the digest's
// GMV table and the chart's axis, so both speak the same units.
import type { GmvPeriod } from '../types.ts';

/** 3_500_000 → "$3.5M"; 17_500_000_000 → "$17.5B"; other currencies keep their code ("CNY 1.2B"). */
export function formatMoney(amount: number, currency = 'USD'): string {
  const abs = Math.abs(amount);
  const [scaled, unit] = abs >= 1e12 ? [amount / 1e12, 'T'] : abs >= 1e9 ? [amount / 1e9, 'B'] : abs >= 1e6 ? [amount / 1e6, 'M'] : abs >= 1e3 ? [amount / 1e3, 'K'] : [amount, ''];
  const digits = Math.abs(scaled) < 10 ? 2 : Math.abs(scaled) < 100 ? 1 : 0;
  const number = scaled.toFixed(digits).replace(/\.?0+$/, '');
  return currency === 'USD' ? `$${number}${unit}` : `${currency} ${number}${unit}`;
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
