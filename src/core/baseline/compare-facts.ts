// Holds an item's facts against the baseline (TAXONOMY "Against the baseline"): new, confirms or changes.
// Rules: a change needs the same market and subject and a value that differs beyond rounding (2% relative, or one
// unit of the figure's last significant digit); a figure inside a known range (or a range around a known figure)
// confirms it; facts are compared by the time of the event they state (a launch's date, a GMV figure's period),
// falling back to the publication date, so a report of an event older than the baseline's value never overwrites
// it and is marked `history` (confirms when it matches a value recorded before, else new); a launch that already
// happened is not moved by a later report of the same stage, which confirms it (a relaunch or another stage is a
// different subject); a fact that names no market is skipped, because no market's baseline can say whether it is
// new (see docs/EVALUATION.md).
import type { Market } from '../taxonomy.ts';
import type { BaselineEntry, Comparison, Fact, GmvFact } from '../types.ts';
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

/** A figure as a closed range; a point is a range of one value. Null when the figure states no amount. */
function rangeOf(g: GmvFact): [number, number] | null {
  const low = g.low_usd ?? g.high_usd;
  const high = g.high_usd ?? g.low_usd;
  if (low === null || high === null) return null;
  return low <= high ? [low, high] : [high, low];
}

/** Two figures agree when their ranges meet, within rounding: "$60M/day" lies in "$50M–$60M/day". */
function overlaps(a: GmvFact, b: GmvFact): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  if (!x || !y) return x === y;
  if (x[0] <= y[1] && y[0] <= x[1]) return true;
  return sameAmount(x[1], y[0]) || sameAmount(y[1], x[0]);
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
    case 'gmv': return overlaps(a, b as typeof a);
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

/** True when the entry's launch date is not after the report date (or after today, when the report has none). */
function launchHappened(previous: BaselineEntry, reported: string | null): boolean {
  const launched = previous.fact.type === 'launch' ? previous.fact.date ?? previous.date : previous.date;
  return !reported || !isOlder(reported, launched);
}

/** Compares dates of differing precision on their common prefix: "2023" is not older than "2023-12". */
export function isOlder(date: string, than: string): boolean {
  const n = Math.min(date.length, than.length);
  return date.slice(0, n) < than.slice(0, n);
}

/** "2024-H2" → "2024-07", "2024-Q3" → "2024-07", "2024-01..2024-05" → "2024-05"; a date-like label as it is. */
function periodDate(label: string): string | null {
  const half = /^(\d{4})-H([12])$/i.exec(label);
  if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}`;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(label);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  const end = /(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(label.split('..').at(-1) ?? '');
  return end ? end[1]! : null;
}

/**
 * When the event a fact states happened: a launch's stated date, a GMV figure's stated period; otherwise (and for
 * thresholds and bans, which state no time of their own) the date it was reported.
 */
export function eventDate(fact: Fact, reported: string | null): string | null {
  if (fact.type === 'launch' && fact.date) return fact.date;
  if (fact.type === 'gmv' && fact.as_of) return periodDate(fact.as_of) ?? reported;
  return reported;
}

/** The time of the event a baseline entry states (its launch date or GMV period, else when it was reported). */
export function entryEventDate(e: BaselineEntry): string {
  return eventDate(e.fact, e.date) ?? e.date;
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
    const when = eventDate(fact, meta.date);
    // A launch that has happened stays where it happened: a later report of the same stage (a recap, a
    // headline that names the market in passing) confirms it. A planned launch (a date after the report) may move.
    if (fact.type === 'launch' && previous.fact.type === 'launch' && launchHappened(previous, meta.date)) {
      out.push({ fact, status: 'confirms', previous, key });
      continue;
    }
    if (when && isOlder(when, entryEventDate(previous))) {
      const older = history ? history(fact.market, key) : [];
      const known = matches || older.some((e) => sameValue(fact, e.fact));
      out.push({ fact, status: known ? 'confirms' : 'new', previous, key, history: true });
      continue;
    }
    out.push({ fact, status: matches ? 'confirms' : 'changes', previous, key });
  }
  return out;
}
