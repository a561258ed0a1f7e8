// Sparse features of a piece of text for the trained classifier: character n-grams (1–3, so Chinese needs no word
// segmentation), English word unigrams and bigrams, each hashed (FNV-1a) into a fixed space so the model file
// stores weights by bucket and no vocabulary strings. Digits become "0" so that "$3 million" and "$7 million" share
// features. Pure and deterministic.
import { fnv1a } from '../lockbox.ts';
import { countTextFeatures, FeatureCounts } from './feature-counts.ts';

/** A sparse vector: bucket → value, buckets ascending. */
export interface SparseVector { idx: number[]; val: number[] }

export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
export const CHAR_NGRAM_MIN = 1;
export const CHAR_NGRAM_MAX = 3;

/** Lower-cased, digits folded to 0, whitespace collapsed; full-width forms folded to ASCII. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function normaliseText(text: string): string {
  // NFKC leaves ASCII as it is; most English text is ASCII, and normalising costs more than the test.
  return (ASCII.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[0-9]/g, '0')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function hashFeature(name: string): number {
  return fnv1a(name) & HASH_MASK;
}

const isCjk = (cp: number) => cp >= 0x3400 && cp <= 0x9fff;

/** Adds counts of the named features of `text` (already normalised) to `into`, with `prefix` as namespace. */
export function addTextFeatures(into: FeatureCounts, text: string, prefix: string): void {
  // Single Latin letters and spaces carry nothing; single CJK characters carry a lot.
  countTextFeatures(into, text, prefix, isCjk, CHAR_NGRAM_MAX, CHAR_NGRAM_MIN);
}

/**
 * The same for a whole item's text (the tag heads' features): its words and word pairs, and character n-grams
 * only where they hold a CJK character. Chinese has no spaces, so its n-grams are its words; English n-grams of
 * a whole item added nothing the words do not carry (cross-validated figures identical without them) and were
 * most of an English item's features, so most of the cost of scoring it (docs/BENCHMARKS.md).
 */
export function addItemTextFeatures(into: FeatureCounts, text: string, prefix: string): void {
  countTextFeatures(into, text, prefix, isCjk, CHAR_NGRAM_MAX, CHAR_NGRAM_MIN, true);
}

// Engineered feature names, interned: each distinct name gets an id (and its bucket) once, so building an item's
// engineered features costs no string building or hashing per item (item-features.ts keeps tables of ids).
const denseNames = new Map<string, number>();
let denseBucketOf = new Int32Array(256);

/** The id of engineered feature `name` (the same name always gets the same id); its bucket is `denseBucket(id)`. */
export function denseId(name: string): number {
  let id = denseNames.get(name);
  if (id === undefined) {
    id = denseNames.size;
    if (id === denseBucketOf.length) { const grown = new Int32Array(id * 2); grown.set(denseBucketOf); denseBucketOf = grown; }
    denseBucketOf[id] = hashFeature(name);
    denseNames.set(name, id);
  }
  return id;
}

/**
 * Engineered feature values by name id, in the order the names were first set, as a Map keyed by name keeps
 * them (the order decides the order of sums in toSparse). Reused through newDenseFeatures.
 */
export class DenseFeatures {
  size = 0;
  buckets = new Int32Array(64);
  values = new Float64Array(64);
  private ids = new Int32Array(64);
  /** id → 1 + position in this vector; 0 when the name is not set. */
  private at = new Int32Array(256);

  get(id: number): number | undefined {
    const k = id < this.at.length ? this.at[id]! : 0;
    return k ? this.values[k - 1]! : undefined;
  }

  set(id: number, value: number): void {
    if (id >= this.at.length) { const grown = new Int32Array(Math.max(id + 1, this.at.length * 2)); grown.set(this.at); this.at = grown; }
    const k = this.at[id]!;
    if (k) { this.values[k - 1] = value; return; }
    if (this.size === this.ids.length) {
      const cap = this.size * 2;
      const ids = new Int32Array(cap); ids.set(this.ids); this.ids = ids;
      const buckets = new Int32Array(cap); buckets.set(this.buckets); this.buckets = buckets;
      const values = new Float64Array(cap); values.set(this.values); this.values = values;
    }
    this.ids[this.size] = id;
    this.buckets[this.size] = denseBucketOf[id]!;
    this.values[this.size] = value;
    this.at[id] = ++this.size;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.at[this.ids[k]!] = 0;
    this.size = 0;
  }
}

const densePool: DenseFeatures[] = [];

/** Empty engineered features; toSparse (or hashedFeatures' caller) hands them back for reuse. */
export function newDenseFeatures(): DenseFeatures {
  return densePool.pop() ?? new DenseFeatures();
}

function fromMap(dense: Map<string, number>): DenseFeatures {
  const d = newDenseFeatures();
  for (const [name, v] of dense) d.set(denseId(name), v);
  return d;
}

/**
 * One vector's buckets (scratch, valid until the next call): `bucket[r]` and `value[r]` for r < `runs`, the text
 * buckets in the order their first name occurred, then the engineered-only buckets in the order they were set.
 */
export interface HashedFeatures { runs: number; bucket: Int32Array; value: Float64Array }

let runBucket = new Int32Array(1024);
let runValue = new Float64Array(1024);
/** Open-addressing table bucket → 1 + run, sized to a power of two at least twice the runs; emptied after use. */
let runSlots = new Int32Array(4096);
const hashed: HashedFeatures = { runs: 0, bucket: runBucket, value: runValue };

function runOf(b: number, mask: number): number {
  let pos = Math.imul(b, 0x9e3779b1) >>> 0 & mask;
  for (;;) {
    const r = runSlots[pos]!;
    if (r === 0) { runSlots[pos] = hashed.runs + 1; runBucket[hashed.runs] = b; return -1 - hashed.runs++; }
    if (runBucket[r - 1] === b) return r - 1;
    pos = (pos + 1) & mask;
  }
}

/**
 * The buckets of named feature counts plus engineered features, by the definition toSparse states: per bucket the
 * sum of its names' sublinear counts (1 + ln tf) in the order the names first occurred, the text buckets scaled to
 * unit length (the norm summed in the order the buckets first occurred), then each engineered feature added in the
 * order it was set. `counts` and `dense` are emptied and kept for reuse.
 */
export function hashedFeatures(counts: FeatureCounts, dense: DenseFeatures | null): HashedFeatures {
  const n = counts.size;
  const total = n + (dense ? dense.size : 0);
  if (runBucket.length < total) { runBucket = new Int32Array(total * 2); runValue = new Float64Array(total * 2); hashed.bucket = runBucket; hashed.value = runValue; }
  let slots = runSlots.length;
  while (slots < total * 2) slots *= 2;
  if (slots !== runSlots.length) runSlots = new Int32Array(slots);
  const mask = slots - 1;
  hashed.runs = 0;
  const fnv = counts.fnv;
  const cs = counts.counts;
  for (let e = 0; e < n; e++) {
    let r = runOf(fnv[e]! & HASH_MASK, mask);
    if (r < 0) { r = -1 - r; runValue[r] = 0; }
    const c = cs[e]!;
    runValue[r] = runValue[r]! + 1 + (c === 1 ? 0 : Math.log(c));
  }
  const textRuns = hashed.runs;
  let norm = 0;
  for (let r = 0; r < textRuns; r++) norm += runValue[r]! * runValue[r]!;
  norm = Math.sqrt(norm) || 1;
  for (let r = 0; r < textRuns; r++) runValue[r] = runValue[r]! / norm;
  // Engineered features: into a text bucket they share, else into buckets of their own.
  if (dense) {
    for (let k = 0; k < dense.size; k++) {
      const r = runOf(dense.buckets[k]!, mask);
      if (r < 0) runValue[-1 - r] = 0 + dense.values[k]!;
      else runValue[r] = runValue[r]! + dense.values[k]!;
    }
  }
  for (let r = 0; r < hashed.runs; r++) {
    let pos = Math.imul(runBucket[r]!, 0x9e3779b1) >>> 0 & mask;
    while (runSlots[pos] !== r + 1) pos = (pos + 1) & mask;
    runSlots[pos] = 0;
  }
  counts.clear();
  if (pool.length < 8) pool.push(counts);
  if (dense) { dense.clear(); if (densePool.length < 8) densePool.push(dense); }
  return hashed;
}

const pool: FeatureCounts[] = [];

/** Named feature counts of one vector (see feature-counts.ts); toSparse hands them back for reuse. */
export function newFeatureCounts(): FeatureCounts {
  return pool.pop() ?? new FeatureCounts();
}

/**
 * Hashes named feature counts into a sparse vector: sublinear counts (1 + ln tf), the text features scaled to unit
 * length so long and short items weigh alike; `dense` features (engineered, already on a 0–1 scale) are added as
 * they are. Sums are taken in the order the names first occur, so the values are the same to the last bit as
 * summing over a Map keyed by name. `counts` (and `dense` when given as DenseFeatures) are emptied and reused.
 */
export function toSparse(counts: FeatureCounts, dense: Map<string, number> | DenseFeatures = new Map()): SparseVector {
  const h = hashedFeatures(counts, dense instanceof Map ? (dense.size ? fromMap(dense) : null) : dense);
  const runs = h.runs;
  const all = runList(runs);
  for (let r = 0; r < runs; r++) all[r] = r;
  const sorted = byBucket(h, all, runs);
  const idx = new Array<number>(runs);
  const val = new Array<number>(runs);
  for (let k = 0; k < runs; k++) { const r = sorted[k]!; idx[k] = h.bucket[r]!; val[k] = h.value[r]!; }
  return { idx, val };
}

// Scratch of byBucket: a list of runs and the radix passes' other array.
let listA = new Int32Array(1024);
let listB = new Int32Array(1024);
const RADIX_BITS = 7;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
const digitCounts = new Int32Array(RADIX_MASK + 2);

/** A scratch list for at least `n` runs, to fill and hand to byBucket. */
export function runList(n: number): Int32Array {
  if (listA.length < n) { listA = new Int32Array(n * 2); listB = new Int32Array(n * 2); }
  return listA;
}

/**
 * The first `n` runs of `list` (from runList) ordered by bucket, ascending (buckets of runs are distinct): a radix
 * sort, three passes of 7 bits, or an insertion sort for short lists (the native sort of a typed array costs
 * several times more here).
 */
export function byBucket(h: HashedFeatures, list: Int32Array, n: number): Int32Array {
  const bucket = h.bucket;
  // Short lists (a market's window, a fact's sentence): an insertion sort costs less than the radix passes' bins.
  if (n <= 48) {
    for (let k = 1; k < n; k++) {
      const r = list[k]!;
      const b = bucket[r]!;
      let j = k - 1;
      while (j >= 0 && bucket[list[j]!]! > b) { list[j + 1] = list[j]!; j--; }
      list[j + 1] = r;
    }
    return list;
  }
  let from: Int32Array = list;
  let to: Int32Array = list === listA ? listB : listA;
  for (let shift = 0; shift < HASH_BITS; shift += RADIX_BITS) {
    digitCounts.fill(0);
    for (let k = 0; k < n; k++) digitCounts[((bucket[from[k]!]! >>> shift) & RADIX_MASK) + 1]!++;
    for (let d = 1; d <= RADIX_MASK + 1; d++) digitCounts[d]! += digitCounts[d - 1]!;
    for (let k = 0; k < n; k++) { const r = from[k]!; to[digitCounts[(bucket[r]! >>> shift) & RADIX_MASK]!++] = r; }
    const t = from; from = to; to = t;
  }
  return from;
}

