// `chart <market> --out FILE.png|FILE.svg [--width 800] [--height N]`: the market's GMV chart as the weekly digest
// attaches it, written to a file: PNG or SVG by the file's extension (any other extension is refused, so an .svg
// never holds PNG bytes).
import { writeFile } from 'node:fs/promises';
import { MARKETS, resolveMarket } from '../core/taxonomy.ts';
import type { BaselineStore } from '../core/ports.ts';
import type { ReportStore } from '../core/evidence/reported-change.ts';
import { pendingLine } from '../core/evidence/pending-in-status.ts';
import { renderConsoleMessage } from '../adapters/console/render-console.ts';
import { loadGmvSeries } from '../app/load-gmv-series.ts';
import { renderGmvChart } from '../chart/render-gmv-chart.ts';
import { buildGmvChartSvg } from '../chart/build-gmv-chart-svg.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = `usage: npm run cli -- chart <market> --out FILE.png|FILE.svg [--width 800] [--height N]
  markets: ${MARKETS.join(', ')} (aliases like usa, 美国 work)
`;

function size<T>(text: string | undefined, fallback: T): number | T | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= 200 && n <= 4000 ? n : null;
}

export async function runChartCommand(args: string[], io: CliIO, deps: { store: Pick<BaselineStore, 'baselineEntries' | 'baselineHistory'> & Pick<ReportStore, 'listReports'> }): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args);
  const market = resolveMarket(positionals.join(' '));
  const out = flags.get('out')?.at(-1);
  const width = size(flags.get('width')?.at(-1), 800);
  const height = size(flags.get('height')?.at(-1), undefined);
  if (unknown.length || !market || !out || width === null || height === null) {
    io.stderr(`${!market && positionals.length ? `unknown market "${positionals.join(' ')}"\n` : ''}${width === null || height === null ? 'width and height must be whole numbers from 200 to 4000\n' : ''}${USAGE}`);
    return 2;
  }
  const format = /\.svg$/i.test(out) ? 'svg' : /\.png$/i.test(out) ? 'png' : null;
  if (!format) {
    io.stderr(`chart: ${out} must end in .png or .svg (the format is chosen by the extension)\n${USAGE}`);
    return 2;
  }
  const series = await loadGmvSeries(deps.store, market);
  const opts = { width, ...(height !== undefined ? { height } : {}) };
  const bytes = format === 'svg' ? buildGmvChartSvg(market, series, opts) : renderGmvChart(market, series, opts);
  try {
    await writeFile(out, bytes);
  } catch (e) {
    io.stderr(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  io.stdout(`wrote ${out} (${format.toUpperCase()}, ${width} wide, ${series.length} GMV figure${series.length === 1 ? '' : 's'} for ${market})\n`);
  if (series.length === 0) io.stderr(`no GMV figures known for ${market} yet; the chart says so\n`);
  // The chart draws what we know; a figure resting on one outlet's word is left out, and said to be.
  const unconfirmed = (await deps.store.listReports({ market, states: ['pending'] })).filter((r) => r.fact.type === 'gmv').sort((a, b) => a.id - b.id);
  if (unconfirmed.length) {
    io.stderr(renderConsoleMessage({
      kind: 'reply', title: `Not drawn until confirmed: ${unconfirmed.length} unconfirmed GMV figure${unconfirmed.length === 1 ? '' : 's'} (status ${market.toLowerCase()} lists them)`,
      sections: [{ type: 'list', items: unconfirmed.map((r) => ({ text: pendingLine(r) })) }],
    }));
  }
  return 0;
}
