// Evidence before a change (issue 13): a fact that would change the baseline on the word of one outlet is recorded
// as a pending reported change and leaves the baseline as it is. It enters the baseline when its source is on the
// trusted list, or when a second independent outlet (another outlet key) reports the same value; then every
// pending report of that value is confirmed together.
import type { Store } from '../core/ports.ts';
import type { ComparisonEvidence, Comparison } from '../core/types.ts';
import type { Outlet } from '../core/evidence/outlet-of.ts';
import { trustedSourceFor, type TrustedSource } from '../core/evidence/trusted-sources.ts';
import { putInBaseline } from '../app/evidence/put-in-baseline.ts';
import type { ReportedChange } from '../core/evidence/reported-change.ts';

export interface ReportContext {
  date: string;
  source: string;
  outlet: Outlet;
  itemId: string;
  clusterId: string;
  trusted: readonly TrustedSource[];
  now: string;
}

/** Records the reported change and returns its standing, plus the earlier reports it confirmed (as they were). */
export async function recordReportedChange(store: Store, c: Comparison, ctx: ReportContext): Promise<{ evidence: ComparisonEvidence; confirmed: ReportedChange[] }> {
  const market = c.fact.market!;
  const base = {
    market, key: c.key, fact: c.fact, date: ctx.date, source: ctx.source, outlet: ctx.outlet.name, outletKey: ctx.outlet.key,
    itemId: ctx.itemId, clusterId: ctx.clusterId, createdAt: ctx.now,
  };
  const trusted = trustedSourceFor(ctx.outlet, ctx.trusted);
  if (trusted) {
    const { replaced } = await putInBaseline(store, base);
    const reason = `trusted source: ${trusted.name}`;
    const r = await store.addReport({ ...base, state: 'confirmed', reason, applied: true, replaced });
    return { evidence: { state: 'confirmed', reportId: r.id, outlet: ctx.outlet.name, reason }, confirmed: [] };
  }
  // The store reads only the pending reports of the same value (listReports sameValueAs), not all of the subject's;
  // and first only another outlet's: most reports have none and stay pending, without reading the outlet's own.
  const subject = { market, key: c.key, states: ['pending' as const], sameValueAs: c.fact };
  const fromOthers = await store.listReports({ ...subject, notFromOutletKey: ctx.outlet.key });
  if (fromOthers.length === 0) {
    const r = await store.addReport({ ...base, state: 'pending', reason: null, applied: false, replaced: null });
    return { evidence: { state: 'pending', reportId: r.id, outlet: ctx.outlet.name }, confirmed: [] };
  }
  const pending = (await store.listReports(subject)).sort((a, b) => a.id - b.id);
  const others = pending.filter((p) => p.outletKey !== ctx.outlet.key);
  // The first report enters the baseline with its own date and source; this one (and any other pending report of
  // the same value) counts as corroboration.
  const first = others[0]!;
  const { replaced } = await putInBaseline(store, first);
  for (const p of pending.filter((q) => q.id !== first.id)) await putInBaseline(store, p);
  await putInBaseline(store, base);
  const confirmedReason = `confirmed by a second outlet, ${ctx.outlet.name}`;
  for (const p of pending) await store.updateReport(p.id, { state: 'confirmed', reason: confirmedReason, applied: true, replaced });
  const reason = `confirms ${first.outlet}'s report`;
  const r = await store.addReport({ ...base, state: 'confirmed', reason, applied: true, replaced });
  return { evidence: { state: 'confirmed', reportId: r.id, outlet: ctx.outlet.name, reason }, confirmed: pending };
}
