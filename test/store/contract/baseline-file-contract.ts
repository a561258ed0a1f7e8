// Contract: config/baseline.yaml is a living file. Start, edit the file, start again: the edit is in the store;
// a value learned from news since is not overwritten by an older file entry.
import { describe, expect, it } from 'vitest';
import { parseBaselineFile } from '../../../src/config/baseline-file.ts';
import { seedStoreBaseline } from '../../../src/compose/runtime.ts';
import { describeBaselineMerge } from '../../../src/core/baseline/merge-baseline-file.ts';
import type { ContractContext } from './contract-context.ts';

const FILE_V1 = `
markets:
  UK:
    thresholds:
      - subject: creator_followers
        from: null
        to: 1000
        date: 2024-01
        source: https://example.org/uk-rules-2024
  MX:
    launches:
      - stage: official
        what: TikTok Shop official launch
        launch_date: 2025-02
        date: 2025-01
        source: https://example.org/mx-launch
`;

// The UK threshold edited (the file's own value: the edit wins), the MX launch edited with an older date than
// what news taught the store since (news wins), and a new ID entry.
const FILE_V2 = `
markets:
  UK:
    thresholds:
      - subject: creator_followers
        label: "Creators need 500 followers"
        from: 1000
        to: 500
        date: 2024-06
        source: https://example.org/uk-rules-2024-06
  MX:
    launches:
      - stage: official
        what: TikTok Shop official launch
        launch_date: 2025-01
        date: 2025-01
        source: https://example.org/mx-launch-corrected
  ID:
    bans:
      - by: government
        target: social commerce transactions
        date: 2023-09-27
        source: https://example.org/id-ban
`;

export function describeBaselineFileContract(ctx: ContractContext): void {
  describe('baseline file merged on start', () => {
    it('takes in entries added or edited since the last start and keeps a newer value learned from news', async () => {
      let store = await ctx.fresh();
      const first = await seedStoreBaseline(store, parseBaselineFile(FILE_V1, 'baseline.yaml'));
      expect(first.fresh).toBe(true);

      // News since: the MX launch moved to 2025-04 (reported 2025-03, newer than the file's entry).
      const mx = (await store.baselineEntries('MX'))[0]!;
      const news = { type: 'launch' as const, market: 'MX' as const, date: '2025-04', what: 'TikTok Shop official launch' };
      await store.applyComparison({ fact: news, key: mx.key, status: 'changes', previous: mx }, { date: '2025-03', source: 'https://wire.example/mx', outlet: 'wire.example', itemId: 'n1' });

      // An unchanged file changes nothing on restart.
      store = await ctx.restart(store);
      const same = await seedStoreBaseline(store, parseBaselineFile(FILE_V1, 'baseline.yaml'));
      expect(describeBaselineMerge('baseline.yaml', same)).toBeNull();

      store = await ctx.restart(store);
      const second = await seedStoreBaseline(store, parseBaselineFile(FILE_V2, 'baseline.yaml'));
      expect(describeBaselineMerge('baseline.yaml', second)).toBe(
        'baseline.yaml: 1 entry added, 1 entry changed, 1 kept as history because news since is newer since last start',
      );
      expect(await store.baselineEntries('UK')).toEqual([expect.objectContaining({
        fact: { type: 'threshold', market: 'UK', subject: 'creator_followers', from: 1000, to: 500 },
        date: '2024-06', source: 'https://example.org/uk-rules-2024-06', label: 'Creators need 500 followers',
      })]);
      expect((await store.baselineEntries('MX'))[0]).toMatchObject({ fact: news, source: 'https://wire.example/mx' });
      expect((await store.baselineHistory('MX', mx.key)).map((h) => h.source)).toContain('https://example.org/mx-launch-corrected');
      expect((await store.baselineEntries('ID')).map((e) => e.fact)).toEqual([{ type: 'ban', market: 'ID', by: 'government', target: 'social commerce transactions' }]);

      // Started again with the same file: nothing new, and the news value still stands.
      store = await ctx.restart(store);
      const third = await seedStoreBaseline(store, parseBaselineFile(FILE_V2, 'baseline.yaml'));
      expect(describeBaselineMerge('baseline.yaml', third)).toBeNull();
      expect((await store.baselineEntries('MX'))[0]).toMatchObject({ fact: news });
      expect((await store.baselineHistory('UK', 'threshold:creator_followers')).map((h) => h.date)).toEqual(['2024-01', '2024-06']);
    });
  });
}
