// Channel subscriptions in Postgres: one row per (platform, channel); its rules and digest schedule are JSON.
import type { Subscription, SubscriptionRule } from '../../core/types.ts';
import type { PgQueryable } from './pg-connection.ts';

interface SubscriptionRow {
  platform: string;
  channel_id: string;
  rules: SubscriptionRule[];
  digest: Subscription['digest'];
  created_by: string | null;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform, channelId: r.channel_id, rules: r.rules, digest: r.digest,
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
    `INSERT INTO subscriptions (platform, channel_id, rules, digest, created_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (platform, channel_id) DO UPDATE SET rules = EXCLUDED.rules, digest = EXCLUDED.digest,
       created_by = EXCLUDED.created_by`,
    [s.platform, s.channelId, JSON.stringify(s.rules), JSON.stringify(s.digest), s.createdBy ?? null],
  );
}

export async function removeSubscription(db: PgQueryable, platform: string, channelId: string): Promise<number> {
  const r = await db.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
  return r.rowCount ?? 0;
}
