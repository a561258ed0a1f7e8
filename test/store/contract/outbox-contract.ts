// Contract: the durable outbox (idempotent enqueue, due order, retries, dead letters) and digest-run claims.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.ts';
import { at, makeMessage, MINUTE, T0 } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

function enqueueAlert(store: Store, n: number, now = T0) {
  return store.enqueue({ key: `alert:slack:C1:cluster-${n}`, platform: 'slack', channelId: 'C1', kind: 'alert', message: makeMessage(`Story ${n}`), clusterId: `cluster-${n}`, now });
}

export function describeOutboxContract(ctx: ContractContext): void {
  describe('outbox', () => {
    it('queues a message once per key and hands back the first entry when asked again', async () => {
      const store = await ctx.fresh();
      const message = makeMessage('Indonesia reopens', {
        url: 'https://news.example/id', tags: ['launch'], markets: ['ID'], severity: 'high', timestamp: at(-MINUTE),
        sections: [{ type: 'change', label: 'Creator minimum followers', from: '5,000', to: '1,000', fromSource: 'config', toSource: 'Wire' }, { type: 'divider' }],
        attachments: [{ filename: 'gmv.png', contentType: 'image/png', dataBase64: 'iVBORw0KGgo=', title: 'GMV' }],
      });
      const first = await store.enqueue({ key: 'alert:slack:C1:c9', platform: 'slack', channelId: 'C1', kind: 'alert', message, clusterId: 'c9', now: T0 });
      expect(first.inserted).toBe(true);
      expect(first.entry).toMatchObject({
        key: 'alert:slack:C1:c9', platform: 'slack', channelId: 'C1', kind: 'alert', message, status: 'pending', attempts: 0,
        nextAttemptAt: T0, createdAt: T0, lastError: null, remoteId: null, sentAt: null, clusterId: 'c9', updatesKey: null,
      });

      const again = await store.enqueue({ key: 'alert:slack:C1:c9', platform: 'slack', channelId: 'C1', kind: 'alert', message: makeMessage('Other'), now: at(MINUTE) });
      expect(again).toEqual({ entry: first.entry, inserted: false });
      expect(await store.getByKey('alert:slack:C1:c9')).toEqual(first.entry);
      expect(await store.getByKey('alert:slack:C1:nope')).toBeNull();
      expect(await store.depth()).toEqual({ pending: 1, dead: 0, sent: 0 });
    });

    it('hands out due entries oldest first, up to the limit, and not before their time', async () => {
      const store = await ctx.fresh();
      for (let n = 1; n <= 4; n++) await enqueueAlert(store, n);
      await store.enqueue({ key: 'digest:slack:C1:2026-W10', platform: 'slack', channelId: 'C1', kind: 'digest', message: makeMessage('Week'), now: at(10 * MINUTE) });

      expect((await store.due(T0, 3)).map((e) => e.key)).toEqual(['alert:slack:C1:cluster-1', 'alert:slack:C1:cluster-2', 'alert:slack:C1:cluster-3']);
      expect(await store.due(at(-1), 10)).toEqual([]);
      expect((await store.due(at(10 * MINUTE), 10)).map((e) => e.kind)).toEqual(['alert', 'alert', 'alert', 'alert', 'digest']);
    });

    it('retries later: counts the attempt, keeps the error, and is due again only at the new time', async () => {
      const store = await ctx.fresh();
      const { entry } = await enqueueAlert(store, 1);
      await enqueueAlert(store, 2);
      await store.markRetry(entry.id, 'HTTP 429 ratelimited', at(2 * MINUTE));

      expect((await store.due(at(MINUTE), 10)).map((e) => e.id)).not.toContain(entry.id);
      const [retried] = (await store.due(at(2 * MINUTE), 10)).filter((e) => e.id === entry.id);
      expect(retried).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 429 ratelimited', nextAttemptAt: at(2 * MINUTE) });
      await store.markRetry(entry.id, 'timeout', at(5 * MINUTE));
      expect(await store.getByKey(entry.key)).toMatchObject({ attempts: 2, lastError: 'timeout' });
    });

    it('waits without counting an attempt when asked to (a rate limit)', async () => {
      const store = await ctx.fresh();
      const { entry } = await enqueueAlert(store, 1);
      await store.markRetry(entry.id, 'rate-limited', at(MINUTE), { countAttempt: false });
      expect(await store.getByKey(entry.key)).toMatchObject({ attempts: 0, lastError: 'rate-limited', nextAttemptAt: at(MINUTE) });
    });

    it('puts dead entries back to pending, all or by id, and leaves the others alone', async () => {
      const store = await ctx.fresh();
      const a = (await enqueueAlert(store, 1)).entry;
      const b = (await enqueueAlert(store, 2)).entry;
      const sent = (await enqueueAlert(store, 3)).entry;
      await store.markDead(a.id, 'channel_not_found');
      await store.markDead(b.id, 'gave up');
      await store.markSent(sent.id, null, at(0));

      expect((await store.requeueDead({ ids: [b.id, sent.id], now: at(MINUTE) })).map((e) => e.id)).toEqual([b.id]);
      expect(await store.getByKey(b.key)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(MINUTE), lastError: 'requeued by hand: gave up' });
      expect(await store.getByKey(sent.key)).toMatchObject({ status: 'sent' });
      expect((await store.requeueDead({ now: at(2 * MINUTE) })).map((e) => e.id)).toEqual([a.id]);
      expect(await store.depth()).toEqual({ pending: 2, dead: 0, sent: 1 });
    });

    it('gives up on a dead entry for good and remembers a sent one with its platform id', async () => {
      let store = await ctx.fresh();
      const dead = (await enqueueAlert(store, 1)).entry;
      const sent = (await enqueueAlert(store, 2)).entry;
      const waiting = (await enqueueAlert(store, 3)).entry;
      await store.markDead(dead.id, 'channel_not_found');
      await store.markSent(sent.id, '1712345678.000100', at(MINUTE));

      store = await ctx.restart(store);
      expect((await store.due(at(60 * MINUTE), 10)).map((e) => e.id)).toEqual([waiting.id]);
      expect(await store.getByKey(dead.key)).toMatchObject({ status: 'dead', attempts: 1, lastError: 'channel_not_found' });
      expect(await store.getByKey(sent.key)).toMatchObject({ status: 'sent', remoteId: '1712345678.000100', sentAt: at(MINUTE) });
      expect(await store.depth()).toEqual({ pending: 1, dead: 1, sent: 1 });
    });

    it('keeps what an alert update needs to edit the message it updates', async () => {
      const store = await ctx.fresh();
      const { entry } = await store.enqueue({
        key: 'alert_update:slack:C1:c9:2', platform: 'slack', channelId: 'C1', kind: 'alert_update',
        message: makeMessage('Story 9 (3 sources)'), clusterId: 'c9', updatesKey: 'alert:slack:C1:c9', now: T0,
      });
      expect(await store.getByKey(entry.key)).toMatchObject({ kind: 'alert_update', updatesKey: 'alert:slack:C1:c9', clusterId: 'c9' });
    });

    it('lists entries newest first, by status when asked', async () => {
      const store = await ctx.fresh();
      expect(await store.depth()).toEqual({ pending: 0, dead: 0, sent: 0 });
      const ids: number[] = [];
      for (let n = 1; n <= 4; n++) ids.push((await enqueueAlert(store, n)).entry.id);
      await store.markDead(ids[0]!, 'invalid_auth');
      await store.markDead(ids[2]!, 'invalid_auth');

      expect((await store.list({ limit: 10 })).map((e) => e.id)).toEqual([...ids].reverse());
      expect((await store.list({ limit: 2 })).map((e) => e.id)).toEqual([ids[3], ids[2]]);
      expect((await store.list({ status: 'dead', limit: 10 })).map((e) => e.id)).toEqual([ids[2], ids[0]]);
      expect(await store.list({ status: 'sent', limit: 10 })).toEqual([]);
    });
  });

  describe('digest runs', () => {
    it('lets a digest run once per channel and period, even after a restart', async () => {
      let store = await ctx.fresh();
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W10', T0)).toBe(true);
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W10', at(MINUTE))).toBe(false);
      store = await ctx.restart(store);
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W10', at(2 * MINUTE))).toBe(false);
      expect(await store.claimDigestRun('slack', 'C1', 'weekly:2026-W11', at(2 * MINUTE))).toBe(true);
      expect(await store.claimDigestRun('slack', 'C2', 'weekly:2026-W10', at(2 * MINUTE))).toBe(true);
      expect(await store.claimDigestRun('discord', 'C1', 'weekly:2026-W10', at(2 * MINUTE))).toBe(true);
    });
  });
}
