// Outbox and digest-run claims in Postgres. Every statement is safe to run from several replicas at once:
// enqueue and claimDigestRun rely on unique keys (ON CONFLICT DO NOTHING), claimDueOutbox on row locks that a
// concurrent claimer skips (FOR UPDATE SKIP LOCKED), so no entry is handed to two replicas while a claim lives.
import { IN_FLIGHT, REQUEUED, type OutboxEntry, type OutboxStatus, type OutboxStore } from '../../core/ports.ts';
import { toOutboxEntry as toEntry, type OutboxRow } from '../store-rows.ts';
import type { PgQueryable } from './pg-connection.ts';

const COLUMNS = `id, key, platform, channel_id, kind, message, status, attempts, next_attempt_at, last_error, remote_id,
  updates_key, cluster_id, created_at, sent_at`;

export async function enqueueOutbox(
  db: PgQueryable, e: Parameters<OutboxStore['enqueue']>[0],
): Promise<{ entry: OutboxEntry; inserted: boolean }> {
  const inserted = await db.query<OutboxRow>(
    `INSERT INTO outbox (key, platform, channel_id, kind, message, status, attempts, next_attempt_at, updates_key,
       cluster_id, created_at)
     VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $7, $8, $6)
     ON CONFLICT (key) DO NOTHING
     RETURNING ${COLUMNS}`,
    [e.key, e.platform, e.channelId, e.kind, JSON.stringify(e.message), e.now, e.updatesKey ?? null, e.clusterId ?? null],
  );
  if (inserted.rows[0]) return { entry: toEntry(inserted.rows[0]), inserted: true };
  // The key existed (perhaps written a moment ago by another replica): hand back the stored entry unchanged.
  const existing = await getOutboxByKey(db, e.key);
  if (!existing) throw new Error(`outbox entry ${e.key} conflicted on insert but cannot be read back`);
  return { entry: existing, inserted: false };
}

/** A claim by another replica that has not expired keeps an entry out of `due` too. */
export async function dueOutbox(db: PgQueryable, now: string, limit: number): Promise<OutboxEntry[]> {
  const r = await db.query<OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox
     WHERE status = 'pending' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
     ORDER BY id LIMIT $2`,
    [now, limit],
  );
  return r.rows.map(toEntry);
}

export async function claimDueOutbox(
  db: PgQueryable, now: string, limit: number, owner: string, leaseMs: number,
  except: readonly { platform: string; channelId: string }[] = [],
): Promise<OutboxEntry[]> {
  const until = new Date(Date.parse(now) + leaseMs).toISOString();
  const r = await db.query<OutboxRow>(
    `UPDATE outbox SET claimed_by = $3, claimed_until = $4
     WHERE id IN (
       SELECT id FROM outbox
       WHERE status = 'pending' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
         AND (platform, channel_id) NOT IN (SELECT * FROM unnest($5::text[], $6::text[]))
       ORDER BY id LIMIT $2
       FOR UPDATE SKIP LOCKED)
     RETURNING ${COLUMNS}`,
    [now, limit, owner, until, except.map((c) => c.platform), except.map((c) => c.channelId)],
  );
  // RETURNING follows no particular order; the dispatcher expects oldest first.
  return r.rows.map(toEntry).sort((a, b) => a.id - b.id);
}

export async function markOutboxSending(db: PgQueryable, id: number, now: string): Promise<void> {
  await db.query(`UPDATE outbox SET last_error = $2 WHERE id = $1 AND status = 'pending'`, [id, `${IN_FLIGHT} ${now}`]);
}

export async function markOutboxSent(db: PgQueryable, id: number, remoteId: string | null, now: string): Promise<void> {
  await db.query(
    `UPDATE outbox SET status = 'sent', remote_id = $2, sent_at = $3, claimed_by = NULL, claimed_until = NULL
     WHERE id = $1`,
    [id, remoteId, now],
  );
}

export async function markOutboxRetry(db: PgQueryable, id: number, error: string, nextAttemptAt: string, countAttempt = true): Promise<void> {
  await db.query(
    `UPDATE outbox SET attempts = attempts + $4, last_error = $2, next_attempt_at = $3,
       claimed_by = NULL, claimed_until = NULL
     WHERE id = $1`,
    [id, error, nextAttemptAt, countAttempt ? 1 : 0],
  );
}

/** Dead entries (all, or the given ids) back to pending; see OutboxStore.requeueDead. */
export async function requeueDeadOutbox(db: PgQueryable, q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> {
  const r = await db.query<OutboxRow>(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2,
       last_error = $3 || ': ' || coalesce(last_error, 'dead'), claimed_by = NULL, claimed_until = NULL
     WHERE status = 'dead' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))
     RETURNING ${COLUMNS}`,
    [q.ids ?? null, q.now, REQUEUED],
  );
  return r.rows.map(toEntry).sort((a, b) => a.id - b.id);
}

export async function markOutboxDead(db: PgQueryable, id: number, error: string): Promise<void> {
  await db.query(
    `UPDATE outbox SET status = 'dead', attempts = attempts + 1, last_error = $2, claimed_by = NULL, claimed_until = NULL
     WHERE id = $1`,
    [id, error],
  );
}

export async function getOutboxByKey(db: PgQueryable, key: string): Promise<OutboxEntry | null> {
  const r = await db.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE key = $1`, [key]);
  return r.rows[0] ? toEntry(r.rows[0]) : null;
}

/** Newest first. */
export async function listOutbox(db: PgQueryable, q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> {
  const r = await db.query<OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox WHERE ($1::text IS NULL OR status = $1) ORDER BY id DESC LIMIT $2`,
    [q.status ?? null, q.limit],
  );
  return r.rows.map(toEntry);
}

export async function outboxDepth(db: PgQueryable): Promise<{ pending: number; dead: number; sent: number }> {
  const r = await db.query<{ status: OutboxStatus; n: number }>(
    'SELECT status, count(*)::int AS n FROM outbox GROUP BY status',
  );
  const depth = { pending: 0, dead: 0, sent: 0 };
  for (const row of r.rows) depth[row.status] = row.n;
  return depth;
}

export async function claimDigestRun(
  db: PgQueryable, platform: string, channelId: string, periodKey: string, now: string,
): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO digest_runs (platform, channel_id, period_key, ran_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [platform, channelId, periodKey, now],
  );
  return r.rowCount === 1;
}
