// Contract: feed fetch state (conditional GET, backoff) and story clusters.
import { describe, expect, it } from 'vitest';
import { at, makeCluster, makeFeedState, MINUTE } from '../fixtures.ts';
import type { ContractContext } from './contract-context.ts';

export function describeFeedStateAndClusterContract(ctx: ContractContext): void {
  describe('feed state', () => {
    it('knows nothing about a feed it never saw', async () => {
      const store = await ctx.fresh();
      expect(await store.getFeedState('wire')).toBeNull();
      expect(await store.listFeedStates()).toEqual([]);
    });

    it('keeps the latest state of each feed, validators and failures included, across a restart', async () => {
      let store = await ctx.fresh();
      const ok = makeFeedState({
        feedId: 'wire', etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 08:00:00 GMT', lastAttemptAt: at(0),
        lastSuccessAt: at(0), nextAttemptAt: at(5 * MINUTE), seeded: true,
      });
      await store.saveFeedState(ok);
      const failing = { ...ok, lastAttemptAt: at(5 * MINUTE), nextAttemptAt: at(15 * MINUTE), consecutiveFailures: 2, lastError: 'HTTP 503' };
      await store.saveFeedState(failing);
      await store.saveFeedState(makeFeedState({ feedId: 'asia-desk' }));

      store = await ctx.restart(store);
      expect(await store.getFeedState('wire')).toEqual(failing);
      expect((await store.listFeedStates()).map((s) => s.feedId)).toEqual(['asia-desk', 'wire']);
      expect(await store.getFeedState('asia-desk')).toEqual(makeFeedState({ feedId: 'asia-desk' }));
    });
  });

  describe('clusters', () => {
    it('returns a saved story as written and replaces it when saved again', async () => {
      const store = await ctx.fresh();
      expect(await store.getCluster('c1')).toBeNull();
      const story = makeCluster({
        id: 'c1', facts: [{ type: 'ban', market: 'ID', by: 'government', target: 'social commerce payments' }],
        markets: ['ID'], tags: ['ban'], severity: 'high',
      });
      await store.saveCluster(story);
      expect(await store.getCluster('c1')).toEqual(story);

      const grown = { ...story, lastSeen: at(30 * MINUTE), sources: [...story.sources, { name: '36氪', link: null }] };
      await store.saveCluster(grown);
      expect(await store.getCluster('c1')).toEqual(grown);
    });

    it('offers the stories seen since a time as candidates, most recently seen first, up to the limit', async () => {
      const store = await ctx.fresh();
      await store.saveCluster(makeCluster({ id: 'old', firstSeen: at(0), lastSeen: at(1 * MINUTE) }));
      await store.saveCluster(makeCluster({ id: 'mid', firstSeen: at(0), lastSeen: at(20 * MINUTE) }));
      await store.saveCluster(makeCluster({ id: 'new', firstSeen: at(10 * MINUTE), lastSeen: at(30 * MINUTE) }));

      expect((await store.recentClusters(at(10 * MINUTE), 10)).map((c) => c.id)).toEqual(['new', 'mid']);
      expect((await store.recentClusters(at(0), 2)).map((c) => c.id)).toEqual(['new', 'mid']);
      expect(await store.recentClusters(at(31 * MINUTE), 10)).toEqual([]);
    });
  });
}
