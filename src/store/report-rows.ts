// The reported_changes row and its mapping, shared by the SQLite and Postgres stores (as store-rows.ts does for the
// other tables) so the two cannot drift. Postgres hands back JSON and booleans decoded; SQLite decodes first.
import type { Market } from '../core/taxonomy.ts';
import type { BaselineEntry, Fact } from '../core/types.ts';
import type { ReportedChange } from '../core/evidence/reported-change.ts';

export interface ReportRow {
  id: number; market: Market; key: string; fact: Fact; date: string; source: string; outlet: string; outlet_key: string;
  item_id: string | null; cluster_id: string | null; state: ReportedChange['state']; reason: string | null; applied: boolean;
  replaced: BaselineEntry | null; created_at: string; settled_at: string | null; settled_by: string | null;
}

export function toReportedChange(r: ReportRow): ReportedChange {
  return {
    id: r.id, market: r.market, key: r.key, fact: r.fact, date: r.date, source: r.source, outlet: r.outlet, outletKey: r.outlet_key,
    itemId: r.item_id, clusterId: r.cluster_id, state: r.state, reason: r.reason, applied: r.applied, replaced: r.replaced,
    createdAt: r.created_at, settledAt: r.settled_at, settledBy: r.settled_by,
  };
}
