// Environment variables, validated once at start-up. Documented in the README's configuration table.
import { z } from 'zod';
import { isValidTimeZone } from '../core/digest/zoned-time.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));
const list = z.string().optional().transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));
/** A whole number in [min, max]; a bad value is answered with what to write ("write e.g. PORT=3000"). */
const intIn = (min: number, max: number, dflt: number, example = dflt) => z.string().trim().optional().transform((v, ctx) => {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!/^[+-]?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a whole number from ${min} to ${max}; write e.g. =${example}` });
    return z.NEVER;
  }
  return n;
});

export const envSchema = z.object({
  /** Where config/*.yaml live. */
  CONFIG_DIR: z.string().default('config'),
  /** SQLite database file (default store). */
  SQLITE_PATH: z.string().default('data/tts-radar.sqlite'),
  /** postgres://… selects the Postgres store instead of SQLite. */
  DATABASE_URL: optionalText.superRefine((url, ctx) => {
    if (!url || /^postgres(ql)?:\/\//i.test(url)) return;
    // The URL may hold a password: name only its scheme.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
    ctx.addIssue({ code: 'custom', message: `must start with postgres:// or postgresql:// (got ${scheme ? `${scheme}://…` : 'no scheme'}); unset it to use SQLite` });
  }),
  /** Postgres schema to use (created if missing); default: the connection's search_path. */
  DATABASE_SCHEMA: optionalText.refine((name) => !name || /^[a-z_][a-z0-9_]{0,62}$/.test(name), {
    message: 'must be a plain lower-case name (letters, digits, _; at most 63 characters)',
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** HTTP port for /healthz, /metrics and Slack's HTTP mode. */
  PORT: intIn(0, 65535, 3000),
  FETCH_CONCURRENCY: intIn(1, 256, 8),
  FETCH_TIMEOUT_MS: intIn(1000, 120000, 15000),
  FEED_MAX_BYTES: intIn(10_000, 100_000_000, 5 * 1024 * 1024),
  /** Overrides every feed's interval (minutes, ≥ 1). */
  POLL_INTERVAL_MINUTES: intIn(1, 10_080, 0, 15).transform((n) => (n === 0 ? undefined : n)),
  ALLOW_PRIVATE_FEEDS: bool.default(false),
  DEFAULT_TIMEZONE: z.string().trim().default('UTC').superRefine((zone, ctx) => {
    if (!isValidTimeZone(zone)) ctx.addIssue({ code: 'custom', message: `"${zone}" is not an IANA time zone; write e.g. =Europe/London, =Asia/Shanghai or =UTC` });
  }),
  /** platform:channel that receives feed-health notices, e.g. slack:C0123 or discord:123456. */
  ADMIN_CHANNEL: optionalText.superRefine((v, ctx) => {
    if (v !== undefined && !/^(slack|discord):[A-Za-z0-9_-]+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not platform:channel; write e.g. =slack:C0123ABCD or =discord:112233445566778899` });
    }
  }),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  /** "socket" (default when SLACK_APP_TOKEN is set) or "http". */
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  /** Web API base URL, e.g. http://127.0.0.1:4010/api/ (tests). */
  SLACK_API_URL: optionalText,
  /** Comma-separated Slack user ids allowed to change subscriptions (empty: any channel member). */
  SLACK_ALLOWED_USERS: list,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  /** REST base URL, e.g. http://127.0.0.1:4020/api (tests). */
  DISCORD_API_URL: optionalText,
  DISCORD_PUBLIC_KEY: optionalText,
  /** Permission needed to change a channel's subscriptions: ManageChannels (default), ManageGuild, Administrator or none. */
  DISCORD_MANAGE_PERMISSION: z.enum(['ManageChannels', 'ManageGuild', 'Administrator', 'none']).default('ManageChannels'),
});

export type Env = z.output<typeof envSchema>;
