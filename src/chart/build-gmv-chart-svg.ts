// The GMV chart as an SVG string: one line per kind of figure (actual, target, forecast), actuals solid with
// filled dots, targets dashed with hollow dots, forecasts dotted with hollow diamonds, so a reader (or a
// colour-blind one) tells them apart without the legend. Ranges ("$3M–$4M a day") show as whiskers.
import { MARKET_NAMES, type Market } from '../core/taxonomy.ts';
import type { GmvPoint } from '../core/digest/gmv-series.ts';
import { money as formatMoney } from '../core/format/index.ts';
import { annualiseGmv, type AnnualisedPoint } from './annualise-gmv.ts';

export interface GmvChartOptions {
  width?: number;
  height?: number;
  /** Replaces the default title "TikTok Shop GMV — United States (US)". */
  title?: string;
}

const FONT = 'DejaVu Sans';
const STYLE: Record<GmvPoint['kind'], { colour: string; dash: string | null; label: string }> = {
  actual: { colour: '#1f5fbf', dash: null, label: 'Actual' },
  target: { colour: '#d9480f', dash: '8 5', label: 'Target' },
  forecast: { colour: '#7a4fbf', dash: '2 4', label: 'Forecast' },
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function n(x: number): string {
  return x.toFixed(1);
}

/** A round axis maximum (1, 2, 2.5 or 5 × 10^k) and its tick step, for 4–5 gridlines. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1e6, step: 2.5e5 };
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

/** Month-aligned x ticks: every 1, 3, 6, 12 or 24 months so that at most 8 labels fit. */
function timeTicks(t0: number, t1: number): { t: number; label: string }[] {
  const start = new Date(t0);
  const months = (new Date(t1).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(t1).getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 3, 6, 12, 24, 60].find((s) => months / s <= 8) ?? 120;
  const ticks: { t: number; label: string }[] = [];
  // Month index since year 0, rounded up to a multiple of the step: steps of 12+ land on January.
  for (let i = Math.ceil((start.getUTCFullYear() * 12 + start.getUTCMonth()) / step) * step; ; i += step) {
    const t = Date.UTC(Math.floor(i / 12), i % 12, 1);
    if (t > t1) break;
    if (t < t0) continue;
    const d = new Date(t);
    ticks.push({ t, label: step >= 12 ? String(d.getUTCFullYear()) : `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }
  return ticks;
}

function marker(kind: GmvPoint['kind'], x: number, y: number): string {
  const { colour } = STYLE[kind];
  if (kind === 'actual') return `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${colour}" stroke="${colour}" stroke-width="1.5"/>`;
  if (kind === 'target') return `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`;
  return `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" transform="rotate(45 ${n(x)} ${n(y)})" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`;
}

/** Builds the chart's SVG. Exported apart from rasterising so tests can inspect the drawing itself. */
export function buildGmvChartSvg(market: Market, series: GmvPoint[], opts: GmvChartOptions = {}): string {
  const width = opts.width ?? 800;
  const height = opts.height ?? 400;
  const title = opts.title ?? `TikTok Shop GMV — ${MARKET_NAMES[market]} (${market})`;
  const { points, dropped } = annualiseGmv(series);
  const left = 78, right = 24, top = 64, bottom = 78;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="28" font-size="18" font-weight="bold" fill="#1b1b1b">${esc(title)}</text>`);
  out.push(`<text x="${left}" y="48" font-size="12" fill="#5c5c5c">Annualised run rate in USD (a day ×365, a month ×12, a range scaled to a year); each dot is one reported figure</text>`);

  if (points.length === 0) {
    out.push(`<text x="${width / 2}" y="${top + plotH / 2}" font-size="15" fill="#5c5c5c" text-anchor="middle">No GMV figures known for ${esc(MARKET_NAMES[market])} yet</text>`);
    out.push('</svg>');
    return out.join('\n');
  }

  // Time axis padded by a month each side (six when there is a single date) so end points are not on the frame.
  const pad = points[0]!.t === points[points.length - 1]!.t ? 182 * 86_400_000 : 31 * 86_400_000;
  const t0 = points[0]!.t - pad;
  const t1 = points[points.length - 1]!.t + pad;
  const { top: yTop, step } = niceScale(Math.max(...points.map((p) => p.high)) * 1.08);
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * plotW;
  const y = (v: number) => top + plotH - (v / yTop) * plotH;

  for (let v = 0; v <= yTop + step / 2; v += step) {
    out.push(`<line x1="${left}" y1="${n(y(v))}" x2="${left + plotW}" y2="${n(y(v))}" stroke="${v === 0 ? '#444444' : '#e3e3e3'}" stroke-width="1"/>`);
    out.push(`<text x="${left - 8}" y="${n(y(v) + 4)}" font-size="11" fill="#444444" text-anchor="end">${esc(v === 0 ? '$0' : formatMoney(v))}</text>`);
  }
  for (const tick of timeTicks(t0, t1)) {
    out.push(`<line x1="${n(x(tick.t))}" y1="${top + plotH}" x2="${n(x(tick.t))}" y2="${top + plotH + 5}" stroke="#444444" stroke-width="1"/>`);
    out.push(`<text x="${n(x(tick.t))}" y="${top + plotH + 19}" font-size="11" fill="#444444" text-anchor="middle">${esc(tick.label)}</text>`);
  }
  out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#444444" stroke-width="1"/>`);
  out.push(`<text x="16" y="${top + plotH / 2}" font-size="11" fill="#444444" text-anchor="middle" transform="rotate(-90 16 ${top + plotH / 2})">USD per year</text>`);

  const kinds = (['actual', 'target', 'forecast'] as const).filter((k) => points.some((p) => p.kind === k));
  for (const kind of kinds) {
    const own: AnnualisedPoint[] = points.filter((p) => p.kind === kind);
    const { colour, dash } = STYLE[kind];
    const mid = (p: AnnualisedPoint) => (p.low + p.high) / 2;
    const d = own.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(p.t))} ${n(y(mid(p)))}`).join(' ');
    out.push(`<path class="series series-${kind}" d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    for (const p of own) {
      if (p.high !== p.low) {
        out.push(`<line x1="${n(x(p.t))}" y1="${n(y(p.low))}" x2="${n(x(p.t))}" y2="${n(y(p.high))}" stroke="${colour}" stroke-width="1.5"/>`);
      }
      out.push(marker(kind, x(p.t), y(mid(p))));
      if (p.upperBoundOnly) out.push(`<text x="${n(x(p.t) + 7)}" y="${n(y(mid(p)) - 6)}" font-size="11" fill="${colour}">&lt;</text>`);
    }
  }

  // Legend under the axis labels: the marker and line style of each kind drawn.
  let lx = left;
  const ly = height - 22;
  for (const kind of kinds) {
    const { colour, dash, label } = STYLE[kind];
    out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 34}" y2="${ly}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    out.push(marker(kind, lx + 17, ly));
    out.push(`<text x="${lx + 42}" y="${ly + 4}" font-size="12" fill="#1b1b1b">${label}</text>`);
    lx += 120;
  }
  if (dropped > 0) {
    out.push(`<text x="${width - right}" y="${ly + 4}" font-size="11" fill="#5c5c5c" text-anchor="end">${dropped} figure${dropped === 1 ? '' : 's'} without a comparable period not shown</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
