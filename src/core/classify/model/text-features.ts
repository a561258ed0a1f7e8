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

// Per-vector scratch: the names sorted by bucket (name indices; the radix passes go back and forth between two
// arrays), each bucket's run of names, and which name opens a run (1 + run index), so sums keep the names' order.
let order = new Int32Array(2048);
let passOne = new Int32Array(2048);
let opensRun = new Int32Array(2048);
let runBucket = new Int32Array(2048);
let runValue = new Float64Array(2048);
const RADIX_BITS = 7;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
const digitCounts = new Int32Array(RADIX_MASK + 2);

function ensureScratch(n: number): void {
  if (order.length >= n) return;
  let cap = order.length;
  while (cap < n) cap *= 2;
  order = new Int32Array(cap);
  passOne = new Int32Array(cap);
  opensRun = new Int32Array(cap);
  runBucket = new Int32Array(cap);
  runValue = new Float64Array(cap);
}

/**
 * Name indices 0…n-1 ordered by bucket, names of one bucket in index order: a stable radix sort, three passes of
 * 7 bits (few bins, so short vectors — market windows, fact sentences — cost little too).
 */
function sortByBucket(fnv: Int32Array, n: number): Int32Array {
  let from = passOne;
  let to = order;
  for (let e = 0; e < n; e++) from[e] = e;
  for (let shift = 0; shift < HASH_BITS; shift += RADIX_BITS) {
    digitCounts.fill(0);
    for (let e = 0; e < n; e++) digitCounts[(((fnv[e]! & HASH_MASK) >>> shift) & RADIX_MASK) + 1]!++;
    for (let d = 1; d <= RADIX_MASK + 1; d++) digitCounts[d]! += digitCounts[d - 1]!;
    for (let k = 0; k < n; k++) { const e = from[k]!; to[digitCounts[((fnv[e]! & HASH_MASK) >>> shift) & RADIX_MASK]!++] = e; }
    const t = from; from = to; to = t;
  }
  return from;
}

function findRun(bucket: number, runs: number): number {
  let lo = 0;
  let hi = runs - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = runBucket[mid]!;
    if (b === bucket) return mid;
    if (b < bucket) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
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
  const n = counts.size;
  ensureScratch(n);
  const sorted = sortByBucket(counts.fnv, n);
  opensRun.fill(0, 0, n);
  // Each bucket's value, its names added in the order they first occurred (a run is in name order).
  let runs = 0;
  for (let k = 0; k < n; k++) {
    const e = sorted[k]!;
    const b = counts.fnv[e]! & HASH_MASK;
    if (runs === 0 || runBucket[runs - 1] !== b) { runBucket[runs] = b; runValue[runs] = 0; opensRun[e] = ++runs; }
    const c = counts.counts[e]!;
    runValue[runs - 1] = runValue[runs - 1]! + 1 + (c === 1 ? 0 : Math.log(c));
  }
  // The norm sums the buckets in the order they first occurred.
  let norm = 0;
  for (let e = 0; e < n; e++) { const r = opensRun[e]!; if (r) norm += runValue[r - 1]! * runValue[r - 1]!; }
  norm = Math.sqrt(norm) || 1;
  for (let r = 0; r < runs; r++) runValue[r] = runValue[r]! / norm;
  // Engineered features: into a text bucket they share, else into buckets of their own.
  const extraBucket: number[] = [];
  const extraValue: number[] = [];
  for (const [name, v] of dense) {
    const b = denseHash(name);
    const r = findRun(b, runs);
    if (r >= 0) { runValue[r] = runValue[r]! + v; continue; }
    const x = extraBucket.indexOf(b);
    if (x >= 0) extraValue[x] = extraValue[x]! + v;
    else { extraBucket.push(b); extraValue.push(0 + v); }
  }
  const extraOrder = extraBucket.map((_, i) => i).sort((p, q) => extraBucket[p]! - extraBucket[q]!);
  const idx = new Array<number>(runs + extraBucket.length);
  const val = new Array<number>(runs + extraBucket.length);
  let r = 0;
  let x = 0;
  for (let k = 0; k < idx.length; k++) {
    if (x >= extraOrder.length || (r < runs && runBucket[r]! < extraBucket[extraOrder[x]!]!)) { idx[k] = runBucket[r]!; val[k] = runValue[r++]!; }
    else { idx[k] = extraBucket[extraOrder[x]!]!; val[k] = extraValue[extraOrder[x++]!]!; }
  }
  counts.clear();
  if (pool.length < 8) pool.push(counts);
  return { idx, val };
}
