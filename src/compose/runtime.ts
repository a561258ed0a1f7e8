// The long-lived pieces every command shares: config, store (seeded from the baseline file), logger, clock.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import type { Clock, LeaseStore, Logger, Store } from '../core/ports.ts';
import type { CommandDeps } from '../core/commands/command-deps.ts';
import type { BaselineEntry } from '../core/types.ts';
import { parseBaselineFile } from '../core/baseline/load-baseline.ts';
import { describeBaselineMerge, planBaselineMerge, type BaselineMergePlan } from '../core/baseline/merge-baseline-file.ts';
import { openStore } from '../store/open-store.ts';
import { previewDigest } from '../app/enqueue-digest.ts';

export interface Runtime {
  config: AppConfig;
  store: Store;
  logger: Logger;
  clock: Clock;
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
  try {
    return parseBaselineFile(text, file);
  } catch (cause) {
    throw new ConfigError((cause as Error).message, { cause });
  }
}

/**
 * Brings the store's baseline in line with config/baseline.yaml: a new store gets the whole file, history included
 * (so the GMV series reads as a series); afterwards only entries added or edited in the file since are merged in,
 * by the rule in core/baseline/merge-baseline-file.ts, so nothing learned from news is lost. Returns the plan
 * that was applied (what to log).
 */
export async function seedStoreBaseline(store: Store, baseline: { latest: BaselineEntry[]; history: BaselineEntry[] }, clock?: Clock): Promise<BaselineMergePlan> {
  // Replicas starting together: one merges, the others wait for it (history has no unique key).
  const leases = store as Partial<LeaseStore>;
  const owner = `seed-${process.pid}-${Math.random().toString(36).slice(2)}`;
  if (leases.tryAcquireLease) {
    const until = Date.now() + 120_000;
    while (!(await leases.tryAcquireLease('seed-baseline', owner, 60_000, new Date().toISOString()))) {
      if (Date.now() > until) throw new Error('timed out waiting for another replica to seed the baseline');
      await new Promise((r) => setTimeout(r, 200));
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
    await store.rememberBaselineFileHashes(plan.remember, (clock ?? { now: () => new Date() }).now().toISOString());
    return plan;
  } finally {
    await leases.releaseLease?.('seed-baseline', owner);
  }
}

export async function createRuntime(config: AppConfig, deps: { logger: Logger; clock: Clock }): Promise<Runtime> {
  const baseline = await readBaselineWithHistory(config.baselineFile);
  const store = await openStore({ databaseUrl: config.env.DATABASE_URL ?? null, databaseSchema: config.env.DATABASE_SCHEMA ?? null, sqlitePath: config.env.SQLITE_PATH });
  const merged = await seedStoreBaseline(store, baseline, deps.clock);
  const summary = describeBaselineMerge(path.basename(config.baselineFile), merged);
  if (summary && !merged.fresh) deps.logger.info({ added: merged.add.length, changed: merged.replace.length, keptNews: merged.keptNews.length }, summary);
  const commandDeps: CommandDeps = {
    store,
    feeds: config.feeds,
    clock: deps.clock,
    defaultTimeZone: config.env.DEFAULT_TIMEZONE,
    previewDigest: (q) => previewDigest(q, { store, clock: deps.clock }),
  };
  return { config, store, logger: deps.logger, clock: deps.clock, commandDeps, close: () => store.close() };
}
