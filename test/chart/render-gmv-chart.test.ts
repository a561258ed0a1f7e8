import { describe, expect, it } from 'vitest';
import { renderGmvChart } from '../../src/chart/render-gmv-chart.ts';
import { buildGmvChartSvg } from '../../src/chart/build-gmv-chart-svg.ts';
import type { GmvPoint } from '../../src/core/digest/gmv-series.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const actuals: GmvPoint[] = [
  { date: '2025-03', low: 3e6, high: 4e6, kind: 'actual', period: 'day' },
  { date: '2025-09', low: 7e6, high: 7e6, kind: 'actual', period: 'day' },
];
const targets: GmvPoint[] = [{ date: '2026', low: 20e9, high: 20e9, kind: 'target', period: 'year' }];

const seriesPaths = (svg: string) => svg.match(/<path class="series/g) ?? [];

describe('renderGmvChart', () => {
  it('writes a PNG of the requested size', () => {
    const png = renderGmvChart('US', [...actuals, ...targets]);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    const small = renderGmvChart('UK', actuals, { width: 400, height: 240 });
    expect([small.readUInt32BE(16), small.readUInt32BE(20)]).toEqual([400, 240]);
  });

  it('still draws a readable picture when nothing is known', () => {
    expect(renderGmvChart('ID', []).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(buildGmvChartSvg('ID', [])).toContain('No GMV figures known for Indonesia yet');
  });
});

describe('buildGmvChartSvg', () => {
  it('draws one line per kind of figure: actuals solid, targets dashed', () => {
    const one = buildGmvChartSvg('US', actuals);
    expect(seriesPaths(one)).toHaveLength(1);
    const two = buildGmvChartSvg('US', [...actuals, ...targets]);
    expect(seriesPaths(two)).toHaveLength(2);
    expect(two).toMatch(/<path class="series series-actual"[^>]*stroke-width="2.5"\/>/);
    expect(two).toMatch(/<path class="series series-target"[^>]*stroke-dasharray="8 5"/);
    expect(two).toContain('>Actual<');
    expect(two).toContain('>Target<');
  });

  it('puts daily actuals and annual targets on one annualised axis labelled in $B', () => {
    const svg = buildGmvChartSvg('US', [...actuals, ...targets]);
    expect(svg).toContain('TikTok Shop GMV — United States (US)');
    expect(svg).toContain('>$20B<'); // the axis reaches the $20B target
    expect(svg).toContain('Annualised run rate');
  });

  it('says how many figures it could not place instead of plotting them wrongly', () => {
    const svg = buildGmvChartSvg('US', [...actuals, { date: '2025-06', low: null, high: 2e9, kind: 'actual', period: 'range' }]);
    expect(svg).toContain('1 figure without a comparable period not shown');
    const withRange = buildGmvChartSvg('US', [...actuals, { date: '2025-06', low: null, high: 2e9, kind: 'actual', period: 'range', asOf: '2025-01..2025-05' }]);
    expect(withRange).not.toContain('not shown');
  });
});
