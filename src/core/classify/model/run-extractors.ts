// Every value extractor over one item, in a fixed order: the candidate facts the trained heads then keep or drop.
import type { Fact } from '../../types.ts';
import { extractBans } from '../extract-ban.ts';
import { extractGmv } from '../extract-gmv.ts';
import { extractLaunches } from '../extract-launch.ts';
import { extractThresholds } from '../extract-threshold.ts';
import type { ItemContext } from '../item-context.ts';

export function runExtractors(ctx: ItemContext): Fact[] {
  return [...extractLaunches(ctx), ...extractThresholds(ctx), ...extractBans(ctx), ...extractGmv(ctx)];
}
