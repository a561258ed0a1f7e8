// The fetch limits from config, in the shape src/feeds/fetch-feed.ts expects.
import type { AppConfig } from '../config/load-config.ts';
import type { FetchOptions } from '../feeds/fetch-feed.ts';

/** What a feed refused by the SSRF guard is told: the one setting that opens it. */
export const PRIVATE_FEEDS_HINT = 'private addresses are refused; set ALLOW_PRIVATE_FEEDS=true to allow them, e.g. for a feed on this machine';

export function fetchOptionsFrom(config: AppConfig): FetchOptions {
  return {
    timeoutMs: config.env.FETCH_TIMEOUT_MS,
    maxBytes: config.env.FEED_MAX_BYTES,
    maxRedirects: 5,
    allowPrivate: config.env.ALLOW_PRIVATE_FEEDS,
    blockedHint: PRIVATE_FEEDS_HINT,
    userAgent: 'tts-radar/0.1 (+https://github.com/tts-radar)',
  } as FetchOptions;
}
