// Section 2: one full poll cycle of many feeds (FeedPoller.runAll) against the local feed server in a child
// process: most feeds answer 304 to the conditional GET, some have new items. A priming cycle first stores every
// feed's items and ETag; then the measured cycle; then a second cycle with nothing new.
import { FeedPoller } from '../src/app/feed-poller.ts';
import type { PollOutcome } from '../src/app/poll-feed.ts';
import { systemClock } from '../src/core/ports.ts';
import type { FetchOptions } from '../src/feeds/fetch-feed.ts';
import { benchFeed, benchFeedConfig } from './generate-feed-xml.ts';
import { startFeedServer } from './start-feed-server.ts';
import { openBenchStore } from './open-bench-store.ts';
import { measureResources, type Measured } from './measure-resources.ts';
import { BENCH_FETCH_OPTIONS, BENCH_SUBSCRIPTION, silentLogger, type BenchContext } from './bench-context.ts';
import { formatTable, verdictAtMost } from './format-table.ts';

export interface PollFigures {
  wall_s: number;
  cpu_s: number;
  peak_rss_mb: number;
  second_wall_s: number;
  second_cpu_s: number;
  second_peak_rss_mb: number;
  /** RSS at the start of the measured cycle: what the priming cycle left resident. */
  rss_at_start_mb: number;
  feeds: number;
  feeds_with_new_items: number;
  new_items: number;
  not_modified: number;
  errors: number;
  server_cpu_s: number;
  prime_wall_s: number;
  concurrency: number;
  rss_method: string;
}

/** The app's default FETCH_CONCURRENCY. */
const CONCURRENCY = 8;

function count(outcomes: Map<string, PollOutcome>) {
  const c = { ok: 0, notModified: 0, errors: 0, fresh: 0, firstError: '' };
  for (const o of outcomes.values()) {
    if (o.kind === 'ok') { c.ok++; c.fresh += o.result.fresh; }
    else if (o.kind === 'not_modified') c.notModified++;
    else if (o.kind === 'error') { c.errors++; c.firstError ||= `${o.reason}: ${o.message}`; }
  }
  return c;
}

export async function benchPoll(ctx: BenchContext): Promise<{ figures: PollFigures; table: string }> {
  const { pollFeeds, pollItemsPerFeed, pollNewShare, pollNewPerFeed } = ctx.sizes;
  const server = await startFeedServer();
  const { store } = await openBenchStore(ctx.tempDir('poll'));
  try {
    await server.configure(pollFeeds, pollItemsPerFeed, new Date());
    const feeds = Array.from({ length: pollFeeds }, (_, i) => benchFeedConfig(benchFeed(i), server.baseUrl));
    const poller = new FeedPoller(feeds, {
      store, clock: systemClock, logger: silentLogger, fetchOptions: BENCH_FETCH_OPTIONS as FetchOptions,
      route: { implicitSubscriptions: [BENCH_SUBSCRIPTION] },
    }, CONCURRENCY);

    ctx.progress(`poll: priming ${pollFeeds} feeds × ${pollItemsPerFeed} items (stores items and ETags)`);
    const t0 = Date.now();
    const primed = count(await poller.runAll(feeds));
    const primeS = (Date.now() - t0) / 1000;
    if (primed.errors) throw new Error(`priming cycle: ${primed.errors} feeds failed, e.g. ${primed.firstError}`);

    const changed = feeds.map((_, i) => i).filter((i) => i % Math.round(1 / pollNewShare) === 0);
    await server.publish(changed, pollNewPerFeed, new Date());
    const s0 = await server.stats();

    ctx.progress(`poll: measured cycle (${changed.length} feeds with ${pollNewPerFeed} new items, the rest 304)`);
    const first: Measured<Map<string, PollOutcome>> = await measureResources(() => poller.runAll(feeds));
    const c1 = count(first.value);
    const s1 = await server.stats();
    ctx.progress('poll: second cycle (nothing new)');
    const second = await measureResources(() => poller.runAll(feeds));
    const c2 = count(second.value);
    await server.stats();

    const figures: PollFigures = {
      wall_s: Number(first.wallS.toFixed(3)),
      cpu_s: Number(first.cpuS.toFixed(3)),
      peak_rss_mb: Number(first.peakRssMb.toFixed(1)),
      second_wall_s: Number(second.wallS.toFixed(3)),
      second_cpu_s: Number(second.cpuS.toFixed(3)),
      second_peak_rss_mb: Number(second.peakRssMb.toFixed(1)),
      rss_at_start_mb: Number(first.startRssMb.toFixed(1)),
      feeds: pollFeeds,
      feeds_with_new_items: c1.ok,
      new_items: c1.fresh,
      not_modified: c1.notModified,
      errors: c1.errors + c2.errors,
      server_cpu_s: Number((s1.cpuS - s0.cpuS).toFixed(3)),
      prime_wall_s: Number(primeS.toFixed(1)),
      concurrency: CONCURRENCY,
      rss_method: first.rssMethod,
    };
    const table = formatTable(`2. Poll cycle — ${pollFeeds.toLocaleString('en')} feeds, ${changed.length} with ${pollNewPerFeed} new items, the rest 304 (concurrency ${CONCURRENCY})`,
      ['cycle', 'wall s', 'CPU s', 'peak RSS MB', 'new items', '304s', 'errors', 'verdict (≤10 s, ≤3 s CPU, ≤200 MB)'], [
        ['measured (10% new)', first.wallS, first.cpuS, first.peakRssMb, c1.fresh, c1.notModified, c1.errors,
          [verdictAtMost(first.wallS, 10, 's'), verdictAtMost(first.cpuS, 3, 's'), verdictAtMost(first.peakRssMb, 200, 'MB')].join('; ')],
        ['second (nothing new)', second.wallS, second.cpuS, second.peakRssMb, c2.fresh, c2.notModified, c2.errors,
          [verdictAtMost(second.wallS, 10, 's'), verdictAtMost(second.cpuS, 3, 's'), verdictAtMost(second.peakRssMb, 200, 'MB')].join('; ')],
      ]) + `\n\nPriming cycle (all ${pollFeeds} feeds answer 200): ${primeS.toFixed(1)} s, ${primed.fresh.toLocaleString('en')} items stored. `
      + `The feed server runs in a child process; its own CPU during the measured cycle (${figures.server_cpu_s} s) is not included above. Peak RSS via ${first.rssMethod}; RSS was already ${first.startRssMb.toFixed(0)} MB when the measured cycle started.`;
    return { figures, table };
  } finally {
    await store.close();
    await server.close();
  }
}
