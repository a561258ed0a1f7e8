// Items, clusters and feed fetch state in Postgres. Items and clusters are stored whole as JSON and come back
// as written; the columns beside them exist only to filter and order.
import type { FeedState } from '../../core/ports.ts';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { ClassifiedItem, Cluster } from '../../core/types.ts';
import type { PgQueryable } from './pg-connection.ts';

interface FeedStateRow {
  feed_id: string;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  next_attempt_at: string | null;
  consecutive_failures: number;
  last_error: string | null;
  seeded: boolean;
}

function toFeedState(r: FeedStateRow): FeedState {
  return {
    feedId: r.feed_id, etag: r.etag, lastModified: r.last_modified, lastAttemptAt: r.last_attempt_at,
    lastSuccessAt: r.last_success_at, nextAttemptAt: r.next_attempt_at, consecutiveFailures: r.consecutive_failures,
    lastError: r.last_error, seeded: r.seeded,
  };
}

export async function getFeedState(db: PgQueryable, feedId: string): Promise<FeedState | null> {
  const r = await db.query<FeedStateRow>('SELECT * FROM feed_states WHERE feed_id = $1', [feedId]);
  return r.rows[0] ? toFeedState(r.rows[0]) : null;
}

export async function saveFeedState(db: PgQueryable, s: FeedState): Promise<void> {
  await db.query(
    `INSERT INTO feed_states (feed_id, etag, last_modified, last_attempt_at, last_success_at, next_attempt_at,
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
  const r = await db.query<FeedStateRow>('SELECT * FROM feed_states ORDER BY feed_id');
  return r.rows.map(toFeedState);
}

export async function knownItemIds(db: PgQueryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM items WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((row) => row.id));
}

export async function saveClassifiedItem(db: PgQueryable, ci: ClassifiedItem, fetchedAt: string): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO items (id, feed_id, cluster_id, severity, tags, markets, published, fetched_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO NOTHING`,
    [ci.item.id, ci.item.feedId, ci.clusterId, ci.severity, JSON.stringify(ci.classification.tags),
      JSON.stringify(ci.classification.markets), ci.item.published, fetchedAt, JSON.stringify(ci)],
  );
  return r.rowCount === 1;
}

/** Tagged items only (untagged ones are kept for dedup, not shown), newest first. */
export async function latestItems(
  db: PgQueryable, q: { market?: Market; tag?: Tag; limit: number },
): Promise<ClassifiedItem[]> {
  const r = await db.query<{ data: ClassifiedItem }>(
    `SELECT data FROM items
     WHERE jsonb_array_length(tags) > 0 AND ($1::text IS NULL OR markets ? $1) AND ($2::text IS NULL OR tags ? $2)
     ORDER BY fetched_at DESC, id DESC LIMIT $3`,
    [q.market ?? null, q.tag ?? null, Math.min(q.limit, 50)],
  );
  return r.rows.map((row) => row.data);
}

export async function itemsBetween(
  db: PgQueryable, since: string, until: string, q?: { markets?: Market[] },
): Promise<ClassifiedItem[]> {
  const markets = q?.markets?.length ? q.markets : null;
  const r = await db.query<{ data: ClassifiedItem }>(
    `SELECT data FROM items
     WHERE fetched_at >= $1 AND fetched_at < $2 AND ($3::text[] IS NULL OR markets ?| $3::text[])
     ORDER BY fetched_at, id`,
    [since, until, markets],
  );
  return r.rows.map((row) => row.data);
}

export async function countItems(db: PgQueryable): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
  return r.rows[0]!.n;
}

export async function getCluster(db: PgQueryable, id: string): Promise<Cluster | null> {
  const r = await db.query<{ data: Cluster }>('SELECT data FROM clusters WHERE id = $1', [id]);
  return r.rows[0]?.data ?? null;
}

export async function saveCluster(db: PgQueryable, c: Cluster): Promise<void> {
  await db.query(
    `INSERT INTO clusters (id, first_seen, last_seen, data) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen, data = EXCLUDED.data`,
    [c.id, c.firstSeen, c.lastSeen, JSON.stringify(c)],
  );
}

/** Newest first. */
export async function recentClusters(db: PgQueryable, since: string, limit: number): Promise<Cluster[]> {
  const r = await db.query<{ data: Cluster }>(
    'SELECT data FROM clusters WHERE last_seen >= $1 ORDER BY last_seen DESC, id LIMIT $2',
    [since, limit],
  );
  return r.rows.map((row) => row.data);
}
