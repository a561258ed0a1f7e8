// Contract: a feed's writes are one transaction (runInBatch). A failure half-way — a write refused, a connection
// reset, a full disk — leaves nothing of the batch in the store, so the next poll ingests the same items cleanly
// and alerts each story once.
import { describe, expect, it } from 'vitest';
import { batchesWrites, type BatchStore, type Store } from '../../../src/core/ports.ts';
import type { Comparison } from '../../../src/core/types.ts';
import { at, makeBaselineEntry, makeClassifiedItem, makeCluster, makeMessage, thresholdFact } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

const KEY = 'threshold:creator_followers';

/** What ingest writes for one story: the item, its cluster, the baseline change it reports, and its alert. */
async function writeStory(store: Store, id: string): Promise<void> {
  await store.saveClassifiedItem(makeClassifiedItem({ id, clusterId: `c-${id}` }), at(0));
  await store.saveCluster(makeCluster({ id: `c-${id}` }));
  const change: Comparison = { fact: thresholdFact(10_000), status: 'changes', previous: makeBaselineEntry(), key: KEY };
  await store.applyComparison(change, { date: '2026-03', source: 'https://news.example/a', itemId: id });
  await store.enqueue({ key: `alert:slack:C1:c-${id}`, platform: 'slack', channelId: 'C1', kind: 'alert', message: makeMessage(`Story ${id}`), now: at(0) });
}

async function whatIsStored(store: Store) {
  return {
    items: await store.knownItemIds(['a', 'b']),
    clusters: [await store.getCluster('c-a'), await store.getCluster('c-b')].filter((c) => c !== null).map((c) => c.id),
    baseline: (await store.getBaselineEntry('US', KEY))?.fact,
    outbox: (await store.list({ limit: 10 })).map((e) => e.key).sort(),
  };
}

/** Every store makes a feed's writes one transaction. */
function batching(store: Store): Store & BatchStore {
  if (!batchesWrites(store)) throw new Error('this store offers no batch transaction (runInBatch)');
  return store;
}

export function describeBatchContract(ctx: ContractContext): void {
  describe('a feed\'s writes as one batch', () => {
    it('a batch that fails half-way leaves nothing written, and the retry writes each story once', async () => {
      const store = batching(await ctx.fresh());
      await store.seedBaseline([makeBaselineEntry()]);
      const before = await whatIsStored(store);

      const failed = store.runInBatch(async (tx) => {
        await writeStory(tx, 'a');
        // Reads inside the batch see its own writes (ingest checks which items it already has).
        expect(await tx.knownItemIds(['a'])).toEqual(new Set(['a']));
        await writeStory(tx, 'b');
        throw new Error('connection reset by peer');
      });
      await expect(failed).rejects.toThrow('connection reset by peer');
      expect(await whatIsStored(store)).toEqual(before);
      expect(before).toEqual({ items: new Set(), clusters: [], baseline: thresholdFact(5000), outbox: [] });

      await store.runInBatch(async (tx) => {
        await writeStory(tx, 'a');
        await writeStory(tx, 'b');
      });
      expect(await whatIsStored(store)).toEqual({
        items: new Set(['a', 'b']), clusters: ['c-a', 'c-b'], baseline: thresholdFact(10_000),
        outbox: ['alert:slack:C1:c-a', 'alert:slack:C1:c-b'],
      });
      expect(await store.countItems()).toBe(2);
    });

    it('what a batch wrote is there after a restart', async () => {
      let store: Store = batching(await ctx.fresh());
      await batching(store).runInBatch(async (tx) => writeStory(tx, 'a'));
      store = await ctx.restart(store);
      expect((await whatIsStored(store)).outbox).toEqual(['alert:slack:C1:c-a']);
    });
  });
}
