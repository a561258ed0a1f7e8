// One place that turns the environment and config/*.yaml into a validated AppConfig.
// main.ts passes process.env in; everything else receives the slice it needs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedConfig } from '../core/types.ts';
import { ConfigError } from './config-error.ts';
import { envSchema, type Env } from './env-schema.ts';
import { parseFeedsFile } from './feeds-file.ts';
import { parseTrustedSourcesFile } from './trusted-sources-file.ts';
import type { TrustedSource } from '../core/evidence/trusted-sources.ts';

export interface AppConfig {
  env: Env;
  configDir: string;
  feedsFile: string;
  baselineFile: string;
  feeds: FeedConfig[];
  /** config/trusted-sources.yaml: sources whose word alone confirms a reported change (empty when the file is absent). */
  trustedSources: TrustedSource[];
  slack: { botToken: string; signingSecret: string | undefined; appToken: string | undefined; mode: 'socket' | 'http'; apiUrl: string | undefined; allowedUsers: string[] } | null;
  discord: { token: string; applicationId: string; apiUrl: string | undefined; publicKey: string | undefined; managePermission: Env['DISCORD_MANAGE_PERMISSION'] } | null;
}

/** Validates env vars; throws ConfigError naming each bad variable. */
export function parseEnv(env: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  // Messages that say what to write read "PORT: "abc" is not …; write e.g. PORT=3000".
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0]);
    return `environment variable ${name}: ${i.message.replace(/write e\.g\. =/g, `write e.g. ${name}=`).replace(/, =/g, `, ${name}=`).replace(/ or =/g, ` or ${name}=`)}`;
  });
  throw new ConfigError(lines.join('\n'));
}

async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${file}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
}

export async function loadConfig(rawEnv: Record<string, string | undefined>): Promise<AppConfig> {
  const env = parseEnv(rawEnv);
  const configDir = env.CONFIG_DIR;
  const feedsFile = path.join(configDir, 'feeds.yaml');
  const baselineFile = path.join(configDir, 'baseline.yaml');
  let feeds = parseFeedsFile(await readConfigFile(feedsFile), feedsFile);
  const trustedFile = path.join(configDir, 'trusted-sources.yaml');
  const trustedText = await readFile(trustedFile, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : readConfigFile(trustedFile)));
  const trustedSources = trustedText === null ? [] : parseTrustedSourcesFile(trustedText, trustedFile);
  const everyMinutes = env.POLL_INTERVAL_MINUTES;
  if (everyMinutes) feeds = feeds.map((f) => ({ ...f, intervalMinutes: everyMinutes }));

  let slack: AppConfig['slack'] = null;
  if (env.SLACK_BOT_TOKEN) {
    const mode = env.SLACK_MODE ?? (env.SLACK_APP_TOKEN ? 'socket' : 'http');
    const both = 'Slack needs one of two modes: Socket Mode (no public URL) with SLACK_APP_TOKEN=xapp-… (an App-Level Token with connections:write), or HTTP mode with SLACK_MODE=http and SLACK_SIGNING_SECRET (Basic Information page) and a public request URL';
    if (mode === 'socket' && !env.SLACK_APP_TOKEN) throw new ConfigError(`environment variable SLACK_APP_TOKEN: required for Socket Mode (SLACK_MODE=socket). ${both}`);
    if (mode === 'http' && !env.SLACK_SIGNING_SECRET) {
      throw new ConfigError(env.SLACK_MODE === 'http'
        ? 'environment variable SLACK_SIGNING_SECRET: required when SLACK_MODE=http (from the app\'s Basic Information page); or use Socket Mode instead: set SLACK_APP_TOKEN=xapp-… and leave SLACK_MODE unset'
        : `SLACK_BOT_TOKEN is set but Slack cannot connect yet. ${both}`);
    }
    slack = { botToken: env.SLACK_BOT_TOKEN, signingSecret: env.SLACK_SIGNING_SECRET, appToken: env.SLACK_APP_TOKEN, mode, apiUrl: env.SLACK_API_URL, allowedUsers: env.SLACK_ALLOWED_USERS };
  }
  let discord: AppConfig['discord'] = null;
  if (env.DISCORD_TOKEN) {
    if (!env.DISCORD_APPLICATION_ID) throw new ConfigError('environment variable DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    discord = { token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, apiUrl: env.DISCORD_API_URL, publicKey: env.DISCORD_PUBLIC_KEY, managePermission: env.DISCORD_MANAGE_PERMISSION };
  }
  return { env, configDir, feedsFile, baselineFile, feeds, trustedSources, slack, discord };
}
