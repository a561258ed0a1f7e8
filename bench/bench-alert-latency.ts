// Section 4: alert latency, from an item appearing on the local feed server to a fake platform receiving the
// alert. Two ways:
// - simulated: the real FeedPoller (tick every 5 s, as its cron does) and OutboxDispatcher (every 1 s, as run-bot
//   starts it) on a fake clock, with real HTTP, parsing, ingest and SQLite; the fake clock is advanced by the real
//   time each step took, so processing time counts. Hours of schedule in seconds.
// - measured (full run only): the same with the real clock, node-cron and a 1-minute interval, in real time.
import { FeedPoller } from '../src/app/feed-poller.ts';
import { OutboxDispatcher } from '../src/app/outbox-dispatcher.ts';
import type { PlatformSender, SendResult } from '../src/app/delivery-port.ts';
import type { Message } from '../src/core/message.ts';
import { systemClock, type Clock } from '../src/core/ports.ts';
import type { FetchOptions } from '../src/feeds/fetch-feed.ts';
import { benchFeed, benchFeedConfig } from './generate-feed-xml.ts';
import { startFeedServer, type FeedServer } from './start-feed-server.ts';
import { openBenchStore } from './open-bench-store.ts';
import { createSeededRandom } from './seeded-random.ts';
import { summariseLatencies, type LatencySummary } from './latency-summary.ts';
import { BENCH_FETCH_OPTIONS, BENCH_PLATFORM, BENCH_SUBSCRIPTION, silentLogger, type BenchContext } from './bench-context.ts';
import { formatTable, type Cell } from './format-table.ts';

const TICK_MS = 5_000;
const DISPATCH_MS = 1_000;
/** Feeds start empty (any items would be older than the first-fetch window), so every story published in the run is new. */
const INITIAL_AGE_MS = 2 * 24 * 3600_000;
const INITIAL_ITEMS = 0;

class SimClock implements Clock {
  constructor(private t: number) {}
  now(): Date { return new Date(this.t); }
  ms(): number { return this.t; }
  set(t: number): void { this.t = Math.max(this.t, t); }
  advance(ms: number): void { this.t += ms; }
}

/**
 * A platform that records when each message arrived. An item reaches the team either as a new alert or as an
 * edit of the alert of the story it joined (its link then appears among the sources), so both count.
 */
class RecordingPlatform implements PlatformSender {
  readonly platform = BENCH_PLATFORM;
  readonly calls: { at: number; text: string; op: 'send' | 'update' }[] = [];
  private n = 0;
  constructor(private readonly clock: Clock) {}
  async send(_channel: string, message: Message): Promise<SendResult> {
    this.calls.push({ at: this.clock.now().getTime(), text: JSON.stringify(message), op: 'send' });
    return { remoteId: `m${++this.n}` };
  }
  async update(_channel: string, remoteId: string, message: Message): Promise<SendResult> {
    this.calls.push({ at: this.clock.now().getTime(), text: JSON.stringify(message), op: 'update' });
    return { remoteId };
  }
  /** First arrival of a message naming `link` at or after `since`. */
  firstMention(link: string, since: number): { at: number; op: 'send' | 'update' } | null {
    const quoted = `(${link})`;
    const hit = this.calls.find((c) => c.at >= since && c.text.includes(quoted));
    return hit ? { at: hit.at, op: hit.op } : null;
  }
}

export interface LatencyRun {
  label: string;
  intervalMinutes: number;
  mode: 'simulated' | 'measured';
  stories: number;
  /** Stories that reached the platform: as a new alert, or as an edit of the alert of the story they joined. */
  alerted: number;
  asEdit: number;
  summary: LatencySummary;
  /** Expected mean and worst case from the scheduler design, seconds. */
  expectedMeanS: number;
  expectedMaxS: number;
}

/** From the design: wait for the feed's next attempt (interval ± 10 % jitter), the 5 s tick, the 1 s outbox poll. */
export function expectedLatency(intervalMinutes: number, processingS: number): { mean: number; max: number } {
  const i = intervalMinutes * 60;
  // Mean residual of a renewal process with gaps uniform on [0.9 i, 1.1 i]: E[G²] / 2E[G] = i (1 + 0.04 / 12) / 2.
  const residual = (i * (1 + 0.04 / 12)) / 2;
  return { mean: residual + TICK_MS / 2000 + DISPATCH_MS / 2000 + processingS, max: 1.1 * i + TICK_MS / 1000 + DISPATCH_MS / 1000 + processingS };
}

async function setUp(ctx: BenchContext, server: FeedServer, clock: Clock, intervalMinutes: number, label: string, seed: number) {
  const feedCount = ctx.sizes.latencyFeeds;
  await server.configure(feedCount, INITIAL_ITEMS, new Date(clock.now().getTime() - INITIAL_AGE_MS));
  const { store } = await openBenchStore(ctx.tempDir(label));
  const feeds = Array.from({ length: feedCount }, (_, i) => benchFeedConfig(benchFeed(i), server.baseUrl, intervalMinutes));
  const rnd = createSeededRandom(seed);
  const platform = new RecordingPlatform(clock);
  const poller = new FeedPoller(feeds, {
    store, clock, logger: silentLogger, fetchOptions: BENCH_FETCH_OPTIONS as FetchOptions,
    route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] }, random: rnd.next,
  }, 8);
  return { store, feeds, rnd, platform, poller };
}

function collect(published: Map<string, number>, platform: RecordingPlatform, unit: number): { latencies: number[]; stories: number; asEdit: number } {
  const latencies: number[] = [];
  let asEdit = 0;
  for (const [link, at] of published) {
    const got = platform.firstMention(link, at);
    if (!got) continue;
    latencies.push((got.at - at) / unit);
    if (got.op === 'update') asEdit++;
  }
  return { latencies, stories: published.size, asEdit };
}

/** Fake-clock run over `hours` of schedule; `eventsPerHour` items published at random times. */
async function simulate(ctx: BenchContext, server: FeedServer, intervalMinutes: number, hours: number, seed: number): Promise<LatencyRun> {
  const start = Math.floor(Date.now() / TICK_MS) * TICK_MS;
  const clock = new SimClock(start);
  const { store, feeds, rnd, platform, poller } = await setUp(ctx, server, clock, intervalMinutes, `latency-sim-${intervalMinutes}`, seed);
  const dispatcher = new OutboxDispatcher({
    store, senders: new Map([[BENCH_PLATFORM, platform]]), clock, logger: silentLogger,
    sleep: async (ms) => clock.advance(ms),
  });
  const intervalMs = intervalMinutes * 60_000;
  // Warm-up: every feed fetched once and on its regular schedule before anything is published.
  const publishFrom = start + 1.2 * intervalMs;
  const end = publishFrom + hours * 3600_000;
  const publishUntil = end - 1.2 * intervalMs - 10_000;
  const events = Array.from({ length: Math.round(hours * 80) }, () => publishFrom + rnd.next() * (publishUntil - publishFrom)).sort((a, b) => a - b);
  const published = new Map<string, number>();
  let nextTick = start;
  let nextDispatch = start;
  let processingMs = 0;
  let polls = 0;
  try {
    while (clock.ms() < end) {
      clock.set(Math.min(nextTick, nextDispatch, events[0] ?? Infinity));
      while (events.length && events[0]! <= clock.ms()) {
        events.shift();
        const items = await server.publish([Math.floor(rnd.next() * feeds.length)], 1, clock.now());
        for (const it of items) if (it.story !== null) published.set(it.link, clock.ms());
      }
      if (nextTick <= clock.ms()) {
        const r0 = performance.now();
        polls += await poller.tick();
        const took = performance.now() - r0;
        processingMs += took;
        clock.advance(took);
        // node-cron fires every 5 s on the wall clock whatever the work took.
        while (nextTick <= clock.ms()) nextTick += TICK_MS;
      }
      if (nextDispatch <= clock.ms()) {
        const r0 = performance.now();
        await dispatcher.runOnce();
        const took = performance.now() - r0;
        clock.advance(took);
        // run-bot: the next run starts DISPATCH_MS after the previous one finished.
        nextDispatch = clock.ms() + DISPATCH_MS;
      }
    }
  } finally {
    await store.close();
  }
  const { latencies, stories, asEdit } = collect(published, platform, 1000);
  const exp = expectedLatency(intervalMinutes, polls ? processingMs / polls / 1000 : 0);
  return { label: `${intervalMinutes} min (simulated ${hours} h)`, intervalMinutes, mode: 'simulated', stories, alerted: latencies.length, asEdit, summary: summariseLatencies(latencies), expectedMeanS: exp.mean, expectedMaxS: exp.max };
}

/** Real clock, real node-cron tick, real dispatcher timer: publishing for `seconds`, then waiting for the last. */
async function measureRealTime(ctx: BenchContext, server: FeedServer, intervalMinutes: number, seconds: number, seed: number): Promise<LatencyRun> {
  const { store, feeds, rnd, platform, poller } = await setUp(ctx, server, systemClock, intervalMinutes, 'latency-real', seed);
  const dispatcher = new OutboxDispatcher({ store, senders: new Map([[BENCH_PLATFORM, platform]]), clock: systemClock, logger: silentLogger });
  const published = new Map<string, number>();
  const intervalMs = intervalMinutes * 60_000;
  try {
    poller.start();
    dispatcher.start(DISPATCH_MS);
    ctx.progress(`alert latency: real time, ${intervalMinutes}-min interval; warm-up ${(1.2 * intervalMs / 1000).toFixed(0)} s, publishing ${seconds} s, drain ${(1.2 * intervalMs / 1000 + 10).toFixed(0)} s`);
    await new Promise((r) => setTimeout(r, 1.2 * intervalMs));
    const events = Array.from({ length: Math.round(seconds / 3) }, () => rnd.next() * seconds * 1000).sort((a, b) => a - b);
    const t0 = Date.now();
    for (const at of events) {
      const wait = t0 + at - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const items = await server.publish([Math.floor(rnd.next() * feeds.length)], 1, new Date());
      for (const it of items) if (it.story !== null) published.set(it.link, Date.now());
    }
    await new Promise((r) => setTimeout(r, 1.2 * intervalMs + 10_000));
  } finally {
    await poller.stop();
    await dispatcher.stop();
    await store.close();
  }
  const { latencies, stories, asEdit } = collect(published, platform, 1000);
  const exp = expectedLatency(intervalMinutes, 0.05);
  return { label: `${intervalMinutes} min (measured, real time)`, intervalMinutes, mode: 'measured', stories, alerted: latencies.length, asEdit, summary: summariseLatencies(latencies), expectedMeanS: exp.mean, expectedMaxS: exp.max };
}

export interface AlertLatencyFigures {
  alert_latency_s: number;
  alert_latency_short_s: number;
  alert_latency_measured_1min_s?: number;
  alert_latency_runs: LatencyRun[];
}

export async function benchAlertLatency(ctx: BenchContext): Promise<{ figures: AlertLatencyFigures; table: string }> {
  const server = await startFeedServer();
  const runs: LatencyRun[] = [];
  try {
    ctx.progress(`alert latency: simulating 5-min interval over ${ctx.sizes.latencySimHours} h`);
    runs.push(await simulate(ctx, server, 5, ctx.sizes.latencySimHours, 11));
    ctx.progress(`alert latency: simulating 1-min interval over ${ctx.sizes.latencyShortSimHours} h`);
    runs.push(await simulate(ctx, server, 1, ctx.sizes.latencyShortSimHours, 12));
    if (ctx.sizes.latencyRealSeconds > 0) runs.push(await measureRealTime(ctx, server, 1, ctx.sizes.latencyRealSeconds, 13));
  } finally {
    await server.close();
  }
  const rows: Cell[][] = runs.map((r) => [r.label, r.stories, `${r.alerted} (${r.asEdit} as edits)`, r.summary.p50, r.summary.mean, r.summary.p95, r.summary.max, r.expectedMeanS, r.expectedMaxS]);
  const measured = runs.find((r) => r.mode === 'measured');
  const figures: AlertLatencyFigures = {
    alert_latency_s: Number(runs[0]!.summary.mean.toFixed(1)),
    alert_latency_short_s: Number(runs[1]!.summary.mean.toFixed(1)),
    ...(measured ? { alert_latency_measured_1min_s: Number(measured.summary.mean.toFixed(1)) } : {}),
    alert_latency_runs: runs,
  };
  const table = formatTable('4. Alert latency — item on the feed server → fake platform receives the alert (seconds)',
    ['interval', 'stories', 'reached platform', 'p50', 'mean', 'p95', 'max', 'expected mean', 'expected max'], rows)
    + '\n\nExpected (from the scheduler design): mean ≈ I/2·(1+0.04/12) + 2.5 s (5 s tick) + 0.5 s (1 s outbox poll) + processing; '
    + 'worst ≈ 1.1·I + 5 s + 1 s + processing. "stories" are published items meant to be tagged; "reached platform" counts '
    + 'those whose link arrived in a new alert or in an edit of the alert of the story they joined. Items that joined a story '
    + 'whose alert went out before the run, or a story they were already a source of, send nothing new.';
  return { figures, table };
}
