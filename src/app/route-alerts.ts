// route: which channels get a cluster's alert (market × tag × severity), written to the outbox first so that
// nothing is lost or repeated; the outbox dispatcher delivers.
import { buildAlertMessage } from '../core/alert-message.ts';
import type { Clock, Store } from '../core/ports.ts';
import type { Cluster, Subscription } from '../core/types.ts';
import { subscriptionWants } from '../core/subscriptions/subscription-rules.ts';

export { subscriptionWants };

export function alertKey(platform: string, channelId: string, clusterId: string): string {
  return `alert:${platform}:${channelId}:${clusterId}`;
}

export interface RouteDeps {
  store: Pick<Store, 'listSubscriptions' | 'enqueue' | 'getByKey'>;
  clock: Clock;
  /** Subscriptions that exist without being stored, e.g. the console when no platform is configured. */
  implicitSubscriptions?: Subscription[];
  /** The stored subscriptions, when the caller already read them (one read per ingested feed, not per story). */
  subscriptions?: Subscription[];
}

/**
 * Enqueues the cluster's alert for every subscribed channel. With `update`, channels that already got the
 * alert get an edit of it instead (the cluster gained sources); channels that never got it get the alert.
 * With `editOnly`, channels that never got it are left alone. `revision` names what the edit is for (default:
 * the number of sources), so each distinct edit is queued once. Returns the number of outbox entries written.
 */
export async function enqueueAlertsForCluster(
  cluster: Cluster, deps: RouteDeps, opts: { update?: boolean; editOnly?: boolean; revision?: string } = {},
): Promise<number> {
  const subs = [...(deps.subscriptions ?? await deps.store.listSubscriptions()), ...(deps.implicitSubscriptions ?? [])];
  const message = buildAlertMessage(cluster);
  const now = deps.clock.now().toISOString();
  let written = 0;
  for (const sub of subs) {
    if (!subscriptionWants(sub, cluster)) continue;
    const key = alertKey(sub.platform, sub.channelId, cluster.id);
    // An update goes to channels that got the alert; a channel that never did (the story's first report came
    // from a feed's first fetch and was too old to alert, or the channel subscribed since) gets it as new.
    const sent = opts.update ? await deps.store.getByKey(key) : null;
    if (sent) {
      const r = await deps.store.enqueue({
        key: `alert_update:${sub.platform}:${sub.channelId}:${cluster.id}:${opts.revision ?? cluster.sources.length}`,
        platform: sub.platform, channelId: sub.channelId, kind: 'alert_update', message, clusterId: cluster.id, updatesKey: key, now,
      });
      if (r.inserted) written++;
    } else if (!opts.editOnly) {
      const r = await deps.store.enqueue({ key, platform: sub.platform, channelId: sub.channelId, kind: 'alert', message, clusterId: cluster.id, now });
      if (r.inserted) written++;
    }
  }
  return written;
}
