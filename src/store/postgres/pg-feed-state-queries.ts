// Per-feed fetch bookkeeping (validators for conditional GET, backoff, health) in Postgres.
import type { FeedState } from '../../core/ports.ts';
import type { PgQueryable } from './pg-connection.ts';
import { toFeedState, type FeedStateRow } from '../store-rows.ts';

export async function getFeedState(db: PgQueryable, feedId: string): Promise<FeedState | null> {
  const r = await db.query<FeedStateRow>('SELECT * FROM feed_state WHERE feed_id = $1', [feedId]);
  return r.rows[0] ? toFeedState(r.rows[0]) : null;
}

export async function saveFeedState(db: PgQueryable, s: FeedState): Promise<void> {
  await db.query(
    `INSERT INTO feed_state (feed_id, etag, last_modified, last_attempt_at, last_success_at, next_attempt_at,
       consecutive_failures, last_error, seeded)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (feed_id) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
       last_attempt_at = EXCLUDED.last_attempt_at, last_success_at = EXCLUDED.last_success_at,
       next_attempt_at = EXCLUDED.next_attempt_at, consecutive_failures = EXCLUDED.consecutive_failures,
       last_error = EXCLUDED.last_error, seeded = EXCLUDED.seeded`,
    [s.feedId, s.etag, s.lastModified, s.lastAttemptAt, s.lastSuccessAt, s.nextAttemptAt, s.consecutiveFailures,
      s.lastError, s.seeded],
  );
}

export async function listFeedStates(db: PgQueryable): Promise<FeedState[]> {
  const r = await db.query<FeedStateRow>('SELECT * FROM feed_state ORDER BY feed_id');
  return r.rows.map(toFeedState);
}
