// Per-feed fetch bookkeeping (validators for conditional GET, backoff, health) in SQLite.
import type Database from 'better-sqlite3';
import type { FeedState, FeedStateStore } from '../../core/ports.ts';
import { toIsoInstantOrNull } from './to-iso-instant.ts';
import { toFeedState, type FeedStateRow } from '../store-rows.ts';

export class SqliteFeedStateStore implements FeedStateStore {
  private readonly getStmt: Database.Statement<[string], FeedStateRow>;
  private readonly listStmt: Database.Statement<[], FeedStateRow>;
  private readonly saveStmt: Database.Statement<unknown[]>;

  constructor(db: Database.Database) {
    this.getStmt = db.prepare('SELECT * FROM feed_state WHERE feed_id = ?');
    this.listStmt = db.prepare('SELECT * FROM feed_state ORDER BY feed_id');
    this.saveStmt = db.prepare(
      `INSERT INTO feed_state (feed_id, etag, last_modified, last_attempt_at, last_success_at, next_attempt_at,
         consecutive_failures, last_error, seeded)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (feed_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
         next_attempt_at = excluded.next_attempt_at, consecutive_failures = excluded.consecutive_failures,
         last_error = excluded.last_error, seeded = excluded.seeded`,
    );
  }

  async getFeedState(feedId: string): Promise<FeedState | null> {
    const row = this.getStmt.get(feedId);
    return row ? toFeedState(row) : null;
  }

  async saveFeedState(s: FeedState): Promise<void> {
    this.saveStmt.run(
      s.feedId, s.etag, s.lastModified, toIsoInstantOrNull(s.lastAttemptAt), toIsoInstantOrNull(s.lastSuccessAt),
      toIsoInstantOrNull(s.nextAttemptAt), s.consecutiveFailures, s.lastError, s.seeded ? 1 : 0,
    );
  }

  async listFeedStates(): Promise<FeedState[]> {
    return this.listStmt.all().map(toFeedState);
  }
}
