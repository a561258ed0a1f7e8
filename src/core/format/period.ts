// Periods as people say them: "/day", "daily", "H2 2024", "Jan–May 2024", "Dec 2023".
import type { GmvKind, GmvPeriod } from '../types.ts';

/** The rate suffix of an amount: "$14M/day". A range period has none: its span is said with `periodLabel`. */
export const PER: Record<GmvPeriod, string> = {
  day: '/day', week: '/week', month: '/month', quarter: '/quarter', half: '/half-year', year: '/year', range: '',
};

/** The adjective for a series name: "daily GMV", "half-yearly GMV". */
export const PERIOD_ADJECTIVE: Record<GmvPeriod, string> = {
  day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', half: 'half-year', year: 'annual', range: 'period',
};

export const KIND_WORD: Record<GmvKind, string> = { actual: 'actual', target: 'target', forecast: 'forecast' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function month(ym: string): { y: string; m: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  return match ? { y: match[1]!, m: MONTHS[Number(match[2]) - 1] ?? match[2]! } : null;
}

/** "2024-H2" → "H2 2024", "2024-Q3" → "Q3 2024", "2024-01..2024-05" → "Jan–May 2024", "2023-12" → "Dec 2023". */
export function periodLabel(asOf: string): string {
  const half = /^(\d{4})-?(H[12]|Q[1-4])$/i.exec(asOf);
  if (half) return `${half[2]!.toUpperCase()} ${half[1]}`;
  const [from, to] = asOf.split('..');
  if (from && to) {
    const a = month(from), b = month(to);
    if (a && b) return a.y === b.y ? `${a.m}–${b.m} ${a.y}` : `${a.m} ${a.y}–${b.m} ${b.y}`;
    return `${from}–${to}`;
  }
  const single = month(asOf);
  return single ? `${single.m} ${single.y}` : asOf;
}
