// The baseline in Postgres: the latest value per (market, key) and every recorded value in baseline_history.
// applyComparison locks the subject's latest row (SELECT … FOR UPDATE), so two replicas applying reports on the
// same subject take turns and each decides against what the other wrote.
import type pg from 'pg';
import type { Clock } from '../../core/ports.ts';
import type { Market } from '../../core/taxonomy.ts';
import type { BaselineEntry, Comparison, Fact } from '../../core/types.ts';
// The rules of what a comparison does to the latest value: the one pure rule set both stores share.
import { nextBaselineEntry } from '../../core/baseline/apply-comparison.ts';
import { inPgTransaction, type PgQueryable } from './pg-connection.ts';

type HistoryEntry = BaselineEntry & { itemId: string | null; recordedAt: string };

interface BaselineRow {
  market: Market;
  key: string;
  fact: Fact;
  date: string;
  source: string;
  label: string | null;
  corroboration: number;
  /** baseline_latest only: the outlets counted. */
  sources?: string[] | null;
}

function toEntry(r: BaselineRow): BaselineEntry {
  return {
    market: r.market, key: r.key, fact: r.fact, date: r.date, source: r.source,
    ...(r.label !== null ? { label: r.label } : {}), corroboration: r.corroboration,
    ...(r.sources ? { sources: r.sources } : {}),
  };
}

const ENTRY_COLUMNS = 'market, key, fact, date, source, label, corroboration';
const LATEST_COLUMNS = `${ENTRY_COLUMNS}, sources`;

export async function baselineEntries(db: PgQueryable, market?: Market): Promise<BaselineEntry[]> {
  const r = await db.query<BaselineRow>(
    `SELECT ${LATEST_COLUMNS} FROM baseline_latest WHERE ($1::text IS NULL OR market = $1) ORDER BY market, key`,
    [market ?? null],
  );
  return r.rows.map(toEntry);
}

export async function getBaselineEntry(db: PgQueryable, market: Market, key: string): Promise<BaselineEntry | null> {
  const r = await db.query<BaselineRow>(`SELECT ${LATEST_COLUMNS} FROM baseline_latest WHERE market = $1 AND key = $2`, [market, key]);
  return r.rows[0] ? toEntry(r.rows[0]) : null;
}

export async function baselineHistory(db: PgQueryable, market: Market, key: string, limit?: number, before?: string): Promise<HistoryEntry[]> {
  // The newest `limit` rows (NULL = all), oldest first: history only grows, replies should not.
  const r = await db.query<BaselineRow & { item_id: string | null; recorded_at: string }>(
    `SELECT * FROM (SELECT id, ${ENTRY_COLUMNS}, item_id, recorded_at FROM baseline_history WHERE market = $1 AND key = $2 AND NOT rejected
       AND ($4::timestamptz IS NULL OR recorded_at < $4::timestamptz)
     ORDER BY id DESC LIMIT $3) h ORDER BY id`,
    [market, key, limit ?? null, before ?? null],
  );
  return r.rows.map((row) => ({ ...toEntry(row), itemId: row.item_id, recordedAt: row.recorded_at }));
}

async function lockLatest(tx: pg.PoolClient, market: Market, key: string): Promise<BaselineEntry | null> {
  const r = await tx.query<BaselineRow>(
    `SELECT ${LATEST_COLUMNS} FROM baseline_latest WHERE market = $1 AND key = $2 FOR UPDATE`, [market, key],
  );
  return r.rows[0] ? toEntry(r.rows[0]) : null;
}

async function writeLatest(tx: pg.PoolClient, e: BaselineEntry, insert: boolean): Promise<boolean> {
  const params = [e.market, e.key, JSON.stringify(e.fact), e.date, e.source, e.label ?? null, e.corroboration, e.sources ? JSON.stringify(e.sources) : null];
  if (insert) {
    const r = await tx.query(
      `INSERT INTO baseline_latest (${LATEST_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (market, key) DO NOTHING`,
      params,
    );
    return r.rowCount === 1;
  }
  await tx.query(
    `UPDATE baseline_latest SET fact = $3, date = $4, source = $5, label = $6, corroboration = $7, sources = $8 WHERE market = $1 AND key = $2`,
    params,
  );
  return true;
}

async function appendHistory(
  tx: PgQueryable, e: BaselineEntry, meta: { itemId: string | null; recordedAt: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO baseline_history (${ENTRY_COLUMNS}, item_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.market, e.key, JSON.stringify(e.fact), e.date, e.source, e.label ?? null, e.corroboration, meta.itemId, meta.recordedAt],
  );
}

export async function applyComparison(
  pool: PgQueryable, clock: Clock, c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null },
): Promise<void> {
  const market = c.fact.market ?? c.previous?.market ?? null;
  // A fact that names no market has no baseline subject to hold it against.
  if (!market) return;
  await inPgTransaction(pool, async (tx) => {
    let current = await lockLatest(tx, market, c.key);
    let next = nextBaselineEntry(current, c, meta);
    if (next && !current && !(await writeLatest(tx, next, true))) {
      // Another replica created the subject a moment ago: decide again against its value, now locked.
      current = await lockLatest(tx, market, c.key);
      next = nextBaselineEntry(current, c, meta);
      if (next) await writeLatest(tx, next, false);
    } else if (next && current) {
      await writeLatest(tx, next, false);
    }
    const recorded = { market, key: c.key, fact: c.fact, date: meta.date, source: meta.source, corroboration: next?.corroboration ?? current?.corroboration ?? 1 };
    await appendHistory(tx, recorded, { itemId: meta.itemId, recordedAt: clock.now().toISOString() });
  });
}

/** Inserts only the (market, key) subjects the store does not know, so values learned since survive restarts. */
export async function seedBaseline(pool: PgQueryable, clock: Clock, entries: BaselineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const recordedAt = clock.now().toISOString();
  await inPgTransaction(pool, async (tx) => {
    for (const e of entries) {
      if (await writeLatest(tx, e, true)) await appendHistory(tx, e, { itemId: null, recordedAt });
    }
  });
}
