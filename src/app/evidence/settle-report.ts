// A person settles a reported change (`/tts accept|reject <number>`, or the alert's Confirm / Wrong buttons).
// Accept: its value enters the baseline (if it was not there yet). Reject: it leaves the baseline — with every
// other report of the same value on the same subject, since they make the same claim — its history rows stop
// counting, and the value it replaced comes back; and where its item confirmed other entries, that no longer
// counts (undo-corroboration.ts).
import type { Store } from '../../core/ports.ts';
import { sameValue } from '../../core/baseline/compare-facts.ts';
import { formatBaselineValue, formatFact } from '../../core/format/index.ts';
import type { BaselineEntry } from '../../core/types.ts';
import { putInBaseline } from './put-in-baseline.ts';
import { undoItemCorroboration, type UndoStore } from './undo-corroboration.ts';
import type { ReportedChange } from '../../core/evidence/reported-change.ts';
import type { Verdict } from '../../core/evidence/review-actions.ts';

export type SettleStore = Pick<Store, 'listReports' | 'getReport' | 'updateReport' | 'revertBaselineEntry' | 'getBaselineEntry' | 'applyComparison'> & UndoStore;


/** What happened, for people: "#12 Creator minimum followers: 5,000 (reported by Reuters) is now the baseline". */
export interface SettleOutcome {
  report: ReportedChange;
  text: string;
}

function describe(r: ReportedChange): string {
  return `#${r.id} ${formatFact({ ...r.fact, market: null })} (${r.market}, reported by ${r.outlet})`;
}

function valueText(e: BaselineEntry | null): string {
  return e ? `${e.label ?? formatBaselineValue(e)} (${e.date})` : 'nothing known';
}

export async function settleReport(store: SettleStore, r: ReportedChange, verdict: Verdict, by: string, now: string): Promise<SettleOutcome> {
  const settled = { settledAt: now, settledBy: by };
  if (verdict === 'accept') {
    if (r.state === 'accepted') return { report: r, text: `${describe(r)} was already accepted.` };
    let replaced = r.replaced;
    if (!r.applied) replaced = (await putInBaseline(store, r)).replaced;
    await store.updateReport(r.id, { state: 'accepted', reason: `accepted by ${by}`, applied: true, replaced, ...settled });
    // Other reports still waiting with the same value are settled by the same word.
    for (const p of await store.listReports({ market: r.market, key: r.key, states: ['pending'] })) {
      if (p.id !== r.id && sameValue(p.fact, r.fact)) await store.updateReport(p.id, { state: 'confirmed', reason: `accepted by ${by} (#${r.id})`, applied: true, replaced });
    }
    return { report: { ...r, state: 'accepted' }, text: `${describe(r)} is now the baseline.` };
  }
  if (r.state === 'rejected') return { report: r, text: `${describe(r)} was already marked wrong.` };
  const same = (await store.listReports({ market: r.market, key: r.key, states: ['pending', 'confirmed', 'accepted'] }))
    .filter((p) => p.id === r.id || sameValue(p.fact, r.fact));
  const reports = same.some((p) => p.id === r.id) ? same : [r, ...same];
  const applied = reports.filter((p) => p.applied);
  let restored: BaselineEntry | null | undefined;
  if (applied.length) {
    const current = await store.getBaselineEntry(r.market, r.key);
    // The value before the earliest of them, which is what the subject held before this claim arrived.
    const before = [...applied].sort((a, b) => a.id - b.id)[0]!.replaced;
    const stillThere = current !== null && sameValue(current.fact, r.fact);
    for (const [i, p] of applied.entries()) {
      // Only the first call moves the latest value; later calls only mark their item's history rows.
      await store.revertBaselineEntry(p.market, p.key, p.itemId, i === 0 && stillThere ? before : 'keep');
    }
    if (stillThere) restored = before;
  }
  for (const p of reports) {
    await store.updateReport(p.id, { state: 'rejected', reason: `rejected by ${by}${p.id === r.id ? '' : ` (#${r.id})`}`, applied: false, ...settled });
  }
  const back = restored === undefined ? '' : ` The baseline is back to ${valueText(restored)}.`;
  const lowered = await undoItemCorroboration(store, reports);
  const unconfirmed = lowered.length
    ? ` Its article no longer counts as confirming ${lowered.map((e) => e.label ?? formatBaselineValue(e)).join('; ')}.`
    : '';
  return { report: { ...r, state: 'rejected' }, text: `${describe(r)} is marked wrong.${back}${unconfirmed}` };
}
