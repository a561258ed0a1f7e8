// When a tag head may state a stand-in fact (a value-less fact where no extractor found one, apply-model.ts): only
// when the item says something of the tag's kind at all. By TAXONOMY a launch is TikTok Shop (or one of its lines)
// starting, so the item names TikTok or Douyin, or uses a start word; a threshold change is about a requirement or
// a bar to clear; a ban is a prohibition. An item without any of these cannot state the fact, whatever its other
// wording, and then the tag heads need not be read at all: this is the cheap second stage on the ingest path,
// where most items that pass the commerce first pass are retail news with no candidate fact (docs/BENCHMARKS.md).
// Measured on the work set: no item it turns away had a tag probability above 0.06 (stand-in thresholds 0.4–0.6).
import type { Tag } from '../../taxonomy.ts';
import type { ItemContext } from '../item-context.ts';
import { cueHitsOf, cueIndex, hasCue } from './item-features.ts';

const NEEDS: Partial<Record<Tag, { cues: number[]; platforms: string[] }>> = {
  launch: { cues: [cueIndex('launch')], platforms: ['tiktok_shop', 'douyin'] },
  threshold_change: { cues: [cueIndex('require'), cueIndex('bar')], platforms: [] },
  ban: { cues: [cueIndex('ban')], platforms: [] },
};

/** Whether the item says anything a stand-in fact of `tag` could rest on (GMV never stands in). */
export function mayStandIn(ctx: ItemContext, tag: Tag): boolean {
  const needs = NEEDS[tag];
  if (!needs) return false;
  // The cues are read once per item (item-features.ts), shared with the features.
  const hits = cueHitsOf(ctx);
  return ctx.sentences.some((s, i) => s.platforms.some((p) => needs.platforms.includes(p.platform)) || needs.cues.some((c) => hasCue(ctx, hits, i, c)));
}
