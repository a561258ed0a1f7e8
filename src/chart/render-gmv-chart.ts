// Rasterises the GMV chart to PNG with resvg and the bundled DejaVu Sans, with system fonts off: the picture is
// then the same on a laptop, in CI and in the slim Docker image (which has no fonts at all).
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Market } from '../core/taxonomy.ts';
import type { GmvPoint } from '../core/digest/gmv-series.ts';
import { buildGmvChartSvg, type GmvChartOptions } from './build-gmv-chart-svg.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];

/** The market's GMV chart as PNG bytes (800×400 unless `opts` says otherwise). */
export function renderGmvChart(market: Market, series: GmvPoint[], opts: GmvChartOptions = {}): Buffer {
  const svg = buildGmvChartSvg(market, series, opts);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
