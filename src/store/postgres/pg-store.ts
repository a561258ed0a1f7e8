// The Store on PostgreSQL, for running several `run` replicas against one database. Same contract and returned
// values as the SQLite store; in addition it arbitrates between replicas (LeaseStore): named leases and outbox
// claims that a dead replica loses after a bounded time. The queries live in one module per concern.
import type pg from 'pg';
import {
  systemClock, type BatchStore, type Clock, type FeedState, type LeaseStore, type OutboxEntry, type OutboxStatus, type OutboxStore,
  type Store,
} from '../../core/ports.ts';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Comparison, Subscription } from '../../core/types.ts';
import * as baseline from './pg-baseline-queries.ts';
import * as clusters from './pg-cluster-queries.ts';
import { createPgPool, inPgTransaction, type PgQueryable } from './pg-connection.ts';
import * as feedStates from './pg-feed-state-queries.ts';
import * as items from './pg-item-queries.ts';
import * as leases from './pg-lease-queries.ts';
import { isValidSchemaName, migratePg } from './pg-migrations.ts';
import * as outbox from './pg-outbox-queries.ts';
import * as reports from './pg-report-queries.ts';
import type { NewReportedChange, ReportQuery, ReportStore, ReportedChange } from '../../core/evidence/reported-change.ts';
import * as subscriptions from './pg-subscription-queries.ts';
import { explainPostgresFault } from '../../core/explain-startup-fault.ts';

export interface PgStoreOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Schema holding the tables (created if missing); the server's default search_path when omitted. */
  schema?: string;
  /** Connections per replica (default 10). */
  poolSize?: number;
  /** A connect that takes longer fails (default 10 s); a query likewise (default 30 s). */
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
  /** Time of baseline history rows; injected so tests are exact. */
  clock?: Clock;
  /** An idle connection failed (server restart); the pool replaces it. For logging. */
  onIdleError?: (error: Error) => void;
}

export class PgStore implements Store, BatchStore, LeaseStore {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
    /** Migration versions this instance applied at open (empty when another replica had already). */
    readonly migrationsApplied: readonly number[],
    /** Where queries go: the pool, or inside runInBatch the one connection that holds the batch's transaction. */
    private readonly db: PgQueryable = pool,
  ) {}

  /** Connects, creates the schema if needed and migrates it (once across replicas starting together). */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    if (opts.schema !== undefined && !isValidSchemaName(opts.schema)) {
      // src/config/env-schema.ts already rejects such a DATABASE_SCHEMA; this guards other callers (the name goes into DDL).
      throw new RangeError(`Postgres schema "${opts.schema}" is not a plain lower-case name (letters, digits, _)`);
    }
    const pool = createPgPool(opts);
    try {
      const applied = await migratePg(pool, opts.schema);
      return new PgStore(pool, opts.clock ?? systemClock, applied);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw explainPostgresFault(error);
    }
  }

  private closed = false;

  /**
   * A feed's writes as one transaction, as in SQLite: `fn` works on a view of this store bound to one connection
   * between BEGIN and COMMIT, so a failure half-way (a reset connection, a timeout) leaves nothing of the batch in
   * the database and the retry ingests the same items cleanly. Batches of different feeds run in transactions of
   * their own. The view must not outlive `fn`.
   */
  async runInBatch<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.db !== this.pool) return fn(this); // already inside a batch: one transaction
    return inPgTransaction(this.pool, (client) => fn(new PgStore(this.pool, this.clock, this.migrationsApplied, client)));
  }

  /** Waits for queries in flight and closes the pool; a second call does nothing. */
  async close(): Promise<void> {
    if (this.closed || this.db !== this.pool) return; // a batch's view does not own the pool
    this.closed = true;
    await this.pool.end();
  }

  // FeedStateStore
  getFeedState(feedId: string): Promise<FeedState | null> { return feedStates.getFeedState(this.db, feedId); }
  saveFeedState(state: FeedState): Promise<void> { return feedStates.saveFeedState(this.db, state); }
  listFeedStates(): Promise<FeedState[]> { return feedStates.listFeedStates(this.db); }

  // ItemStore
  knownItemIds(ids: string[]): Promise<Set<string>> { return items.knownItemIds(this.db, ids); }
  saveClassifiedItem(ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
    return items.saveClassifiedItem(this.db, ci, fetchedAt);
  }
  latestItems(q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]> {
    return items.latestItems(this.db, q);
  }
  itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]> {
    return items.itemsBetween(this.db, since, until, q);
  }
  countItems(): Promise<number> { return items.countItems(this.db); }

  // ClusterStore
  getCluster(id: string): Promise<Cluster | null> { return clusters.getCluster(this.db, id); }
  saveCluster(cluster: Cluster): Promise<void> { return clusters.saveCluster(this.db, cluster); }
  recentClusters(since: string, limit: number): Promise<Cluster[]> {
    return clusters.recentClusters(this.db, since, limit);
  }

  // BaselineStore
  baselineEntries(market?: Market): Promise<BaselineEntry[]> { return baseline.baselineEntries(this.db, market); }
  getBaselineEntry(market: Market, key: string): Promise<BaselineEntry | null> {
    return baseline.getBaselineEntry(this.db, market, key);
  }
  applyComparison(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): Promise<void> {
    return baseline.applyComparison(this.db, this.clock, c, meta);
  }
  baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<(BaselineEntry & { itemId: string | null; recordedAt: string })[]> {
    return baseline.baselineHistory(this.db, market, key, limit, before);
  }
  seedBaseline(entries: BaselineEntry[]): Promise<void> { return baseline.seedBaseline(this.db, this.clock, entries); }

  // BaselineFileStore
  async baselineFileHashes(): Promise<string[]> {
    return (await this.db.query<{ hash: string }>('SELECT hash FROM baseline_file_entries')).rows.map((r) => r.hash);
  }
  async rememberBaselineFileHashes(rows: { hash: string; market: string; key: string }[], at: string): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO baseline_file_entries (hash, market, key, seen_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) ON CONFLICT (hash) DO NOTHING`,
      [rows.map((r) => r.hash), rows.map((r) => r.market), rows.map((r) => r.key), rows.map(() => at)],
    );
  }

  // ReportStore
  addReport(r: NewReportedChange): Promise<ReportedChange> { return reports.addReport(this.db, r); }
  getReport(id: number): Promise<ReportedChange | null> { return reports.getReport(this.db, id); }
  listReports(q: ReportQuery): Promise<ReportedChange[]> { return reports.listReports(this.db, q); }
  updateReport(id: number, patch: Parameters<ReportStore['updateReport']>[1]): Promise<void> { return reports.updateReport(this.db, id, patch); }
  revertBaselineEntry(market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void> {
    return reports.revertBaselineEntry(this.db, market, key, itemId, restore);
  }

  // SubscriptionStore
  listSubscriptions(): Promise<Subscription[]> { return subscriptions.listSubscriptions(this.db); }
  subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return subscriptions.subscriptionsForChannel(this.db, platform, channelId);
  }
  upsertSubscription(sub: Subscription): Promise<void> { return subscriptions.upsertSubscription(this.db, sub); }
  removeSubscription(platform: string, channelId: string): Promise<number> {
    return subscriptions.removeSubscription(this.db, platform, channelId);
  }

  // OutboxStore
  enqueue(e: Parameters<OutboxStore['enqueue']>[0]): Promise<{ entry: OutboxEntry; inserted: boolean }> {
    return outbox.enqueueOutbox(this.db, e);
  }
  due(now: string, limit: number): Promise<OutboxEntry[]> { return outbox.dueOutbox(this.db, now, limit); }
  markSending(id: number, now: string): Promise<void> { return outbox.markOutboxSending(this.db, id, now); }
  markSent(id: number, remoteId: string | null, now: string): Promise<void> {
    return outbox.markOutboxSent(this.db, id, remoteId, now);
  }
  markRetry(id: number, error: string, nextAttemptAt: string, opts?: { countAttempt?: boolean }): Promise<void> {
    return outbox.markOutboxRetry(this.db, id, error, nextAttemptAt, opts?.countAttempt !== false);
  }
  requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> { return outbox.requeueDeadOutbox(this.db, q); }
  markDead(id: number, error: string): Promise<void> { return outbox.markOutboxDead(this.db, id, error); }
  getByKey(key: string): Promise<OutboxEntry | null> { return outbox.getOutboxByKey(this.db, key); }
  list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> { return outbox.listOutbox(this.db, q); }
  depth(): Promise<{ pending: number; dead: number; sent: number }> { return outbox.outboxDepth(this.db); }

  // DigestRunStore
  claimDigestRun(platform: string, channelId: string, periodKey: string, now: string): Promise<boolean> {
    return outbox.claimDigestRun(this.db, platform, channelId, periodKey, now);
  }

  // LeaseStore
  tryAcquireLease(name: string, owner: string, ttlMs: number, now: string): Promise<boolean> {
    return leases.tryAcquireLease(this.db, name, owner, ttlMs, now);
  }
  releaseLease(name: string, owner: string): Promise<void> { return leases.releaseLease(this.db, name, owner); }
  claimDueOutbox(now: string, limit: number, owner: string, leaseMs: number, except: readonly { platform: string; channelId: string }[] = []): Promise<OutboxEntry[]> {
    return outbox.claimDueOutbox(this.db, now, limit, owner, leaseMs, except);
  }
}
