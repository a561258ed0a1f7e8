// The fetch limits from config, in the shape src/feeds/fetch-feed.ts expects.
import type { AppConfig } from '../config/load-config.ts';
import type { FetchOptions } from '../feeds/fetch-feed.ts';

export function fetchOptionsFrom(config: AppConfig): FetchOptions {
  return {
    timeoutMs: config.env.FETCH_TIMEOUT_MS,
    maxBytes: config.env.FEED_MAX_BYTES,
    maxRedirects: 5,
    allowPrivate: config.env.ALLOW_PRIVATE_FEEDS,
    userAgent: 'tts-radar/0.1 (+https://github.com/tts-radar)',
  } as FetchOptions;
}
