// L2-regularised binary logistic regression over sparse hashed features, trained with full-batch L-BFGS from zero
// weights: no randomness and a fixed iteration order, so the same items give the same weights bit for bit.
// Written here rather than taken from a library: the registry's ml-logistic-regression works on dense matrices
// (~10⁵ hashed features × items) and has no regularisation; see docs/adr/classifier-method.md for the measured
// comparison.
import { byBucket, hashedFeatures, runList, toSparse, type DenseFeatures, type HashedFeatures, type SparseVector } from './text-features.ts';
import type { FeatureCounts } from './feature-counts.ts';

export interface BinaryModel {
  bias: number;
  /** Bucket → weight; buckets not present weigh 0. */
  weights: Map<number, number>;
  /** The same weights for fast lookup (set by loadModel): this head is column `head` of `table`. */
  table?: { table: WeightTable; head: number };
}

/**
 * The weights of a group of heads scored together (the four tag heads; the kind heads; …) in one open-addressing
 * table keyed by bucket, a feature's weights for every head side by side. Scoring is memory-bound (an item has
 * hundreds of features, each a random read), so the table is kept small: weights that are whole multiples of
 * 10⁻⁴, as every stored model's are, are held as those integers and divided on use, which gives the same
 * Float64 product as the stored weight would.
 */
export class WeightTable {
  readonly heads: number;
  private readonly mask: number;
  /** Home slot = bucket >>> shift: in bucket order, so a vector's ascending buckets walk the table forwards. */
  private readonly shift: number;
  /**
   * Whole-multiple weights: per slot its bucket (-1: empty) and then each head's weight ×10⁴, side by side, so a
   * probe that finds its bucket has the weights in the same cache line.
   */
  private readonly fixed: Int32Array | null;
  /** Other weights: the slots' buckets, and their weights apart. */
  private readonly keys: Int32Array | null;
  private readonly float: Float64Array | null;

  constructor(models: BinaryModel[]) {
    const buckets = [...new Set(models.flatMap((m) => [...m.weights.keys()]))];
    let cap = 16;
    while (cap < buckets.length * 1.45) cap *= 2;
    this.heads = models.length;
    this.mask = cap - 1;
    let max = 0;
    for (const b of buckets) if (b > max) max = b;
    this.shift = Math.max(0, 32 - Math.clz32(max) - Math.log2(cap));
    const keys = new Int32Array(cap).fill(-1);
    const at = new Map<number, number>();
    for (const b of buckets) {
      let pos = (b >>> this.shift) & this.mask;
      while (keys[pos]! >= 0) pos = (pos + 1) & this.mask;
      keys[pos] = b;
      at.set(b, pos);
    }
    const whole = models.every((m) => [...m.weights.values()].every((w) => Math.abs(w) < 2 ** 31 / FIXED && Math.round(w * FIXED) / FIXED === w));
    const stride = this.heads + 1;
    this.fixed = whole ? new Int32Array(cap * stride) : null;
    this.keys = whole ? null : keys;
    this.float = whole ? null : new Float64Array(cap * this.heads);
    if (this.fixed) for (let pos = 0; pos < cap; pos++) this.fixed[pos * stride] = keys[pos]!;
    models.forEach((m, h) => {
      for (const [b, w] of m.weights) {
        if (this.fixed) this.fixed[at.get(b)! * stride + 1 + h] = Math.round(w * FIXED);
        else this.float![at.get(b)! * this.heads + h] = w;
      }
    });
  }

  /** Where bucket `b`'s weights start (in `fixed` or `float`), or -1 when no head of the group weighs it. */
  private find(b: number): number {
    let pos = (b >>> this.shift) & this.mask;
    if (this.fixed) {
      const stride = this.heads + 1;
      for (;;) {
        const k = this.fixed[pos * stride]!;
        if (k === b) return pos * stride + 1;
        if (k < 0) return -1;
        pos = (pos + 1) & this.mask;
      }
    }
    for (;;) {
      const k = this.keys![pos]!;
      if (k === b) return pos * this.heads;
      if (k < 0) return -1;
      pos = (pos + 1) & this.mask;
    }
  }

  /** Adds Σ weight·value over `x` to each head's `z`, features in order (the sums `score` would take). */
  addDots(x: SparseVector, z: Float64Array): void {
    const n = this.heads;
    for (let k = 0; k < x.idx.length; k++) {
      const at = this.find(x.idx[k]!);
      if (at < 0) continue;
      const v = x.val[k]!;
      if (this.fixed) for (let h = 0; h < n; h++) z[h] = z[h]! + (this.fixed[at + h]! / FIXED) * v;
      else for (let h = 0; h < n; h++) z[h] = z[h]! + this.float![at + h]! * v;
    }
  }

  /**
   * `addDots` over the vector `h` describes, without building it: only the buckets some head weighs are looked at,
   * and they are summed in ascending bucket order, as the vector's would be, so each sum is the same to the last bit.
   */
  addDotsOfHashed(h: HashedFeatures, z: Float64Array): void {
    // In bucket order the probes walk the table forwards (home slots are in bucket order), which the memory
    // system serves far faster than probes in the text's order.
    const all = runList(h.runs);
    for (let r = 0; r < h.runs; r++) all[r] = r;
    const sorted = byBucket(h, all, h.runs);
    const n = this.heads;
    for (let i = 0; i < h.runs; i++) {
      const r = sorted[i]!;
      const base = this.find(h.bucket[r]!);
      if (base < 0) continue;
      const v = h.value[r]!;
      if (this.fixed) for (let j = 0; j < n; j++) z[j] = z[j]! + (this.fixed[base + j]! / FIXED) * v;
      else for (let j = 0; j < n; j++) z[j] = z[j]! + this.float![base + j]! * v;
    }
  }

  /** Bias plus Σ weight·value of one head. */
  score(head: number, bias: number, x: SparseVector): number {
    let z = bias;
    for (let k = 0; k < x.idx.length; k++) {
      const at = this.find(x.idx[k]!);
      if (at < 0) continue;
      z += (this.fixed ? this.fixed[at + head]! / FIXED : this.float![at + head]!) * x.val[k]!;
    }
    return z;
  }
}

/** Stored weights are whole multiples of 1/FIXED (model-file.ts). */
const FIXED = 10_000;

export interface TrainOptions {
  /** L2 strength (λ in λ/2·|w|², per item-sum loss). */
  l2: number;
  iterations?: number;
  /** Weight of positive items relative to negatives (≥ 1 helps rare tags). */
  positiveWeight?: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function score(model: BinaryModel, x: SparseVector): number {
  const t = model.table;
  if (t) return t.table.score(t.head, model.bias, x);
  let z = model.bias;
  for (let k = 0; k < x.idx.length; k++) z += (model.weights.get(x.idx[k]!) ?? 0) * x.val[k]!;
  return z;
}

export function probability(model: BinaryModel, x: SparseVector): number {
  return sigmoid(score(model, x));
}

/**
 * The probabilities of several heads over one vector, each as `probability` gives it (the same sums in the same
 * order), in one pass when they were loaded as one group in this order.
 */
export function probabilities(models: BinaryModel[], x: SparseVector): number[] {
  const t = sharedTable(models);
  if (!t) return models.map((m) => probability(m, x));
  const z = new Float64Array(models.length);
  for (let h = 0; h < models.length; h++) z[h] = models[h]!.bias;
  t.addDots(x, z);
  return Array.from(z, sigmoid);
}

/** Whether `models` were loaded as one group, in this order (their weights in one table). */
function sharedTable(models: BinaryModel[]): WeightTable | null {
  const t = models[0]?.table?.table;
  if (!t || t.heads !== models.length || models.some((m, h) => m.table?.table !== t || m.table.head !== h)) return null;
  return t;
}

/**
 * `probabilities(models, toSparse(counts, dense))` to the last bit, without building the vector (the ingest path:
 * scoring an item is mostly this). `counts` and `dense` are emptied and kept for reuse, as toSparse does.
 */
export function probabilitiesOf(models: BinaryModel[], counts: FeatureCounts, dense: DenseFeatures | null): number[] {
  const t = sharedTable(models);
  if (!t) return probabilities(models, toSparse(counts, dense ?? undefined));
  const z = new Float64Array(models.length);
  for (let h = 0; h < models.length; h++) z[h] = models[h]!.bias;
  t.addDotsOfHashed(hashedFeatures(counts, dense), z);
  const ps = new Array<number>(models.length);
  for (let h = 0; h < models.length; h++) ps[h] = sigmoid(z[h]!);
  return ps;
}

/**
 * Drops buckets that occur in fewer than `minItems` items: a feature seen once cannot generalise, and dropping it
 * keeps the optimiser and the model file small.
 */
export function dropRareFeatures(xs: SparseVector[], minItems: number): SparseVector[] {
  const df = new Map<number, number>();
  for (const x of xs) for (const i of x.idx) df.set(i, (df.get(i) ?? 0) + 1);
  return xs.map((x) => {
    const keep = x.idx.map((i, k) => [i, x.val[k]!] as const).filter(([i]) => df.get(i)! >= minItems);
    return { idx: keep.map(([i]) => i), val: keep.map(([, v]) => v) };
  });
}

/** Fits one binary model; `ys` are 0/1. */
export function trainBinary(xs: SparseVector[], ys: number[], opts: TrainOptions): BinaryModel {
  // Dense local index of the buckets that occur, so the optimiser works on plain arrays.
  const buckets = [...new Set(xs.flatMap((x) => x.idx))].sort((a, b) => a - b);
  const local = new Map(buckets.map((b, i) => [b, i]));
  const rows = xs.map((x) => ({ idx: Int32Array.from(x.idx.map((b) => local.get(b)!)), val: Float64Array.from(x.val) }));
  const d = buckets.length + 1; // last slot: bias (not regularised)
  const pw = opts.positiveWeight ?? 1;
  const cw = ys.map((y) => (y ? pw : 1));

  const lossGrad = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (let r = 0; r < rows.length; r++) {
      const { idx, val } = rows[r]!;
      let z = w[d - 1]!;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const y = ys[r]!;
      // log(1 + e^{-yz}) with y in {-1, 1}, computed stably.
      const m = y ? z : -z;
      loss += cw[r]! * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const coef = cw[r]! * (sigmoid(z) - y);
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += coef * val[k]!;
      g[d - 1]! += coef;
    }
    for (let j = 0; j < d - 1; j++) {
      loss += 0.5 * opts.l2 * w[j]! * w[j]!;
      g[j]! += opts.l2 * w[j]!;
    }
    return loss;
  };

  const w = lbfgs(d, lossGrad, opts.iterations ?? 150);
  const weights = new Map<number, number>();
  for (let j = 0; j < buckets.length; j++) if (w[j] !== 0) weights.set(buckets[j]!, w[j]!);
  return { bias: w[d - 1]!, weights };
}

/** Minimises f from zero with limited-memory BFGS (m = 7) and a backtracking Armijo line search. */
function lbfgs(d: number, f: (w: Float64Array, g: Float64Array) => number, iterations: number): Float64Array {
  const M = 7;
  let w = new Float64Array(d);
  let g = new Float64Array(d);
  let fx = f(w, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const rhos: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < d; i++) s += a[i]! * b[i]!; return s; };
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: direction = -H·g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let i = ss.length - 1; i >= 0; i--) {
      const a = rhos[i]! * dot(ss[i]!, q);
      alpha[i] = a;
      for (let j = 0; j < d; j++) q[j]! -= a * ys[i]![j]!;
    }
    if (ss.length) {
      const last = ss.length - 1;
      const gamma = dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!);
      for (let j = 0; j < d; j++) q[j]! *= gamma;
    }
    for (let i = 0; i < ss.length; i++) {
      const b = rhos[i]! * dot(ys[i]!, q);
      for (let j = 0; j < d; j++) q[j]! += ss[i]![j]! * (alpha[i]! - b);
    }
    for (let j = 0; j < d; j++) q[j] = -q[j]!;
    let gd = dot(g, q);
    if (gd >= 0) { for (let j = 0; j < d; j++) q[j] = -g[j]!; gd = dot(g, q); ss.length = 0; ys.length = 0; rhos.length = 0; }
    let step = ss.length ? 1 : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    const wNew = new Float64Array(d);
    const gNew = new Float64Array(d);
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < d; j++) wNew[j] = w[j]! + step * q[j]!;
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(d);
    const y = new Float64Array(d);
    for (let j = 0; j < d; j++) { s[j] = wNew[j]! - w[j]!; y[j] = gNew[j]! - g[j]!; }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      ss.push(s); ys.push(y); rhos.push(1 / sy);
      if (ss.length > M) { ss.shift(); ys.shift(); rhos.shift(); }
    }
    const converged = Math.abs(fx - fNew) <= 1e-9 * Math.max(1, Math.abs(fx));
    w = wNew; g = gNew; fx = fNew;
    if (converged) break;
  }
  return w;
}
