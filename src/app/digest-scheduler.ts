// Fires each channel's digest once per period at its local slot (weekly: Monday 09:00 by default; daily), in the
// channel's own IANA zone. node-cron only ticks once a minute; each tick works out from the clock, not from cron
// expressions, whether a slot has come, so DST changes, restarts and a late tick after downtime are all the same
// case: "the latest slot is at or before now and this period has not been claimed yet".
import cron from 'node-cron';
import type { Clock, Store, Logger } from '../core/ports.ts';
import type { Subscription } from '../core/types.ts';
import { latestDigestSlot } from '../core/digest/digest-period.ts';
import { digestOutboxKey, enqueueDigest, mergeChannelSubscriptions, type EnqueueDigestDeps } from './enqueue-digest.ts';

export interface DigestTickDeps {
  store: EnqueueDigestDeps['store'] & Pick<Store, 'listSubscriptions' | 'claimDigestRun'>;
  clock: Clock;
  logger: Logger;
  /** Attach GMV charts to weekly digests (default true). */
  chart?: boolean;
  /**
   * How late a slot may still fire (default 12 h): covers a restart or downtime around 09:00, but a channel that
   * subscribes on Wednesday does not get last Monday's digest the minute it subscribes.
   */
  catchUpMs?: number;
}

const DEFAULT_CATCH_UP_MS = 12 * 3_600_000;

function channelsOf(subs: Subscription[]): Subscription[] {
  const byChannel = new Map<string, Subscription[]>();
  for (const s of subs) {
    const k = `${s.platform}\u0000${s.channelId}`;
    byChannel.set(k, [...(byChannel.get(k) ?? []), s]);
  }
  return [...byChannel.values()].map((list) => mergeChannelSubscriptions(list)!);
}

/**
 * One scheduler tick at `now`: enqueues every digest whose slot has come and is not yet claimed. The claim
 * (platform, channel, period) makes it exactly once across restarts and across several running instances; if a
 * crash fell between claim and enqueue, the missing outbox entry is noticed on the next tick and made then.
 * Returns the outbox keys enqueued.
 */
export async function runDigestTick(now: Date, deps: DigestTickDeps): Promise<string[]> {
  const catchUp = deps.catchUpMs ?? DEFAULT_CATCH_UP_MS;
  const enqueued: string[] = [];
  for (const sub of channelsOf(await deps.store.listSubscriptions())) {
    if (sub.digest.cadence === 'off') continue;
    try {
      const slot = latestDigestSlot(now, sub.digest);
      if (!slot || now.getTime() - slot.at.getTime() > catchUp) continue;
      const key = digestOutboxKey(sub.platform, sub.channelId, slot.periodKey);
      const claimed = await deps.store.claimDigestRun(sub.platform, sub.channelId, slot.periodKey, now.toISOString());
      if (!claimed && (await deps.store.getByKey(key))) continue;
      // The digest covers the period ending at the slot, not at this (possibly late) tick, so periods tile.
      const r = await enqueueDigest(sub, slot.at, { store: deps.store, clock: deps.clock, ...(deps.chart === undefined ? {} : { chart: deps.chart }) }, { periodKey: slot.periodKey });
      if (r.inserted) {
        enqueued.push(r.key);
        deps.logger.info({ key: r.key, slot: slot.at.toISOString(), timeZone: sub.digest.timeZone }, 'digest enqueued');
      }
    } catch (error) {
      deps.logger.error({ err: error, platform: sub.platform, channel: sub.channelId }, 'digest could not be prepared; will try on the next tick');
    }
  }
  return enqueued;
}

/** Starts the once-a-minute tick (plus one at start, to catch up after a restart). */
export function startDigestScheduler(deps: DigestTickDeps): { stop(): void } {
  const tick = () => runDigestTick(deps.clock.now(), deps).catch((error: unknown) => {
    deps.logger.error({ err: error }, 'digest tick failed');
  });
  const task = cron.schedule('* * * * *', tick, { name: 'digests', noOverlap: true });
  void tick();
  return { stop: () => void task.stop() };
}
