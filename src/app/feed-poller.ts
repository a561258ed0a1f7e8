// The schedule: a node-cron tick every 15 s polls the feeds that are due, a bounded number at a time.
// Due times live in the store (feed_state.next_attempt_at), so restarts and backoff survive.
import cron, { type ScheduledTask } from 'node-cron';
import type { FeedConfig } from '../core/types.ts';
import { emptyFeedState, pollFeed, type PollDeps, type PollOutcome } from './poll-feed.ts';

export class FeedPoller {
  private task: ScheduledTask | null = null;
  private running = new Set<string>();
  private ticking: Promise<void> | null = null;
  /** For /healthz: when the schedule last ran. */
  lastTickAt: Date | null = null;

  constructor(private readonly feeds: FeedConfig[], private readonly deps: PollDeps, private readonly concurrency = 8) {}

  /** Polls every feed whose next attempt is due (or that was never polled). */
  async tick(): Promise<number> {
    this.lastTickAt = this.deps.clock.now();
    const now = this.lastTickAt.getTime();
    const random = this.deps.random ?? Math.random;
    const due: FeedConfig[] = [];
    for (const feed of this.feeds) {
      if (this.running.has(feed.id)) continue;
      const state = await this.deps.store.getFeedState(feed.id);
      if (!state?.nextAttemptAt) {
        // First sight of this feed: spread first polls over up to a minute so start-up is not a thundering herd.
        const firstAt = new Date(now + Math.min(60_000, feed.intervalMinutes * 60_000) * random()).toISOString();
        await this.deps.store.saveFeedState({ ...(state ?? emptyFeedState(feed.id)), nextAttemptAt: state ? new Date(now).toISOString() : firstAt });
        if (state) due.push(feed);
        continue;
      }
      if (Date.parse(state.nextAttemptAt) <= now) due.push(feed);
    }
    await this.runAll(due);
    return due.length;
  }

  /** Polls the given feeds now, at most `concurrency` at a time. */
  async runAll(feeds: FeedConfig[] = this.feeds): Promise<Map<string, PollOutcome>> {
    const outcomes = new Map<string, PollOutcome>();
    const queue = [...feeds];
    const worker = async () => {
      for (let feed = queue.shift(); feed; feed = queue.shift()) {
        this.running.add(feed.id);
        try {
          outcomes.set(feed.id, await pollFeed(feed, this.deps));
        } catch (error) {
          // Unexpected (a bug, a store error): log with the feed and carry on with the others.
          this.deps.logger.warn({ feed: feed.id, err: error }, `feed ${feed.id}: unexpected error: ${(error as Error).message}`);
          outcomes.set(feed.id, { kind: 'error', reason: 'internal', message: (error as Error).message });
        } finally {
          this.running.delete(feed.id);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, feeds.length) }, worker));
    return outcomes;
  }

  start(): void {
    this.task = cron.schedule('*/15 * * * * *', () => {
      if (this.ticking) return; // a slow cycle is still running; the next tick picks up what is due
      this.ticking = this.tick().then(() => undefined, (e) => this.deps.logger.warn({ err: e }, `poll tick failed: ${(e as Error).message}`)).finally(() => { this.ticking = null; });
    });
    void this.tick();
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    await this.ticking;
  }
}
