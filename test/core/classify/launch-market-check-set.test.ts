// The classifier on our own launch and market check set (docs/eval/launch-market-check-set.jsonl, 26 excerpts we
// wrote: launches dated by weekdays, seasons, delays and stages; brands opening stores, rivals' launches and past
// launches as negatives; markets where a line already runs). Its first score is in docs/EVALUATION.md; these bars
// keep a wrong launch date or an extra market on more than about one item in ten from coming back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { parseLabeledJsonl } from '../../../src/core/classify/eval-dataset.ts';
import { scoreClassifications, scoreHeadlineFacts } from '../../../src/core/classify/eval-scores.ts';

const { items, errors } = parseLabeledJsonl(readFileSync('docs/eval/launch-market-check-set.jsonl', 'utf8'));
const gold = (i: (typeof items)[number]) => ({ tags: i.tags, markets: i.markets, facts: i.facts });

describe('classifyItem on the launch and market check set', () => {
  it('reads every line, in both languages', () => {
    expect(errors).toEqual([]);
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['en', 'zh']));
  });

  it('states the launches with their markets and dates, and the items\' markets', () => {
    const s = scoreClassifications(items.map((i) => ({ id: i.id, gold: gold(i), pred: classifyItem({ title: i.title, text: i.text, lang: i.lang, published: i.published }) })));
    const launch = s.facts.launch;
    expect({ recall: launch.matched.date! >= 0.9, precision: launch.precision.date! >= 0.9, markets: s.marketExact >= 0.9, misclassified: s.misclassified })
      .toMatchObject({ recall: true, precision: true, markets: true });
  });

  it('states from a headline alone only launches its item states', () => {
    const h = scoreHeadlineFacts(items.map((i) => ({ id: i.id, gold: gold(i), pred: classifyItem({ title: i.title, text: '', lang: i.lang, published: i.published }) })));
    expect({ precision: h.precision! >= 0.95, unsupported: h.unsupported }).toMatchObject({ precision: true });
  });
});
