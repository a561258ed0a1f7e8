// Puts GMV figures of different periods on one axis. News reports GMV per day ("$9M a day"), per month, per year
// ("a $17.5B target for 2024") or over odd ranges ("< $2B January to May"); plotting those raw side by side would
// compare a day with a year. We chart the annualised run rate instead: day ×365, month ×12, a Jan–May range ×12/5,
// because targets are almost always stated per year, so actuals become directly comparable with them. The caveat
// (a record day is not a typical day) is printed under the chart's title.
import type { GmvPoint } from '../core/digest/gmv-series.ts';

const PER_YEAR: Record<Exclude<GmvPoint['period'], 'range'>, number> = {
  day: 365, week: 365 / 7, month: 12, quarter: 4, half: 2, year: 1,
};

function monthIndex(text: string): { start: number; months: number } | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(text.trim());
  if (!m) return null;
  return m[2] ? { start: Number(m[1]) * 12 + Number(m[2]) - 1, months: 1 } : { start: Number(m[1]) * 12, months: 12 };
}

/** Years covered by a range label "2024-01..2024-05" (inclusive months) or "2024..2025"; null when unreadable. */
export function rangeYears(asOf: string | undefined): number | null {
  if (!asOf) return null;
  const [from, to] = asOf.split(/\.\.|–|—|\s+to\s+/);
  if (!from || !to) return null;
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (!a || !b) return null;
  const months = b.start + b.months - a.start;
  return months > 0 ? months / 12 : null;
}

export interface AnnualisedPoint {
  /** Time of the figure (ms since epoch) on the x axis. */
  t: number;
  low: number;
  high: number;
  kind: GmvPoint['kind'];
  /** True when the report only gave an upper bound ("less than $2B"). */
  upperBoundOnly: boolean;
}

/** Position on the time axis: a year figure sits mid-year, a month figure mid-month. */
export function pointTime(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  if (!m[2]) return Date.UTC(Number(m[1]), 6, 1);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15);
}

/** Annualised copies of the points; points without a usable amount, date or period are dropped (and counted). */
export function annualiseGmv(points: GmvPoint[]): { points: AnnualisedPoint[]; dropped: number } {
  const out: AnnualisedPoint[] = [];
  let dropped = 0;
  for (const p of points) {
    const t = pointTime(p.date);
    const factor = p.period === 'range' ? (rangeYears(p.asOf) ? 1 / rangeYears(p.asOf)! : null) : PER_YEAR[p.period];
    const low = p.low ?? p.high;
    const high = p.high ?? p.low;
    if (t === null || factor === null || low === null || high === null) { dropped++; continue; }
    out.push({ t, low: low * factor, high: high * factor, kind: p.kind, upperBoundOnly: p.low === null });
  }
  return { points: out.sort((a, b) => a.t - b.t), dropped };
}
