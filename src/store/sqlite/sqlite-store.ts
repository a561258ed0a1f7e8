// The Store on one SQLite file (better-sqlite3): the default for a single bot process. Calls are synchronous
// underneath and async only to honour the port that Postgres also implements. The queries live in one class per
// port (sqlite-*-store.ts); this class opens the file, migrates it and hands each call to the right one.
import { mkdirSync, statSync } from 'node:fs';
import { explainSqliteFault } from '../../core/explain-startup-fault.ts';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  systemClock, type BatchStore, type Clock, type FeedState, type OutboxEntry, type OutboxStatus, type OutboxStore, type Store,
} from '../../core/ports.ts';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Comparison, Subscription } from '../../core/types.ts';
import { runMigrations } from './migrations.ts';
import { SqliteBaselineStore } from './sqlite-baseline-store.ts';
import { SqliteReportStore } from './sqlite-report-store.ts';
import type { NewReportedChange, ReportQuery, ReportStore, ReportedChange } from '../../core/evidence/reported-change.ts';
import { SqliteClusterStore } from './sqlite-cluster-store.ts';
import { SqliteFeedStateStore } from './sqlite-feed-state-store.ts';
import { SqliteItemStore } from './sqlite-item-store.ts';
import { SqliteOutboxStore } from './sqlite-outbox-store.ts';
import { SqliteSubscriptionStore } from './sqlite-subscription-store.ts';

export interface SqliteStoreOptions {
  /** Time of baseline history rows; injected so tests are exact. */
  clock?: Clock;
  /** How long a write waits for another process holding the file (e.g. the CLI beside `run`), in ms. */
  busyTimeoutMs?: number;
}

/** WAL pages at which a COMMIT checkpoints (SQLite's default is 1,000). */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

export class SqliteStore implements Store, BatchStore {
  private readonly feedStates: SqliteFeedStateStore;
  private readonly items: SqliteItemStore;
  private readonly clusters: SqliteClusterStore;
  private readonly baseline: SqliteBaselineStore;
  private readonly subscriptions: SqliteSubscriptionStore;
  private readonly outbox: SqliteOutboxStore;
  private readonly reports: SqliteReportStore;

  private constructor(private readonly db: Database.Database, clock: Clock) {
    this.feedStates = new SqliteFeedStateStore(db);
    // Inside a batch, its rollback keeps a call's writes together: the savepoint each would take is not needed.
    const inBatch = () => this.batchOutcome !== null && db.inTransaction;
    this.items = new SqliteItemStore(db, inBatch);
    this.clusters = new SqliteClusterStore(db);
    this.baseline = new SqliteBaselineStore(db, clock, inBatch);
    this.subscriptions = new SqliteSubscriptionStore(db);
    this.outbox = new SqliteOutboxStore(db, inBatch);
    this.reports = new SqliteReportStore(db);
  }

  /**
   * Opens (creating it and its directory if needed) and migrates the database at `file`; ':memory:' for a
   * throwaway one. Synchronous, so tests and the CLI can open a store in one line.
   */
  private batchDepth = 0;
  /** Settles when the shared batch transaction has committed or rolled back; every participant waits for it. */
  private batchOutcome: { promise: Promise<void>; settle: (error: unknown) => void } | null = null;

  /**
   * One transaction for the writes of overlapping batches (a feed's items, several feeds at once): a commit per
   * statement is what ingest spends most of its time on. The last batch to finish commits. If any batch fails,
   * or the COMMIT does (SQLITE_FULL: disk full), everything is rolled back and every participant's promise
   * rejects, so that callers who keep state in memory (the ingest cache) can drop it: a failed batch leaves
   * memory as it leaves the store, and the same items are ingested again on the next poll.
   */
  async runInBatch<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.batchDepth === 0 && !this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      // This connection holds the write lock until finishBatch: the evidence memo may answer look-ups meanwhile.
      try {
        this.reports.memo.enterBatch();
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
      let settle!: (error: unknown) => void;
      const promise = new Promise<void>((resolve, reject) => { settle = (error) => (error === undefined ? resolve() : reject(error)); });
      promise.catch(() => undefined);
      this.batchOutcome = { promise, settle };
      this.batchFailure = undefined;
    }
    const outcome = this.batchOutcome;
    this.batchDepth++;
    let result: T | undefined;
    try {
      result = await fn(this);
    } catch (error) {
      this.batchFailure ??= error;
    } finally {
      this.batchDepth--;
    }
    if (this.batchDepth === 0 && outcome === this.batchOutcome) this.finishBatch();
    if (outcome) await outcome.promise;
    else if (this.batchFailure !== undefined) throw this.batchFailure;
    return result as T;
  }

  private batchFailure: unknown = undefined;

  private finishBatch(): void {
    const outcome = this.batchOutcome;
    this.batchOutcome = null;
    let failure = this.batchFailure;
    if (failure === undefined && this.db.inTransaction) {
      try {
        this.db.exec('COMMIT');
      } catch (error) {
        failure = error;
      }
    }
    // SQLite may or may not have rolled back by itself after SQLITE_FULL; make sure nothing half-written stays.
    if (failure !== undefined && this.db.inTransaction) {
      try { this.db.exec('ROLLBACK'); } catch { /* already rolled back */ }
    }
    this.batchFailure = undefined;
    this.reports.memo.leaveBatch(failure === undefined);
    outcome?.settle(failure);
  }

  static open(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
    const inMemory = file === ':memory:' || file === '';
    let db: Database.Database;
    try {
      if (!inMemory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      if (!inMemory && statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
      db = new Database(file);
    } catch (error) {
      throw explainSqliteFault(error, file);
    }
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs ?? 5000))}`);
      // WAL lets `/tts` commands and the CLI read while the poller writes; NORMAL sync is durable across a
      // process crash in WAL mode and saves an fsync per item.
      if (!inMemory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // The COMMIT that takes the WAL past this many pages copies them into the file (and fsyncs both). At SQLite's
      // default of 1,000 that was every 6–7 feeds of the ingest bench, and its CPU a third of the COMMITs'; at 10,000
      // (a WAL of up to 40 MB) a page rewritten by many batches (the item_tags and cluster leaves) is copied once
      // for all of them (docs/BENCHMARKS.md, "Store: fewer checkpoints").
      if (!inMemory) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      db.pragma('foreign_keys = ON');
      // 16 MB of page cache (the default is 2 MB): a weekly digest reads some 10 MB of item rows.
      db.pragma('cache_size = -16000');
      runMigrations(db);
      return new SqliteStore(db, opts.clock ?? systemClock);
    } catch (error) {
      db.close();
      // A read-only, damaged or full file says so here, naming the fix (explain-startup-fault.ts).
      throw explainSqliteFault(error, file);
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Lets SQLite refresh the statistics the planner uses, cheaply, as its documentation advises before closing.
    this.db.pragma('optimize');
    this.db.close();
  }

  // FeedStateStore
  getFeedState(feedId: string): Promise<FeedState | null> { return this.feedStates.getFeedState(feedId); }
  saveFeedState(state: FeedState): Promise<void> { return this.feedStates.saveFeedState(state); }
  listFeedStates(): Promise<FeedState[]> { return this.feedStates.listFeedStates(); }

  // ItemStore
  knownItemIds(ids: string[]): Promise<Set<string>> { return this.items.knownItemIds(ids); }
  saveClassifiedItem(ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
    return this.items.saveClassifiedItem(ci, fetchedAt);
  }
  latestItems(q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]> {
    return this.items.latestItems(q);
  }
  itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]> {
    return this.items.itemsBetween(since, until, q);
  }
  countItems(): Promise<number> { return this.items.countItems(); }

  // ClusterStore
  getCluster(id: string): Promise<Cluster | null> { return this.clusters.getCluster(id); }
  saveCluster(cluster: Cluster): Promise<void> { return this.clusters.saveCluster(cluster); }
  recentClusters(since: string, limit: number): Promise<Cluster[]> { return this.clusters.recentClusters(since, limit); }

  // BaselineStore
  baselineEntries(market?: Market): Promise<BaselineEntry[]> { return this.baseline.baselineEntries(market); }
  getBaselineEntry(market: Market, key: string): Promise<BaselineEntry | null> {
    return this.baseline.getBaselineEntry(market, key);
  }
  applyComparison(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): Promise<void> {
    return this.baseline.applyComparison(c, meta);
  }
  baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<(BaselineEntry & { itemId: string | null; recordedAt: string })[]> {
    return this.baseline.baselineHistory(market, key, limit, before);
  }
  seedBaseline(entries: BaselineEntry[]): Promise<void> { return this.baseline.seedBaseline(entries); }

  // BaselineFileStore
  async baselineFileHashes(): Promise<string[]> {
    return (this.db.prepare('SELECT hash FROM baseline_file_entries').all() as { hash: string }[]).map((r) => r.hash);
  }
  async rememberBaselineFileHashes(rows: { hash: string; market: string; key: string }[], at: string): Promise<void> {
    const insert = this.db.prepare('INSERT INTO baseline_file_entries (hash, market, key, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING');
    this.db.transaction(() => { for (const r of rows) insert.run(r.hash, r.market, r.key, at); })();
  }

  // ReportStore
  addReport(r: NewReportedChange): Promise<ReportedChange> { return this.reports.addReport(r); }
  getReport(id: number): Promise<ReportedChange | null> { return this.reports.getReport(id); }
  listReports(q: ReportQuery): Promise<ReportedChange[]> { return this.reports.listReports(q); }
  updateReport(id: number, patch: Parameters<ReportStore['updateReport']>[1]): Promise<void> { return this.reports.updateReport(id, patch); }
  revertBaselineEntry(market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void> {
    return this.reports.revertBaselineEntry(market, key, itemId, restore);
  }

  // SubscriptionStore
  listSubscriptions(): Promise<Subscription[]> { return this.subscriptions.listSubscriptions(); }
  subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return this.subscriptions.subscriptionsForChannel(platform, channelId);
  }
  upsertSubscription(sub: Subscription): Promise<void> { return this.subscriptions.upsertSubscription(sub); }
  removeSubscription(platform: string, channelId: string): Promise<number> {
    return this.subscriptions.removeSubscription(platform, channelId);
  }

  // OutboxStore
  enqueue(e: Parameters<OutboxStore['enqueue']>[0]): Promise<{ entry: OutboxEntry; inserted: boolean }> {
    return this.outbox.enqueue(e);
  }
  due(now: string, limit: number): Promise<OutboxEntry[]> { return this.outbox.due(now, limit); }
  markSending(id: number, now: string): Promise<void> { return this.outbox.markSending(id, now); }
  markSent(id: number, remoteId: string | null, now: string): Promise<void> { return this.outbox.markSent(id, remoteId, now); }
  markRetry(id: number, error: string, nextAttemptAt: string, opts?: { countAttempt?: boolean }): Promise<void> {
    return this.outbox.markRetry(id, error, nextAttemptAt, opts);
  }
  requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> { return this.outbox.requeueDead(q); }
  markDead(id: number, error: string): Promise<void> { return this.outbox.markDead(id, error); }
  getByKey(key: string): Promise<OutboxEntry | null> { return this.outbox.getByKey(key); }
  list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> { return this.outbox.list(q); }
  depth(): Promise<{ pending: number; dead: number; sent: number }> { return this.outbox.depth(); }

  // DigestRunStore
  claimDigestRun(platform: string, channelId: string, periodKey: string, now: string): Promise<boolean> {
    return this.outbox.claimDigestRun(platform, channelId, periodKey, now);
  }
}
