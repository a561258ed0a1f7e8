// fetch → parse → normalise for one feed, then hand the items to ingest; keeps the feed's conditional-GET
// validators and backoff in the store so a restart neither hammers a failing feed nor re-downloads a fresh one.
import { readFile } from 'node:fs/promises';
import { fetchFeed, type FetchOptions } from '../feeds/fetch-feed.ts';
import { parseFeedDocument } from '../feeds/parse-feed.ts';
import { normaliseItems } from '../feeds/normalise-items.ts';
import { nextAttemptDelaySeconds } from '../feeds/backoff.ts';
import type { FeedState, Logger } from '../core/ports.ts';
import type { FeedConfig } from '../core/types.ts';
import { ingestItems, type IngestDeps, type IngestResult } from './ingest-items.ts';

export interface PollDeps extends IngestDeps {
  logger: Logger;
  fetchOptions: FetchOptions;
  /** 0 ≤ random() < 1, injected so schedules are testable. */
  random?: () => number;
  /** Metrics hook: outcome per poll. */
  onPolled?: (feed: FeedConfig, outcome: PollOutcome) => void;
}

export type PollOutcome =
  | { kind: 'ok'; result: IngestResult }
  | { kind: 'not_modified' }
  /** Another replica holds this feed's lease or has just polled it. */
  | { kind: 'skipped' }
  | { kind: 'error'; reason: string; message: string; consecutiveFailures?: number };

export function isLocalPath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

export function emptyFeedState(feedId: string): FeedState {
  return { feedId, etag: null, lastModified: null, lastAttemptAt: null, lastSuccessAt: null, nextAttemptAt: null, consecutiveFailures: 0, lastError: null, seeded: false };
}

async function fetchBody(feed: FeedConfig, state: FeedState, deps: PollDeps) {
  if (isLocalPath(feed.url)) {
    try {
      return { kind: 'ok' as const, body: await readFile(feed.url), contentType: null, etag: null, lastModified: null, finalUrl: null as string | null, status: 200 };
    } catch (e) {
      return { kind: 'error' as const, reason: 'network', message: `cannot read file ${feed.url}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, retryAfterSeconds: null };
    }
  }
  return fetchFeed(feed.url, { etag: state.etag, lastModified: state.lastModified }, deps.fetchOptions);
}

/** Polls one feed now. Expected failures (404, timeout, bad XML) are outcomes, logged once per attempt. */
export async function pollFeed(feed: FeedConfig, deps: PollDeps): Promise<PollOutcome> {
  const { store, clock, logger } = deps;
  const random = deps.random ?? Math.random;
  const state = (await store.getFeedState(feed.id)) ?? emptyFeedState(feed.id);
  const started = clock.now();
  const intervalSeconds = feed.intervalMinutes * 60;
  // ±10 % jitter keeps feeds that share a host from being fetched in lock-step.
  const nextRegular = () => new Date(clock.now().getTime() + intervalSeconds * 1000 * (0.9 + 0.2 * random())).toISOString();

  const fail = async (reason: string, message: string, retryAfter: number | null): Promise<PollOutcome> => {
    const failures = state.consecutiveFailures + 1;
    const delay = nextAttemptDelaySeconds(failures, retryAfter, intervalSeconds);
    await store.saveFeedState({ ...state, lastAttemptAt: started.toISOString(), consecutiveFailures: failures, lastError: message, nextAttemptAt: new Date(clock.now().getTime() + delay * 1000).toISOString() });
    logger.warn({ feed: feed.id, reason, failures, retryInSeconds: Math.round(delay) }, `feed ${feed.id} failed: ${message} (failure ${failures}, next try in ${Math.round(delay)} s)`);
    const outcome: PollOutcome = { kind: 'error', reason, message, consecutiveFailures: failures };
    deps.onPolled?.(feed, outcome);
    return outcome;
  };

  const fetched = await fetchBody(feed, state, deps);
  if (fetched.kind === 'error') return fail(fetched.reason, fetched.message, fetched.retryAfterSeconds ?? null);
  if (fetched.kind === 'not_modified') {
    await store.saveFeedState({ ...state, lastAttemptAt: started.toISOString(), lastSuccessAt: clock.now().toISOString(), consecutiveFailures: 0, lastError: null, nextAttemptAt: nextRegular() });
    const outcome: PollOutcome = { kind: 'not_modified' };
    deps.onPolled?.(feed, outcome);
    return outcome;
  }
  const parsed = await parseFeedDocument(fetched.body, { url: fetched.finalUrl ?? (isLocalPath(feed.url) ? null : feed.url), contentType: fetched.contentType });
  if (!parsed.ok) return fail('parse', parsed.error, null);
  const sourceName = feed.title ?? parsed.feed.title ?? feed.id;
  const items = normaliseItems(parsed.items, feed, sourceName);
  const result = await ingestItems(feed, items, deps, { firstFetch: !state.seeded });
  await store.saveFeedState({
    ...state,
    etag: fetched.etag, lastModified: fetched.lastModified,
    lastAttemptAt: started.toISOString(), lastSuccessAt: clock.now().toISOString(),
    consecutiveFailures: 0, lastError: null, seeded: true, nextAttemptAt: nextRegular(),
  });
  if (state.consecutiveFailures > 0) logger.info({ feed: feed.id }, `feed ${feed.id} recovered after ${state.consecutiveFailures} failure(s)`);
  const outcome: PollOutcome = { kind: 'ok', result };
  deps.onPolled?.(feed, outcome);
  return outcome;
}
