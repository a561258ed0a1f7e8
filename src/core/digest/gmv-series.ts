// The GMV series of one market as chartable points, taken from the baseline and its history. Only TikTok Shop's
// own figures (Douyin for China) count, in whatever currency they were reported: each currency is its own series,
// never converted.
import type { BaselineEntry, GmvFact, GmvKind, GmvPeriod } from '../types.ts';

export interface GmvPoint {
  /** The time the figure is about ("$14M a day by end of 2023" → 2023-12), else when it was reported. */
  date: string;
  low: number | null;
  high: number | null;
  kind: GmvKind;
  period: GmvPeriod;
  /** The period the figure covers ("2024-H2", "2024-01..2024-05", "2023-12"), when the report says. */
  asOf?: string;
  /** ISO currency of the amounts; USD when absent. */
  currency?: string;
}

const OWN_PLATFORMS = new Set(['tiktok_shop', 'douyin']);

/** Is this entry one of the market's own GMV figures with an amount (not a competitor's), in any currency? */
export function isOwnGmv(e: BaselineEntry): e is BaselineEntry & { fact: GmvFact } {
  return e.fact.type === 'gmv' && OWN_PLATFORMS.has(e.fact.platform) && (e.fact.low_usd !== null || e.fact.high_usd !== null);
}

/**
 * Where a figure sits on a time axis: the period it describes (as_of "2023-12", the end of "2024-01..2024-05",
 * the end of "2024-H2" or of a year), falling back to the report date when the fact gives none.
 */
export function describedDate(f: GmvFact, reportDate: string): string {
  const asOf = f.as_of?.trim();
  if (!asOf) return reportDate;
  const end = asOf.split('..').pop()!.trim();
  if (/^\d{4}(-\d{2}){0,2}$/.test(end)) return /^\d{4}$/.test(end) ? `${end}-12` : end;
  const half = /^(\d{4})-H([12])$/i.exec(end);
  if (half) return `${half[1]}-${half[2] === '1' ? '06' : '12'}`;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(end);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`;
  return reportDate;
}

/**
 * Chartable points from baseline entries and history rows. A figure reported again (a corroborating source, a
 * recap months later) is one point, at the earliest time it describes: a re-report is not a new measurement.
 */
export function gmvSeriesFromEntries(entries: BaselineEntry[]): GmvPoint[] {
  const byFigure = new Map<string, GmvPoint>();
  for (const e of entries) {
    if (!isOwnGmv(e)) continue;
    const f = e.fact;
    const date = describedDate(f, e.date);
    const id = [f.kind, f.period, f.low_usd, f.high_usd, f.as_of ?? '', f.currency ?? 'USD'].join('|');
    const seen = byFigure.get(id);
    if (seen && seen.date <= date) continue;
    byFigure.set(id, {
      date, low: f.low_usd, high: f.high_usd, kind: f.kind, period: f.period,
      ...(f.as_of ? { asOf: f.as_of } : {}), ...(f.currency && f.currency !== 'USD' ? { currency: f.currency } : {}),
    });
  }
  return [...byFigure.values()].sort((a, b) => a.date.localeCompare(b.date));
}
