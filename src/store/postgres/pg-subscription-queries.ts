// Channel subscriptions in Postgres: one row per (platform, channel); its lists and digest schedule are JSON.
import type pg from 'pg';
import type { Market, Tag } from '../../core/taxonomy.ts';
import type { Severity, Subscription } from '../../core/types.ts';
import { inPgTransaction, type PgQueryable } from './pg-connection.ts';

interface SubscriptionRow {
  platform: string;
  channel_id: string;
  markets: Market[];
  tags: Tag[];
  min_severity: Severity;
  digest: Subscription['digest'];
  created_by: string | null;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform, channelId: r.channel_id, markets: r.markets, tags: r.tags, minSeverity: r.min_severity,
    digest: r.digest,
    ...(r.created_by !== null ? { createdBy: r.created_by } : {}),
  };
}

export async function listSubscriptions(db: PgQueryable): Promise<Subscription[]> {
  const r = await db.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id');
  return r.rows.map(toSubscription);
}

export async function subscriptionsForChannel(db: PgQueryable, platform: string, channelId: string): Promise<Subscription[]> {
  const r = await db.query<SubscriptionRow>(
    'SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId],
  );
  return r.rows.map(toSubscription);
}

export async function upsertSubscription(db: PgQueryable, s: Subscription): Promise<void> {
  await db.query(
    `INSERT INTO subscriptions (platform, channel_id, markets, tags, min_severity, digest, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (platform, channel_id) DO UPDATE SET markets = EXCLUDED.markets, tags = EXCLUDED.tags,
       min_severity = EXCLUDED.min_severity, digest = EXCLUDED.digest, created_by = EXCLUDED.created_by`,
    [s.platform, s.channelId, JSON.stringify(s.markets), JSON.stringify(s.tags), s.minSeverity,
      JSON.stringify(s.digest), s.createdBy ?? null],
  );
}

/**
 * Without markets: removes the channel's subscription. With markets: takes them out of the markets it follows,
 * and removes the subscription when none is left. Returns how many rows changed.
 */
export async function removeSubscription(
  pool: pg.Pool, platform: string, channelId: string, markets?: Market[],
): Promise<number> {
  if (!markets?.length) {
    const r = await pool.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
    return r.rowCount ?? 0;
  }
  return inPgTransaction(pool, async (tx) => {
    const r = await tx.query<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2 FOR UPDATE', [platform, channelId],
    );
    const row = r.rows[0];
    // "All markets" is not a list one can take a market out of.
    if (!row || !row.markets.some((m) => markets.includes(m))) return 0;
    const left = row.markets.filter((m) => !markets.includes(m));
    if (left.length === 0) {
      await tx.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
    } else {
      await tx.query(
        'UPDATE subscriptions SET markets = $3 WHERE platform = $1 AND channel_id = $2',
        [platform, channelId, JSON.stringify(left)],
      );
    }
    return 1;
  });
}
