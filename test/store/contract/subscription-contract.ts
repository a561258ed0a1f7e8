// Contract: which channel follows what (/tts subscribe, unsubscribe, subscriptions). The store keeps one row per
// channel holding its rules; core/subscriptions decides what a command adds or removes.
import { describe, expect, it } from 'vitest';
import { makeSubscription } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

export function describeSubscriptionContract(ctx: ContractContext): void {
  describe('subscriptions', () => {
    it('keeps one subscription per channel with its rules: writing again replaces it, across a restart', async () => {
      let store = await ctx.fresh();
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([]);
      await store.upsertSubscription(makeSubscription());
      const replaced = makeSubscription({
        rules: [
          { market: 'ID', tag: 'ban', minSeverity: 'high', confirms: false },
          { market: null, tag: 'gmv_figure', minSeverity: 'low', confirms: true },
        ],
        digest: { cadence: 'daily', day: 0, hour: 7, timeZone: 'Asia/Jakarta' }, createdBy: 'U2',
      });
      await store.upsertSubscription(replaced);
      store = await ctx.restart(store);
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([replaced]);
      expect(await store.listSubscriptions()).toEqual([replaced]);
    });

    it('tells channels and platforms apart, and lists them all in a stable order', async () => {
      const store = await ctx.fresh();
      const { createdBy: _omit, ...withoutCreator } = makeSubscription({ platform: 'discord', channelId: '9001', rules: [{ market: null, tag: null, minSeverity: 'low', confirms: false }] });
      await store.upsertSubscription(makeSubscription({ channelId: 'C200' }));
      await store.upsertSubscription(withoutCreator);
      await store.upsertSubscription(makeSubscription({ channelId: 'C100', rules: [{ market: 'JP', tag: null, minSeverity: 'low', confirms: false }] }));

      expect((await store.listSubscriptions()).map((s) => `${s.platform}/${s.channelId}`)).toEqual(['discord/9001', 'slack/C100', 'slack/C200']);
      expect(await store.subscriptionsForChannel('discord', '9001')).toEqual([withoutCreator]);
      expect(await store.subscriptionsForChannel('discord', 'C100')).toEqual([]);
    });

    it('removes a channel\'s subscription as a whole, once', async () => {
      const store = await ctx.fresh();
      await store.upsertSubscription(makeSubscription());
      await store.upsertSubscription(makeSubscription({ channelId: 'C300' }));
      expect(await store.removeSubscription('slack', 'C100')).toBe(1);
      expect(await store.removeSubscription('slack', 'C100')).toBe(0);
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['C300']);
    });
  });
}
