// Stories (clusters of items from several sources) in Postgres: stored whole as JSON, with the times beside it
// as columns so near-duplicate matching can ask for the recent ones through an index.
import type { Cluster } from '../../core/types.ts';
import type { PgQueryable } from './pg-connection.ts';

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
