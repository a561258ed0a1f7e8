// The Store on PostgreSQL, for running several `run` replicas against one database. Same contract and returned
// values as the SQLite store; in addition it arbitrates between replicas (LeaseStore): named leases and outbox
// claims that a dead replica loses after a bounded time. The queries live in one module per concern.
import type pg from 'pg';
import {
  systemClock, type Clock, type FeedState, type LeaseStore, type OutboxEntry, type OutboxStatus, type OutboxStore,
  type Store,
} from '../../core/ports.ts';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Comparison, Subscription } from '../../core/types.ts';
import * as baseline from './pg-baseline-queries.ts';
import * as clusters from './pg-cluster-queries.ts';
import { createPgPool } from './pg-connection.ts';
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

export class PgStore implements Store, LeaseStore {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
    /** Migration versions this instance applied at open (empty when another replica had already). */
    readonly migrationsApplied: readonly number[],
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

  /** Waits for queries in flight and closes the pool; a second call does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  // FeedStateStore
  getFeedState(feedId: string): Promise<FeedState | null> { return feedStates.getFeedState(this.pool, feedId); }
  saveFeedState(state: FeedState): Promise<void> { return feedStates.saveFeedState(this.pool, state); }
  listFeedStates(): Promise<FeedState[]> { return feedStates.listFeedStates(this.pool); }

  // ItemStore
  knownItemIds(ids: string[]): Promise<Set<string>> { return items.knownItemIds(this.pool, ids); }
  saveClassifiedItem(ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
    return items.saveClassifiedItem(this.pool, ci, fetchedAt);
  }
  latestItems(q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]> {
    return items.latestItems(this.pool, q);
  }
  itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]> {
    return items.itemsBetween(this.pool, since, until, q);
  }
  countItems(): Promise<number> { return items.countItems(this.pool); }

  // ClusterStore
  getCluster(id: string): Promise<Cluster | null> { return clusters.getCluster(this.pool, id); }
  saveCluster(cluster: Cluster): Promise<void> { return clusters.saveCluster(this.pool, cluster); }
  recentClusters(since: string, limit: number): Promise<Cluster[]> {
    return clusters.recentClusters(this.pool, since, limit);
  }

  // BaselineStore
  baselineEntries(market?: Market): Promise<BaselineEntry[]> { return baseline.baselineEntries(this.pool, market); }
  getBaselineEntry(market: Market, key: string): Promise<BaselineEntry | null> {
    return baseline.getBaselineEntry(this.pool, market, key);
  }
  applyComparison(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): Promise<void> {
    return baseline.applyComparison(this.pool, this.clock, c, meta);
  }
  baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<(BaselineEntry & { itemId: string | null; recordedAt: string })[]> {
    return baseline.baselineHistory(this.pool, market, key, limit, before);
  }
  seedBaseline(entries: BaselineEntry[]): Promise<void> { return baseline.seedBaseline(this.pool, this.clock, entries); }

  // BaselineFileStore
  async baselineFileHashes(): Promise<string[]> {
    return (await this.pool.query<{ hash: string }>('SELECT hash FROM baseline_file_entries')).rows.map((r) => r.hash);
  }
  async rememberBaselineFileHashes(rows: { hash: string; market: string; key: string }[], at: string): Promise<void> {
    if (rows.length === 0) return;
    await this.pool.query(
      `INSERT INTO baseline_file_entries (hash, market, key, seen_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) ON CONFLICT (hash) DO NOTHING`,
      [rows.map((r) => r.hash), rows.map((r) => r.market), rows.map((r) => r.key), rows.map(() => at)],
    );
  }

  // ReportStore
  addReport(r: NewReportedChange): Promise<ReportedChange> { return reports.addReport(this.pool, r); }
  getReport(id: number): Promise<ReportedChange | null> { return reports.getReport(this.pool, id); }
  listReports(q: ReportQuery): Promise<ReportedChange[]> { return reports.listReports(this.pool, q); }
  updateReport(id: number, patch: Parameters<ReportStore['updateReport']>[1]): Promise<void> { return reports.updateReport(this.pool, id, patch); }
  revertBaselineEntry(market: Market, key: string, itemId: string | null, restore: BaselineEntry | null | 'keep'): Promise<void> {
    return reports.revertBaselineEntry(this.pool, market, key, itemId, restore);
  }

  // SubscriptionStore
  listSubscriptions(): Promise<Subscription[]> { return subscriptions.listSubscriptions(this.pool); }
  subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return subscriptions.subscriptionsForChannel(this.pool, platform, channelId);
  }
  upsertSubscription(sub: Subscription): Promise<void> { return subscriptions.upsertSubscription(this.pool, sub); }
  removeSubscription(platform: string, channelId: string): Promise<number> {
    return subscriptions.removeSubscription(this.pool, platform, channelId);
  }

  // OutboxStore
  enqueue(e: Parameters<OutboxStore['enqueue']>[0]): Promise<{ entry: OutboxEntry; inserted: boolean }> {
    return outbox.enqueueOutbox(this.pool, e);
  }
  due(now: string, limit: number): Promise<OutboxEntry[]> { return outbox.dueOutbox(this.pool, now, limit); }
  markSending(id: number, now: string): Promise<void> { return outbox.markOutboxSending(this.pool, id, now); }
  markSent(id: number, remoteId: string | null, now: string): Promise<void> {
    return outbox.markOutboxSent(this.pool, id, remoteId, now);
  }
  markRetry(id: number, error: string, nextAttemptAt: string, opts?: { countAttempt?: boolean }): Promise<void> {
    return outbox.markOutboxRetry(this.pool, id, error, nextAttemptAt, opts?.countAttempt !== false);
  }
  requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> { return outbox.requeueDeadOutbox(this.pool, q); }
  markDead(id: number, error: string): Promise<void> { return outbox.markOutboxDead(this.pool, id, error); }
  getByKey(key: string): Promise<OutboxEntry | null> { return outbox.getOutboxByKey(this.pool, key); }
  list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> { return outbox.listOutbox(this.pool, q); }
  depth(): Promise<{ pending: number; dead: number; sent: number }> { return outbox.outboxDepth(this.pool); }

  // DigestRunStore
  claimDigestRun(platform: string, channelId: string, periodKey: string, now: string): Promise<boolean> {
    return outbox.claimDigestRun(this.pool, platform, channelId, periodKey, now);
  }

  // LeaseStore
  tryAcquireLease(name: string, owner: string, ttlMs: number, now: string): Promise<boolean> {
    return leases.tryAcquireLease(this.pool, name, owner, ttlMs, now);
  }
  releaseLease(name: string, owner: string): Promise<void> { return leases.releaseLease(this.pool, name, owner); }
  claimDueOutbox(now: string, limit: number, owner: string, leaseMs: number): Promise<OutboxEntry[]> {
    return outbox.claimDueOutbox(this.pool, now, limit, owner, leaseMs);
  }
}
