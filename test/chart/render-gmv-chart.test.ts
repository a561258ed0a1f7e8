// The GMV chart shows what was reported, in the period it covers: no annualised points, bounds drawn as bounds,
// every figure labelled, the latest called out, other currencies in panels of their own.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { renderGmvChart } from '../../src/chart/render-gmv-chart.ts';
import { buildGmvChartSvg } from '../../src/chart/build-gmv-chart-svg.ts';
import { placeGmvFigures } from '../../src/chart/place-gmv-figures.ts';
import { gmvSeriesFromEntries, type GmvPoint } from '../../src/core/digest/gmv-series.ts';
import { parseBaselineFile } from '../../src/config/baseline-file.ts';
import type { BaselineEntry } from '../../src/core/types.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function usSeries(): Promise<GmvPoint[]> {
  const { latest, history } = parseBaselineFile(await readFile('config/baseline.yaml', 'utf8'), 'config/baseline.yaml');
  return gmvSeriesFromEntries([...history, ...latest].filter((e) => e.market === 'US'));
}

const labels = (svg: string) => [...svg.matchAll(/class="value-label"[^>]*>([^<]+)</g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the GMV chart', () => {
  it('plots each reported US figure as reported: no annualised $25B, the H2 2024 target across Jul–Dec 2024', async () => {
    const series = await usSeries();
    const svg = buildGmvChartSvg('US', series);
    expect(svg).not.toContain('$25B');
    expect(labels(svg)).toEqual(expect.arrayContaining([
      '$500K–$1M/day', '$3M–$4M/day', 'Latest: $14M/day', 'at least $10M/day target',
      '$17.5B target for 2024', '$12B–$13B target for H2 2024',
    ]));
    const h2 = placeGmvFigures(series).panels.flatMap((p) => p.figures).find((f) => f.label.includes('H2 2024'))!;
    expect([new Date(h2.start).toISOString().slice(0, 10), new Date(h2.end).toISOString().slice(0, 10)]).toEqual(['2024-07-01', '2024-12-31']);
  });

  it('draws an upper bound as a bound ("under $2B" with a downward arrow), not as an amount', async () => {
    const svg = buildGmvChartSvg('US', await usSeries());
    expect(labels(svg).some((l) => /under \$2B for Jan–May 2024/.test(l))).toBe(true);
    expect(svg.match(/class="bound bound-upper"/g)).toHaveLength(1);
    expect(svg.match(/class="bound bound-lower"/g)).toHaveLength(1); // "at least $10M/day"
  });

  it('keeps daily rates and period totals apart, and each currency in its own panel, unconverted', () => {
    const svg = buildGmvChartSvg('UK', [
      { date: '2024-03', low: 5e6, high: 5e6, kind: 'actual', period: 'day', currency: 'GBP' },
      { date: '2024-06', low: 7e6, high: 7e6, kind: 'actual', period: 'day', currency: 'GBP' },
      { date: '2024-06', low: 9e6, high: 9e6, kind: 'actual', period: 'day' },
    ]);
    expect(svg.match(/class="panel panel-rate" data-currency="[A-Z]+"/g)).toEqual([
      'class="panel panel-rate" data-currency="USD"', 'class="panel panel-rate" data-currency="GBP"',
    ]);
    expect(labels(svg)).toEqual(['Latest: $9M/day', '£5M/day', 'Latest: £7M/day']);
    expect(svg).toContain('Daily GMV (GBP per day)');
  });

  it('draws a figure reported again months later once, where it was first measured', () => {
    const fact = { type: 'gmv' as const, market: 'US' as const, low_usd: 14e6, high_usd: 14e6, period: 'day' as const, kind: 'actual' as const, platform: 'tiktok_shop' };
    const e = (date: string): BaselineEntry => ({ market: 'US', key: 'gmv:tiktok_shop:day:actual', fact, date, source: 's', corroboration: 1 });
    expect(gmvSeriesFromEntries([e('2024-01'), e('2025-07')])).toEqual([{ date: '2024-01', low: 14e6, high: 14e6, kind: 'actual', period: 'day' }]);
  });

  it('renders a PNG of the requested size, and a readable picture when nothing is known', async () => {
    const png = renderGmvChart('US', await usSeries(), { width: 800, height: 400 });
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    expect(renderGmvChart('ID', []).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(buildGmvChartSvg('ID', [])).toContain('No GMV figures known for Indonesia yet');
  });

  it('says how many figures it could not place instead of guessing', () => {
    const svg = buildGmvChartSvg('US', [
      { date: '2025-03', low: 3e6, high: 4e6, kind: 'actual', period: 'day' },
      { date: '2025-06', low: null, high: 2e9, kind: 'actual', period: 'range' },
    ]);
    expect(svg).toContain('1 figure without a stated period not shown');
  });
});
