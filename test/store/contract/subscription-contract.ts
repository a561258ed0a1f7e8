// Contract: which channel follows what (/tts subscribe, unsubscribe, subscriptions).
import { describe, expect, it } from 'vitest';
import { makeSubscription } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

export function describeSubscriptionContract(ctx: ContractContext): void {
  describe('subscriptions', () => {
    it('keeps one subscription per channel: subscribing again replaces it, across a restart', async () => {
      let store = await ctx.fresh();
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([]);
      await store.upsertSubscription(makeSubscription());
      const replaced = makeSubscription({ markets: ['ID'], tags: ['ban', 'gmv_figure'], minSeverity: 'high', digest: { cadence: 'daily', day: 0, hour: 7, timeZone: 'Asia/Jakarta' }, createdBy: 'U2' });
      await store.upsertSubscription(replaced);
      store = await ctx.restart(store);
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([replaced]);
      expect(await store.listSubscriptions()).toEqual([replaced]);
    });

    it('tells channels and platforms apart, and lists them all in a stable order', async () => {
      const store = await ctx.fresh();
      const { createdBy: _omit, ...withoutCreator } = makeSubscription({ platform: 'discord', channelId: '9001', markets: [] });
      await store.upsertSubscription(makeSubscription({ channelId: 'C200' }));
      await store.upsertSubscription(withoutCreator);
      await store.upsertSubscription(makeSubscription({ channelId: 'C100', markets: ['JP'] }));

      expect((await store.listSubscriptions()).map((s) => `${s.platform}/${s.channelId}`)).toEqual(['discord/9001', 'slack/C100', 'slack/C200']);
      expect(await store.subscriptionsForChannel('discord', '9001')).toEqual([withoutCreator]);
      expect(await store.subscriptionsForChannel('discord', 'C100')).toEqual([]);
    });

    it('unsubscribing from some markets keeps the others; from the last one ends the subscription', async () => {
      const store = await ctx.fresh();
      const sub = makeSubscription({ markets: ['US', 'UK', 'TH'] });
      await store.upsertSubscription(sub);

      expect(await store.removeSubscription('slack', 'C100', ['US', 'JP'])).toBe(1);
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([{ ...sub, markets: ['UK', 'TH'] }]);
      expect(await store.removeSubscription('slack', 'C100', ['JP'])).toBe(0);
      expect(await store.removeSubscription('slack', 'C100', ['UK', 'TH'])).toBe(1);
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([]);
      expect(await store.removeSubscription('slack', 'C100', ['UK'])).toBe(0);
    });

    it('does not take a market out of an all-markets subscription, but removes it as a whole', async () => {
      const store = await ctx.fresh();
      const all = makeSubscription({ markets: [] });
      await store.upsertSubscription(all);
      await store.upsertSubscription(makeSubscription({ channelId: 'C300' }));

      expect(await store.removeSubscription('slack', 'C100', ['US'])).toBe(0);
      expect(await store.subscriptionsForChannel('slack', 'C100')).toEqual([all]);
      expect(await store.removeSubscription('slack', 'C100')).toBe(1);
      expect(await store.removeSubscription('slack', 'C100')).toBe(0);
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['C300']);
    });
  });
}
