// Every value extractor over one item, in a fixed order: the candidate facts the trained heads then keep or drop.
// An extractor runs only when the item says what a fact of its kind needs (commerce-prefilter.ts): the others
// would find nothing, so the candidates are the same.
import type { Fact } from '../../types.ts';
import { extractBans } from '../extract-ban.ts';
import { extractGmv } from '../extract-gmv.ts';
import { extractLaunches } from '../extract-launch.ts';
import { extractThresholds } from '../extract-threshold.ts';
import type { ItemContext } from '../item-context.ts';
import { FactKinds } from './commerce-prefilter.ts';

export function runExtractors(ctx: ItemContext, opts: { all?: boolean } = {}): Fact[] {
  const may = opts.all ? { launch: true, threshold: true, ban: true, gmv: true } : new FactKinds(ctx);
  return [
    ...(may.launch ? extractLaunches(ctx) : []),
    ...(may.threshold ? extractThresholds(ctx) : []),
    ...(may.ban ? extractBans(ctx) : []),
    ...(may.gmv ? extractGmv(ctx) : []),
  ];
}
