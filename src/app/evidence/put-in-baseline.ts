// Puts a reported change's value in the baseline (a second outlet, a trusted source or a user vouched for it) and
// returns the entry it replaced, which a later rejection brings back.
import type { BaselineStore } from '../../core/ports.ts';
import type { BaselineEntry, Comparison } from '../../core/types.ts';
import { sameValue } from '../../core/baseline/compare-facts.ts';
import type { ReportedChange } from '../../core/evidence/reported-change.ts';

export async function putInBaseline(
  store: Pick<BaselineStore, 'getBaselineEntry' | 'applyComparison'>,
  r: Pick<ReportedChange, 'market' | 'key' | 'fact' | 'date' | 'source' | 'itemId'> & { outletKey?: string },
): Promise<{ replaced: BaselineEntry | null; alreadyThere: boolean }> {
  const current = await store.getBaselineEntry(r.market, r.key);
  const alreadyThere = current !== null && sameValue(r.fact, current.fact);
  const c: Comparison = { fact: r.fact, key: r.key, status: current ? (alreadyThere ? 'confirms' : 'changes') : 'new', previous: current };
  // The outlet, not the link, is what corroboration counts (core/provenance/outlet-key.ts).
  await store.applyComparison(c, { date: r.date, source: r.source, ...(r.outletKey ? { outlet: r.outletKey } : {}), itemId: r.itemId });
  return { replaced: alreadyThere ? null : current, alreadyThere };
}
