// Sparse features of a piece of text for the trained classifier: character n-grams (1–4, so Chinese needs no word
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
export const CHAR_NGRAM_MAX = 4;

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

// Dense (engineered) feature names repeat from item to item: hash each once.
const denseHashes = new Map<string, number>();
function denseHash(name: string): number {
  let h = denseHashes.get(name);
  if (h === undefined) {
    h = hashFeature(name);
    if (denseHashes.size < 50_000) denseHashes.set(name, h);
  }
  return h;
}

// Per-vector scratch: bucket → position in first-occurrence order (open addressing), the values there, and where
// each position sits in the table (to clear just those slots afterwards).
let slotOf = new Int32Array(1 << 12).fill(-1);
let shift = 32 - 12;
let bucketAt = new Int32Array(1 << 11);
let valueAt = new Float64Array(1 << 11);
let tableAt = new Int32Array(1 << 11);
let order = new Float64Array(1 << 11);

function positionOf(bucket: number, used: number): number {
  const mask = slotOf.length - 1;
  let pos = Math.imul(bucket, 0x9e3779b1) >>> shift;
  for (;;) {
    const e = slotOf[pos]!;
    if (e < 0) { slotOf[pos] = used; bucketAt[used] = bucket; valueAt[used] = 0; tableAt[used] = pos; return used; }
    if (bucketAt[e] === bucket) return e;
    pos = (pos + 1) & mask;
  }
}

function ensureScratch(n: number): void {
  if (bucketAt.length >= n) return;
  let cap = bucketAt.length;
  while (cap < n) cap *= 2;
  bucketAt = new Int32Array(cap);
  valueAt = new Float64Array(cap);
  tableAt = new Int32Array(cap);
  order = new Float64Array(cap);
  slotOf = new Int32Array(cap * 2).fill(-1);
  shift = 32 - Math.log2(cap * 2);
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
 * summing over a Map keyed by name. `counts` is emptied and reused.
 */
export function toSparse(counts: FeatureCounts, dense: Map<string, number> = new Map()): SparseVector {
  ensureScratch(counts.size + dense.size);
  let used = 0;
  for (let e = 0; e < counts.size; e++) {
    const at = positionOf(counts.fnv[e]! & HASH_MASK, used);
    if (at === used) used++;
    const c = counts.counts[e]!;
    valueAt[at] = valueAt[at]! + 1 + (c === 1 ? 0 : Math.log(c));
  }
  let norm = 0;
  for (let k = 0; k < used; k++) norm += valueAt[k]! * valueAt[k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < used; k++) valueAt[k] = valueAt[k]! / norm;
  for (const [name, v] of dense) {
    const at = positionOf(denseHash(name), used);
    if (at === used) used++;
    valueAt[at] = valueAt[at]! + v;
  }
  // Buckets ascending: sort bucket·2²² + position as numbers (buckets < 2²⁰, positions < 2²²).
  for (let k = 0; k < used; k++) order[k] = bucketAt[k]! * 4_194_304 + k;
  const sorted = order.subarray(0, used).sort();
  const idx = new Array<number>(used);
  const val = new Array<number>(used);
  for (let k = 0; k < used; k++) {
    const key = sorted[k]!;
    const b = Math.floor(key / 4_194_304);
    idx[k] = b;
    val[k] = valueAt[key - b * 4_194_304]!;
  }
  for (let k = 0; k < used; k++) slotOf[tableAt[k]!] = -1;
  counts.clear();
  if (pool.length < 8) pool.push(counts);
  return { idx, val };
}
