// Near-duplicate story clustering: MinHash over shingles (content words for English, character
// bigrams for Chinese) of the title and the start of the summary, plus the subject keys of the story's facts.
// Two outlets rewriting one story share names, numbers and phrases; two stories about one market share only the
// market's words. The threshold is measured in docs/EVALUATION.md.
import type { Fact, StoryFingerprint } from '../types.ts';
import { subjectKey } from '../baseline/subject-key.ts';

export type { StoryFingerprint };

/** MinHash positions of a signature. */
export const HASHES = 64;
/** Similarity at or above which a new item joins a cluster (docs/EVALUATION.md, "Story clustering"). */
export const CLUSTER_THRESHOLD = 0.3;
const TEXT_CHARS = 700;
/** The most the facts add to the text's similarity (story-candidates.ts bounds a match by it). */
export const FACT_BONUS = 0.1;
const STOP = new Set(('a an the and or of to in on for at by with from as is are was were be been has have had it its this that these those '
  + 'will would could may might can its their they he she we you i not no but if than then so such into over about after before more most '
  + 'also said says according report reported reports new news just still which who whom what when where while been being very').split(' '));

// Fixed odd multipliers and offsets: the same text always gives the same signature, across processes and versions.
const SEEDS: [number, number][] = Array.from({ length: HASHES }, (_, i) => [
  (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
  Math.imul(i + 7, 0x85ebca6b) >>> 0,
]);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, a: number, b: number): number {
  let x = (Math.imul(h, a) + b) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x ^= x >>> 12;
  return x >>> 0;
}

/** Shingles: English content words (crudely singular); Chinese character bigrams. */
export function shingles(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  const words = (lower.match(/[a-z0-9$][a-z0-9$.,%-]*[a-z0-9%]|[a-z0-9$]/g) ?? [])
    .map((w) => w.replace(/[.,]+$/, '').replace(/(?<=[a-z]{3})s$/, ''))
    .filter((w) => !STOP.has(w));
  // Word pairs were measured and separate worse: a rewrite keeps the words, not their order.
  for (const w of words) out.add(w);
  for (const run of lower.match(/[\u4e00-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** Fingerprint of an item: MinHash signature of its shingles and the market-qualified subject keys of its facts. */
export function storyFingerprint(item: { title: string; summary: string; lang?: 'en' | 'zh' }, facts: Fact[]): StoryFingerprint {
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const sh of shingles(`${item.title}\n${item.summary.slice(0, TEXT_CHARS)}`)) {
    const h = fnv1a(sh);
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i]![0], SEEDS[i]![1]);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  const keys = [...new Set(facts.filter((f) => f.market).map((f) => `${f.market}|${subjectKey(f)}`))].sort();
  return { v: 1, sig, facts: keys };
}

/** Estimated similarity in [0, 1]: MinHash Jaccard, raised when both stories state facts on the same subjects. */
export function fingerprintSimilarity(a: StoryFingerprint, b: StoryFingerprint): number {
  if (a.sig.length !== b.sig.length || a.sig.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.sig.length; i++) if (a.sig[i] === b.sig[i]) same++;
  return similarityWithSame(a, b, same);
}

/** fingerprintSimilarity given the number of equal signature positions (story-candidates.ts counts them itself). */
export function similarityWithSame(a: StoryFingerprint, b: StoryFingerprint, same: number): number {
  const text = same / a.sig.length;
  if (a.facts.length === 0 || b.facts.length === 0) return text;
  // Shared keys of a (as a.facts.filter(k => b.facts.includes(k)) counts them) over the distinct keys of both,
  // counted in place: this runs for every candidate of every tagged item, and the arrays hold a few keys.
  let shared = 0;
  for (const k of a.facts) if (b.facts.includes(k)) shared++;
  let union = 0;
  for (let i = 0; i < a.facts.length; i++) if (a.facts.indexOf(a.facts[i]!) === i) union++;
  for (let i = 0; i < b.facts.length; i++) { const k = b.facts[i]!; if (b.facts.indexOf(k) === i && !a.facts.includes(k)) union++; }
  const facts = shared / union;
  // A bonus, not a vote: every story on the US divest-or-ban law shares that subject, so facts alone must not match.
  return Math.min(1, text + FACT_BONUS * facts);
}

/**
 * The most similar candidate at or above the threshold (the first of equals), or null. `accepts`, when given, must
 * also hold; it is asked only of a candidate that would be the best so far, so a costly check runs rarely.
 */
export function findMatchingCluster<C extends { id: string; fingerprint?: StoryFingerprint | null }>(
  fp: StoryFingerprint,
  candidates: readonly C[],
  threshold = CLUSTER_THRESHOLD,
  accepts?: (candidate: C) => boolean,
): { id: string; similarity: number; candidate: C } | null {
  let best: C | null = null;
  let bestSimilarity = -1;
  for (const c of candidates) {
    if (!c.fingerprint) continue;
    const similarity = fingerprintSimilarity(fp, c.fingerprint);
    if (similarity >= threshold && similarity > bestSimilarity && (!accepts || accepts(c))) { best = c; bestSimilarity = similarity; }
  }
  return best ? { id: best.id, similarity: bestSimilarity, candidate: best } : null;
}
