// The one rule set for updating the baseline after a comparison, shared by the SQLite/Postgres stores and the
// in-memory baseline: new → add; changes (not history) → replace with the new value, date and source, corroboration
// 1; confirms → corroboration + 1 when the outlet is one not counted yet; history → the latest value stays.
// `sources` holds the outlets counted (core/provenance/outlet-key.ts), so one outlet via two feeds counts once.
import type { BaselineEntry, Comparison } from '../types.ts';

export interface ApplyMeta {
  date: string;
  /** What status shows as the value's source: the report's link, or its outlet's name. */
  source: string;
  /** The reporting outlet's key, what corroboration counts; defaults to `source` (baseline file entries). */
  outlet?: string;
}

/** The entry that becomes the latest value for the comparison's subject, or null when the latest stays as it is. */
export function nextBaselineEntry(current: BaselineEntry | null, c: Comparison, meta: ApplyMeta): BaselineEntry | null {
  const market = c.fact.market ?? c.previous?.market ?? null;
  if (!market) return null;
  const voice = meta.outlet ?? meta.source;
  const reported: BaselineEntry = { market, key: c.key, fact: c.fact, date: meta.date, source: meta.source, corroboration: 1, sources: [voice] };
  if (!current) return reported;
  if (c.history) return null;
  if (c.status === 'confirms') {
    const counted = current.sources ?? [current.source];
    if (counted.includes(voice)) return null;
    return { ...current, corroboration: current.corroboration + 1, sources: [...counted, voice] };
  }
  return reported;
}

/** Same rule over a map keyed "MARKET|key" (the in-memory baseline). */
export function applyComparison(entries: ReadonlyMap<string, BaselineEntry>, c: Comparison, meta: ApplyMeta): BaselineEntry | null {
  const market = c.fact.market ?? c.previous?.market ?? null;
  if (!market) return null;
  return nextBaselineEntry(entries.get(`${market}|${c.key}`) ?? null, c, meta);
}
