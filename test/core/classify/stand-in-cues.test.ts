// The cheap second stage on the ingest path: an item that says nothing a stand-in fact could rest on skips the tag
// heads, and must come out as the full classifier would have it; an item with a real fact keeps it.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { buildItemContext } from '../../../src/core/classify/item-context.ts';
import { mayStandIn } from '../../../src/core/classify/model/stand-in-cues.ts';
import { TAGS } from '../../../src/core/taxonomy.ts';

const retail = { title: 'Retail footfall in Leeds rose 4% in March', text: 'Shoppers returned to the high street as department stores reported a busy Easter weekend; online sales were flat.' };
const threshold = {
  title: 'TikTok Shop UK raises the bar for new sellers',
  text: 'From 1 March, new sellers on TikTok Shop in the UK must have at least 1,000 followers before they can list products, up from 500.',
};

describe('the stand-in stage', () => {
  it('turns away retail news that names no TikTok, start, requirement or prohibition, and leaves it untagged', () => {
    const ctx = buildItemContext({ ...retail, lang: 'en' });
    expect(TAGS.filter((t) => mayStandIn(ctx, t))).toEqual([]);
    expect(classifyItem({ ...retail, lang: 'en', published: '2026-04-02' })).toEqual({ tags: [], markets: [], facts: [] });
  });

  it('keeps the fact of a TikTok Shop threshold change', () => {
    expect(mayStandIn(buildItemContext({ ...threshold, lang: 'en' }), 'threshold_change')).toBe(true);
    const c = classifyItem({ ...threshold, lang: 'en', published: '2026-02-01' });
    expect(c.tags).toEqual(['threshold_change']);
    expect(c.markets).toEqual(['UK']);
    expect(c.facts).toEqual([{ type: 'threshold', market: 'UK', subject: 'creator_followers', from: 500, to: 1000 }]);
  });

  it('lets a launch stand in only where TikTok, Douyin or a start word is named', () => {
    expect(mayStandIn(buildItemContext({ title: 'Shopping app arrives in Spain', text: 'The platform is now rolling out in Spain.' }), 'launch')).toBe(true);
    expect(mayStandIn(buildItemContext({ title: 'TikTok Shop in Spain', text: 'Shoppers in Madrid can buy in the app.' }), 'launch')).toBe(true);
    expect(mayStandIn(buildItemContext({ title: 'Amazon parcels up 9%', text: 'The retailer shipped more parcels in Spain.' }), 'launch')).toBe(false);
    expect(mayStandIn(buildItemContext({ title: 'Douyin GMV', text: 'Douyin sold more this year.' }), 'gmv_figure')).toBe(false);
  });
});
