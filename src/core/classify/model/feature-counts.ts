// Counts of named text features without building the names. A feature's name is a prefix, a kind letter and the
// n-gram or words ("Tc抖音", "wshop", "bshop in"); its bucket is FNV-1a of the name's UTF-8 bytes, exactly as
// `fnv1a(name)` gives it, but computed by continuing the hash over the text's bytes, so no substring, no name
// string and no TextEncoder call per feature. Names are told apart by that hash plus a second, independent one
// (64 bits in all), so two names that share a bucket are still counted apart, as a Map keyed by name would.
// This is the hot loop of classification on the ingest path (docs/BENCHMARKS.md).

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const ALT_OFFSET = 0x2f1b3c4d | 0;
const ALT_PRIME = 0x5bd1e995;

/** FNV-1a (and the second hash) of ASCII `text`: the state after a prefix. */
function asciiState(text: string): [number, number] {
  let h = FNV_OFFSET;
  let g = ALT_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const b = text.charCodeAt(i);
    h = Math.imul(h ^ b, FNV_PRIME);
    g = Math.imul(g ^ b, ALT_PRIME) ^ (g >>> 15);
  }
  return [h, g];
}

const stateCache = new Map<string, [number, number]>();
function prefixState(prefix: string): [number, number] {
  let s = stateCache.get(prefix);
  if (!s) { s = asciiState(prefix); stateCache.set(prefix, s); }
  return s;
}

/** Feature name hashes (fnv, alt) → count, in order of first occurrence. */
export class FeatureCounts {
  /** FNV-1a of each distinct name, in order of first occurrence. */
  fnv: Int32Array;
  counts: Int32Array;
  size = 0;
  private alt: Int32Array;
  private table: Int32Array;
  /** Where each name sits in `table`, to clear just those slots. */
  private at: Int32Array;

  constructor(capacity = 256) {
    this.fnv = new Int32Array(capacity);
    this.alt = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.at = new Int32Array(capacity);
    this.table = new Int32Array(capacity * 2).fill(-1);
  }

  /** Empties the counts, keeping the buffers. */
  clear(): void {
    for (let e = 0; e < this.size; e++) this.table[this.at[e]!] = -1;
    this.size = 0;
  }

  add(h: number, g: number): void {
    const mask = this.table.length - 1;
    let pos = (h ^ Math.imul(g, 0x9e3779b1)) & mask;
    for (;;) {
      const e = this.table[pos]!;
      if (e < 0) break;
      if (this.fnv[e] === h && this.alt[e] === g) { this.counts[e]!++; return; }
      pos = (pos + 1) & mask;
    }
    if (this.size === this.fnv.length) { this.grow(); this.add(h, g); return; }
    const e = this.size++;
    this.fnv[e] = h;
    this.alt[e] = g;
    this.counts[e] = 1;
    this.at[e] = pos;
    this.table[pos] = e;
  }

  private grow(): void {
    const cap = this.fnv.length * 2;
    const grown = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    this.fnv = grown(this.fnv);
    this.alt = grown(this.alt);
    this.counts = grown(this.counts);
    this.at = new Int32Array(cap);
    this.table = new Int32Array(cap * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let e = 0; e < this.size; e++) {
      let pos = (this.fnv[e]! ^ Math.imul(this.alt[e]!, 0x9e3779b1)) & mask;
      while (this.table[pos]! >= 0) pos = (pos + 1) & mask;
      this.table[pos] = e;
      this.at[e] = pos;
    }
  }
}

// Scratch buffers for one text at a time (grown when a text is longer): its UTF-8 bytes, where each code point
// starts, per start position the hashes of the n-grams beginning there, and where the next CJK character is.
let bytes = new Uint8Array(4096);
let starts = new Int32Array(1025);
let nextCjk = new Int32Array(1025);
let gramH = new Int32Array(4 * 1024);
let gramG = new Int32Array(4 * 1024);
const encoder = new TextEncoder();

function isWhitespace(cp: number): boolean {
  // The characters String.prototype.trim removes (\s).
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
    || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

function codePointAt(pos: number): number {
  const b0 = bytes[pos]!;
  if (b0 < 0x80) return b0;
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | (bytes[pos + 1]! & 0x3f);
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((bytes[pos + 1]! & 0x3f) << 6) | (bytes[pos + 2]! & 0x3f);
  return ((b0 & 0x07) << 18) | ((bytes[pos + 1]! & 0x3f) << 12) | ((bytes[pos + 2]! & 0x3f) << 6) | (bytes[pos + 3]! & 0x3f);
}

function isWordByte(b: number, first: boolean): boolean {
  // [a-z0] to start a word, [a-z0'&-] inside it (normaliseText folded digits to 0 and lower-cased).
  return (b >= 0x61 && b <= 0x7a) || b === 0x30 || (!first && (b === 0x27 || b === 0x26 || b === 0x2d));
}

/**
 * Adds to `into` the character minN–maxN-grams of `text` (single characters only when CJK, none all whitespace;
 * with `cjkGramsOnly`, only n-grams with a CJK character in them), its words and word bigrams, named `${prefix}c…`,
 * `${prefix}w…`, `${prefix}b… …`, in that order.
 */
export function countTextFeatures(into: FeatureCounts, text: string, prefix: string, isCjk: (cp: number) => boolean, maxN: number, minN: number, cjkGramsOnly = false): void {
  if (bytes.length < text.length * 3 + 4) bytes = new Uint8Array(text.length * 3 + 4);
  const { written } = encoder.encodeInto(text, bytes);
  const nBytes = written ?? 0;
  let len = 0;
  if (starts.length < text.length + 1) { starts = new Int32Array(text.length + 1); nextCjk = new Int32Array(text.length + 1); }
  for (let p = 0; p < nBytes; p++) if ((bytes[p]! & 0xc0) !== 0x80) starts[len++] = p;
  starts[len] = nBytes;
  if (cjkGramsOnly) {
    nextCjk[len] = len;
    for (let i = len - 1; i >= 0; i--) nextCjk[i] = bytes[starts[i]!]! >= 0xe0 && isCjk(codePointAt(starts[i]!)) ? i : nextCjk[i + 1]!;
    // Text without CJK (most English) has no n-grams to count: only its words.
    if (nextCjk[0] === len) { countWords(into, nBytes, prefix); return; }
  }
  if (gramH.length < maxN * len) { gramH = new Int32Array(maxN * len); gramG = new Int32Array(maxN * len); }
  const [h0, g0] = prefixState(`${prefix}c`);
  for (let i = 0; i < len; i++) {
    let h = h0;
    let g = g0;
    let p = starts[i]!;
    for (let n = 1; n <= maxN && i + n <= len; n++) {
      for (const end = starts[i + n]!; p < end; p++) {
        const b = bytes[p]!;
        h = Math.imul(h ^ b, FNV_PRIME);
        g = Math.imul(g ^ b, ALT_PRIME) ^ (g >>> 15);
      }
      gramH[(n - 1) * len + i] = h;
      gramG[(n - 1) * len + i] = g;
    }
  }
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= len; i++) {
      if (n === 1 && !isCjk(codePointAt(starts[i]!))) continue;
      if (cjkGramsOnly && nextCjk[i]! >= i + n) continue;
      let blank = true;
      for (let k = i; k < i + n && blank; k++) blank = isWhitespace(codePointAt(starts[k]!));
      if (blank) continue;
      into.add(gramH[(n - 1) * len + i]!, gramG[(n - 1) * len + i]!);
    }
  }
  countWords(into, nBytes, prefix);
}

let wordStart = new Int32Array(512);
let wordEnd = new Int32Array(512);

function countWords(into: FeatureCounts, nBytes: number, prefix: string): void {
  let count = 0;
  for (let p = 0; p < nBytes;) {
    if (!isWordByte(bytes[p]!, true)) { p++; continue; }
    const s = p++;
    while (p < nBytes && isWordByte(bytes[p]!, false)) p++;
    if (count === wordStart.length) {
      const a = new Int32Array(count * 2); a.set(wordStart); wordStart = a;
      const b = new Int32Array(count * 2); b.set(wordEnd); wordEnd = b;
    }
    wordStart[count] = s;
    wordEnd[count++] = p;
  }
  const [hw, gw] = prefixState(`${prefix}w`);
  const [hb, gb] = prefixState(`${prefix}b`);
  for (let i = 0; i < count; i++) {
    let h = hw;
    let g = gw;
    for (let p = wordStart[i]!; p < wordEnd[i]!; p++) { const b = bytes[p]!; h = Math.imul(h ^ b, FNV_PRIME); g = Math.imul(g ^ b, ALT_PRIME) ^ (g >>> 15); }
    into.add(h, g);
    if (i + 1 < count) {
      h = hb;
      g = gb;
      for (let p = wordStart[i]!; p < wordEnd[i]!; p++) { const b = bytes[p]!; h = Math.imul(h ^ b, FNV_PRIME); g = Math.imul(g ^ b, ALT_PRIME) ^ (g >>> 15); }
      h = Math.imul(h ^ 0x20, FNV_PRIME); g = Math.imul(g ^ 0x20, ALT_PRIME) ^ (g >>> 15);
      for (let p = wordStart[i + 1]!; p < wordEnd[i + 1]!; p++) { const b = bytes[p]!; h = Math.imul(h ^ b, FNV_PRIME); g = Math.imul(g ^ b, ALT_PRIME) ^ (g >>> 15); }
      into.add(h, g);
    }
  }
}
