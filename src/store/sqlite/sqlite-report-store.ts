// Reported changes in SQLite (see core/evidence/reported-change.ts), and the baseline side of a rejection: the
// rejected item's history rows stop counting and the value it replaced becomes the latest again.
import type Database from 'better-sqlite3';
import type { Market } from '../../core/taxonomy.ts';
import type { BaselineEntry } from '../../core/types.ts';
import { toReportedChange, type ReportRow } from '../report-rows.ts';
import type { NewReportedChange, ReportQuery, ReportStore, ReportedChange } from '../../core/evidence/reported-change.ts';
import { FACT_VALUE_COLUMNS, factValueColumns, keepSameValue, reportSelect, sameValueCondition, type SqlDialect } from '../same-value-filter.ts';
import { sameValue } from '../../core/baseline/compare-facts.ts';
import { PENDING_WINDOW, PendingReportsMemo } from './pending-reports-memo.ts';

// SQLite keeps JSON as text and booleans as 0/1: decode them, then map as Postgres does.
type SqliteReportRow = Omit<ReportRow, 'fact' | 'applied' | 'replaced'> & { fact: string; applied: number; replaced: string | null };

function toReport(r: SqliteReportRow): ReportedChange {
  return toReportedChange({ ...r, fact: JSON.parse(r.fact), applied: r.applied === 1, replaced: r.replaced ? JSON.parse(r.replaced) : null });
}

/** Named parameters (@v0, @v1, …) added to `params`, so the value condition can use one twice. */
function sqliteDialect(params: Record<string, unknown>): SqlDialect {
  let n = 0;
  return {
    column: (name) => `newest.${name}`,
    param: (value) => { const name = `v${n++}`; params[name] = value; return `@${name}`; },
    isSame: (column, placeholder) => `${column} IS ${placeholder}`,
  };
}

const factOf = (r: SqliteReportRow) => JSON.parse(r.fact) as ReportedChange['fact'];

/** The evidence look-up's shape (record-evidence.ts), the one the memo answers: one subject's pending reports. */
function isPendingOfSubject(q: ReportQuery): q is ReportQuery & { market: Market; key: string } {
  return !!q.market && !!q.key && q.states?.length === 1 && q.states[0] === 'pending' && q.clusterId === undefined
    && q.itemId === undefined && (q.limit ?? PENDING_WINDOW) === PENDING_WINDOW;
}

const PATCH_COLUMNS = { state: 'state', reason: 'reason', applied: 'applied', replaced: 'replaced', settledAt: 'settled_at', settledBy: 'settled_by' } as const;

export class SqliteReportStore implements ReportStore {
  private readonly insert: Database.Statement<unknown[]>;
  private readonly getStmt: Database.Statement<[number], SqliteReportRow>;
  private readonly revertTx: (market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep') => void;

  /** Pending reports by subject, answering ingest's evidence look-ups inside a batch (pending-reports-memo.ts). */
  readonly memo: PendingReportsMemo<SqliteReportRow>;

  constructor(private readonly db: Database.Database) {
    this.memo = new PendingReportsMemo<SqliteReportRow>(db);
    this.insert = db.prepare(`INSERT INTO reported_changes (market, key, fact, date, source, outlet, outlet_key, item_id, cluster_id, state, reason, applied, replaced, created_at, ${FACT_VALUE_COLUMNS.join(', ')})
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${FACT_VALUE_COLUMNS.map(() => '?').join(', ')})`);
    this.getStmt = db.prepare('SELECT * FROM reported_changes WHERE id = ?');
    const markRejected = db.prepare('UPDATE baseline_history SET rejected = 1 WHERE market = ? AND key = ? AND item_id = ?');
    const remove = db.prepare('DELETE FROM baseline_latest WHERE market = ? AND key = ?');
    // The restored value comes back with the outlets it had counted (sources), not the rejected one's.
    const upsert = db.prepare(`INSERT INTO baseline_latest (market, key, fact, date, source, label, corroboration, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (market, key) DO UPDATE SET fact = excluded.fact, date = excluded.date, source = excluded.source, label = excluded.label, corroboration = excluded.corroboration, sources = excluded.sources`);
    this.revertTx = db.transaction((market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep') => {
      if (itemId) markRejected.run(market, key, itemId);
      if (restore === 'keep') return;
      if (restore) upsert.run(market, key, JSON.stringify(restore.fact), restore.date, restore.source, restore.label ?? null, restore.corroboration, restore.sources ? JSON.stringify(restore.sources) : null);
      else remove.run(market, key);
    });
  }

  // listReports builds its WHERE from the query's fields: a handful of shapes, each prepared once (preparing per
  // call showed in the ingest profile, docs/BENCHMARKS.md).
  private readonly statements = new Map<string, Database.Statement<unknown[], SqliteReportRow>>();
  private prepared(sql: string): Database.Statement<unknown[], SqliteReportRow> {
    let st = this.statements.get(sql);
    if (!st) { st = this.db.prepare(sql); if (this.statements.size < 64) this.statements.set(sql, st); }
    return st;
  }

  async addReport(r: NewReportedChange): Promise<ReportedChange> {
    const fact = JSON.stringify(r.fact);
    const replaced = r.replaced ? JSON.stringify(r.replaced) : null;
    const values = factValueColumns(r.fact);
    const info = this.insert.run(r.market, r.key, fact, r.date, r.source, r.outlet, r.outletKey, r.itemId, r.clusterId,
      r.state, r.reason, r.applied ? 1 : 0, replaced, r.createdAt, ...values);
    // The row as SELECT * gives it back (the columns hold what was bound; settling comes later), without reading it.
    const row: SqliteReportRow = {
      id: Number(info.lastInsertRowid), market: r.market, key: r.key, fact, date: r.date, source: r.source, outlet: r.outlet,
      outlet_key: r.outletKey, item_id: r.itemId ?? null, cluster_id: r.clusterId ?? null, state: r.state, reason: r.reason ?? null,
      applied: r.applied ? 1 : 0, replaced, created_at: r.createdAt, settled_at: null, settled_by: null,
      ...Object.fromEntries(FACT_VALUE_COLUMNS.map((c, i) => [c, values[i]])),
    };
    this.memo.added(r.market, r.key, row, factOf);
    return toReport(row);
  }

  async getReport(id: number): Promise<ReportedChange | null> {
    const row = this.getStmt.get(id);
    return row ? toReport(row) : null;
  }

  async listReports(q: ReportQuery): Promise<ReportedChange[]> {
    const held = isPendingOfSubject(q) ? this.memo.pending(q.market, q.key, factOf) : null;
    if (held) {
      // As the SQL below: of the newest pending reports, another outlet's (when asked), of the same value, newest first.
      const kept = held.filter((h) => (q.notFromOutletKey === undefined || h.outletKey !== q.notFromOutletKey) && (!q.sameValueAs || sameValue(h.fact, q.sameValueAs)));
      return kept.map((h) => toReport(h.row));
    }
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: q.limit ?? 100 };
    if (q.market) { where.push('market = @market'); params.market = q.market; }
    if (q.key) { where.push('key = @key'); params.key = q.key; }
    if (q.clusterId) { where.push('cluster_id = @clusterId'); params.clusterId = q.clusterId; }
    if (q.itemId) { where.push('item_id = @itemId'); params.itemId = q.itemId; }
    if (q.states?.length) {
      q.states.forEach((s, i) => { params[`s${i}`] = s; });
      // One state as `=`: with IN the planner sorts by id instead of reading the index in order.
      where.push(q.states.length === 1 ? 'state = @s0' : `state IN (${q.states.map((_, i) => `@s${i}`).join(', ')})`);
    }
    const selected = `FROM reported_changes ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`;
    const value = q.sameValueAs ? sameValueCondition(q.sameValueAs, sqliteDialect(params)) : null;
    // Another outlet's report is decided on the row's outlet_key: the rows of the asking outlet are never read.
    const outlet = q.notFromOutletKey !== undefined ? (params.notOutlet = q.notFromOutletKey, 'r.outlet_key <> @notOutlet') : null;
    const rows = (this.prepared(reportSelect(selected, [value, outlet])).all(params) as SqliteReportRow[]).map(toReport);
    return keepSameValue(rows, q.sameValueAs);
  }

  async updateReport(id: number, patch: Parameters<ReportStore['updateReport']>[1]): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [field, column] of Object.entries(PATCH_COLUMNS) as [keyof typeof PATCH_COLUMNS, string][]) {
      if (!(field in patch)) continue;
      const v = patch[field];
      sets.push(`${column} = ?`);
      params.push(field === 'applied' ? (v ? 1 : 0) : field === 'replaced' ? (v ? JSON.stringify(v) : null) : v ?? null);
    }
    if (sets.length) {
      this.memo.changed();
      this.db.prepare(`UPDATE reported_changes SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
    }
  }

  async revertBaselineEntry(market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void> {
    this.revertTx(market, key, itemId, restore);
  }
}
