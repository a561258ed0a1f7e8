// The trained classifier as it is stored in the repository (classifier-model.json): versioned, with the feature
// set and label sets it was trained for, decision thresholds, and per head a bias and weights by hashed feature
// bucket — no vocabulary strings and no copied text. Weights are kept to 4 decimals (stored ×10⁴ as integers) and
// buckets delta-encoded, so the file is small and the same training gives the same bytes.
import { z } from 'zod';
import { TAGS, type Tag } from '../../taxonomy.ts';
import type { BanFact, GmvKind } from '../../types.ts';
import { WeightTable, type BinaryModel } from './logistic-regression.ts';
import { HASH_BITS } from './text-features.ts';
import { FEATURE_SET } from './item-features.ts';

/** Bumped when the file's shape or meaning changes. */
export const MODEL_VERSION = 1;
export const KIND_LABELS: GmvKind[] = ['actual', 'target', 'forecast'];
export const BY_LABELS: BanFact['by'][] = ['platform', 'government', 'court'];
const SCALE = 10_000;

export interface TagThreshold { withFact: number; alone: number | null }

export interface StoredHead { bias: number; buckets: number[]; weights: number[] }

export interface ModelFile {
  version: number;
  featureSet: string;
  hashBits: number;
  labels: { tags: Tag[]; kinds: GmvKind[]; by: BanFact['by'][] };
  /**
   * Probability at or above which a head says yes, chosen by cross-validation (scripts/tune-thresholds.ts):
   * per tag, with an extracted fact of its type (`withFact`) and without one (`alone`, a value-less fact stands
   * in; null: never).
   */
  thresholds: { tags: Record<Tag, TagThreshold>; market: number; kindOverride: number; byOverride: number };
  trainedOn: { items: number; en: number; zh: number };
  heads: {
    tags: Record<Tag, StoredHead>;
    market: StoredHead;
    kind: Record<GmvKind, StoredHead>;
    by: Record<BanFact['by'], StoredHead>;
  };
}

export interface LoadedModel {
  thresholds: ModelFile['thresholds'];
  tags: Record<Tag, BinaryModel>;
  market: BinaryModel;
  kind: Record<GmvKind, BinaryModel>;
  by: Record<BanFact['by'], BinaryModel>;
}

export function storeHead(m: BinaryModel): StoredHead {
  const entries = [...m.weights].map(([b, w]) => [b, Math.round(w * SCALE)] as const).filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
  let prev = 0;
  const buckets = entries.map(([b]) => { const d = b - prev; prev = b; return d; });
  return { bias: Math.round(m.bias * SCALE) / SCALE, buckets, weights: entries.map(([, w]) => w) };
}

function loadHead(h: StoredHead): BinaryModel {
  const weights = new Map<number, number>();
  let b = 0;
  h.buckets.forEach((d, i) => { b += d; weights.set(b, h.weights[i]! / SCALE); });
  return { bias: h.bias, weights };
}

const head = z.strictObject({ bias: z.number(), buckets: z.array(z.number().int().nonnegative()), weights: z.array(z.number().int()) })
  .refine((h) => h.buckets.length === h.weights.length, 'buckets and weights differ in length');
const probability = z.number().min(0).max(1);
const tagThreshold = z.strictObject({ withFact: probability, alone: probability.nullable() });
const schema = z.strictObject({
  version: z.literal(MODEL_VERSION),
  featureSet: z.literal(FEATURE_SET),
  hashBits: z.literal(HASH_BITS),
  labels: z.strictObject({
    tags: z.tuple([z.literal(TAGS[0]), z.literal(TAGS[1]), z.literal(TAGS[2]), z.literal(TAGS[3])]),
    kinds: z.tuple([z.literal('actual'), z.literal('target'), z.literal('forecast')]),
    by: z.tuple([z.literal('platform'), z.literal('government'), z.literal('court')]),
  }),
  thresholds: z.strictObject({
    tags: z.strictObject({ launch: tagThreshold, threshold_change: tagThreshold, ban: tagThreshold, gmv_figure: tagThreshold }),
    market: probability, kindOverride: probability, byOverride: probability,
  }),
  trainedOn: z.strictObject({ items: z.number().int(), en: z.number().int(), zh: z.number().int() }),
  heads: z.strictObject({
    tags: z.strictObject({ launch: head, threshold_change: head, ban: head, gmv_figure: head }),
    market: head,
    kind: z.strictObject({ actual: head, target: head, forecast: head }),
    by: z.strictObject({ platform: head, government: head, court: head }),
  }),
});

/**
 * Gives each group of heads scored together (the four tag heads, the market head, the kind heads, the `by` heads)
 * one weight table (logistic-regression.ts): scoring an item is then a small-table probe per feature instead of a
 * Map lookup per head. The dot products were a third of classification, most of it waiting for memory.
 */
function addWeightTables(groups: BinaryModel[][]): void {
  for (const heads of groups) {
    const table = new WeightTable(heads);
    heads.forEach((h, head) => { h.table = { table, head }; });
  }
}

/** Checks a stored model against what this code declares and makes it usable; throws naming what does not fit. */
export function loadModel(json: unknown, where = 'classifier model'): LoadedModel {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${where}: ${issue.path.join('.') || 'file'}: ${issue.message} — retrain with \`npm run train\``);
  }
  const f = parsed.data as ModelFile;
  const map = <K extends string>(o: Record<K, StoredHead>) => Object.fromEntries(Object.entries(o).map(([k, h]) => [k, loadHead(h as StoredHead)])) as Record<K, BinaryModel>;
  const loaded = { thresholds: f.thresholds, tags: map(f.heads.tags), market: loadHead(f.heads.market), kind: map(f.heads.kind), by: map(f.heads.by) };
  addWeightTables([TAGS.map((t) => loaded.tags[t]), [loaded.market], KIND_LABELS.map((k) => loaded.kind[k]), BY_LABELS.map((b) => loaded.by[b])]);
  return loaded;
}
