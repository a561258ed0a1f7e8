// `chart <market> --out FILE.png [--width 800] [--height 400]`: the market's GMV chart as the weekly digest
// attaches it, written to a file.
import { writeFile } from 'node:fs/promises';
import { MARKETS, resolveMarket } from '../core/taxonomy.ts';
import type { BaselineStore } from '../core/ports.ts';
import { loadGmvSeries } from '../app/load-gmv-series.ts';
import { renderGmvChart } from '../chart/render-gmv-chart.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = `usage: npm run cli -- chart <market> --out FILE.png [--width 800] [--height 400]
  markets: ${MARKETS.join(', ')} (aliases like usa, 美国 work)
`;

function size(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= 200 && n <= 4000 ? n : null;
}

export async function runChartCommand(args: string[], io: CliIO, deps: { store: Pick<BaselineStore, 'baselineEntries' | 'baselineHistory'> }): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args);
  const market = resolveMarket(positionals.join(' '));
  const out = flags.get('out')?.at(-1);
  const width = size(flags.get('width')?.at(-1), 800);
  const height = size(flags.get('height')?.at(-1), 400);
  if (unknown.length || !market || !out || width === null || height === null) {
    io.stderr(`${!market && positionals.length ? `unknown market "${positionals.join(' ')}"\n` : ''}${width === null || height === null ? 'width and height must be whole numbers from 200 to 4000\n' : ''}${USAGE}`);
    return 2;
  }
  const series = await loadGmvSeries(deps.store, market);
  const png = renderGmvChart(market, series, { width, height });
  try {
    await writeFile(out, png);
  } catch (e) {
    io.stderr(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  io.stdout(`wrote ${out} (${width}×${height}, ${series.length} GMV figure${series.length === 1 ? '' : 's'} for ${market})\n`);
  if (series.length === 0) io.stderr(`no GMV figures known for ${market} yet; the chart says so\n`);
  return 0;
}
