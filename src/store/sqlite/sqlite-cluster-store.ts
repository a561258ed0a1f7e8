// Stories (clusters of items from several sources) in SQLite: stored whole as JSON, with the times beside it
// as columns so near-duplicate matching can ask for the recent ones through an index.
import type Database from 'better-sqlite3';
import type { ClusterStore } from '../../core/ports.ts';
import type { Cluster } from '../../core/types.ts';
import { toIsoInstant } from './to-iso-instant.ts';

export class SqliteClusterStore implements ClusterStore {
  private readonly getStmt: Database.Statement<[string], { data: string }>;
  private readonly saveStmt: Database.Statement<[string, string, string, string]>;
  private readonly recentStmt: Database.Statement<[string, number], { data: string }>;

  constructor(db: Database.Database) {
    this.getStmt = db.prepare('SELECT data FROM clusters WHERE id = ?');
    this.saveStmt = db.prepare(
      `INSERT INTO clusters (id, first_seen, last_seen, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, data = excluded.data`,
    );
    this.recentStmt = db.prepare('SELECT data FROM clusters WHERE last_seen >= ? ORDER BY last_seen DESC, id LIMIT ?');
  }

  async getCluster(id: string): Promise<Cluster | null> {
    const row = this.getStmt.get(id);
    return row ? (JSON.parse(row.data) as Cluster) : null;
  }

  async saveCluster(c: Cluster): Promise<void> {
    this.saveStmt.run(c.id, toIsoInstant(c.firstSeen), toIsoInstant(c.lastSeen), JSON.stringify(c));
  }

  /** Newest first. */
  async recentClusters(since: string, limit: number): Promise<Cluster[]> {
    return this.recentStmt.all(toIsoInstant(since), limit).map((r) => JSON.parse(r.data) as Cluster);
  }
}
