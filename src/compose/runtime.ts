// The long-lived pieces every command shares: config, store (seeded from the baseline file), logger, clock.
import { readFile } from 'node:fs/promises';
import type { AppConfig } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import { hasLeases, systemClock, type Clock, type Logger, type Store } from '../core/ports.ts';
import type { CommandDeps } from '../core/commands/command-deps.ts';
import type { BaselineEntry } from '../core/types.ts';
import { parseBaselineFile } from '../core/baseline/load-baseline.ts';
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
  try {
    return parseBaselineFile(text, file);
  } catch (cause) {
    throw new ConfigError((cause as Error).message, { cause });
  }
}

/**
 * A new store gets the whole file, history included (so the GMV series reads as a series), in date order.
 * Afterwards seeding only fills subjects the store does not know yet, so learned changes survive a restart.
 */
export async function seedStoreBaseline(
  store: Store,
  baseline: { latest: BaselineEntry[]; history: BaselineEntry[] },
  deps: SeedDeps = { clock: systemClock, processName: defaultProcessName(), sleep: sleepFor },
): Promise<void> {
  // Replicas starting together on an empty database: one seeds, the others wait for it (history has no unique key).
  const owner = `seed-${deps.processName}`;
  if (hasLeases(store)) {
    const until = deps.clock.now().getTime() + 120_000;
    while (!(await store.tryAcquireLease('seed-baseline', owner, 60_000, deps.clock.now().toISOString()))) {
      if (deps.clock.now().getTime() > until) throw new Error('timed out waiting for another replica to seed the baseline');
      await deps.sleep(200);
    }
  }
  try {
    const fresh = (await store.baselineEntries()).length === 0;
    await store.seedBaseline(baseline.latest);
    if (!fresh) return;
    // The superseded values as history rows (seedBaseline already recorded the latest ones; history: true never
    // touches the latest values just seeded with their labels).
    for (const e of baseline.history) {
      await store.applyComparison({ fact: e.fact, key: e.key, status: 'new', previous: null, history: true }, { date: e.date, source: e.source, itemId: null });
    }
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
  const store = await openStore({ databaseUrl: config.env.DATABASE_URL ?? null, databaseSchema: config.env.DATABASE_SCHEMA ?? null, sqlitePath: config.env.SQLITE_PATH });
  await seedStoreBaseline(store, baseline, { clock: deps.clock, processName, sleep: deps.sleep ?? sleepFor });
  const commandDeps: CommandDeps = {
    store,
    feeds: config.feeds,
    clock: deps.clock,
    defaultTimeZone: config.env.DEFAULT_TIMEZONE,
    previewDigest: (q) => previewDigest(q, { store, clock: deps.clock }),
  };
  return { config, store, logger: deps.logger, clock: deps.clock, processName, commandDeps, close: () => store.close() };
}
