// "Did you mean …?" for typos in commands, markets and tags: edit distance over the known words.

/** Words longer than any known word by this much are no typo of one: never compared (a 100 KB "word" costs nothing). */
const MAX_EXTRA_LENGTH = 8;

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: "gvm" → "gmv" is one edit), or
 * `limit + 1` as soon as it is known to exceed `limit`: the length difference alone, or a whole row above it.
 * Three rolling rows, so memory stays proportional to the shorter word.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The known word nearest to `word`, if it is close enough to be a plausible typo. */
export function closestWord(word: string, known: readonly string[]): string | null {
  const longest = known.reduce((n, k) => Math.max(n, k.length), 0);
  if (word.length > longest + MAX_EXTRA_LENGTH) return null;
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(w, k, Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
