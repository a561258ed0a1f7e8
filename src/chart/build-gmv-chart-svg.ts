// The GMV chart as an SVG string. Every mark is one reported figure, drawn in the period it covers: a daily rate
// as a dot (a range as a whisker), a total as a bar across its months; a bound ("under $2B", "at least $10M")
// as an arrow, never as an amount; each figure labelled with its value and the latest one called out. Rates and
// totals, and each currency, are separate panels on one shared time axis. Actuals are filled, targets hollow,
// forecasts diamonds, so kinds read apart without colour.
import { MARKET_NAMES, type Market } from '../core/taxonomy.ts';
import type { GmvPoint } from '../core/digest/gmv-series.ts';
import { money } from '../core/format/index.ts';
import { placeGmvFigures, type GmvPanel, type PlacedFigure } from './place-gmv-figures.ts';

export interface GmvChartOptions {
  width?: number;
  /** Total height; by default 190 px per panel plus the title and legend. */
  height?: number;
  /** Replaces the default title "TikTok Shop GMV — United States (US)". */
  title?: string;
}

const FONT = 'DejaVu Sans';
const STYLE: Record<GmvPoint['kind'], { colour: string; dash: string | null; label: string }> = {
  actual: { colour: '#1f5fbf', dash: null, label: 'Actual' },
  target: { colour: '#d9480f', dash: '6 4', label: 'Target' },
  forecast: { colour: '#7a4fbf', dash: '2 3', label: 'Forecast' },
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = 66;
const LEGEND = 46;
const GAP = 18;
const DAY = 86_400_000;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function n(x: number): string {
  return x.toFixed(1);
}

/** A round axis maximum (1, 2, 2.5 or 5 × 10^k) and its tick step, for about 4 gridlines. */
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

/** An arrow from (x, y) pointing up ("at least") or down ("under"): the figure is a bound, not the amount. */
function boundArrow(x: number, y: number, direction: 'up' | 'down', colour: string, floor = Infinity): string {
  // A downward arrow stops short of the zero line (an "under $2B" bar sits close to it).
  const tip = direction === 'up' ? y - 22 : Math.max(Math.min(y + 22, floor - 2), y + 9);
  const head = direction === 'up' ? `${n(x - 4)},${n(tip + 6)} ${n(x)},${n(tip)} ${n(x + 4)},${n(tip + 6)}` : `${n(x - 4)},${n(tip - 6)} ${n(x)},${n(tip)} ${n(x + 4)},${n(tip - 6)}`;
  return `<g class="bound bound-${direction === 'up' ? 'lower' : 'upper'}"><line x1="${n(x)}" y1="${n(y)}" x2="${n(x)}" y2="${n(tip)}" stroke="${colour}" stroke-width="1.5"/><polyline points="${head}" fill="none" stroke="${colour}" stroke-width="1.5"/></g>`;
}

interface Box { x: number; y: number; w: number }

/** Moves a label up (then down) until it clears the labels already placed in its panel. */
function freeSpot(boxes: Box[], x: number, y: number, w: number, minY: number, maxY: number): number {
  const clashes = (yy: number) => boxes.some((b) => Math.abs(b.y - yy) < 13 && x < b.x + b.w && b.x < x + w);
  for (let i = 0; i < 8; i++) {
    const up = y - i * 14;
    if (up >= minY && !clashes(up)) return up;
    const down = y + i * 14;
    if (i > 0 && down <= maxY && !clashes(down)) return down;
  }
  return y;
}

function drawPanel(out: string[], panel: GmvPanel, box: { left: number; top: number; width: number; height: number }, x: (t: number) => number, ticks: { t: number; label: string }[]): void {
  const plotTop = box.top + 22;
  const plotH = box.height - 22 - 26;
  const values = panel.figures.flatMap((f) => [f.low, f.high]).filter((v): v is number => v !== null);
  const { top: yTop, step } = niceScale(Math.max(...values) * 1.3);
  const y = (v: number) => plotTop + plotH - (v / yTop) * plotH;
  out.push(`<g class="panel panel-${panel.measure}" data-currency="${panel.currency}">`);
  out.push(`<text x="${box.left}" y="${box.top + 12}" font-size="13" font-weight="bold" fill="#1b1b1b">${esc(panel.title)}</text>`);
  for (let v = 0; v <= yTop + step / 2; v += step) {
    out.push(`<line x1="${box.left}" y1="${n(y(v))}" x2="${box.left + box.width}" y2="${n(y(v))}" stroke="${v === 0 ? '#444444' : '#e6e6e6'}" stroke-width="1"/>`);
    out.push(`<text x="${box.left - 8}" y="${n(y(v) + 4)}" font-size="11" fill="#444444" text-anchor="end">${esc(money(v, panel.currency))}</text>`);
  }
  for (const tick of ticks) {
    out.push(`<line x1="${n(x(tick.t))}" y1="${n(plotTop + plotH)}" x2="${n(x(tick.t))}" y2="${n(plotTop + plotH + 5)}" stroke="#444444" stroke-width="1"/>`);
    out.push(`<text x="${n(x(tick.t))}" y="${n(plotTop + plotH + 18)}" font-size="11" fill="#444444" text-anchor="middle">${esc(tick.label)}</text>`);
  }
  out.push(`<line x1="${box.left}" y1="${n(plotTop)}" x2="${box.left}" y2="${n(plotTop + plotH)}" stroke="#444444" stroke-width="1"/>`);

  const boxes: Box[] = [];
  for (const f of panel.figures) drawFigure(out, panel, f, x, y, boxes, { minY: plotTop + 10, maxY: plotTop + plotH - 4, right: box.left + box.width });
  out.push('</g>');
}

function drawFigure(out: string[], panel: GmvPanel, f: PlacedFigure, x: (t: number) => number, y: (v: number) => number, boxes: Box[], lim: { minY: number; maxY: number; right: number }): void {
  const { colour, dash } = STYLE[f.kind];
  const bound = f.low === null ? 'down' : f.high === null ? 'up' : null;
  const value = (f.low ?? f.high)!;
  const top = f.high ?? f.low!;
  const x0 = x(f.start);
  const x1 = x(f.end);
  out.push(`<g class="figure figure-${f.kind}${f.latest ? ' latest' : ''}">`);
  let anchorX: number;
  let anchorY: number;
  if (panel.measure === 'rate') {
    const mid = bound ? value : (f.low! + f.high!) / 2;
    if (!bound && f.low !== f.high) out.push(`<line x1="${n(x0)}" y1="${n(y(f.low!))}" x2="${n(x0)}" y2="${n(y(f.high!))}" stroke="${colour}" stroke-width="2"/>`);
    if (f.latest) out.push(`<circle cx="${n(x0)}" cy="${n(y(mid))}" r="9" fill="none" stroke="#1b1b1b" stroke-width="1.2"/>`);
    out.push(marker(f.kind, x0, y(mid)));
    if (bound) out.push(boundArrow(x0, y(value), bound, colour, y(0)));
    anchorX = x0 + 9;
    anchorY = y(top) - 8;
  } else {
    const width = Math.max(x1 - x0, 3);
    if (bound) {
      out.push(`<rect x="${n(x0)}" y="${n(y(value) - 1.5)}" width="${n(width)}" height="3" fill="${colour}"${dash ? ' fill-opacity="0.6"' : ''}/>`);
      out.push(boundArrow(x0 + width / 2, y(value), bound, colour, y(0)));
    } else {
      const h = Math.max(y(f.low!) - y(f.high!), 3);
      out.push(`<rect x="${n(x0)}" y="${n(y(f.high!))}" width="${n(width)}" height="${n(h)}" fill="${colour}" fill-opacity="${f.kind === 'actual' ? 0.55 : 0.15}" stroke="${colour}" stroke-width="1.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    }
    anchorX = x0;
    anchorY = y(top) - (bound === 'up' ? 28 : 8);
  }
  const text = f.latest ? `Latest: ${f.label}` : f.label;
  const w = text.length * 6.4;
  const lx = Math.min(anchorX, lim.right - w);
  const ly = freeSpot(boxes, lx, Math.max(anchorY, lim.minY), w, lim.minY, lim.maxY);
  boxes.push({ x: lx, y: ly, w });
  out.push(`<text class="value-label" x="${n(lx)}" y="${n(ly)}" font-size="11"${f.latest ? ' font-weight="bold"' : ''} fill="${f.latest ? '#1b1b1b' : colour}">${esc(text)}</text>`);
  out.push('</g>');
}

/** Builds the chart's SVG. Exported apart from rasterising so tests can inspect the drawing itself. */
export function buildGmvChartSvg(market: Market, series: GmvPoint[], opts: GmvChartOptions = {}): string {
  const width = opts.width ?? 800;
  const { panels, dropped } = placeGmvFigures(series);
  const panelCount = Math.max(panels.length, 1);
  const height = opts.height ?? HEADER + LEGEND + panelCount * 190 + (panelCount - 1) * GAP;
  const title = opts.title ?? `TikTok Shop GMV — ${MARKET_NAMES[market]} (${market})`;
  const left = 70, right = 24;
  const plotW = width - left - right;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="26" font-size="18" font-weight="bold" fill="#1b1b1b">${esc(title)}</text>`);
  out.push(`<text x="${left}" y="46" font-size="12" fill="#5c5c5c">Each mark is one reported figure, in the period it covers and the currency reported; nothing converted or annualised</text>`);

  if (panels.length === 0) {
    out.push(`<text x="${width / 2}" y="${HEADER + (height - HEADER - LEGEND) / 2}" font-size="15" fill="#5c5c5c" text-anchor="middle">No GMV figures known for ${esc(MARKET_NAMES[market])} yet</text>`);
    out.push('</svg>');
    return out.join('\n');
  }

  const all = panels.flatMap((p) => p.figures);
  const first = Math.min(...all.map((f) => f.start));
  const last = Math.max(...all.map((f) => f.end));
  const pad = Math.max((last - first) * 0.06, 45 * DAY);
  const t0 = first - pad;
  // Room on the right for the last figure's label.
  const t1 = last + pad * 1.5;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * plotW;
  const ticks = timeTicks(t0, t1);
  const panelH = (height - HEADER - LEGEND - (panels.length - 1) * GAP) / panels.length;
  panels.forEach((panel, i) => drawPanel(out, panel, { left, top: HEADER + i * (panelH + GAP), width: plotW, height: panelH }, x, ticks));

  // Legend: the mark of each kind drawn, and what the arrows mean.
  const kinds = (['actual', 'target', 'forecast'] as const).filter((k) => all.some((f) => f.kind === k));
  let lx = left;
  const ly = height - 18;
  for (const kind of kinds) {
    out.push(marker(kind, lx + 6, ly - 4));
    out.push(`<text x="${lx + 16}" y="${ly}" font-size="12" fill="#1b1b1b">${STYLE[kind].label}</text>`);
    lx += 90;
  }
  if (all.some((f) => f.low === null || f.high === null)) {
    out.push(boundArrow(lx + 6, ly + 2, 'up', '#444444').replace('class="bound bound-lower"', 'class="legend-bound"'));
    out.push(`<text x="${lx + 16}" y="${ly}" font-size="12" fill="#1b1b1b">arrow: a bound (at least / under), not the amount</text>`);
  }
  if (dropped > 0) {
    out.push(`<text x="${width - right}" y="${ly}" font-size="11" fill="#5c5c5c" text-anchor="end">${dropped} figure${dropped === 1 ? '' : 's'} without a stated period not shown</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
