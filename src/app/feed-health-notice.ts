// A feed that keeps failing is worth telling a human about, once per failure streak, in the admin channel.
import type { Clock, Store } from '../core/ports.ts';
import type { FeedConfig } from '../core/types.ts';
import type { PollOutcome } from './poll-feed.ts';

/** Failures in a row before a notice; later ones in the same streak stay quiet. */
export const FEED_HEALTH_NOTICE_AFTER = 3;

export function parseAdminChannel(value: string | undefined): { platform: string; channelId: string } | null {
  const m = /^([a-z]+):(.+)$/.exec(value ?? '');
  return m ? { platform: m[1]!, channelId: m[2]! } : null;
}

export async function noticeFeedHealth(
  feed: FeedConfig, outcome: PollOutcome, admin: { platform: string; channelId: string },
  deps: { store: Pick<Store, 'enqueue' | 'getFeedState'>; clock: Clock },
): Promise<boolean> {
  if (outcome.kind !== 'error' || outcome.consecutiveFailures !== FEED_HEALTH_NOTICE_AFTER) return false;
  const now = deps.clock.now().toISOString();
  const r = await deps.store.enqueue({
    // One key per streak: the streak's start time keeps a later streak from being swallowed by this one.
    key: `notice:${admin.platform}:${admin.channelId}:feed:${feed.id}:${now.slice(0, 13)}`,
    platform: admin.platform,
    channelId: admin.channelId,
    kind: 'notice',
    now,
    message: {
      kind: 'notice',
      title: `Feed ${feed.id} is failing`,
      sections: [
        { type: 'text', text: `${feed.title ?? feed.id} failed ${outcome.consecutiveFailures} times in a row: ${outcome.message}` },
        { type: 'context', text: `URL: ${feed.url} · check it with: npm run cli -- check-feed ${feed.url}` },
      ],
    },
  });
  return r.inserted;
}
