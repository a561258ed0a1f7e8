// The long-lived pieces every command shares: config, store (seeded from the baseline file), logger, clock.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import { hasLeases, systemClock, type Clock, type Logger, type Store } from '../core/ports.ts';
import type { CommandDeps } from '../app/commands/command-deps.ts';
import type { BaselineEntry } from '../core/types.ts';
import { parseBaselineFile } from '../config/baseline-file.ts';
import { describeBaselineMerge, planBaselineMerge, type BaselineMergePlan } from '../core/baseline/merge-baseline-file.ts';
import { openStore } from '../store/open-store.ts';
import { previewDigest } from '../app/enqueue-digest.ts';

export interface Runtime {
  config: AppConfig;
  store: Store;
  logger: Logger;
  clock: Clock;
  /** This process's name in leases and outbox claims, unique among replicas. */
  processName: string;
  commandDeps: CommandDeps;
  close(): Promise<void>;
}

/** Reads and validates config/baseline.yaml (errors name the file, field and line): the latest value per subject. */
export async function readBaselineFile(file: string): Promise<BaselineEntry[]> {
  return (await readBaselineWithHistory(file)).latest;
}

/** The latest value per subject plus the superseded ones (oldest first), e.g. the GMV series. */
export async function readBaselineWithHistory(file: string): Promise<{ latest: BaselineEntry[]; history: BaselineEntry[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${file}: cannot read the baseline file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  return parseBaselineFile(text, file);
}

/**
 * Brings the store's baseline in line with config/baseline.yaml: a new store gets the whole file, history included
 * (so the GMV series reads as a series); afterwards only entries added or edited in the file since are merged in,
 * by the rule in core/baseline/merge-baseline-file.ts, so nothing learned from news is lost. Returns the plan
 * that was applied (what to log).
 */
export async function seedStoreBaseline(
  store: Store,
  baseline: { latest: BaselineEntry[]; history: BaselineEntry[] },
  deps: SeedDeps = { clock: systemClock, processName: defaultProcessName(), sleep: sleepFor },
): Promise<BaselineMergePlan> {
  // Replicas starting together: one merges, the others wait for it (history has no unique key).
  const owner = `seed-${deps.processName}`;
  if (hasLeases(store)) {
    const until = deps.clock.now().getTime() + 120_000;
    while (!(await store.tryAcquireLease('seed-baseline', owner, 60_000, deps.clock.now().toISOString()))) {
      if (deps.clock.now().getTime() > until) throw new Error('timed out waiting for another replica to seed the baseline');
      await deps.sleep(200);
    }
  }
  try {
    const current = new Map((await store.baselineEntries()).map((e) => [`${e.market}|${e.key}`, e]));
    const plan = planBaselineMerge(baseline, new Set(await store.baselineFileHashes()), current);
    await store.seedBaseline(plan.add);
    // Superseded values as history rows: history: true never touches a latest value.
    for (const e of plan.history) {
      await store.applyComparison({ fact: e.fact, key: e.key, status: 'new', previous: null, history: true }, { date: e.date, source: e.source, itemId: null });
    }
    for (const e of plan.replace) {
      // The edited entry is recorded in the subject's history, then becomes its latest value whole (label included).
      await store.applyComparison({ fact: e.fact, key: e.key, status: 'new', previous: null, history: true }, { date: e.date, source: e.source, itemId: null });
      await store.revertBaselineEntry(e.market, e.key, null, e);
    }
    await store.rememberBaselineFileHashes(plan.remember, deps.clock.now().toISOString());
    return plan;
  } finally {
    if (hasLeases(store)) await store.releaseLease('seed-baseline', owner);
  }
}

export interface SeedDeps {
  clock: Clock;
  /** This process's name in leases, unique among replicas. */
  processName: string;
  sleep: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** pid plus a random part: two containers may both be pid 1. Called only by the composition root's defaults. */
export function defaultProcessName(): string {
  return `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface RuntimeDeps {
  logger: Logger;
  clock: Clock;
  /** This process's name in leases and outbox claims (default: pid plus a random part). */
  processName?: string;
  /** Waits between attempts (default: setTimeout). */
  sleep?: (ms: number) => Promise<void>;
}

export async function createRuntime(config: AppConfig, deps: RuntimeDeps): Promise<Runtime> {
  const processName = deps.processName ?? defaultProcessName();
  const baseline = await readBaselineWithHistory(config.baselineFile);
  const store = await openStore({
    databaseUrl: config.env.DATABASE_URL ?? null, databaseSchema: config.env.DATABASE_SCHEMA ?? null, sqlitePath: config.env.SQLITE_PATH,
    onConnectionError: (error) => deps.logger.warn({ err: error }, `Postgres connection lost (${error.message}); the next query opens a new one`),
  });
  const merged = await seedStoreBaseline(store, baseline, { clock: deps.clock, processName, sleep: deps.sleep ?? sleepFor });
  const summary = describeBaselineMerge(path.basename(config.baselineFile), merged);
  if (summary && !merged.fresh) deps.logger.info({ added: merged.add.length, changed: merged.replace.length, keptNews: merged.keptNews.length }, summary);
  const commandDeps: CommandDeps = {
    store,
    feeds: config.feeds,
    clock: deps.clock,
    defaultTimeZone: config.env.DEFAULT_TIMEZONE,
    previewDigest: (q) => previewDigest(q, { store, clock: deps.clock }),
  };
  return { config, store, logger: deps.logger, clock: deps.clock, processName, commandDeps, close: () => store.close() };
}
