// Tags, markets and facts of one feed item, by the rules of TAXONOMY.md. Pure and fast: the patterns are compiled
// once at module load and each item is read sentence by sentence. A tag is set exactly when a fact of its kind
// was found, so every alert can say what it is about.
import type { Market, Tag } from '../taxonomy.ts';
import type { Classification, Fact } from '../types.ts';
import { extractBans } from './extract-ban.ts';
import { extractGmv } from './extract-gmv.ts';
import { extractLaunches } from './extract-launch.ts';
import { extractThresholds } from './extract-threshold.ts';
import { buildItemContext } from './item-context.ts';

export interface ClassifyInput {
  title: string;
  text: string;
  lang?: 'en' | 'zh';
  published?: string | null;
}

const TAG_OF: Record<Fact['type'], Tag> = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' };
const TAG_ORDER: Tag[] = ['launch', 'threshold_change', 'ban', 'gmv_figure'];

/** Classifies an item. `feedMarkets` are used only when the text names no market. */
export function classifyItem(input: ClassifyInput, opts: { feedMarkets?: Market[] } = {}): Classification {
  const ctx = buildItemContext(input, opts.feedMarkets ?? []);
  const facts: Fact[] = [...extractLaunches(ctx), ...extractThresholds(ctx), ...extractBans(ctx), ...extractGmv(ctx)];
  const tagSet = new Set(facts.map((f) => TAG_OF[f.type]));
  const markets = [...ctx.markets];
  for (const f of facts) if (f.market && !markets.includes(f.market)) markets.push(f.market);
  // GLOBAL stands in only when no country is named.
  const specific = markets.filter((m) => m !== 'GLOBAL');
  return {
    tags: TAG_ORDER.filter((t) => tagSet.has(t)),
    markets: specific.length && !facts.some((f) => f.market === 'GLOBAL') ? specific : markets,
    facts,
  };
}
