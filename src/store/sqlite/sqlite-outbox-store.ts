// The durable outbox (messages waiting for delivery, with retries) and digest-run claims in SQLite. Both rely on
// unique keys, so enqueueing the same alert or claiming the same digest twice is harmless.
import type Database from 'better-sqlite3';
import { IN_FLIGHT, REQUEUED } from '../../core/ports.ts';
import type { DigestRunStore, OutboxEntry, OutboxStatus, OutboxStore } from '../../core/ports.ts';
import { toIsoInstant } from './to-iso-instant.ts';
import { toOutboxEntry as toEntry, type OutboxRow } from '../store-rows.ts';

export class SqliteOutboxStore implements OutboxStore, DigestRunStore {
  private readonly insertStmt: Database.Statement<unknown[], OutboxRow>;
  private readonly byKeyStmt: Database.Statement<[string], OutboxRow>;
  private readonly dueStmt: Database.Statement<[string, number], OutboxRow>;
  private readonly sentStmt: Database.Statement<[string | null, string, number]>;
  private readonly sendingStmt: Database.Statement<[string, number]>;
  private readonly retryStmt: Database.Statement<[number, string, string, number]>;
  private readonly requeueStmt: Database.Statement<[string, string, number], OutboxRow>;
  private readonly deadIdsStmt: Database.Statement<[], { id: number }>;
  private readonly requeueTx: (q: { ids?: number[]; now: string }) => OutboxEntry[];
  private readonly deadStmt: Database.Statement<[string, number]>;
  private readonly listAllStmt: Database.Statement<[number], OutboxRow>;
  private readonly listByStatusStmt: Database.Statement<[string, number], OutboxRow>;
  private readonly depthStmt: Database.Statement<[], { status: OutboxStatus; n: number }>;
  private readonly claimStmt: Database.Statement<[string, string, string, string]>;
  private readonly enqueueTx: (e: Parameters<OutboxStore['enqueue']>[0]) => { entry: OutboxEntry; inserted: boolean };

  private readonly enqueueOne: (e: Parameters<OutboxStore['enqueue']>[0]) => { entry: OutboxEntry; inserted: boolean };

  /** inBatch: this connection is inside SqliteStore's batch (one transaction already holds the insert and the read). */
  constructor(db: Database.Database, private readonly inBatch: () => boolean = () => false) {
    this.insertStmt = db.prepare(
      `INSERT INTO outbox (key, platform, channel_id, kind, message, status, attempts, next_attempt_at, updates_key,
         cluster_id, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)
       ON CONFLICT (key) DO NOTHING RETURNING *`,
    );
    this.byKeyStmt = db.prepare('SELECT * FROM outbox WHERE key = ?');
    this.dueStmt = db.prepare(
      "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
    );
    this.sentStmt = db.prepare("UPDATE outbox SET status = 'sent', remote_id = ?, sent_at = ? WHERE id = ?");
    this.sendingStmt = db.prepare("UPDATE outbox SET last_error = ? WHERE id = ? AND status = 'pending'");
    this.retryStmt = db.prepare('UPDATE outbox SET attempts = attempts + ?, last_error = ?, next_attempt_at = ? WHERE id = ?');
    this.requeueStmt = db.prepare(
      `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?,
         last_error = ? || ': ' || coalesce(last_error, 'dead') WHERE id = ? AND status = 'dead' RETURNING *`,
    );
    this.deadIdsStmt = db.prepare("SELECT id FROM outbox WHERE status = 'dead' ORDER BY id");
    this.requeueTx = db.transaction((q: { ids?: number[]; now: string }) => {
      const ids = q.ids ?? this.deadIdsStmt.all().map((r) => r.id);
      const now = toIsoInstant(q.now);
      return ids.flatMap((id) => this.requeueStmt.all(now, REQUEUED, id).map(toEntry));
    });
    this.deadStmt = db.prepare("UPDATE outbox SET status = 'dead', attempts = attempts + 1, last_error = ? WHERE id = ?");
    this.listAllStmt = db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT ?');
    this.listByStatusStmt = db.prepare('SELECT * FROM outbox WHERE status = ? ORDER BY id DESC LIMIT ?');
    this.depthStmt = db.prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status');
    this.claimStmt = db.prepare(
      'INSERT INTO digest_runs (platform, channel_id, period_key, ran_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.enqueueOne = (e: Parameters<OutboxStore['enqueue']>[0]) => {
      const now = toIsoInstant(e.now);
      const inserted = this.insertStmt.get(
        e.key, e.platform, e.channelId, e.kind, JSON.stringify(e.message), now, e.updatesKey ?? null,
        e.clusterId ?? null, now,
      );
      // The new row comes back from the insert itself; an existing key is handed back unchanged (the first
      // enqueue wins).
      if (inserted) return { entry: toEntry(inserted), inserted: true };
      return { entry: toEntry(this.byKeyStmt.get(e.key)!), inserted: false };
    };
    this.enqueueTx = db.transaction(this.enqueueOne);
  }

  async enqueue(e: Parameters<OutboxStore['enqueue']>[0]): Promise<{ entry: OutboxEntry; inserted: boolean }> {
    return this.inBatch() ? this.enqueueOne(e) : this.enqueueTx(e);
  }

  /** Pending entries due at `now`, oldest first. */
  async due(now: string, limit: number): Promise<OutboxEntry[]> {
    return this.dueStmt.all(toIsoInstant(now), limit).map(toEntry);
  }

  async markSending(id: number, now: string): Promise<void> {
    this.sendingStmt.run(`${IN_FLIGHT} ${toIsoInstant(now)}`, id);
  }

  async markSent(id: number, remoteId: string | null, now: string): Promise<void> {
    this.sentStmt.run(remoteId, toIsoInstant(now), id);
  }

  async markRetry(id: number, error: string, nextAttemptAt: string, opts: { countAttempt?: boolean } = {}): Promise<void> {
    this.retryStmt.run(opts.countAttempt === false ? 0 : 1, error, toIsoInstant(nextAttemptAt), id);
  }

  async requeueDead(q: { ids?: number[]; now: string }): Promise<OutboxEntry[]> {
    return this.requeueTx(q);
  }

  async markDead(id: number, error: string): Promise<void> {
    this.deadStmt.run(error, id);
  }

  async getByKey(key: string): Promise<OutboxEntry | null> {
    const row = this.byKeyStmt.get(key);
    return row ? toEntry(row) : null;
  }

  /** Newest first. */
  async list(q: { status?: OutboxStatus; limit: number }): Promise<OutboxEntry[]> {
    const rows = q.status ? this.listByStatusStmt.all(q.status, q.limit) : this.listAllStmt.all(q.limit);
    return rows.map(toEntry);
  }

  async depth(): Promise<{ pending: number; dead: number; sent: number }> {
    const depth = { pending: 0, dead: 0, sent: 0 };
    for (const row of this.depthStmt.all()) depth[row.status] = row.n;
    return depth;
  }

  async claimDigestRun(platform: string, channelId: string, periodKey: string, now: string): Promise<boolean> {
    return this.claimStmt.run(platform, channelId, periodKey, toIsoInstant(now)).changes === 1;
  }
}
