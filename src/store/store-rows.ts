// Row shapes and row → domain mapping shared by the SQLite and Postgres stores, so the two cannot drift. The only
// differences between the dialects are passed in: SQLite hands JSON back as text and booleans as 0/1.
import type { FeedState, OutboxEntry, OutboxStatus } from '../core/ports.ts';
import type { Message } from '../core/message.ts';
import type { Market, Tag } from '../core/taxonomy.ts';
import type { ClassifiedItem, Comparison, Fact, Item, Severity } from '../core/types.ts';

export interface FeedStateRow {
  feed_id: string;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  next_attempt_at: string | null;
  consecutive_failures: number;
  last_error: string | null;
  /** boolean (Postgres) or 0/1 (SQLite). */
  seeded: boolean | number;
}

export function toFeedState(r: FeedStateRow): FeedState {
  return {
    feedId: r.feed_id, etag: r.etag, lastModified: r.last_modified, lastAttemptAt: r.last_attempt_at,
    lastSuccessAt: r.last_success_at, nextAttemptAt: r.next_attempt_at, consecutiveFailures: r.consecutive_failures,
    lastError: r.last_error, seeded: r.seeded === true || r.seeded === 1,
  };
}

export interface OutboxRow {
  id: number;
  key: string;
  platform: string;
  channel_id: string;
  kind: OutboxEntry['kind'];
  /** Parsed JSON (Postgres) or JSON text (SQLite). */
  message: Message | string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  remote_id: string | null;
  updates_key: string | null;
  cluster_id: string | null;
  created_at: string;
  sent_at: string | null;
}

export function toOutboxEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id, key: r.key, platform: r.platform, channelId: r.channel_id, kind: r.kind,
    message: typeof r.message === 'string' ? (JSON.parse(r.message) as Message) : r.message,
    status: r.status, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
    remoteId: r.remote_id, updatesKey: r.updates_key, clusterId: r.cluster_id, createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** Stands for "any market" / "any tag" in item_tags, so every `latest` filter is one index lookup. */
export const ANY = '*';
/** At most this many items in one `latest` answer. */
export const MAX_LATEST = 50;

export const ITEM_COLUMNS = 'i.id, i.feed_id, i.title, i.summary, i.link, i.published, i.lang, i.source, i.cluster_id, i.severity, i.tags, i.markets, i.facts, i.comparisons';

export interface ItemRow {
  id: string;
  feed_id: string;
  title: string;
  summary: string;
  link: string | null;
  published: string | null;
  lang: Item['lang'];
  source: string;
  cluster_id: string;
  severity: Severity;
  /** Parsed JSON (Postgres) or JSON text (SQLite). */
  tags: Tag[] | string;
  markets: Market[] | string;
  facts: Fact[] | string;
  comparisons: Comparison[] | string;
}

function json<T>(v: T | string): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : v;
}

export function toClassifiedItem(r: ItemRow): ClassifiedItem {
  return {
    item: {
      id: r.id, feedId: r.feed_id, title: r.title, summary: r.summary, link: r.link, published: r.published,
      lang: r.lang, source: r.source,
    },
    classification: { tags: json(r.tags), markets: json(r.markets), facts: json(r.facts) },
    comparisons: json(r.comparisons),
    severity: r.severity,
    clusterId: r.cluster_id,
  };
}

/**
 * Where an item sits in "latest": its publication time, but never later than when we fetched it (a feed that
 * dates its items in the future must not pin them to the top), and the fetch time when it gave no date.
 */
export function itemSortTime(published: string | null, fetchedAt: string): string {
  const fetched = Date.parse(fetchedAt);
  const pub = published === null ? NaN : Date.parse(published);
  if (Number.isNaN(pub) || (!Number.isNaN(fetched) && pub > fetched)) return Number.isNaN(fetched) ? fetchedAt : new Date(fetched).toISOString();
  return new Date(pub).toISOString();
}
