// Channel subscriptions in SQLite: one row per (platform, channel); its rules and digest schedule are JSON.
import type Database from 'better-sqlite3';
import type { SubscriptionStore } from '../../core/ports.ts';
import type { Subscription } from '../../core/types.ts';

interface SubscriptionRow {
  platform: string;
  channel_id: string;
  rules: string;
  digest: string;
  created_by: string | null;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform, channelId: r.channel_id, rules: JSON.parse(r.rules), digest: JSON.parse(r.digest),
    ...(r.created_by !== null ? { createdBy: r.created_by } : {}),
  };
}

export class SqliteSubscriptionStore implements SubscriptionStore {
  private readonly listStmt: Database.Statement<[], SubscriptionRow>;
  private readonly forChannelStmt: Database.Statement<[string, string], SubscriptionRow>;
  private readonly upsertStmt: Database.Statement<unknown[]>;
  private readonly deleteStmt: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    this.listStmt = db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id');
    this.forChannelStmt = db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?');
    this.upsertStmt = db.prepare(
      `INSERT INTO subscriptions (platform, channel_id, rules, digest, created_by)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET rules = excluded.rules, digest = excluded.digest,
         created_by = excluded.created_by`,
    );
    this.deleteStmt = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?');
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return this.listStmt.all().map(toSubscription);
  }

  async subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return this.forChannelStmt.all(platform, channelId).map(toSubscription);
  }

  /** One subscription per channel: the caller has merged the rules (core/subscriptions) and writes the result. */
  async upsertSubscription(s: Subscription): Promise<void> {
    this.upsertStmt.run(s.platform, s.channelId, JSON.stringify(s.rules), JSON.stringify(s.digest), s.createdBy ?? null);
  }

  async removeSubscription(platform: string, channelId: string): Promise<number> {
    return this.deleteStmt.run(platform, channelId).changes;
  }
}
