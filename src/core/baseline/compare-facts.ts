// Holds an item's facts against the baseline (TAXONOMY "Against the baseline"): new, confirms or changes.
// Rules: a change needs the same market and subject and a value that differs beyond rounding (2% relative, or one
// unit of the figure's last significant digit); a report dated before the baseline's value never overwrites it
// and is marked `history` (confirms when it matches a value recorded before, else new); a fact that names no
// market is skipped, because no market's baseline can say whether it is new (see docs/EVALUATION.md).
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry, Comparison, Fact } from '../types.ts';
import { subjectKey } from './subject-key.ts';

export type BaselineLookup = (market: Market, key: string) => BaselineEntry | null;
export type BaselineHistoryLookup = (market: Market, key: string) => BaselineEntry[];

/** Equal within rounding: 2% relative or one unit of the last significant digit of the larger number. */
export function sameAmount(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  const big = Math.max(Math.abs(a), Math.abs(b));
  if (big === 0) return true;
  const unit = 10 ** Math.floor(Math.log10(big) - 1);
  return Math.abs(a - b) <= Math.max(big * 0.02, unit / 2);
}

function sameDate(a: string | null, b: string | null): boolean {
  // An unstated date, or "2023-09" against "2023-09-12", does not contradict.
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** True when two facts of the same subject state the same value. A fact that states no value contradicts nothing. */
export function sameValue(a: Fact, b: Fact): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'gmv': {
      const g = b as typeof a;
      return sameAmount(a.low_usd, g.low_usd) && sameAmount(a.high_usd, g.high_usd);
    }
    case 'threshold': {
      const t = b as typeof a;
      if (a.to === null && a.from === null) return true;
      if (a.to !== null && t.to !== null) return sameAmount(a.to, t.to);
      return a.to === null || t.to === null ? (a.from === null || t.from === null || sameAmount(a.from, t.from)) : false;
    }
    case 'launch': return sameDate(a.date, (b as typeof a).date);
    case 'ban': return a.by === (b as typeof a).by;
  }
}

/** Compares dates of differing precision on their common prefix: "2023" is not older than "2023-12". */
export function isOlder(date: string, than: string): boolean {
  const n = Math.min(date.length, than.length);
  return date.slice(0, n) < than.slice(0, n);
}

export function compareFacts(
  facts: Fact[],
  lookup: BaselineLookup,
  meta: { date: string | null; source: string },
  history?: BaselineHistoryLookup,
): Comparison[] {
  const out: Comparison[] = [];
  for (const fact of facts) {
    if (!fact.market) continue;
    const key = subjectKey(fact);
    const previous = lookup(fact.market, key);
    if (!previous) {
      out.push({ fact, status: 'new', previous: null, key });
      continue;
    }
    const matches = sameValue(fact, previous.fact);
    if (meta.date && isOlder(meta.date, previous.date)) {
      const older = history ? history(fact.market, key) : [];
      const known = matches || older.some((e) => sameValue(fact, e.fact));
      out.push({ fact, status: known ? 'confirms' : 'new', previous, key, history: true });
      continue;
    }
    out.push({ fact, status: matches ? 'confirms' : 'changes', previous, key });
  }
  return out;
}
