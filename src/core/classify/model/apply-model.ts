// The trained heads' decisions over an item's candidate facts. A tag is set exactly when the item states a fact of
// its type (TAXONOMY's Labeling rules), so a tag needs both the tag head's yes and a fact: the extractor's, or for
// tags whose facts can stand without values, a fact with only what the item gives (market, nulls). The market head
// picks the item's markets among those it names; the kind and `by` heads correct a fact's kind or `by` when sure.
import { TAGS, type Market, type Tag } from '../../taxonomy.ts';
import type { BanFact, Classification, Fact, GmvKind } from '../../types.ts';
import type { ItemContext } from '../item-context.ts';
import { banFactFeatures, gmvFactFeatures, itemFeatures, marketCandidates } from './item-features.ts';
import { probability, type BinaryModel } from './logistic-regression.ts';
import { BY_LABELS, KIND_LABELS, type LoadedModel } from './model-file.ts';

const TAG_OF: Record<Fact['type'], Tag> = { launch: 'launch', threshold: 'threshold_change', ban: 'ban', gmv: 'gmv_figure' };

/**
 * Tags whose head may stand in for a missing extractor fact with a value-less fact (chosen by cross-validation;
 * GMV never: a GMV fact without an amount says nothing).
 */
export const FALLBACK_FACT: Record<Tag, boolean> = { launch: true, threshold_change: true, ban: true, gmv_figure: false };

function best<K extends string>(heads: Record<K, BinaryModel>, labels: K[], x: Parameters<typeof probability>[1]): { label: K; p: number } {
  const ps = labels.map((l) => probability(heads[l], x));
  const sum = ps.reduce((a, b) => a + b, 0) || 1;
  let i = 0;
  for (let k = 1; k < ps.length; k++) if (ps[k]! > ps[i]!) i = k;
  return { label: labels[i]!, p: ps[i]! / sum };
}

function fallbackFact(tag: Tag, market: Market | null, ctx: ItemContext, model: LoadedModel): Fact | null {
  switch (tag) {
    case 'threshold_change': return { type: 'threshold', market, subject: 'other', from: null, to: null };
    case 'launch': return { type: 'launch', market, date: null, what: 'TikTok Shop' };
    case 'ban': {
      const x = banFactFeatures(ctx, { type: 'ban', market, by: 'government', target: 'TikTok Shop' });
      return { type: 'ban', market, by: best(model.by, BY_LABELS, x).label, target: 'TikTok Shop' };
    }
    default: return null;
  }
}

export function applyModel(ctx: ItemContext, candidates: Fact[], model: LoadedModel): Classification {
  const x = itemFeatures(ctx, candidates);
  const scored = marketCandidates(ctx, candidates).map((c) => ({ market: c.market, p: probability(model.market, c.x) }));
  let markets = scored.filter((c) => c.p >= model.thresholds.market).map((c) => c.market);

  const facts: Fact[] = [];
  const tags: Tag[] = [];
  for (const tag of TAGS) {
    if (probability(model.tags[tag], x) < model.thresholds.tags[tag]) continue;
    const own = candidates.filter((f) => TAG_OF[f.type] === tag);
    if (own.length) {
      facts.push(...own);
      tags.push(tag);
    } else if (FALLBACK_FACT[tag]) {
      const f = fallbackFact(tag, markets.length === 1 ? markets[0]! : null, ctx, model);
      if (f) { facts.push(f); tags.push(tag); }
    }
  }
  const corrected = facts.map((f) => {
    if (f.type === 'gmv') {
      const b = best<GmvKind>(model.kind, KIND_LABELS, gmvFactFeatures(ctx, f));
      return b.p >= model.thresholds.kindOverride && b.label !== f.kind ? { ...f, kind: b.label } : f;
    }
    if (f.type === 'ban') {
      const b = best<BanFact['by']>(model.by, BY_LABELS, banFactFeatures(ctx, f));
      return b.p >= model.thresholds.byOverride && b.label !== f.by ? { ...f, by: b.label } : f;
    }
    return f;
  });
  // GLOBAL stands beside named countries only when a fact is global.
  if (markets.length > 1 && markets.includes('GLOBAL') && !corrected.some((f) => f.market === 'GLOBAL')) markets = markets.filter((m) => m !== 'GLOBAL');
  return { tags, markets, facts: corrected };
}
