// The classifier on the facts check set (test/core/classify/facts-check-set.ts): our own excerpts for GMV, threshold
// and ban facts. Its scores before the rules were changed are in docs/EVALUATION.md; these bars keep what a user
// would notice — a wrong figure, bar or imposer on more than about one fact in ten, a fact for a call for a ban or a
// market total — from coming back, and a headline from stating what its item does not.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { scoreClassifications, scoreHeadlineFacts, type ScoredPair } from '../../../src/core/classify/eval-scores.ts';
import { FACTS_CHECK_SET } from './facts-check-set.ts';

const gold = (i: (typeof FACTS_CHECK_SET)[number]) => ({ tags: i.tags, markets: i.markets, facts: i.facts });
const classify = (i: (typeof FACTS_CHECK_SET)[number], text = i.text) => classifyItem({ title: i.title, text, lang: i.lang, published: i.published });

describe('classifyItem on the facts check set', () => {
  it('covers GMV, threshold and ban facts in both languages, with negatives, more than half of it Chinese', () => {
    for (const lang of ['en', 'zh'] as const) {
      const items = FACTS_CHECK_SET.filter((i) => i.lang === lang);
      for (const type of ['gmv', 'threshold', 'ban'] as const) expect(items.some((i) => i.facts.some((f) => f.type === type))).toBe(true);
      expect(items.some((i) => i.facts.length === 0)).toBe(true);
    }
    expect(FACTS_CHECK_SET.filter((i) => i.lang === 'zh').length * 2).toBeGreaterThan(FACTS_CHECK_SET.length);
    expect(new Set(FACTS_CHECK_SET.map((i) => i.id)).size).toBe(FACTS_CHECK_SET.length);
  });

  for (const lang of [undefined, 'en', 'zh'] as const) {
    it(`states the labeled GMV, threshold and ban facts, and no others of those kinds (${lang ?? 'all'})`, () => {
      const pairs: ScoredPair[] = FACTS_CHECK_SET.filter((i) => !lang || i.lang === lang).map((i) => ({ id: i.id, gold: gold(i), pred: classify(i) }));
      const s = scoreClassifications(pairs);
      const figures = {
        gmvExact: s.facts.gmv.matched.exact!, gmvPrecision: s.facts.gmv.precision.exact!,
        thresholdSubject: s.facts.threshold.matched.subject!, thresholdPrecision: s.facts.threshold.precision.subject!,
        banBy: s.facts.ban.matched.by!, banPrecision: s.facts.ban.precision.by!,
      };
      for (const [figure, r] of Object.entries(figures)) expect({ figure, ok: r >= 0.9, r }).toMatchObject({ figure, ok: true });
    });
  }

  // A headline cannot know that its body adds "以上" to a rounded target or the USD value beside a yuan figure; short of
  // that, it states what its item states.
  it('states from a headline alone almost only facts its item states', () => {
    const h = scoreHeadlineFacts(FACTS_CHECK_SET.map((i) => ({ id: i.id, gold: gold(i), pred: classify(i, '') })));
    expect({ precision: (h.precision ?? 1) >= 0.9, unsupported: h.unsupported }).toMatchObject({ precision: true });
  });
});
