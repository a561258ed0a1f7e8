// Contract: the baseline — seeding from config, learning from news (new / confirms / changes), history.
import { describe, expect, it } from 'vitest';
import type { BaselineEntry, Comparison } from '../../../src/core/types.ts';
import { makeBaselineEntry, thresholdFact } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

const KEY = 'threshold:creator_followers';
const compare = (to: number, status: Comparison['status'], previous: BaselineEntry | null, extra: Partial<Comparison> = {}): Comparison =>
  ({ fact: thresholdFact(to), status, previous, key: KEY, ...extra });

export function describeBaselineContract(ctx: ContractContext): void {
  describe('baseline', () => {
    it('seeds from config once: a second seed neither overwrites nor duplicates', async () => {
      let store = await ctx.fresh();
      const seed = makeBaselineEntry();
      await store.seedBaseline([seed, makeBaselineEntry({ market: 'UK', fact: thresholdFact(1000, 'UK'), label: undefined })]);
      store = await ctx.restart(store);
      await store.seedBaseline([{ ...seed, fact: thresholdFact(1), date: '2099' }]);

      expect(await store.getBaselineEntry('US', KEY)).toEqual(seed);
      expect(await store.baselineEntries('US')).toEqual([seed]);
      expect((await store.baselineEntries()).map((e) => e.market)).toEqual(['UK', 'US']);
      expect(await store.baselineEntries('JP')).toEqual([]);
      expect(await store.getBaselineEntry('JP', KEY)).toBeNull();
      const history = await store.baselineHistory('US', KEY);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ ...seed, itemId: null });
      expect(Number.isNaN(Date.parse(history[0]!.recordedAt))).toBe(false);
    });

    it('keeps a learned change when the bot restarts and seeds the config value again', async () => {
      let store = await ctx.fresh();
      const seed = makeBaselineEntry();
      await store.seedBaseline([seed]);
      await store.applyComparison(compare(1000, 'changes', seed), { date: '2024-05', source: 'https://news.example/a', itemId: 'a' });
      store = await ctx.restart(store);
      await store.seedBaseline([seed]);
      expect(await store.getBaselineEntry('US', KEY)).toMatchObject({ fact: thresholdFact(1000), date: '2024-05', corroboration: 1 });
    });

    it('learns a subject it did not know from a new fact', async () => {
      const store = await ctx.fresh();
      await store.applyComparison(compare(1000, 'new', null), { date: '2025-01', source: 'Wire A', itemId: 'i1' });
      expect(await store.getBaselineEntry('US', KEY)).toMatchObject({
        market: 'US', key: KEY, fact: thresholdFact(1000), date: '2025-01', source: 'Wire A', corroboration: 1,
      });
      expect((await store.baselineHistory('US', KEY)).map((h) => [h.source, h.itemId])).toEqual([['Wire A', 'i1']]);
    });

    it('counts each other source that confirms the value, but not the same source twice', async () => {
      const store = await ctx.fresh();
      const seed = makeBaselineEntry();
      await store.seedBaseline([seed]);
      await store.applyComparison(compare(5000, 'confirms', seed), { date: '2024-01', source: 'Wire B', itemId: 'b1' });
      await store.applyComparison(compare(5000, 'confirms', seed), { date: '2024-02', source: 'Wire C', itemId: 'c1' });
      await store.applyComparison(compare(5000, 'confirms', seed), { date: '2024-03', source: 'config', itemId: 'x1' });

      // The value, its date and source stay those of the first report; only the count grows.
      expect(await store.getBaselineEntry('US', KEY)).toEqual({ ...seed, corroboration: 3, sources: ['config', 'Wire B', 'Wire C'] });
      const history = await store.baselineHistory('US', KEY);
      expect(history.map((h) => [h.source, h.itemId, h.corroboration])).toEqual([
        ['config', null, 1], ['Wire B', 'b1', 2], ['Wire C', 'c1', 3], ['config', 'x1', 3],
      ]);
      // Status and charts read only the newest reports: still oldest first.
      expect((await store.baselineHistory('US', KEY, 2)).map((h) => h.source)).toEqual(['Wire C', 'config']);
      // As of a time: only what was recorded before it (digests compare with the previous period).
      expect(await store.baselineHistory('US', KEY, 1, '2000-01-01T00:00:00.000Z')).toEqual([]);
      expect((await store.baselineHistory('US', KEY, 1, '2999-01-01T00:00:00.000Z')).map((h) => h.source)).toEqual(['config']);
    });

    it('counts an outlet once however many links or feeds it reaches us through, also after a restart', async () => {
      let store = await ctx.fresh();
      const seed = makeBaselineEntry();
      await store.seedBaseline([seed]);
      await store.applyComparison(compare(5000, 'confirms', seed), { date: '2024-01', source: 'https://www.wire-b.example/a', outlet: 'wire-b.example', itemId: 'b1' });
      store = await ctx.restart(store);
      await store.applyComparison(compare(5000, 'confirms', seed), { date: '2024-02', source: 'https://news.google.com/rss/articles/x', outlet: 'wire-b.example', itemId: 'b2' });
      expect(await store.getBaselineEntry('US', KEY)).toMatchObject({ corroboration: 2, sources: ['config', 'wire-b.example'] });
    });

    it('replaces the value on a change and starts counting sources again', async () => {
      const store = await ctx.fresh();
      const seed = makeBaselineEntry({ corroboration: 4 });
      await store.seedBaseline([seed]);
      await store.applyComparison(compare(1000, 'changes', seed), { date: '2024-05', source: 'Wire C', itemId: 'c2' });

      expect(await store.getBaselineEntry('US', KEY)).toMatchObject({ fact: thresholdFact(1000), date: '2024-05', source: 'Wire C', corroboration: 1 });
      const history = await store.baselineHistory('US', KEY);
      expect(history.map((h) => [h.fact, h.date, h.itemId])).toEqual([
        [thresholdFact(5000), '2023-09', null], [thresholdFact(1000), '2024-05', 'c2'],
      ]);
    });

    it('records an older report as history without rolling the current value back', async () => {
      const store = await ctx.fresh();
      const current = makeBaselineEntry({ fact: thresholdFact(1000), date: '2024-05', source: 'Wire C' });
      await store.seedBaseline([current]);
      await store.applyComparison(compare(10000, 'changes', current, { history: true }), { date: '2022-03', source: 'Archive', itemId: 'old' });

      expect(await store.getBaselineEntry('US', KEY)).toEqual(current);
      expect((await store.baselineHistory('US', KEY)).map((h) => [h.fact, h.date, h.source])).toEqual([
        [thresholdFact(1000), '2024-05', 'Wire C'], [thresholdFact(10000), '2022-03', 'Archive'],
      ]);
    });

    it('files a fact that names no market under the market of the entry it was compared with', async () => {
      const store = await ctx.fresh();
      const seed = makeBaselineEntry({ market: 'UK', fact: thresholdFact(5000, 'UK') });
      await store.seedBaseline([seed]);
      await store.applyComparison({ fact: thresholdFact(2000, null), status: 'changes', previous: seed, key: KEY }, { date: '2025-02', source: 'Wire D', itemId: 'd1' });
      expect(await store.getBaselineEntry('UK', KEY)).toMatchObject({ fact: thresholdFact(2000, null), source: 'Wire D' });
      expect(await store.baselineEntries('US')).toEqual([]);
    });

    it('keeps the history of each subject apart', async () => {
      const store = await ctx.fresh();
      const gmvKey = 'gmv:tiktok_shop:year:actual';
      await store.seedBaseline([makeBaselineEntry(), makeBaselineEntry({
        key: gmvKey, label: undefined, date: '2024',
        fact: { type: 'gmv', market: 'US', low_usd: 9e9, high_usd: 9e9, period: 'year', kind: 'actual', platform: 'tiktok_shop' },
      })]);
      expect(await store.baselineHistory('US', KEY)).toHaveLength(1);
      expect((await store.baselineHistory('US', gmvKey)).map((h) => h.date)).toEqual(['2024']);
      expect(await store.baselineHistory('UK', KEY)).toEqual([]);
    });
  });
}
