// The GMV series of one market as chartable points, taken from the baseline and its history. Only TikTok Shop's
// own figures (Douyin for China) in USD count: competitors' GMV and other currencies would mislead on one axis.
import type { BaselineEntry, GmvFact, GmvKind, GmvPeriod } from '../types.ts';

export interface GmvPoint {
  /** The time the figure is about ("$14M a day by end of 2023" → 2023-12), else when it was reported. */
  date: string;
  low: number | null;
  high: number | null;
  kind: GmvKind;
  period: GmvPeriod;
  /** Period label for `range` figures ("2024-01..2024-05"), needed to normalise them. */
  asOf?: string;
}

const OWN_PLATFORMS = new Set(['tiktok_shop', 'douyin']);

/** Is this entry one of the market's own GMV figures in USD (not a competitor's, not another currency)? */
export function isOwnUsdGmv(e: BaselineEntry): e is BaselineEntry & { fact: GmvFact } {
  return e.fact.type === 'gmv' && OWN_PLATFORMS.has(e.fact.platform) && (e.fact.currency ?? 'USD') === 'USD'
    && (e.fact.low_usd !== null || e.fact.high_usd !== null);
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

/** Chartable points from baseline entries and history rows (duplicates from corroborating sources collapse). */
export function gmvSeriesFromEntries(entries: BaselineEntry[]): GmvPoint[] {
  const seen = new Set<string>();
  const points: GmvPoint[] = [];
  for (const e of entries) {
    if (!isOwnUsdGmv(e)) continue;
    const f = e.fact;
    const date = describedDate(f, e.date);
    const id = [date, f.kind, f.period, f.low_usd, f.high_usd, f.as_of ?? ''].join('|');
    if (seen.has(id)) continue;
    seen.add(id);
    points.push({ date, low: f.low_usd, high: f.high_usd, kind: f.kind, period: f.period, ...(f.as_of ? { asOf: f.as_of } : {}) });
  }
  return points.sort((a, b) => a.date.localeCompare(b.date));
}
