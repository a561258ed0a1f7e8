// Sparse features of a piece of text for the trained classifier: character n-grams (1–4, so Chinese needs no word
// segmentation), English word unigrams and bigrams, each hashed (FNV-1a) into a fixed space so the model file
// stores weights by bucket and no vocabulary strings. Digits become "0" so that "$3 million" and "$7 million" share
// features. Pure and deterministic.
import { fnv1a } from '../lockbox.ts';

/** A sparse vector: bucket → value, buckets ascending. */
export interface SparseVector { idx: number[]; val: number[] }

export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
export const CHAR_NGRAM_MIN = 1;
export const CHAR_NGRAM_MAX = 4;

const CJK = /[\u3400-\u9fff]/;

/** Lower-cased, digits folded to 0, whitespace collapsed; full-width forms folded to ASCII. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[0-9]/g, '0')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function hashFeature(name: string): number {
  return fnv1a(name) & HASH_MASK;
}

/** Adds counts of the named features of `text` (already normalised) to `into`, with `prefix` as namespace. */
export function addTextFeatures(into: Map<string, number>, text: string, prefix: string): void {
  const chars = [...text];
  for (let n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('');
      // Single Latin letters and spaces carry nothing; single CJK characters carry a lot.
      if (n === 1 && !CJK.test(g)) continue;
      if (g.trim() === '') continue;
      const k = `${prefix}c${g}`;
      into.set(k, (into.get(k) ?? 0) + 1);
    }
  }
  const words = text.match(/[a-z0][a-z0'&-]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const k1 = `${prefix}w${words[i]}`;
    into.set(k1, (into.get(k1) ?? 0) + 1);
    if (i + 1 < words.length) {
      const k2 = `${prefix}b${words[i]} ${words[i + 1]}`;
      into.set(k2, (into.get(k2) ?? 0) + 1);
    }
  }
}

/**
 * Hashes named feature counts into a sparse vector: sublinear counts (1 + ln tf), the text features scaled to unit
 * length so long and short items weigh alike; `dense` features (engineered, already on a 0–1 scale) are added as
 * they are.
 */
export function toSparse(counts: Map<string, number>, dense: Map<string, number> = new Map()): SparseVector {
  const acc = new Map<number, number>();
  let norm = 0;
  const text = new Map<number, number>();
  for (const [k, c] of counts) {
    const h = hashFeature(k);
    text.set(h, (text.get(h) ?? 0) + 1 + Math.log(c));
  }
  for (const v of text.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [h, v] of text) acc.set(h, v / norm);
  for (const [k, v] of dense) {
    const h = hashFeature(k);
    acc.set(h, (acc.get(h) ?? 0) + v);
  }
  const idx = [...acc.keys()].sort((a, b) => a - b);
  return { idx, val: idx.map((i) => acc.get(i)!) };
}
