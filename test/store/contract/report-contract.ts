// Contract: reported changes — kept across restarts, filtered by subject, cluster and state, settled; and a
// rejection's baseline side: the rejected item's history rows stop counting and the replaced value comes back.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/types.ts';
import { sameValue } from '../../../src/core/baseline/compare-facts.ts';
import { makeBaselineEntry, makeNewReport, thresholdFact } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

const KEY = 'threshold:creator_followers';

const report = makeNewReport;

export function describeReportContract(ctx: ContractContext): void {
  describe('reported changes', () => {
    it('keeps a pending report across a restart, finds it by subject, cluster and state, and settles it', async () => {
      let store = await ctx.fresh();
      const a = await store.addReport(report());
      const b = await store.addReport(report({ market: 'UK', clusterId: 'c-2', itemId: 'item-b', state: 'confirmed', applied: true, replaced: makeBaselineEntry() }));
      expect(a.id).not.toBe(b.id);
      // What addReport hands back is the report as it is stored.
      expect(a).toEqual(await store.getReport(a.id));
      expect(b).toEqual(await store.getReport(b.id));
      store = await ctx.restart(store);
      expect(await store.getReport(a.id)).toEqual({ ...report(), id: a.id, settledAt: null, settledBy: null });
      expect((await store.listReports({ states: ['pending'] })).map((r) => r.id)).toEqual([a.id]);
      expect((await store.listReports({ clusterId: 'c-2' })).map((r) => r.replaced)).toEqual([makeBaselineEntry()]);
      expect((await store.listReports({ market: 'US', key: KEY })).map((r) => r.id)).toEqual([a.id]);
      expect((await store.listReports({})).map((r) => r.id)).toEqual([b.id, a.id]);
      await store.updateReport(a.id, { state: 'rejected', reason: 'rejected by U1', settledAt: '2026-12-01T11:00:00.000Z', settledBy: 'U1' });
      expect(await store.getReport(a.id)).toMatchObject({ state: 'rejected', reason: 'rejected by U1', settledBy: 'U1', settledAt: '2026-12-01T11:00:00.000Z', applied: false });
      expect(await store.listReports({ states: ['pending'] })).toEqual([]);
      expect(await store.getReport(999_999)).toBeNull();
    });

    it('finds the pending reports of the same value as a fact, exactly those sameValue accepts, among the newest', async () => {
      const store = await ctx.fresh();
      // Values on both sides of every rounding edge (2 %, one unit of the second digit), ranges, and unstated values.
      const amounts = [null, 0, 1, 95, 100, 102, 104, 106, 150, 5000, 5100, 5240, 10_000, 1_000_000, 1_020_000, 1_060_000];
      const gmv = (low: number | null, high: number | null): Fact => ({ type: 'gmv', market: 'US', low_usd: low, high_usd: high, period: 'year', kind: 'actual', platform: 'tiktok_shop' });
      const facts: Fact[] = [
        ...amounts.flatMap((a) => [gmv(a, a), gmv(a, null), gmv(null, a), gmv(a, a === null ? null : a * 1.5), gmv(a === null ? null : a * 1.5, a)]),
        ...amounts.flatMap((a) => [null, 100, 5000, 5100].map((b): Fact => ({ type: 'threshold', market: 'US', subject: 'creator_followers', from: b, to: a }))),
        ...[null, '', '2023', '2023-09', '2023-09-12', '2023-10', '2024'].map((date): Fact => ({ type: 'launch', market: 'US', date, what: 'TikTok Shop opens' })),
        ...(['platform', 'government', 'court'] as const).map((by): Fact => ({ type: 'ban', market: 'US', by, target: 'external links' })),
      ];
      const ids: number[] = [];
      for (const fact of facts) ids.push((await store.addReport(report({ key: `${fact.type}:subject`, fact }))).id);
      for (const fact of facts) {
        const key = `${fact.type}:subject`;
        const all = await store.listReports({ market: 'US', key, states: ['pending'], limit: 1000 });
        const same = await store.listReports({ market: 'US', key, states: ['pending'], limit: 1000, sameValueAs: fact });
        expect(same.map((r) => r.id), JSON.stringify(fact)).toEqual(all.filter((r) => sameValue(r.fact, fact)).map((r) => r.id));
      }
      // The value filter keeps the newest `limit` of the subject's reports as its window, as before.
      const point = gmv(5000, 5000);
      const newest = await store.listReports({ market: 'US', key: 'gmv:subject', states: ['pending'], limit: 10 });
      expect((await store.listReports({ market: 'US', key: 'gmv:subject', states: ['pending'], limit: 10, sameValueAs: point })).map((r) => r.id))
        .toEqual(newest.filter((r) => sameValue(r.fact, point)).map((r) => r.id));
      expect(ids.length).toBe(facts.length);
    });

    it('finds the pending reports of the same value from other outlets only, among the newest of the subject', async () => {
      const store = await ctx.fresh();
      const outlets = ['reuters.example', 'bloomberg.example', 'reuters.example', 'ft.example', 'reuters.example'];
      for (const [i, outletKey] of outlets.entries()) {
        await store.addReport(report({ outletKey, outlet: outletKey, itemId: `item-${i}`, fact: thresholdFact(i === 3 ? 9000 : 5000) }));
      }
      const all = await store.listReports({ market: 'US', key: KEY, states: ['pending'] });
      const same = thresholdFact(5000);
      const expected = (among: typeof all) => among.filter((r) => sameValue(r.fact, same) && r.outletKey !== 'reuters.example').map((r) => r.id);
      const others = await store.listReports({ market: 'US', key: KEY, states: ['pending'], sameValueAs: same, notFromOutletKey: 'reuters.example' });
      expect(others.map((r) => r.outletKey)).toEqual(['bloomberg.example']);
      expect(others.map((r) => r.id)).toEqual(expected(all));
      // Without a value, and with the window of the newest `limit` of the subject kept as it is.
      expect((await store.listReports({ market: 'US', key: KEY, notFromOutletKey: 'reuters.example' })).map((r) => r.outletKey)).toEqual(['ft.example', 'bloomberg.example']);
      expect(await store.listReports({ market: 'US', key: KEY, states: ['pending'], limit: 2, sameValueAs: same, notFromOutletKey: 'reuters.example' })).toEqual([]);
      expect(await store.listReports({ market: 'US', key: KEY, states: ['pending'], sameValueAs: same, notFromOutletKey: 'nobody.example' })).toEqual(all.filter((r) => sameValue(r.fact, same)));
    });

    it('a reverted item leaves the latest value and the history; the replaced value is the latest again', async () => {
      const store = await ctx.fresh();
      const seed = makeBaselineEntry();
      await store.seedBaseline([seed]);
      await store.applyComparison({ fact: thresholdFact(1000), status: 'changes', previous: seed, key: KEY }, { date: '2026-11-30', source: 'https://reuters.example/a', itemId: 'item-a' });
      expect(await store.getBaselineEntry('US', KEY)).toMatchObject({ fact: thresholdFact(1000) });
      await store.revertBaselineEntry('US', KEY, 'item-a', seed);
      expect(await store.getBaselineEntry('US', KEY)).toEqual(seed);
      expect((await store.baselineHistory('US', KEY)).map((h) => h.itemId)).toEqual([null]);
      await store.revertBaselineEntry('US', KEY, null, null);
      expect(await store.getBaselineEntry('US', KEY)).toBeNull();
    });
  });
}
