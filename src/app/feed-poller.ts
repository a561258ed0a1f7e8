// The schedule: a node-cron tick every 5 s looks for feeds that are due and polls them, a bounded number at a
// time. Due times live in the store (feed_state.next_attempt_at), so restarts and backoff survive. A slow feed
// never holds up the others: each tick only starts work, and a feed already in flight is not started twice.
import cron, { type ScheduledTask } from 'node-cron';
import type { FeedConfig } from '../core/types.ts';
import { hasLeases } from '../core/ports.ts';
import { pollFeed, type PollDeps, type PollOutcome } from './poll-feed.ts';
import { IngestCache } from './ingest-items.ts';

/** First polls after start-up are spread over this window. */
const FIRST_POLL_SPREAD_MS = 10_000;
/** How often the schedule looks for due feeds (node-cron expression, with seconds). */
const TICK_EVERY = '*/5 * * * * *';

export class FeedPoller {
  private task: ScheduledTask | null = null;
  private running = new Set<string>();
  private inflight = new Set<Promise<unknown>>();
  private scanning: Promise<void> | null = null;
  private readonly firstPollAt = new Map<string, number>();
  private active = 0;
  private waiters: (() => void)[] = [];
  /** For /healthz: when the schedule last ran. */
  lastTickAt: Date | null = null;

  private readonly deps: PollDeps;

  constructor(
    private readonly feeds: FeedConfig[],
    deps: PollDeps,
    private readonly concurrency = 8,
    /** This process's name in leases (replicas). */
    private readonly owner = `poller-${process.pid}`,
  ) {
    // One in-memory baseline and cluster list for all feeds of this poller, instead of a store read per feed.
    this.deps = { ...deps, cache: deps.cache ?? new IngestCache() };
  }

  /** Feeds whose next attempt is due now; feeds never seen get a first time spread over a few seconds. */
  async dueFeeds(): Promise<FeedConfig[]> {
    this.lastTickAt = this.deps.clock.now();
    const now = this.lastTickAt.getTime();
    const random = this.deps.random ?? Math.random;
    // One read per tick, not one per feed: with thousands of feeds (or a remote database) that matters.
    const states = new Map((await this.deps.store.listFeedStates()).map((s) => [s.feedId, s]));
    const due: FeedConfig[] = [];
    for (const feed of this.feeds) {
      if (this.running.has(feed.id)) continue;
      const state = states.get(feed.id);
      if (!state?.nextAttemptAt) {
        // Never polled: spread first polls over a few seconds so start-up is not a thundering herd. Kept in
        // memory, not written, so a replica never overwrites the state another one has just saved.
        let firstAt = this.firstPollAt.get(feed.id);
        if (firstAt === undefined) {
          firstAt = now + Math.min(FIRST_POLL_SPREAD_MS, feed.intervalMinutes * 60_000) * random();
          this.firstPollAt.set(feed.id, firstAt);
        }
        if (firstAt <= now) due.push(feed);
        continue;
      }
      if (Date.parse(state.nextAttemptAt) <= now) due.push(feed);
    }
    return due;
  }

  /** One scheduling step, awaited to the end (tests, benchmarks). */
  async tick(): Promise<number> {
    const due = await this.dueFeeds();
    await Promise.all(due.map((f) => this.pollOne(f, false)));
    return due.length;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.concurrency) { this.active++; return; }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) next(); else this.active--;
  }

  /**
   * With several replicas on one database, a lease per feed makes sure one replica polls it per interval: the
   * winner re-reads the feed's state (another replica may have just polled it) and skips if it is no longer due.
   */
  private async leaseFeed(feed: FeedConfig): Promise<boolean> {
    const store = this.deps.store;
    if (!hasLeases(store)) return true;
    const now = this.deps.clock.now();
    const ttl = (this.deps.fetchOptions.timeoutMs ?? 15_000) + 60_000;
    if (!(await store.tryAcquireLease(`feed:${feed.id}`, this.owner, ttl, now.toISOString()))) return false;
    const state = await this.deps.store.getFeedState(feed.id);
    if (state?.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime()) {
      await store.releaseLease(`feed:${feed.id}`, this.owner);
      return false;
    }
    return true;
  }

  private async pollOne(feed: FeedConfig, force = false): Promise<PollOutcome> {
    this.running.add(feed.id);
    await this.acquire();
    let leased = false;
    try {
      leased = force || (await this.leaseFeed(feed));
      if (!leased) return { kind: 'skipped' };
      return await pollFeed(feed, this.deps);
    } catch (error) {
      // Unexpected (a bug, a store error such as a full disk): log at error level with the feed and carry on with
      // the others. The feed's state was not advanced, so its items are fetched and ingested again next time.
      const log = this.deps.logger;
      (log.error ?? log.warn).call(log, { feed: feed.id, err: error }, `feed ${feed.id}: could not store what was fetched, will try again: ${(error as Error).message}`);
      return { kind: 'error', reason: 'internal', message: (error as Error).message };
    } finally {
      if (leased && !force && hasLeases(this.deps.store)) await this.deps.store.releaseLease(`feed:${feed.id}`, this.owner).catch(() => undefined);
      this.release();
      this.running.delete(feed.id);
    }
  }

  /** Polls the given feeds now (due or not), at most `concurrency` at a time overall. */
  async runAll(feeds: FeedConfig[] = this.feeds): Promise<Map<string, PollOutcome>> {
    const results = await Promise.all(feeds.map(async (f) => [f.id, await this.pollOne(f, true)] as const));
    return new Map(results);
  }

  start(): void {
    this.task = cron.schedule(TICK_EVERY, () => this.scheduleDue());
    this.scheduleDue();
  }

  private scheduleDue(): void {
    if (this.scanning) return;
    this.scanning = this.dueFeeds()
      .then((due) => {
        for (const feed of due) {
          const p = this.pollOne(feed, false);
          this.inflight.add(p);
          void p.finally(() => this.inflight.delete(p));
        }
      }, (e) => this.deps.logger.warn({ err: e }, `poll schedule failed: ${(e as Error).message}`))
      .finally(() => { this.scanning = null; });
  }

  /** Stops scheduling and waits for polls in flight (a fetch is bounded by its timeout). */
  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    await this.scanning;
    await Promise.allSettled([...this.inflight]);
  }
}
