// The classifier on our own challenge set (test/core/classify/challenge-set.ts): news-style excerpts in English and
// Chinese that the rules were not written from, scored with the same functions as `npm run eval`. The bars are those
// a user would notice: a tag or a market that is wrong on more than about one item in seven.
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { scoreClassifications, type ScoredPair } from '../../../src/core/classify/eval-scores.ts';
import { TAGS } from '../../../src/core/taxonomy.ts';
import { CHALLENGE_SET } from './challenge-set.ts';

function score(lang?: 'en' | 'zh') {
  const items = CHALLENGE_SET.filter((i) => !lang || i.lang === lang);
  const pairs: ScoredPair[] = items.map((i) => ({
    id: i.id,
    gold: { tags: i.tags, markets: i.markets, facts: i.facts },
    pred: classifyItem({ title: i.title, text: i.text, lang: i.lang, published: i.published }),
  }));
  return scoreClassifications(pairs);
}

describe('classifyItem on the challenge set', () => {
  it('has enough items, about half of them Chinese, covering every tag and no-tag distractors', () => {
    expect(CHALLENGE_SET.length).toBeGreaterThanOrEqual(60);
    const zh = CHALLENGE_SET.filter((i) => i.lang === 'zh').length;
    expect(zh / CHALLENGE_SET.length).toBeGreaterThan(0.4);
    for (const t of TAGS) expect(CHALLENGE_SET.filter((i) => i.tags.includes(t)).length).toBeGreaterThanOrEqual(8);
    expect(CHALLENGE_SET.filter((i) => i.tags.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(new Set(CHALLENGE_SET.map((i) => i.id)).size).toBe(CHALLENGE_SET.length);
  });

  for (const lang of [undefined, 'en', 'zh'] as const) {
    it(`scores per-tag F1 ≥ 0.85 and market exact-set accuracy ≥ 0.85 (${lang ?? 'all'})`, () => {
      const s = score(lang);
      const report = { misclassified: s.misclassified };
      for (const t of TAGS) expect({ tag: t, f1: s.tags[t].f1 >= 0.85, ...report }).toMatchObject({ tag: t, f1: true });
      expect({ marketExact: s.marketExact >= 0.85, ...report }).toMatchObject({ marketExact: true });
    });
  }

  it('reads GMV facts exactly (low/high, period, kind, currency) on at least 85% of the labeled figures', () => {
    expect(score().facts.gmv.matched.exact).toBeGreaterThanOrEqual(0.85);
  });
});
