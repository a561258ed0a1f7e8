// Interfaces the core needs from the outside world. All store calls are async so that SQLite (sync underneath)
// and Postgres implement the same contract. src/store implements the store ports (SQLite by default);
// tests use the same implementations on a temporary file or fakes at the boundary.
import type { Market, Tag } from './taxonomy.ts';
import type {
  BaselineEntry, ClassifiedItem, Cluster, Comparison, Severity, Subscription,
} from './types.ts';
import type { Message } from './message.ts';
import type { ReportStore } from './evidence/reported-change.ts';

/**
 * Structured logging, the one logger type of every layer: pino's logger (src/observability/create-logger.ts)
 * satisfies it, and tests pass small recorders. The first argument holds fields, never secrets.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug?(obj: object, msg?: string): void;
}

/** Injected time, so schedules and retries are testable exactly. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Per-feed fetch bookkeeping: conditional GET validators, backoff and health. */
export interface FeedState {
  feedId: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO times. */
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  nextAttemptAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** False until the first successful fetch has stored the feed's items (first fetch alerts only on recent items). */
  seeded: boolean;
}

export interface FeedStateStore {
  getFeedState(feedId: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  listFeedStates(): Promise<FeedState[]>;
}

export interface ItemStore {
  /** Ids among `ids` that were stored before (dedup across restarts). */
  knownItemIds(ids: string[]): Promise<Set<string>>;
  /** Stores a classified item; returns false if it was already there. */
  saveClassifiedItem(ci: ClassifiedItem, fetchedAt: string): Promise<boolean>;
  /** Newest first, filtered; `limit` ≤ 50. */
  latestItems(q: { market?: Market; tag?: Tag; limit: number }): Promise<ClassifiedItem[]>;
  /** Items first seen in [since, until); `taggedOnly` leaves out items with no tag (digests never show them). */
  itemsBetween(since: string, until: string, q?: { markets?: Market[]; taggedOnly?: boolean }): Promise<ClassifiedItem[]>;
  countItems(): Promise<number>;
}

export interface ClusterStore {
  getCluster(id: string): Promise<Cluster | null>;
  saveCluster(cluster: Cluster): Promise<void>;
  /** Candidate clusters seen since `since`, for near-duplicate matching of a new item. */
  recentClusters(since: string, limit: number): Promise<Cluster[]>;
}

export interface BaselineStore {
  /** Latest value per (market, key). */
  baselineEntries(market?: Market): Promise<BaselineEntry[]>;
  getBaselineEntry(market: Market, key: string): Promise<BaselineEntry | null>;
  /** Applies a comparison: updates the latest value on `changes`/`new`, bumps corroboration on `confirms`, always appends history. */
  applyComparison(c: Comparison, meta: { date: string; source: string; outlet?: string; itemId: string | null }): Promise<void>;
  /**
   * Recorded values for (market, key), oldest first; with `limit`, only the newest `limit` of them; with `before`
   * (ISO), only those recorded before then.
   */
  baselineHistory(market: Market, key: string, limit?: number, before?: string): Promise<(BaselineEntry & { itemId: string | null; recordedAt: string })[]>;
  /** Seeds the baseline from config when the store has none yet. */
  seedBaseline(entries: BaselineEntry[]): Promise<void>;
}

/** Which config/baseline.yaml entries the store has taken in, by content hash (core/baseline/merge-baseline-file.ts). */
export interface BaselineFileStore {
  baselineFileHashes(): Promise<string[]>;
  /** Remembers these hashes (those already remembered stay as they are). */
  rememberBaselineFileHashes(rows: { hash: string; market: string; key: string }[], at: string): Promise<void>;
}

export interface SubscriptionStore {
  listSubscriptions(): Promise<Subscription[]>;
  subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]>;
  /** Writes the channel's whole subscription (its rules merged by core/subscriptions), replacing what was there. */
  upsertSubscription(sub: Subscription): Promise<void>;
  /** Removes the channel's subscription; returns how many rows went (0 or 1). */
  removeSubscription(platform: string, channelId: string): Promise<number>;
}

export type OutboxStatus = 'pending' | 'sent' | 'dead';

/** last_error prefix of an entry whose send had started: after a crash, its delivery is in doubt. */
export const IN_FLIGHT = 'in flight since';
/** last_error prefix of a dead entry put back by hand (`outbox --requeue`): its last try may have reached the platform. */
export const REQUEUED = 'requeued by hand';

/**
 * Whether an entry's last try may have reached the platform although its outcome was never recorded (a crash,
 * a lost response, a requeued dead letter): the platform is asked before the entry is sent again.
 */
export function deliveryInDoubt(lastError: string | null): boolean {
  return !!lastError && (lastError.startsWith(IN_FLIGHT) || lastError.startsWith(REQUEUED));
}

export interface OutboxEntry {
  id: number;
  /** Idempotency key: kind + target channel + cluster or digest period. Unique. */
  key: string;
  platform: string;
  channelId: string;
  kind: 'alert' | 'alert_update' | 'digest' | 'notice';
  message: Message;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  /** The platform's id of the sent message (Slack ts, Discord message id), for later edits. */
  remoteId: string | null;
  /** For alert_update: the outbox key of the alert to edit. */
  updatesKey?: string | null;
  clusterId?: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxStore {
  /** Inserts unless the key exists; returns the entry (existing or new) and whether it was inserted. */
  enqueue(e: {
    key: string; platform: string; channelId: string; kind: OutboxEntry['kind']; message: Message;
    clusterId?: string | null; updatesKey?: string | null; now: string;
  }): Promise<{ entry: OutboxEntry; inserted: boolean }>;
  /** Pending entries due at `now`, oldest first. */
  due(now: string, limit: number): Promise<OutboxEntry[]>;
  /** Notes that a send is in flight (last_error = "in flight since …"): after a crash the entry is in doubt. */
  markSending(id: number, now: string): Promise<void>;
  markSent(id: number, remoteId: string | null, now: string): Promise<void>;
  /** Reschedules; `countAttempt: false` for a wait the platform asked for (rate limit), which is no failure. */
  markRetry(id: number, error: string, nextAttemptAt: string, opts?: { countAttempt?: boolean }): Promise<void>;
  markDead(id: number, error: string): Promise<void>;
  /**
   * Puts dead entries (all, or those with the given ids) back to pending, due at `now`, with their attempts
   * reset; returns the entries requeued. Their last error starts with REQUEUED, so they are looked up first.
   */
  requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]>;
  getByKey(key: string): Promise<OutboxEntry | null>;
  list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]>;
  depth(): Promise<{ pending: number; dead: number; sent: number }>;
}

export interface DigestRunStore {
  /** Records that the digest for (platform, channel, period) ran; false if it already had. */
  claimDigestRun(platform: string, channelId: string, periodKey: string, now: string): Promise<boolean>;
}

/** Everything the app layer needs from persistence. */
export interface Store
  extends FeedStateStore, ItemStore, ClusterStore, BaselineStore, BaselineFileStore, SubscriptionStore, OutboxStore, DigestRunStore, ReportStore {
  close(): Promise<void>;
}

/** A store that can make a feed's writes one transaction (SQLite and Postgres); callers ask `batchesWrites`. */
export interface BatchStore {
  /**
   * Runs `fn` as one transaction: `fn` does its reads and writes through the store it is handed (SQLite: this
   * store, one transaction shared by the batches that overlap; Postgres: a view bound to one connection in its own
   * transaction). If `fn` or the commit fails (disk full, a connection reset), everything `fn` wrote is rolled
   * back and the promise rejects, so callers can drop what they cached in memory and the next try starts clean.
   */
  runInBatch<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

/** Whether the store groups writes (BatchStore); the one place that asks. */
export function batchesWrites<S extends object>(store: S): store is S & BatchStore {
  return typeof (store as Partial<BatchStore>).runInBatch === 'function';
}

export type { Severity };

/**
 * Cross-replica coordination (several `run` processes on one Postgres database). SQLite serves one process and
 * grants what it is asked; Postgres arbitrates between replicas. A lease expires on its own, so a replica that
 * dies loses its work after a bounded time and another one takes it over.
 */
export interface LeaseStore extends OutboxClaimStore {
  /** Takes or renews the named lease for `owner` until now + ttlMs; false while another owner holds it unexpired. */
  tryAcquireLease(name: string, owner: string, ttlMs: number, now: string): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;
}

/** An outbox several replicas deliver from (Postgres): each claims its entries before sending them. */
export interface OutboxClaimStore {
  /**
   * Claims up to `limit` pending outbox entries due at `now` that no live claim holds (claimed_until < now), for
   * `owner` until now + leaseMs, so two replicas never deliver the same entry at once (FOR UPDATE SKIP LOCKED).
   * `except`: channels whose worker in this process is still busy — left unclaimed, so another replica (or this
   * one, once the worker is done) can take them at once instead of after the claim runs out.
   */
  claimDueOutbox(now: string, limit: number, owner: string, leaseMs: number, except?: readonly { platform: string; channelId: string }[]): Promise<OutboxEntry[]>;
}

/** Whether the outbox is shared between replicas (OutboxClaimStore); the one place that asks. */
export function claimsOutbox<S extends object>(store: S): store is S & OutboxClaimStore {
  return typeof (store as Partial<OutboxClaimStore>).claimDueOutbox === 'function';
}

/**
 * Whether a store shares work between replicas (Postgres does; SQLite serves one process and has no leases).
 * The one place that asks, so callers branch on a declared capability instead of casting.
 */
export function hasLeases<S extends object>(store: S): store is S & LeaseStore {
  return typeof (store as Partial<LeaseStore>).tryAcquireLease === 'function';
}
