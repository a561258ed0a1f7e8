// The baseline in SQLite: the latest value per (market, key) in baseline_latest, and every value ever recorded
// in baseline_history (append-only), which the GMV chart and "as of" questions read back.
import type Database from 'better-sqlite3';
import type { BaselineStore, Clock } from '../../core/ports.ts';
import type { Market } from '../../core/taxonomy.ts';
import type { BaselineEntry, Comparison } from '../../core/types.ts';
import { toIsoInstant } from './to-iso-instant.ts';
import { nextBaselineEntry } from '../../core/baseline/apply-comparison.ts';

type HistoryEntry = BaselineEntry & { itemId: string | null; recordedAt: string };

interface BaselineRow {
  market: Market;
  key: string;
  fact: string;
  date: string;
  source: string;
  label: string | null;
  corroboration: number;
  /** baseline_latest only: the outlets counted, JSON. */
  sources?: string | null;
}

const ENTRY_COLUMNS = 'market, key, fact, date, source, label, corroboration';
const LATEST_COLUMNS = `${ENTRY_COLUMNS}, sources`;

function toEntry(r: BaselineRow): BaselineEntry {
  return {
    market: r.market, key: r.key, fact: JSON.parse(r.fact), date: r.date, source: r.source,
    ...(r.label !== null ? { label: r.label } : {}), corroboration: r.corroboration,
    ...(r.sources ? { sources: JSON.parse(r.sources) as string[] } : {}),
  };
}

function entryParams(e: BaselineEntry): unknown[] {
  return [e.market, e.key, JSON.stringify(e.fact), e.date, e.source, e.label ?? null, e.corroboration];
}

function latestParams(e: BaselineEntry): unknown[] {
  return [...entryParams(e), e.sources ? JSON.stringify(e.sources) : null];
}

export class SqliteBaselineStore implements BaselineStore {
  private readonly allStmt: Database.Statement<[], BaselineRow>;
  private readonly byMarketStmt: Database.Statement<[string], BaselineRow>;
  private readonly getStmt: Database.Statement<[string, string], BaselineRow>;
  private readonly historyStmt: Database.Statement<[string, string, string, number], BaselineRow & { item_id: string | null; recorded_at: string }>;
  private readonly insertLatest: Database.Statement<unknown[]>;
  private readonly updateLatest: Database.Statement<unknown[]>;
  private readonly appendHistory: Database.Statement<unknown[]>;
  private readonly applyTx: (c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }) => void;
  private readonly seedTx: (entries: BaselineEntry[]) => void;

  /** inBatch: this connection is inside SqliteStore's batch, whose failure rolls back every write of it. */
  constructor(db: Database.Database, private readonly clock: Clock, private readonly inBatch: () => boolean = () => false) {
    this.allStmt = db.prepare(`SELECT ${LATEST_COLUMNS} FROM baseline_latest ORDER BY market, key`);
    this.byMarketStmt = db.prepare(`SELECT ${LATEST_COLUMNS} FROM baseline_latest WHERE market = ? ORDER BY key`);
    this.getStmt = db.prepare(`SELECT ${LATEST_COLUMNS} FROM baseline_latest WHERE market = ? AND key = ?`);
    this.historyStmt = db.prepare(
      // The newest `limit` rows (-1 = all), oldest first: history only grows, replies should not.
      `SELECT * FROM (SELECT id, ${ENTRY_COLUMNS}, item_id, recorded_at FROM baseline_history WHERE market = ? AND key = ? AND rejected = 0 AND recorded_at < ? ORDER BY id DESC LIMIT ?) ORDER BY id`,
    );
    this.insertLatest = db.prepare(
      `INSERT INTO baseline_latest (${LATEST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (market, key) DO NOTHING`,
    );
    this.updateLatest = db.prepare(
      'UPDATE baseline_latest SET fact = ?, date = ?, source = ?, label = ?, corroboration = ?, sources = ? WHERE market = ? AND key = ?',
    );
    this.appendHistory = db.prepare(
      `INSERT INTO baseline_history (${ENTRY_COLUMNS}, item_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.applyTx = db.transaction((c, meta) => this.apply(c, meta));
    this.seedTx = db.transaction((entries: BaselineEntry[]) => {
      const recordedAt = this.clock.now().toISOString();
      for (const e of entries) {
        if (this.insertLatest.run(...latestParams(e)).changes === 1) this.appendHistory.run(...entryParams(e), null, recordedAt);
      }
    });
  }

  async baselineEntries(market?: Market): Promise<BaselineEntry[]> {
    return (market ? this.byMarketStmt.all(market) : this.allStmt.all()).map(toEntry);
  }

  async getBaselineEntry(market: Market, key: string): Promise<BaselineEntry | null> {
    const row = this.getStmt.get(market, key);
    return row ? toEntry(row) : null;
  }

  async applyComparison(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): Promise<void> {
    // The latest value and its history row together: a batch's rollback sees to that inside one, a savepoint outside.
    if (this.inBatch()) this.apply(c, meta); else this.applyTx(c, meta);
  }

  async baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<HistoryEntry[]> {
    // '9' sorts after every ISO timestamp: no `before` means no bound.
    return this.historyStmt.all(market, key, before ? toIsoInstant(before) : '9', limit ?? -1).map((r) => ({ ...toEntry(r), itemId: r.item_id, recordedAt: r.recorded_at }));
  }

  /** Inserts only the subjects the store does not know, so values learned since survive a restart. */
  async seedBaseline(entries: BaselineEntry[]): Promise<void> {
    if (entries.length > 0) this.seedTx(entries);
  }

  private apply(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): void {
    const market = c.fact.market ?? c.previous?.market ?? null;
    // A fact that names no market has no baseline subject to hold it against.
    if (!market) return;
    const row = this.getStmt.get(market, c.key);
    const current = row ? toEntry(row) : null;
    const next = nextBaselineEntry(current, c, meta);
    if (next && current) {
      const [m, k, ...values] = latestParams(next);
      this.updateLatest.run(...values, m, k);
    } else if (next) {
      this.insertLatest.run(...latestParams(next));
    }
    const recorded: BaselineEntry = {
      market, key: c.key, fact: c.fact, date: meta.date, source: meta.source,
      corroboration: next?.corroboration ?? current?.corroboration ?? 1,
    };
    this.appendHistory.run(...entryParams(recorded), meta.itemId, this.clock.now().toISOString());
  }
}
