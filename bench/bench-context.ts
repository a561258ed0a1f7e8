// What every benchmark section shares: sizes for the mode, a progress line on stderr, a temp directory, a
// silent logger and the subscription that makes ingested stories produce alerts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Subscription } from '../src/core/types.ts';

export interface BenchSizes {
  ingestFeeds: number;
  ingestItemsPerFeed: number;
  pollFeeds: number;
  pollItemsPerFeed: number;
  /** Share of feeds that have new items in the measured cycle. */
  pollNewShare: number;
  pollNewPerFeed: number;
  storeItems: number;
  commandSamples: number;
  /** Simulated hours of the fake-clock alert-latency runs (default and short interval). */
  latencySimHours: number;
  latencyShortSimHours: number;
  latencyFeeds: number;
  /** Real-time alert-latency run with a 1-minute interval (seconds of publishing; 0 = skip). */
  latencyRealSeconds: number;
}

export const FULL: BenchSizes = {
  ingestFeeds: 500, ingestItemsPerFeed: 50,
  pollFeeds: 2000, pollItemsPerFeed: 50, pollNewShare: 0.1, pollNewPerFeed: 5,
  storeItems: 1_000_000, commandSamples: 400,
  latencySimHours: 6, latencyShortSimHours: 2, latencyFeeds: 50,
  latencyRealSeconds: 120,
};

export const QUICK: BenchSizes = {
  ingestFeeds: 60, ingestItemsPerFeed: 50,
  pollFeeds: 400, pollItemsPerFeed: 10, pollNewShare: 0.1, pollNewPerFeed: 5,
  storeItems: 100_000, commandSamples: 100,
  latencySimHours: 1.5, latencyShortSimHours: 0.5, latencyFeeds: 20,
  latencyRealSeconds: 0,
};

export interface BenchContext {
  sizes: BenchSizes;
  quick: boolean;
  progress(text: string): void;
  /** A fresh directory, removed at the end of the run. */
  tempDir(label: string): string;
  cleanup(): void;
}

export function createBenchContext(quick: boolean): BenchContext {
  const dirs: string[] = [];
  const started = Date.now();
  return {
    sizes: quick ? QUICK : FULL,
    quick,
    progress: (text) => process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${text}\n`),
    tempDir: (label) => {
      const d = mkdtempSync(path.join(os.tmpdir(), `tts-bench-${label}-`));
      dirs.push(d);
      return d;
    },
    cleanup: () => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); },
  };
}

/** The app's loggers, silenced: the benchmark measures the work, not the log output. */
export const silentLogger = {
  info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined,
  trace: () => undefined, fatal: () => undefined, child: () => silentLogger, level: 'silent',
};

export const BENCH_PLATFORM = 'bench';
export const BENCH_CHANNEL = 'C-BENCH';

/** One channel following everything, so each new story is routed to the outbox as in a real deployment. */
export const BENCH_SUBSCRIPTION: Subscription = {
  platform: BENCH_PLATFORM, channelId: BENCH_CHANNEL, rules: [{ market: null, tag: null, minSeverity: 'low', confirms: true }],
  digest: { cadence: 'weekly', day: 1, hour: 9, timeZone: 'UTC' },
};

/** Fetch limits as the app configures them, with private addresses allowed (the server is on 127.0.0.1). */
export const BENCH_FETCH_OPTIONS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: true,
  userAgent: 'tts-radar-bench/0.1',
};
