// Named leases between replicas (e.g. "the one that runs the digest scheduler"). One upsert decides: it writes
// the row only when the lease is free, expired, or already ours, and Postgres serialises concurrent upserts on
// the primary key, so exactly one contender sees its row written.
import type { PgQueryable } from './pg-connection.ts';

export async function tryAcquireLease(
  db: PgQueryable, name: string, owner: string, ttlMs: number, now: string,
): Promise<boolean> {
  const until = new Date(Date.parse(now) + ttlMs).toISOString();
  const r = await db.query(
    `INSERT INTO leases (name, owner, until) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, until = EXCLUDED.until
     WHERE leases.until < $4 OR leases.owner = EXCLUDED.owner`,
    [name, owner, until, now],
  );
  return r.rowCount === 1;
}

/** Gives the lease up early (clean shutdown) so another replica need not wait for it to expire. */
export async function releaseLease(db: PgQueryable, name: string, owner: string): Promise<void> {
  await db.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
}
