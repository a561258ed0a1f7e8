// Where each reported GMV figure goes on the chart: in the period it covers, in the currency it was reported in.
// A daily rate is a mark at the time it describes; a total (a month, a half-year, a year, "January to May") is a
// bar across the months it covers. Rates and totals, and each currency, get panels of their own: nothing is
// annualised, converted or joined by lines a report never drew.
import type { GmvPoint } from '../core/digest/gmv-series.ts';
import { moneyRange, PER, periodLabel } from '../core/format/index.ts';

export interface PlacedFigure {
  /** Span on the time axis, ms since epoch; equal for a daily rate. */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  kind: GmvPoint['kind'];
  /** "$14M/day", "$12B–$13B target for H2 2024", "under $2B for Jan–May 2024". */
  label: string;
  /** The newest actual figure of its panel (or the newest of any kind when there is no actual). */
  latest: boolean;
}

export interface GmvPanel {
  currency: string;
  /** Daily rates, or totals over a period. */
  measure: 'rate' | 'total';
  title: string;
  figures: PlacedFigure[];
}

const DAY = 86_400_000;

function monthStart(y: number, m: number): number {
  return Date.UTC(y, m, 1);
}

/** The months a period label covers: "2024-H2" → Jul–Dec 2024, "2024" → the year, "2024-01..2024-05" → Jan–May. */
export function spanOf(asOf: string | undefined, period: GmvPoint['period'], date: string): { start: number; end: number } | null {
  const one = (text: string): { start: number; end: number } | null => {
    const half = /^(\d{4})-?H([12])$/i.exec(text);
    if (half) { const y = Number(half[1]); const h = Number(half[2]); return { start: monthStart(y, h === 1 ? 0 : 6), end: monthStart(y, h === 1 ? 6 : 12) - DAY }; }
    const quarter = /^(\d{4})-?Q([1-4])$/i.exec(text);
    if (quarter) { const y = Number(quarter[1]); const q = Number(quarter[2]); return { start: monthStart(y, (q - 1) * 3), end: monthStart(y, q * 3) - DAY }; }
    const month = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    if (month) {
      const y = Number(month[1]); const m = Number(month[2]) - 1;
      if (month[3]) { const t = Date.UTC(y, m, Number(month[3])); return { start: t, end: t }; }
      return { start: monthStart(y, m), end: monthStart(y, m + 1) - DAY };
    }
    const year = /^(\d{4})$/.exec(text);
    if (year) { const y = Number(year[1]); return { start: monthStart(y, 0), end: monthStart(y + 1, 0) - DAY }; }
    return null;
  };
  const label = asOf?.trim();
  if (label) {
    const [from, to] = label.split('..');
    const a = from ? one(from.trim()) : null;
    const b = to ? one(to.trim()) : a;
    if (a && b) return { start: a.start, end: b.end };
  }
  if (period === 'range') return null; // "over a stated range" with no range stated: nowhere honest to put it
  const d = one(date);
  return d;
}

function labelOf(p: GmvPoint, currency: string, measure: GmvPanel['measure']): string {
  const amount = moneyRange(p.low, p.high, currency);
  const kind = p.kind === 'actual' ? '' : ` ${p.kind}`;
  if (measure === 'rate') return `${amount}${PER.day}${kind}`;
  return `${amount}${kind}${p.asOf ? ` for ${periodLabel(p.asOf)}` : ''}`;
}

/** Groups the points into panels and places each figure; points that cannot be placed are counted, not guessed. */
export function placeGmvFigures(points: GmvPoint[]): { panels: GmvPanel[]; dropped: number } {
  const panels = new Map<string, GmvPanel>();
  let dropped = 0;
  for (const p of points) {
    const currency = p.currency ?? 'USD';
    const measure: GmvPanel['measure'] = p.period === 'day' ? 'rate' : 'total';
    const span = measure === 'rate'
      ? (() => { const s = spanOf(p.asOf && !p.asOf.includes('..') ? p.asOf : undefined, 'day', p.date); return s ? { start: (s.start + s.end) / 2, end: (s.start + s.end) / 2 } : null; })()
      : spanOf(p.asOf, p.period, p.date);
    if (!span || (p.low === null && p.high === null)) { dropped++; continue; }
    const key = `${currency}|${measure}`;
    const panel = panels.get(key) ?? {
      currency, measure, figures: [],
      title: measure === 'rate' ? `Daily GMV (${currency} per day)` : `GMV over a stated period (${currency}, total for the period)`,
    };
    panel.figures.push({ ...span, low: p.low, high: p.high, kind: p.kind, label: labelOf(p, currency, measure), latest: false });
    panels.set(key, panel);
  }
  const ordered = [...panels.values()].sort((a, b) => (a.currency === b.currency ? (a.measure === 'rate' ? -1 : 1) : a.currency === 'USD' ? -1 : b.currency === 'USD' ? 1 : a.currency.localeCompare(b.currency)));
  for (const panel of ordered) {
    panel.figures.sort((a, b) => a.start - b.start || a.end - b.end);
    const actuals = panel.figures.filter((f) => f.kind === 'actual');
    const pool = actuals.length ? actuals : panel.figures;
    const newest = pool.reduce((a, b) => (b.end >= a.end ? b : a));
    newest.latest = true;
  }
  return { panels: ordered, dropped };
}
