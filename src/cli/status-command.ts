// `status <market> [--json]`: what we know of a market, from the store (the baseline plus what news changed).
import { MARKETS, MARKET_NAMES, knownMarketWords, resolveMarket } from '../core/taxonomy.ts';
import { closestWord } from '../core/commands/closest-word.ts';
import { gmvHistory } from '../app/commands/handle-command.ts';
import { renderStatus, statusRows } from '../core/commands/render-status.ts';
import { formatBaselineValue, formatFact } from '../core/format/index.ts';
import type { Runtime } from '../compose/runtime.ts';
import { renderConsoleMessage } from '../adapters/console/render-console.ts';
import { withPendingReports } from '../core/evidence/pending-in-status.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

/** "Unknown market "usx". Did you mean "usa"?", or "status takes one market: you named US and UK." */
function unknownMarketProblem(words: string[]): string {
  const named = words.map((w) => resolveMarket(w));
  if (words.length > 1 && named.every(Boolean)) return `status takes one market: you named ${named.join(' and ')}.`;
  const text = words.join(' ');
  const near = closestWord(text.toLowerCase(), knownMarketWords());
  return `Unknown market "${text}".${near ? ` Did you mean "${near}"?` : ''}`;
}

const GROUPS = { launch: 'launch', threshold: 'thresholds', ban: 'bans', gmv: 'gmv' } as const;

export async function runStatusCommand(args: string[], io: CliIO, openRuntime: () => Promise<Runtime>): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args, { boolean: ['json'] });
  const market = resolveMarket(positionals.join(' '));
  if (unknown.length || !market) {
    io.stderr(`${positionals.length ? `${unknownMarketProblem(positionals)}\n` : ''}usage: npm run cli -- status <market> [--json]   markets: ${MARKETS.join(', ')} (aliases like usa, 美国 work)\n`);
    return 2;
  }
  const rt = await openRuntime();
  try {
    const entries = await rt.store.baselineEntries(market);
    const history = await gmvHistory(market, entries, rt);
    const pending = (await rt.store.listReports({ market, states: ['pending'] })).sort((a, b) => a.id - b.id);
    if (flags.has('json')) {
      const out: Record<string, unknown> = { market, name: MARKET_NAMES[market], launch: [], thresholds: [], bans: [], gmv: [] };
      const latest = new Set(entries);
      for (const e of statusRows(entries, history)) {
        const group = GROUPS[e.key.split(':')[0] as keyof typeof GROUPS];
        if (!group) continue;
        (out[group] as unknown[]).push({ key: e.key, label: e.label ?? formatBaselineValue(e), fact: e.fact, date: e.date, source: e.source, corroboration: e.corroboration, latest: latest.has(e), state: 'confirmed' });
      }
      // Reported changes waiting for a second outlet or a person: never mixed into the confirmed lists above.
      out.pending = pending.map((r) => ({
        id: r.id, key: r.key, label: formatFact({ ...r.fact, market: null }), fact: r.fact, date: r.date, source: r.source, outlet: r.outlet, state: 'pending',
      }));
      io.stdout(JSON.stringify(out) + '\n');
    } else {
      // As /tts status: the pending reports beneath the confirmed values, never mixed in.
      io.stdout(renderConsoleMessage(withPendingReports(renderStatus(market, entries, history), pending)));
    }
    return 0;
  } finally {
    await rt.close();
  }
}
