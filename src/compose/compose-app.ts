// The composition root: the one place that turns the environment into a working program. It owns config, the
// store (opened and seeded from the baseline), the logger, the clock and the process name; `run` adds the
// platforms and signals (run-bot.ts), and every CLI command gets the same Runtime from here (like probot's
// createProbot, it takes `env` as a parameter, so tests compose a whole app without touching the process environment).
import { loadConfig } from '../config/load-config.ts';
import type { Env } from '../config/env-schema.ts';
import { systemClock, type Clock, type Logger } from '../core/ports.ts';
import { createLogger } from '../observability/create-logger.ts';
import { createRuntime, type Runtime } from './runtime.ts';

export type EnvVars = Record<string, string | undefined>;

export interface ComposeOptions {
  clock?: Clock;
  logger?: Logger;
  /** This process's name in leases and outbox claims (default: pid plus a random part). */
  processName?: string;
  /** Values that replace validated ones (the demo's temporary SQLite file). */
  overrides?: Partial<Env>;
  /** `run` on SQLite: refuse to start while another bot runs on the same file. */
  singleRunner?: boolean;
}

/** The logger every command uses: JSON on stderr (pretty in a terminal), with every known secret scrubbed. */
export function loggerFor(env: EnvVars, level?: string): Logger {
  return createLogger({
    level: level ?? env.LOG_LEVEL ?? 'info',
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN, env.DISCORD_TOKEN, env.DISCORD_PUBLIC_KEY, env.DATABASE_URL],
    pretty: process.stderr.isTTY === true && env.LOG_FORMAT !== 'json',
  });
}

export async function composeApp(env: EnvVars, opts: ComposeOptions = {}): Promise<Runtime> {
  const config = await loadConfig(env);
  Object.assign(config.env, opts.overrides ?? {});
  if (opts.singleRunner && !config.env.DATABASE_URL) {
    (await import('../store/sqlite/single-runner-lock.ts')).acquireSingleRunnerLock(config.env.SQLITE_PATH);
  }
  return createRuntime(config, {
    logger: opts.logger ?? loggerFor(env),
    clock: opts.clock ?? systemClock,
    ...(opts.processName ? { processName: opts.processName } : {}),
  });
}
