// The pending reports of each subject (market, key) the evidence look-up of ingest asks for (record-evidence.ts:
// "is there a pending report of the same value from another outlet?"), kept in memory so that a look-up inside a
// feed's write transaction needs no SQL: in place that query cost about 240 µs a call, for an answer that is almost
// always "none" (docs/BENCHMARKS.md, 2026-12-03 second session).
//
// Exact, not a guess: it holds what `SELECT … WHERE market = ? AND key = ? AND state = 'pending' ORDER BY id DESC
// LIMIT 100` returns, and is only read while this connection holds the write lock of one of SqliteStore's batches,
// when nothing but this connection can change the table. Every write this connection makes to reported_changes goes
// through SqliteReportStore, which keeps the memo current (a new report) or drops it (any update). At the start of
// each batch it is checked against the file: another connection's commit (the CLI settling a report, a second
// process) changes `PRAGMA data_version`, and a rolled-back insert of this connection leaves max(id) below the
// highest id the memo was told of; either empties it. A batch that fails or rolls back empties it too.
import type Database from 'better-sqlite3';
import type { Fact } from '../../core/types.ts';

/** The look-up's window: the newest this many pending reports of a subject (ReportQuery's default limit). */
export const PENDING_WINDOW = 100;
/** Beyond this many reports held in all, the memo starts again empty (a bound on memory, not on correctness). */
const MAX_HELD = 20_000;

export interface HeldReport<Row> {
  row: Row;
  /** The row's fact, parsed once; never handed out (callers get a fresh row mapping). */
  fact: Fact;
  outletKey: string;
}

export class PendingReportsMemo<Row extends { id: number; fact: string; outlet_key: string; state: string }> {
  private readonly subjects = new Map<string, HeldReport<Row>[]>();
  private held = 0;
  private inBatch = false;
  private dataVersion = -1;
  /** The highest report id this connection has seen in the table (-1: not read yet). */
  private maxId = -1;
  private readonly versionStmt: Database.Statement<[], { data_version: number }>;
  private readonly maxIdStmt: Database.Statement<[], { m: number | null }>;
  private readonly loadStmt: Database.Statement<[string, string, number], Row>;

  constructor(private readonly db: Database.Database) {
    this.versionStmt = db.prepare('PRAGMA data_version');
    this.maxIdStmt = db.prepare('SELECT max(id) AS m FROM reported_changes');
    this.loadStmt = db.prepare("SELECT * FROM reported_changes WHERE market = ? AND key = ? AND state = 'pending' ORDER BY id DESC LIMIT ?");
  }

  /** Called once this connection holds the write lock of a batch: from here until it ends, the memo may answer. */
  enterBatch(): void {
    const version = this.versionStmt.get()!.data_version;
    const maxId = this.maxIdStmt.get()!.m ?? 0;
    if (version !== this.dataVersion || maxId !== this.maxId) this.clear();
    this.dataVersion = version;
    this.maxId = maxId;
    this.inBatch = true;
  }

  /** The batch committed (kept) or failed and rolled back (dropped: it may hold reports the file does not). */
  leaveBatch(committed: boolean): void {
    this.inBatch = false;
    if (!committed) this.forget();
  }

  /** The subject's held reports, newest first, or null when the memo may not answer now (outside a batch). */
  pending(market: string, key: string, parse: (row: Row) => Fact): HeldReport<Row>[] | null {
    // The write lock is gone if SQLite rolled the transaction back by itself (a full disk) under a swallowed error.
    if (!this.inBatch || !this.db.inTransaction) return null;
    const subject = `${market}|${key}`;
    let list = this.subjects.get(subject);
    if (!list) {
      list = this.loadStmt.all(market, key, PENDING_WINDOW).map((row) => ({ row, fact: parse(row), outletKey: row.outlet_key }));
      if (this.held + list.length > MAX_HELD) this.clear();
      this.subjects.set(subject, list);
      this.held += list.length;
    }
    return list;
  }

  /** A report this connection has just written (read back from the table). */
  added(market: string, key: string, row: Row, parse: (row: Row) => Fact): void {
    // Ids only grow; one at or below the highest seen means an insert of ours was rolled back since.
    if (row.id <= this.maxId) this.forget();
    this.maxId = row.id;
    const list = this.subjects.get(`${market}|${key}`);
    if (!list || row.state !== 'pending') return;
    list.unshift({ row, fact: parse(row), outletKey: row.outlet_key });
    this.held++;
    if (list.length > PENDING_WINDOW) { list.pop(); this.held--; }
  }

  /** A report changed (state, settling): held lists may be wrong now; read them again when asked. */
  changed(): void {
    this.clear();
  }

  private clear(): void {
    this.subjects.clear();
    this.held = 0;
  }

  /** Nothing held can be trusted, not even the highest id: the next batch reads both again. */
  private forget(): void {
    this.clear();
    this.maxId = -1;
  }
}
