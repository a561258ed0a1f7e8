// Row shapes and row → domain mapping shared by the SQLite and Postgres stores, so the two cannot drift. The only
// differences between the dialects are passed in: SQLite hands JSON back as text and booleans as 0/1.
import type { FeedState, OutboxEntry, OutboxStatus } from '../core/ports.ts';
import type { Message } from '../core/message.ts';

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
