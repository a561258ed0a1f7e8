// `digest [--market us ...] [--since 7d] [--json]`: the digest a channel would get, printed. Same builder as the
// scheduled digest, so what you see here is what Slack and Discord get (minus the chart).
import { MARKETS, resolveMarket, type Market } from '../core/taxonomy.ts';
import type { Clock } from '../core/ports.ts';
import { composeDigest, type DigestReadStore } from '../app/compose-digest.ts';
import { renderConsoleMessage } from '../adapters/console/render-console.ts';
import { parseArgs, type CliIO } from './cli-io.ts';

const USAGE = `usage: npm run cli -- digest [--market us ...] [--since 7d|24h|2w|YYYY-MM-DD] [--json]
  markets: ${MARKETS.join(', ')} (aliases like usa, 美国 work); default: all markets, the last 7 days
`;

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * "7d" / "24h" / "2w" / an ISO date → the period's start, how to speak of it, and its name for the title when it is
 * neither the weekly nor the daily period ("last 30 days", "since 2025-01-01"): a 30-day digest is not "Weekly".
 */
export function parseSince(text: string, now: Date): { since: Date; phrase: string; title?: string } | null {
  const rel = /^(\d+)\s*([hdw])$/i.exec(text.trim());
  if (rel) {
    const n = Number(rel[1]);
    const unit = rel[2]!.toLowerCase() as keyof typeof UNIT_MS;
    if (n <= 0) return null;
    const ms = n * UNIT_MS[unit];
    const span = `${n} ${{ h: 'hour', d: 'day', w: 'week' }[unit]}${n === 1 ? '' : 's'}`;
    if (ms === UNIT_MS.w) return { since: new Date(now.getTime() - ms), phrase: 'this week' };
    if (ms === UNIT_MS.d) return { since: new Date(now.getTime() - ms), phrase: 'in the last 24 hours' };
    return { since: new Date(now.getTime() - ms), phrase: `in the last ${span}`, title: `last ${span}` };
  }
  const at = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(at) || at >= now.getTime()) return null;
  return { since: new Date(at), phrase: `since ${text}`, title: `since ${text}` };
}

export async function runDigestCommand(args: string[], io: CliIO, deps: { store: DigestReadStore; clock: Clock }): Promise<number> {
  const { flags, positionals, unknown } = parseArgs(args, { boolean: ['json'], multiple: ['market'] });
  const markets: Market[] = [];
  for (const name of flags.get('market') ?? []) {
    const m = resolveMarket(name);
    if (!m) {
      io.stderr(`unknown market "${name}"\n${USAGE}`);
      return 2;
    }
    if (!markets.includes(m)) markets.push(m);
  }
  const now = deps.clock.now();
  const sinceText = flags.get('since')?.at(-1) ?? '7d';
  const period = parseSince(sinceText, now);
  if (unknown.length || positionals.length || !period) {
    io.stderr(`${period ? '' : `cannot read --since "${sinceText}"\n`}${USAGE}`);
    return 2;
  }
  const cadence = now.getTime() - period.since.getTime() <= UNIT_MS.d ? 'daily' : 'weekly';
  const { message } = await composeDigest({ markets, since: period.since, until: now, cadence, periodPhrase: period.phrase, ...(period.title ? { periodTitle: period.title } : {}) }, deps.store);
  io.stdout(flags.has('json') ? `${JSON.stringify(message)}\n` : renderConsoleMessage(message));
  return 0;
}
