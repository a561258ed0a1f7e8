// Reported changes in Postgres (see core/evidence/reported-change.ts), and the baseline side of a rejection.
import type { Market } from '../../core/taxonomy.ts';
import type { BaselineEntry } from '../../core/types.ts';
import type { NewReportedChange, ReportQuery, ReportStore, ReportedChange } from '../../core/evidence/reported-change.ts';
import { toReportedChange, type ReportRow } from '../report-rows.ts';
import { inPgTransaction, type PgQueryable } from './pg-connection.ts';
import { FACT_VALUE_COLUMNS, factValueColumns, keepSameValue, reportSelect, sameValueCondition, type SqlDialect } from '../same-value-filter.ts';

const toReport = toReportedChange;

export async function addReport(db: PgQueryable, r: NewReportedChange): Promise<ReportedChange> {
  const res = await db.query<ReportRow>(
    `INSERT INTO reported_changes (market, key, fact, date, source, outlet, outlet_key, item_id, cluster_id, state, reason, applied, replaced, created_at, ${FACT_VALUE_COLUMNS.join(', ')})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, ${FACT_VALUE_COLUMNS.map((_, i) => `$${15 + i}`).join(', ')}) RETURNING *`,
    [r.market, r.key, JSON.stringify(r.fact), r.date, r.source, r.outlet, r.outletKey, r.itemId, r.clusterId, r.state, r.reason, r.applied,
      r.replaced ? JSON.stringify(r.replaced) : null, r.createdAt, ...factValueColumns(r.fact)],
  );
  return toReport(res.rows[0]!);
}

export async function getReport(db: PgQueryable, id: number): Promise<ReportedChange | null> {
  const res = await db.query<ReportRow>('SELECT * FROM reported_changes WHERE id = $1', [id]);
  return res.rows[0] ? toReport(res.rows[0]) : null;
}

export async function listReports(db: PgQueryable, q: ReportQuery): Promise<ReportedChange[]> {
  const params: unknown[] = [q.market ?? null, q.key ?? null, q.clusterId ?? null, q.itemId ?? null, q.states?.length ? q.states : null, q.limit ?? 100];
  const selected = `FROM reported_changes WHERE ($1::text IS NULL OR market = $1) AND ($2::text IS NULL OR key = $2)
       AND ($3::text IS NULL OR cluster_id = $3) AND ($4::text IS NULL OR item_id = $4) AND ($5::text[] IS NULL OR state = ANY($5))
     ORDER BY id DESC LIMIT $6`;
  const value = q.sameValueAs ? sameValueCondition(q.sameValueAs, pgDialect(params)) : null;
  const outlet = q.notFromOutletKey !== undefined ? (params.push(q.notFromOutletKey), `r.outlet_key <> $${params.length}`) : null;
  const rows = (await db.query<ReportRow>(reportSelect(selected, [value, outlet]), params)).rows.map(toReport);
  return keepSameValue(rows, q.sameValueAs);
}

/** Parameters $7, $8, … appended to `params`. */
function pgDialect(params: unknown[]): SqlDialect {
  return {
    column: (name) => `newest.${name}`,
    param: (value) => { params.push(value); return `$${params.length}`; },
    isSame: (column, placeholder) => `${column} IS NOT DISTINCT FROM ${placeholder}::text`,
  };
}

const PATCH_COLUMNS = { state: 'state', reason: 'reason', applied: 'applied', replaced: 'replaced', settledAt: 'settled_at', settledBy: 'settled_by' } as const;

export async function updateReport(db: PgQueryable, id: number, patch: Parameters<ReportStore['updateReport']>[1]): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [field, column] of Object.entries(PATCH_COLUMNS) as [keyof typeof PATCH_COLUMNS, string][]) {
    if (!(field in patch)) continue;
    const v = patch[field];
    params.push(field === 'replaced' ? (v ? JSON.stringify(v) : null) : v ?? null);
    sets.push(`${column} = $${params.length}`);
  }
  if (sets.length) await db.query(`UPDATE reported_changes SET ${sets.join(', ')} WHERE id = $1`, params);
}

export async function revertBaselineEntry(pool: PgQueryable, market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void> {
  await inPgTransaction(pool, async (tx) => {
    if (itemId) await tx.query('UPDATE baseline_history SET rejected = TRUE WHERE market = $1 AND key = $2 AND item_id = $3', [market, key, itemId]);
    if (restore === 'keep') return;
    if (!restore) {
      await tx.query('DELETE FROM baseline_latest WHERE market = $1 AND key = $2', [market, key]);
      return;
    }
    await tx.query(
      // The restored value comes back with the outlets it had counted (sources), not the rejected one's.
      `INSERT INTO baseline_latest (market, key, fact, date, source, label, corroboration, sources) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (market, key) DO UPDATE SET fact = EXCLUDED.fact, date = EXCLUDED.date, source = EXCLUDED.source, label = EXCLUDED.label, corroboration = EXCLUDED.corroboration, sources = EXCLUDED.sources`,
      [market, key, JSON.stringify(restore.fact), restore.date, restore.source, restore.label ?? null, restore.corroboration, restore.sources ? JSON.stringify(restore.sources) : null],
    );
  });
}
