import { describe, expect, it } from 'vitest';
import { StoryCandidates } from '../../../src/core/cluster/story-candidates.ts';
import { CLUSTER_THRESHOLD, findMatchingCluster } from '../../../src/core/cluster/story-fingerprint.ts';
import type { Cluster, StoryFingerprint } from '../../../src/core/types.ts';

// Signatures built by hand: `same` positions equal to the base, the others distinct, so similarities sit exactly
// at the edges the index must not get wrong.
const base = Array.from({ length: 64 }, (_, i) => (0x80000000 + i * 7919) >>> 0);
function sig(same: number, salt: number): number[] {
  return base.map((v, i) => (i < same ? v : (v ^ (salt * 2654435761 + i + 1)) >>> 0));
}
function story(id: string, fingerprint: StoryFingerprint | undefined, lastSeen = '2026-12-03T10:00:00Z'): Cluster {
  return { id, title: id, link: null, tags: ['launch'], markets: ['US'], facts: [], comparisons: [], severity: 'normal', sources: [], firstSeen: lastSeen, lastSeen, fingerprint };
}
const item: StoryFingerprint = { v: 1, sig: base, facts: ['US|launch:official'] };

describe('recent stories a new item may join', () => {
  it('finds a story that is similar only with its facts counted (13 of 64 positions and the same subject)', () => {
    const near = story('near', { v: 1, sig: sig(13, 1), facts: ['US|launch:official'] });
    const short = story('short', { v: 1, sig: sig(12, 2), facts: ['US|launch:official'] });
    expect(new StoryCandidates([short, near]).find(item, CLUSTER_THRESHOLD)?.id).toBe('near');
    expect(new StoryCandidates([short]).find(item, CLUSTER_THRESHOLD)).toBeNull();
  });

  it('keeps the most similar story, and the newest of equally similar ones', () => {
    const a = story('a', { v: 1, sig: sig(30, 3), facts: [] });
    const b = story('b', { v: 1, sig: sig(40, 4), facts: [] });
    const c = story('c', { v: 1, sig: sig(40, 5), facts: [] });
    const list = new StoryCandidates([a, b, c]);
    expect(list.find(item, CLUSTER_THRESHOLD)?.id).toBe('b');
    list.addFirst(story('d', { v: 1, sig: sig(40, 6), facts: [] }));
    expect(list.find(item, CLUSTER_THRESHOLD)?.id).toBe('d');
  });

  it('skips a story the caller turns down and takes the next best', () => {
    const list = new StoryCandidates([story('best', { v: 1, sig: sig(50, 7), facts: [] }), story('next', { v: 1, sig: sig(25, 8), facts: [] })]);
    expect(list.find(item, CLUSTER_THRESHOLD, (c) => c.id !== 'best')?.id).toBe('next');
  });

  it('forgets stories dropped by age or number, and follows a story whose signature changed', () => {
    const old = story('old', { v: 1, sig: sig(60, 9), facts: [] }, '2026-11-01T00:00:00Z');
    const fresh = story('fresh', { v: 1, sig: sig(20, 10), facts: [] });
    const list = new StoryCandidates([old, fresh]);
    expect(list.find(item, CLUSTER_THRESHOLD)?.id).toBe('old');
    list.prune('2026-12-01T00:00:00Z', 500);
    expect(list.all.map((c) => c.id)).toEqual(['fresh']);
    expect(list.find(item, CLUSTER_THRESHOLD)?.id).toBe('fresh');
    list.set(list.indexOf('fresh'), story('fresh', { v: 1, sig: sig(5, 11), facts: [] }));
    expect(list.find(item, CLUSTER_THRESHOLD)).toBeNull();
    list.addFirst(story('x', { v: 1, sig: sig(64, 12), facts: [] }));
    list.prune('2026-12-01T00:00:00Z', 1);
    expect(list.all.map((c) => c.id)).toEqual(['x']);
  });

  it('still compares a story whose stored signature is damaged, and never matches one without a signature', () => {
    const damaged = story('damaged', { v: 1, sig: base.map((v, i) => (i === 0 ? v + 0.5 : v)), facts: [] });
    const list = new StoryCandidates([story('none', undefined), damaged]);
    expect(list.find(item, CLUSTER_THRESHOLD)?.id).toBe('damaged');
  });

  it('gives the answer a full comparison gives, over many random stories', () => {
    let seed = 12345;
    const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
    const keys = ['US|launch:official', 'UK|ban:government:tiktok_app', 'US|gmv:tiktok_shop:year:actual'];
    const pick = () => keys.filter(() => rand() < 0.4);
    const stories = Array.from({ length: 300 }, (_, k) => story(`s${k}`, { v: 1, sig: base.map((v) => (rand() < 0.25 ? v : (rand() * 2 ** 32) >>> 0)), facts: pick() }));
    const list = new StoryCandidates(stories);
    let matched = 0;
    for (let q = 0; q < 50; q++) {
      const fp: StoryFingerprint = { v: 1, sig: base.map((v) => (rand() < 0.6 ? v : (rand() * 2 ** 32) >>> 0)), facts: pick() };
      const accepts = (c: Cluster) => Number(c.id.slice(1)) % 3 !== 0;
      const found = list.find(fp, CLUSTER_THRESHOLD, accepts);
      expect(found).toEqual(findMatchingCluster(fp, stories, CLUSTER_THRESHOLD, accepts));
      if (found) matched++;
    }
    expect(matched).toBeGreaterThan(10);
    expect(matched).toBeLessThan(50);
  });
});
