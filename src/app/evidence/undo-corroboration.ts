// A report marked wrong says its item was misread (the Mexico headline that named a "potential US ban"), so the
// rest of what that item told the baseline is not evidence either: where it confirmed another entry, its outlet
// stops counting there (corroboration back down by one, the outlet's key out of the counted list), and its history
// rows on those subjects stop counting (no GMV point, no "as of" answer from it). Values are not moved: a confirm
// only ever added a voice.
import type { Store } from '../../core/ports.ts';
import type { Market } from '../../core/taxonomy.ts';
import type { BaselineEntry } from '../../core/types.ts';
import { sameValue } from '../../core/baseline/compare-facts.ts';
import type { ReportedChange } from '../../core/evidence/reported-change.ts';

export type UndoStore = Pick<Store, 'baselineEntries' | 'baselineHistory' | 'revertBaselineEntry'>;

function withoutVoice(e: BaselineEntry, outletKey: string): BaselineEntry {
  const sources = (e.sources ?? [e.source]).filter((s) => s !== outletKey);
  return { ...e, corroboration: Math.max(1, e.corroboration - 1), sources };
}

/** True when the item's outlet is one of the entry's counted voices that a confirm added (not its first). */
function counted(e: BaselineEntry, outletKey: string): boolean {
  const voices = e.sources ?? [e.source];
  return voices.includes(outletKey) && voices[0] !== outletKey;
}

/**
 * Takes the rejected reports' items out of the corroboration of every other entry of their markets. Returns the
 * entries whose corroboration went down.
 */
export async function undoItemCorroboration(store: UndoStore, rejected: ReportedChange[]): Promise<BaselineEntry[]> {
  const withItem = rejected.filter((r) => r.itemId);
  const lowered: BaselineEntry[] = [];
  for (const market of new Set<Market>(withItem.map((r) => r.market))) {
    const own = new Set(withItem.filter((r) => r.market === market).map((r) => r.key));
    for (let entry of await store.baselineEntries(market)) {
      if (own.has(entry.key)) continue;
      const rows = await store.baselineHistory(market, entry.key);
      for (const r of withItem.filter((x) => x.market === market)) {
        const row = rows.find((h) => h.itemId === r.itemId);
        if (!row) continue;
        if (counted(entry, r.outletKey) && sameValue(row.fact, entry.fact)) {
          entry = withoutVoice(entry, r.outletKey);
          await store.revertBaselineEntry(market, entry.key, r.itemId, entry);
          lowered.push(entry);
        } else {
          await store.revertBaselineEntry(market, entry.key, r.itemId, 'keep');
        }
      }
    }
  }
  return lowered;
}
