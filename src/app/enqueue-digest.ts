// Puts one channel's digest for one period into the outbox (key digest:<platform>:<channel>:<periodKey>), with
// the GMV chart attached to weekly digests; and builds the same digest on demand for /tts digest.
import type { Message, MessageAttachment } from '../core/message.ts';
import type { Clock, Store } from '../core/ports.ts';
import type { Market } from '../core/taxonomy.ts';
import type { Subscription } from '../core/types.ts';
import { subscriptionScope } from '../core/subscriptions/subscription-rules.ts';
import { digestPeriodKey, periodLengthMs } from '../core/digest/digest-period.ts';
import { formatLocalDate, toLocalDateTime } from '../core/digest/zoned-time.ts';
import { renderGmvChart } from '../chart/render-gmv-chart.ts';
import { composeDigest, type DigestReadStore } from './compose-digest.ts';
import { loadGmvSeries } from './load-gmv-series.ts';

export interface EnqueueDigestDeps {
  store: DigestReadStore & Pick<Store, 'enqueue' | 'getByKey'>;
  clock: Clock;
  /** Attach GMV charts to weekly digests (default true). */
  chart?: boolean;
}

/** Charts per digest at most: an all-markets channel would otherwise get a gallery. */
const MAX_CHARTS = 3;

export function digestOutboxKey(platform: string, channelId: string, periodKey: string): string {
  return `digest:${platform}:${channelId}:${periodKey}`;
}

/**
 * One subscription per channel for the digest. A channel normally has one row; if it has several, their rules
 * are merged and the first row's schedule applies.
 */
export function mergeChannelSubscriptions(subs: Subscription[]): Subscription | null {
  const first = subs[0];
  if (!first) return null;
  return { ...first, rules: subs.flatMap((s) => s.rules) };
}

async function chartAttachments(markets: Market[], store: DigestReadStore): Promise<MessageAttachment[]> {
  const out: MessageAttachment[] = [];
  for (const market of markets) {
    if (out.length >= MAX_CHARTS) break;
    const series = await loadGmvSeries(store, market);
    if (series.length === 0) continue;
    out.push({
      filename: `gmv-${market.toLowerCase()}.png`,
      contentType: 'image/png',
      dataBase64: renderGmvChart(market, series).toString('base64'),
      title: `TikTok Shop GMV — ${market}`,
    });
  }
  return out;
}

/**
 * Enqueues the digest of the period that `now` falls in (or `opts.periodKey`, which the scheduler passes for the
 * slot it claimed). Idempotent: a period already in the outbox is not rebuilt. Returns the outbox key.
 */
export async function enqueueDigest(
  sub: Subscription, now: Date, deps: EnqueueDigestDeps, opts: { periodKey?: string } = {},
): Promise<{ key: string; inserted: boolean }> {
  const cadence = sub.digest.cadence === 'daily' ? 'daily' : 'weekly';
  const periodKey = opts.periodKey ?? digestPeriodKey(cadence, formatLocalDate(toLocalDateTime(now, sub.digest.timeZone)));
  const key = digestOutboxKey(sub.platform, sub.channelId, periodKey);
  if (await deps.store.getByKey(key)) return { key, inserted: false };

  const since = new Date(now.getTime() - periodLengthMs(cadence));
  const scope = subscriptionScope(sub);
  const { message, newsMarkets } = await composeDigest({
    markets: scope.markets, tags: scope.tags, since, until: now, cadence, timeZone: sub.digest.timeZone,
  }, deps.store);
  if (cadence === 'weekly' && deps.chart !== false) {
    const chartMarkets = scope.markets.length ? scope.markets : newsMarkets;
    const attachments = await chartAttachments(chartMarkets, deps.store);
    if (attachments.length) message.attachments = attachments;
  }
  const { inserted } = await deps.store.enqueue({
    key, platform: sub.platform, channelId: sub.channelId, kind: 'digest', message, now: deps.clock.now().toISOString(),
  });
  return { key, inserted };
}

/** The digest a channel would get now, for /tts digest (no chart: a reply should come back fast). */
export async function previewDigest(
  q: { platform: string; channelId: string; cadence: 'weekly' | 'daily' },
  deps: { store: DigestReadStore & Pick<Store, 'subscriptionsForChannel'>; clock: Clock; defaultTimeZone?: string },
): Promise<Message> {
  const sub = mergeChannelSubscriptions(await deps.store.subscriptionsForChannel(q.platform, q.channelId));
  const now = deps.clock.now();
  const scope = sub ? subscriptionScope(sub) : null;
  const { message } = await composeDigest({
    markets: scope?.markets ?? [],
    ...(scope ? { tags: scope.tags } : {}),
    since: new Date(now.getTime() - periodLengthMs(q.cadence)),
    until: now,
    cadence: q.cadence,
    timeZone: sub?.digest.timeZone ?? deps.defaultTimeZone ?? 'UTC',
  }, deps.store);
  return message;
}
