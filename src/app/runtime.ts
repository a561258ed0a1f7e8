// The long-lived pieces every command shares: config, store (seeded from the baseline file), logger, clock.
import { readFile } from 'node:fs/promises';
import type { AppConfig } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import type { Clock, Store } from '../core/ports.ts';
import type { CommandDeps } from '../core/commands/command-deps.ts';
import type { BaselineEntry } from '../core/types.ts';
import { parseBaselineYaml } from '../core/baseline/load-baseline.ts';
import { openStore } from '../store/open-store.ts';
import { previewDigest } from './enqueue-digest.ts';
import type { Logger } from '../observability/create-logger.ts';

export interface Runtime {
  config: AppConfig;
  store: Store;
  logger: Logger;
  clock: Clock;
  commandDeps: CommandDeps;
  close(): Promise<void>;
}

/** Reads and validates config/baseline.yaml (errors name the file, field and line). */
export async function readBaselineFile(file: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${file}: cannot read the baseline file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  try {
    return parseBaselineYaml(text, file);
  } catch (cause) {
    throw new ConfigError((cause as Error).message, { cause });
  }
}

export async function createRuntime(config: AppConfig, deps: { logger: Logger; clock: Clock }): Promise<Runtime> {
  const baseline = await readBaselineFile(config.baselineFile);
  const store = await openStore({ databaseUrl: config.env.DATABASE_URL ?? null, databaseSchema: config.env.DATABASE_SCHEMA ?? null, sqlitePath: config.env.SQLITE_PATH });
  // Seeding only fills subjects the store does not know yet, so learned changes survive a restart.
  await store.seedBaseline(baseline);
  const commandDeps: CommandDeps = {
    store,
    feeds: config.feeds,
    clock: deps.clock,
    defaultTimeZone: config.env.DEFAULT_TIMEZONE,
    previewDigest: (q) => previewDigest(q, { store, clock: deps.clock }),
  };
  return { config, store, logger: deps.logger, clock: deps.clock, commandDeps, close: () => store.close() };
}
