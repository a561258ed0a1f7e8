// The digest's GMV table for one market: the latest actual, the latest target, and what moved since the
// previous digest, as name/value fields every platform lays out as a small table. Figures in another currency
// (UK £5M/day) get rows of their own, in that currency: nothing is converted.
import type { Section } from '../message.ts';
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry, GmvFact } from '../types.ts';
import { currencyOf, formatGmvValue as formatGmv, sourceLink as sourceText } from '../format/index.ts';
import { isOwnGmv } from './gmv-series.ts';

type GmvEntry = BaselineEntry & { fact: GmvFact };

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
  const own = baseline.filter((e): e is GmvEntry => e.market === market && isOwnGmv(e));
  const currencies = [...new Set(own.map((e) => currencyOf(e.fact)))].sort((a, b) => (a === 'USD' ? -1 : b === 'USD' ? 1 : a.localeCompare(b)));
  const fields: { name: string; value: string }[] = [];
  for (const currency of currencies) {
    const entries = own.filter((e) => currencyOf(e.fact) === currency);
    const actual = latest(entries, ['actual']);
    const target = latest(entries, ['target', 'forecast']);
    const tag = currency === 'USD' ? '' : ` (${currency})`;
    fields.push(
      { name: `${market} GMV — latest actual${tag}`, value: actual ? describe(actual) : '—' },
      { name: `${market} GMV — latest ${target?.fact.kind ?? 'target'}${tag}`, value: target ? describe(target) : '—' },
    );
    if (previousGmv) {
      const moves = [movement(actual, previousGmv), movement(target, previousGmv)].filter((m): m is string => m !== null);
      fields.push({ name: `${market} GMV — since last digest${tag}`, value: moves.length ? moves.join('; ') : 'no new figure' });
    }
  }
  return fields.length ? { type: 'fields', fields } : null;
}
