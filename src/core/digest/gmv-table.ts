// The digest's GMV table for one market: the latest actual, the latest target, and what moved since the
// previous digest, as name/value fields every platform lays out as a small table.
import type { Section } from '../message.ts';
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry, GmvFact } from '../types.ts';
import { formatGmv } from './format-gmv.ts';
import { isOwnUsdGmv } from './gmv-series.ts';

type GmvEntry = BaselineEntry & { fact: GmvFact };

function sourceText(source: string): string {
  return /^https?:\/\//.test(source) ? `[source](${source})` : source;
}

function latest(entries: GmvEntry[], kinds: GmvFact['kind'][]): GmvEntry | null {
  for (const kind of kinds) {
    const ofKind = entries.filter((e) => e.fact.kind === kind).sort((a, b) => b.date.localeCompare(a.date));
    if (ofKind[0]) return ofKind[0];
  }
  return null;
}

function sameFigure(a: GmvEntry, b: BaselineEntry): boolean {
  return b.fact.type === 'gmv' && a.date === b.date && a.fact.low_usd === b.fact.low_usd && a.fact.high_usd === b.fact.high_usd;
}

function describe(e: GmvEntry): string {
  return `${formatGmv(e.fact)} · ${e.date} · ${sourceText(e.source)}`;
}

/** What moved for one figure since the previous digest's baseline. */
function movement(now: GmvEntry | null, previous: BaselineEntry[]): string | null {
  if (!now) return null;
  const before = previous.find((p) => p.market === now.market && p.key === now.key);
  if (!before) return `new: ${formatGmv(now.fact)}`;
  if (sameFigure(now, before)) return null;
  return before.fact.type === 'gmv' ? `${formatGmv(before.fact)} → ${formatGmv(now.fact)}` : `now ${formatGmv(now.fact)}`;
}

/**
 * Fields for the market's GMV, or null when the baseline has no GMV figure for it. Without `previousGmv` (first
 * digest) the "since last digest" field is left out rather than claiming everything is new.
 */
export function gmvTable(market: Market, baseline: BaselineEntry[], previousGmv?: BaselineEntry[]): Section | null {
  const entries = baseline.filter((e): e is GmvEntry => e.market === market && isOwnUsdGmv(e));
  const actual = latest(entries, ['actual']);
  const target = latest(entries, ['target', 'forecast']);
  if (!actual && !target) return null;
  const fields: { name: string; value: string }[] = [
    { name: `${market} GMV — latest actual`, value: actual ? describe(actual) : '—' },
    { name: `${market} GMV — latest ${target?.fact.kind ?? 'target'}`, value: target ? describe(target) : '—' },
  ];
  if (previousGmv) {
    const moves = [movement(actual, previousGmv), movement(target, previousGmv)].filter((m): m is string => m !== null);
    fields.push({ name: `${market} GMV — since last digest`, value: moves.length ? moves.join('; ') : 'no new figure' });
  }
  return { type: 'fields', fields };
}
