// The GMV series of one market as chartable points, taken from the baseline and its history. Only TikTok Shop's
// own figures (Douyin for China) in USD count: competitors' GMV and other currencies would mislead on one axis.
import type { BaselineEntry, GmvFact, GmvKind, GmvPeriod } from '../types.ts';

export interface GmvPoint {
  /** When the figure was reported: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
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

/** Chartable points from baseline entries and history rows (duplicates from corroborating sources collapse). */
export function gmvSeriesFromEntries(entries: BaselineEntry[]): GmvPoint[] {
  const seen = new Set<string>();
  const points: GmvPoint[] = [];
  for (const e of entries) {
    if (!isOwnUsdGmv(e)) continue;
    const f = e.fact;
    const id = [e.date, f.kind, f.period, f.low_usd, f.high_usd, f.as_of ?? ''].join('|');
    if (seen.has(id)) continue;
    seen.add(id);
    points.push({ date: e.date, low: f.low_usd, high: f.high_usd, kind: f.kind, period: f.period, ...(f.as_of ? { asOf: f.as_of } : {}) });
  }
  return points.sort((a, b) => a.date.localeCompare(b.date));
}
