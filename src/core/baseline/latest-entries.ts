// A baseline file lists each subject's values over time; the stores seed the latest and keep the others as history.
import type { BaselineEntry } from '../types.ts';
import { isOlder } from './compare-facts.ts';

/** The latest entry per (market, key), and the superseded ones, oldest first. A later entry wins a tie of dates. */
export function latestAndHistory(entries: readonly BaselineEntry[]): { latest: BaselineEntry[]; history: BaselineEntry[] } {
  const all = entries.map((e, i) => ({ e, i })).sort((a, b) => (isOlder(a.e.date, b.e.date) ? -1 : isOlder(b.e.date, a.e.date) ? 1 : a.i - b.i)).map((x) => x.e);
  const latest = new Map<string, BaselineEntry>();
  const history: BaselineEntry[] = [];
  for (const e of all) {
    const k = `${e.market}|${e.key}`;
    const prev = latest.get(k);
    if (prev) history.push(prev);
    latest.set(k, e);
  }
  return { latest: [...latest.values()], history };
}
