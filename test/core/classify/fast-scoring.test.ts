// The ingest path scores an item from its features' parts without building the vectors (probabilitiesOf); the
// trained heads were fitted on the vectors themselves (itemFeatures, marketCandidates, the fact features), so the
// two must give the same probabilities to the last bit, or classification would drift from what training and
// threshold tuning measured.
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../../src/core/taxonomy.ts';
import type { BanFact, GmvFact } from '../../../src/core/types.ts';
import { buildItemContext } from '../../../src/core/classify/item-context.ts';
import { runExtractors } from '../../../src/core/classify/model/run-extractors.ts';
import { scoreItem } from '../../../src/core/classify/model/apply-model.ts';
import { banFactFeatures, banFactParts, gmvFactFeatures, gmvFactParts, itemFeatureParts, itemFeatures, marketCandidates } from '../../../src/core/classify/model/item-features.ts';
import { probabilities, probabilitiesOf, probability } from '../../../src/core/classify/model/logistic-regression.ts';
import { BY_LABELS, KIND_LABELS, loadModel } from '../../../src/core/classify/model/model-file.ts';
import committed from '../../../src/core/classify/model/classifier-model.json' with { type: 'json' };

const model = loadModel(committed);

const ITEMS: { title: string | null; text: string; lang?: 'en' | 'zh'; published?: string }[] = [
  { title: 'TikTok Shop opens in Spain and Ireland next month', text: 'Sellers in Spain must hold a local business licence and pay a $500 deposit. The shop expects $2 billion in sales a year.', lang: 'en', published: '2025-03-01' },
  { title: 'Indonesia bans sales on social media, TikTok Shop halts checkout', text: 'The trade ministry said the rule takes effect at once. TikTok said it would comply.', lang: 'en' },
  { title: 'TikTok Shop美国站达人门槛从1000粉丝降至500粉丝', text: '平台表示，新规自下月起生效。美国站上半年GMV约90亿美元，同比增长超过一倍。', lang: 'zh' },
  { title: 'Walmart expands same-day delivery to 300 more stores', text: 'The retailer said same-day delivery now reaches 20% more households across the United States.', lang: 'en' },
  { title: 'Douyin e-commerce GMV passed ¥3 trillion in 2024', text: '', lang: 'en' },
  { title: null, text: 'A court in Montana blocked the state ban on TikTok. Shoppers in the US spent $100 million on the app over Black Friday weekend, while Temu and Shein cut prices in Mexico and Brazil.', lang: 'en' },
];

describe('scoring an item from its feature parts', () => {
  it('gives the tag and market heads the probabilities of the vectors they were trained on, bit for bit', () => {
    for (const item of ITEMS) {
      const ctx = buildItemContext(item);
      const facts = runExtractors(ctx);
      const fast = scoreItem(ctx, facts, model);
      const tags = probabilities(TAGS.map((t) => model.tags[t]), itemFeatures(ctx, facts));
      expect(TAGS.map((t) => fast.tags[t])).toEqual(tags);
      expect(fast.markets).toEqual(marketCandidates(ctx, facts).map((c) => ({ market: c.market, p: probability(model.market, c.x) })));
    }
  });

  it('gives the kind and `by` heads the probabilities of the fact vectors, bit for bit', () => {
    let read = 0;
    for (const item of ITEMS) {
      const ctx = buildItemContext(item);
      for (const f of runExtractors(ctx)) {
        if (f.type === 'gmv') {
          const heads = KIND_LABELS.map((k) => model.kind[k]);
          const { counts, dense } = gmvFactParts(ctx, f as GmvFact);
          expect(probabilitiesOf(heads, counts, dense)).toEqual(probabilities(heads, gmvFactFeatures(ctx, f as GmvFact)));
          read++;
        } else if (f.type === 'ban') {
          const heads = BY_LABELS.map((b) => model.by[b]);
          const { counts, dense } = banFactParts(ctx, f as BanFact);
          expect(probabilitiesOf(heads, counts, dense)).toEqual(probabilities(heads, banFactFeatures(ctx, f as BanFact)));
          read++;
        }
      }
    }
    expect(read).toBeGreaterThanOrEqual(3);
  });

  it('scores heads that were not loaded as one group the same way (no shared weight table)', () => {
    const ctx = buildItemContext(ITEMS[0]!);
    const facts = runExtractors(ctx);
    const apart = [model.tags.ban, model.tags.launch];
    const { counts, dense } = itemFeatureParts(ctx, facts);
    expect(probabilitiesOf(apart, counts, dense)).toEqual(probabilities(apart, itemFeatures(ctx, facts)));
  });
});
