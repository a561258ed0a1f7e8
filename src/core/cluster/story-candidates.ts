// The recent stories a new item may join, in the order the ingest asks them (newest first), with an index that
// counts, for every story at once, how many MinHash positions it shares with a new item. A match needs a similarity
// of at least the threshold and the facts add at most FACT_BONUS, so a story with fewer than
// (threshold − FACT_BONUS) × 64 equal positions can never match (13 of 64 at 0.3) and is not looked at; for the
// others the count is the one fingerprintSimilarity would take, so the answer is the same as comparing every story
// (64 look-ups per item instead of 64 comparisons per story; docs/BENCHMARKS.md, "Store and ingest, 2026-12-03").
import type { Cluster, StoryFingerprint } from '../types.ts';
import { FACT_BONUS, HASHES, findMatchingCluster, fingerprintSimilarity, similarityWithSame } from './story-fingerprint.ts';

type Found = ReturnType<typeof findMatchingCluster<Cluster>>;

const NO_SLOT = -1;
const COMPARE_IN_FULL = -2;

/** A signature whose values the index keeps exactly (as int32, a one-to-one map of 32-bit unsigned hashes). */
function indexable(sig: readonly number[]): boolean {
  if (sig.length !== HASHES) return false;
  for (const v of sig) if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) return false;
  return true;
}

export class StoryCandidates {
  private clusters: Cluster[] = [];
  /** The index slot of clusters[i], or NO_SLOT, or COMPARE_IN_FULL. */
  private slots: number[] = [];
  /** Per MinHash position: the signature value (as int32) → the slots holding it. */
  private readonly positions: Map<number, number[]>[] = Array.from({ length: HASHES }, () => new Map());
  /** The signature indexed in each slot (null: the slot is free). */
  private slotSig: (readonly number[] | null)[] = [];
  private freeSlots: number[] = [];
  private counts = new Int32Array(0);

  constructor(clusters: readonly Cluster[] = []) {
    for (const c of clusters) { this.clusters.push(c); this.slots.push(this.index(c)); }
  }

  get all(): readonly Cluster[] { return this.clusters; }

  indexOf(id: string): number { return this.clusters.findIndex((c) => c.id === id); }

  at(i: number): Cluster { return this.clusters[i]!; }

  /** Puts a new story first. */
  addFirst(cluster: Cluster): void {
    this.clusters.unshift(cluster);
    this.slots.unshift(this.index(cluster));
  }

  /** Replaces the story at `i` (the same story after an item joined it or a report of it was confirmed). */
  set(i: number, cluster: Cluster): void {
    const before = this.clusters[i]!;
    this.clusters[i] = cluster;
    if (before.fingerprint?.sig !== cluster.fingerprint?.sig) {
      this.unindex(this.slots[i]!);
      this.slots[i] = this.index(cluster);
    }
  }

  /** Keeps the stories last seen at or after `since`, at most `max` of them, in order. */
  prune(since: string, max: number): void {
    const clusters: Cluster[] = [];
    const slots: number[] = [];
    for (let i = 0; i < this.clusters.length; i++) {
      if (this.clusters[i]!.lastSeen >= since && clusters.length < max) { clusters.push(this.clusters[i]!); slots.push(this.slots[i]!); } else this.unindex(this.slots[i]!);
    }
    this.clusters = clusters;
    this.slots = slots;
  }

  /**
   * findMatchingCluster over all the stories: the most similar one at or above the threshold that `accepts` (the
   * first of equals), asking `accepts` only of a story that would be the best so far. The count of equal positions
   * is the one fingerprintSimilarity takes, so the similarity is the same number.
   */
  find(fp: StoryFingerprint, threshold: number, accepts?: (c: Cluster) => boolean): Found {
    const need = Math.ceil((threshold - FACT_BONUS) * HASHES - 1e-9);
    if (need < 1 || !indexable(fp.sig)) return findMatchingCluster(fp, this.clusters, threshold, accepts);
    const counts = this.counts;
    const touched: number[] = [];
    for (let p = 0; p < HASHES; p++) {
      const holders = this.positions[p]!.get(fp.sig[p]! | 0);
      if (!holders) continue;
      for (const s of holders) {
        const n = counts[s]!;
        counts[s] = n + 1;
        if (n === 0) touched.push(s);
      }
    }
    let best: Cluster | null = null;
    let bestSimilarity = -1;
    for (let i = 0; i < this.clusters.length; i++) {
      const s = this.slots[i]!;
      // Too few equal positions to reach the threshold, or to beat the best so far even with every fact shared.
      if (s === NO_SLOT || (s >= 0 && (counts[s]! < need || counts[s]! / HASHES + FACT_BONUS <= bestSimilarity))) continue;
      const c = this.clusters[i]!;
      const similarity = s >= 0 ? similarityWithSame(fp, c.fingerprint!, counts[s]!) : fingerprintSimilarity(fp, c.fingerprint!);
      if (similarity >= threshold && similarity > bestSimilarity && (!accepts || accepts(c))) { best = c; bestSimilarity = similarity; }
    }
    for (const s of touched) counts[s] = 0;
    return best ? { id: best.id, similarity: bestSimilarity, candidate: best } : null;
  }

  private index(c: Cluster): number {
    const sig = c.fingerprint?.sig;
    // No signature of this length: its similarity is 0, it never matches. Values that are not 32-bit hashes (a
    // damaged row) cannot be counted through the index: such a story is compared in full.
    if (!sig || sig.length !== HASHES) return NO_SLOT;
    if (!indexable(sig)) return COMPARE_IN_FULL;
    let slot = this.freeSlots.pop();
    if (slot === undefined) {
      slot = this.slotSig.length;
      this.slotSig.push(null);
      if (slot >= this.counts.length) {
        const grown = new Int32Array(Math.max(64, this.counts.length * 2));
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    this.slotSig[slot] = sig;
    for (let p = 0; p < HASHES; p++) {
      const v = sig[p]! | 0;
      const holders = this.positions[p]!.get(v);
      if (holders) holders.push(slot); else this.positions[p]!.set(v, [slot]);
    }
    return slot;
  }

  private unindex(slot: number): void {
    if (slot < 0) return;
    const sig = this.slotSig[slot]!;
    for (let p = 0; p < HASHES; p++) {
      const v = sig[p]! | 0;
      const holders = this.positions[p]!.get(v)!;
      const at = holders.indexOf(slot);
      if (at >= 0) holders.splice(at, 1);
      if (holders.length === 0) this.positions[p]!.delete(v);
    }
    this.slotSig[slot] = null;
    this.freeSlots.push(slot);
  }
}
