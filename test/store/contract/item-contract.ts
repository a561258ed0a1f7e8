// Contract: stored items — dedup across restarts, /tts latest, the items of a digest period.
import { describe, expect, it } from 'vitest';
import type { ClassifiedItem } from '../../../src/core/types.ts';
import { at, DAY, HOUR, makeClassifiedItem, MINUTE, thresholdFact } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

const ids = (items: ClassifiedItem[]) => items.map((ci) => ci.item.id);

export function describeItemContract(ctx: ContractContext): void {
  describe('items', () => {
    it('stores an item once and remembers it after a restart, so nothing is alerted twice', async () => {
      let store = await ctx.fresh();
      const first = makeClassifiedItem({ id: 'guid-1' });
      expect(await store.saveClassifiedItem(first, at(0))).toBe(true);
      expect(await store.saveClassifiedItem(first, at(MINUTE))).toBe(false);
      expect(await store.saveClassifiedItem(makeClassifiedItem({ id: 'guid-2', tags: [] }), at(0))).toBe(true);

      store = await ctx.restart(store);
      expect(await store.knownItemIds(['guid-1', 'guid-2', 'guid-3'])).toEqual(new Set(['guid-1', 'guid-2']));
      expect(await store.saveClassifiedItem(first, at(2 * MINUTE))).toBe(false);
      expect(await store.countItems()).toBe(2);
    });

    it('keeps the first version of an item: a later save of the same id changes nothing', async () => {
      const store = await ctx.fresh();
      const original = makeClassifiedItem({ id: 'a', published: at(0) });
      await store.saveClassifiedItem(original, at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'a', item: { title: 'Edited headline' }, tags: ['ban'] }), at(HOUR));
      expect(await store.latestItems({ limit: 5 })).toEqual([original]);
      expect(await store.latestItems({ tag: 'ban', limit: 5 })).toEqual([]);
    });

    it('answers for a large batch of ids, and for none', async () => {
      const store = await ctx.fresh();
      for (const id of ['n-0', 'n-499', 'n-500', 'n-1199']) await store.saveClassifiedItem(makeClassifiedItem({ id }), at(0));
      const batch = Array.from({ length: 1200 }, (_, i) => `n-${i}`);
      expect(await store.knownItemIds(batch)).toEqual(new Set(['n-0', 'n-499', 'n-500', 'n-1199']));
      expect(await store.knownItemIds([])).toEqual(new Set());
    });

    it('gives an item back exactly as it was saved: text, nulls, facts and comparisons', async () => {
      const store = await ctx.fresh();
      const fact = { type: 'gmv' as const, market: 'ID' as const, low_usd: 1.2e9, high_usd: null, currency: 'IDR', period: 'month' as const, kind: 'actual' as const, platform: 'tiktok_shop', as_of: '2025-11' };
      const ci = makeClassifiedItem({
        id: 'zh-1', markets: ['ID', 'SEA'], tags: ['gmv_figure', 'threshold_change'], published: null, severity: 'high',
        item: { title: 'TikTok Shop 印尼 11 月 GMV 创新高', summary: '“双十一”期间…', link: null, lang: 'zh', source: '36氪', feedId: 'kr36' },
        facts: [fact, thresholdFact(1000, 'ID')],
        comparisons: [{ fact: thresholdFact(1000, 'ID'), status: 'changes', key: 'threshold:creator_followers', previous: {
          market: 'ID', key: 'threshold:creator_followers', fact: thresholdFact(5000, 'ID'), date: '2024', source: 'config', corroboration: 2,
        } }],
      });
      await store.saveClassifiedItem(ci, at(0));
      expect(await store.latestItems({ limit: 1 })).toEqual([ci]);
      expect(await store.itemsBetween(at(0), at(1))).toEqual([ci]);
    });

    it('lists the latest tagged stories newest first by publication time, untagged ones never', async () => {
      const store = await ctx.fresh();
      // Fetched in one poll, published at different times.
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'older', published: at(-3 * HOUR) }), at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'newest', published: at(-1 * HOUR) }), at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'oldest', published: at(-2 * DAY) }), at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'noise', tags: [], published: at(-10 * MINUTE) }), at(0));
      // No date in the feed: it counts from when it was fetched.
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'undated', published: null }), at(-2 * HOUR));

      expect(ids(await store.latestItems({ limit: 10 }))).toEqual(['newest', 'undated', 'older', 'oldest']);
      expect(ids(await store.latestItems({ limit: 2 }))).toEqual(['newest', 'undated']);
    });

    it('does not let an item dated in the future stay on top of the latest list', async () => {
      const store = await ctx.fresh();
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'misdated', published: at(30 * DAY) }), at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'next-poll', published: at(10 * MINUTE) }), at(15 * MINUTE));
      expect(ids(await store.latestItems({ limit: 10 }))).toEqual(['next-poll', 'misdated']);
    });

    it('filters the latest list by market, by tag, or both', async () => {
      const store = await ctx.fresh();
      const save = (id: string, markets: ClassifiedItem['classification']['markets'], tags: ClassifiedItem['classification']['tags'], hoursAgo: number) =>
        store.saveClassifiedItem(makeClassifiedItem({ id, markets, tags, published: at(-hoursAgo * HOUR) }), at(0));
      await save('us-launch', ['US'], ['launch'], 5);
      await save('us-uk-gmv', ['US', 'UK'], ['gmv_figure'], 4);
      await save('id-ban', ['ID'], ['ban'], 3);
      await save('us-ban-gmv', ['US'], ['ban', 'gmv_figure'], 2);
      await save('global-gmv', [], ['gmv_figure'], 1);

      expect(ids(await store.latestItems({ market: 'US', limit: 10 }))).toEqual(['us-ban-gmv', 'us-uk-gmv', 'us-launch']);
      expect(ids(await store.latestItems({ market: 'UK', limit: 10 }))).toEqual(['us-uk-gmv']);
      expect(ids(await store.latestItems({ tag: 'gmv_figure', limit: 10 }))).toEqual(['global-gmv', 'us-ban-gmv', 'us-uk-gmv']);
      expect(ids(await store.latestItems({ market: 'US', tag: 'ban', limit: 10 }))).toEqual(['us-ban-gmv']);
      expect(await store.latestItems({ market: 'JP', limit: 10 })).toEqual([]);
    });

    it('shows at most 50 items however many are asked for', async () => {
      const store = await ctx.fresh();
      for (let i = 0; i < 55; i++) await store.saveClassifiedItem(makeClassifiedItem({ id: `s-${i}`, published: at(i * MINUTE) }), at(HOUR));
      const latest = await store.latestItems({ limit: 500 });
      expect(latest).toHaveLength(50);
      expect(latest[0]!.item.id).toBe('s-54');
    });

    it('gives a period the items first seen in it, oldest first, whatever their publication date', async () => {
      const store = await ctx.fresh();
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'before', published: at(2 * DAY) }), at(-1));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'start', published: at(-30 * DAY) }), at(0));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'untagged', tags: [], markets: [] }), at(DAY));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'late', published: null }), at(7 * DAY - 1));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'end' }), at(7 * DAY));

      expect(ids(await store.itemsBetween(at(0), at(7 * DAY)))).toEqual(['start', 'untagged', 'late']);
      expect(await store.itemsBetween(at(8 * DAY), at(9 * DAY))).toEqual([]);
      expect(ids(await store.itemsBetween(at(0), at(7 * DAY), { taggedOnly: true }))).toEqual(['start', 'late']);
    });

    it('narrows a period to the items about any of the given markets', async () => {
      const store = await ctx.fresh();
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'us', markets: ['US'] }), at(1));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'uk-th', markets: ['UK', 'TH'] }), at(2));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'none', markets: [] }), at(3));
      await store.saveClassifiedItem(makeClassifiedItem({ id: 'jp', markets: ['JP'] }), at(4));

      expect(ids(await store.itemsBetween(at(0), at(DAY), { markets: ['TH', 'US'] }))).toEqual(['us', 'uk-th']);
      expect(ids(await store.itemsBetween(at(0), at(DAY), { markets: [] }))).toEqual(['us', 'uk-th', 'none', 'jp']);
    });
  });
}
