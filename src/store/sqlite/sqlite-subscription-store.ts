// Channel subscriptions in SQLite: one row per (platform, channel); its lists and digest schedule are JSON.
import type Database from 'better-sqlite3';
import type { SubscriptionStore } from '../../core/ports.ts';
import type { Market } from '../../core/taxonomy.ts';
import type { Severity, Subscription } from '../../core/types.ts';

interface SubscriptionRow {
  platform: string;
  channel_id: string;
  markets: string;
  tags: string;
  min_severity: Severity;
  digest: string;
  created_by: string | null;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform, channelId: r.channel_id, markets: JSON.parse(r.markets), tags: JSON.parse(r.tags),
    minSeverity: r.min_severity, digest: JSON.parse(r.digest),
    ...(r.created_by !== null ? { createdBy: r.created_by } : {}),
  };
}

export class SqliteSubscriptionStore implements SubscriptionStore {
  private readonly listStmt: Database.Statement<[], SubscriptionRow>;
  private readonly forChannelStmt: Database.Statement<[string, string], SubscriptionRow>;
  private readonly upsertStmt: Database.Statement<unknown[]>;
  private readonly deleteStmt: Database.Statement<[string, string]>;
  private readonly setMarketsStmt: Database.Statement<[string, string, string]>;
  private readonly removeMarketsTx: (platform: string, channelId: string, markets: Market[]) => number;

  constructor(db: Database.Database) {
    this.listStmt = db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id');
    this.forChannelStmt = db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?');
    this.upsertStmt = db.prepare(
      `INSERT INTO subscriptions (platform, channel_id, markets, tags, min_severity, digest, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET markets = excluded.markets, tags = excluded.tags,
         min_severity = excluded.min_severity, digest = excluded.digest, created_by = excluded.created_by`,
    );
    this.deleteStmt = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?');
    this.setMarketsStmt = db.prepare('UPDATE subscriptions SET markets = ? WHERE platform = ? AND channel_id = ?');
    this.removeMarketsTx = db.transaction((platform: string, channelId: string, markets: Market[]) => {
      const row = this.forChannelStmt.get(platform, channelId);
      const following = row ? (JSON.parse(row.markets) as Market[]) : [];
      // "All markets" (an empty list) is not a list one can take a market out of.
      if (!following.some((m) => markets.includes(m))) return 0;
      const left = following.filter((m) => !markets.includes(m));
      if (left.length === 0) this.deleteStmt.run(platform, channelId);
      else this.setMarketsStmt.run(JSON.stringify(left), platform, channelId);
      return 1;
    });
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return this.listStmt.all().map(toSubscription);
  }

  async subscriptionsForChannel(platform: string, channelId: string): Promise<Subscription[]> {
    return this.forChannelStmt.all(platform, channelId).map(toSubscription);
  }

  /** One subscription per channel: a second subscribe replaces the first. */
  async upsertSubscription(s: Subscription): Promise<void> {
    this.upsertStmt.run(
      s.platform, s.channelId, JSON.stringify(s.markets), JSON.stringify(s.tags), s.minSeverity,
      JSON.stringify(s.digest), s.createdBy ?? null,
    );
  }

  /**
   * Without markets: removes the channel's subscription. With markets: takes them out of the markets it follows
   * and removes the subscription when none is left. Returns how many rows changed.
   */
  async removeSubscription(platform: string, channelId: string, markets?: Market[]): Promise<number> {
    if (!markets?.length) return this.deleteStmt.run(platform, channelId).changes;
    return this.removeMarketsTx(platform, channelId, markets);
  }
}
