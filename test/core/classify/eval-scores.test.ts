import { describe, expect, it } from 'vitest';
import { scoreClassifications, scoreHeadlineFacts } from '../../../src/core/classify/eval-scores.ts';
import { classifyByKeywords } from '../../../src/core/classify/keyword-classifier.ts';
import { parseLabeledJsonl } from '../../../src/core/classify/eval-dataset.ts';
import type { Classification } from '../../../src/core/types.ts';

const gmv = { type: 'gmv', market: 'US', low_usd: 3e6, high_usd: 4e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' } as const;

describe('scoreClassifications', () => {
  it('computes per-tag P/R/F1, macro-F1, market exact-set accuracy and fact matches, and lists misclassified ids', () => {
    const gold: Classification = { tags: ['gmv_figure'], markets: ['US'], facts: [gmv] };
    const s = scoreClassifications([
      { id: 'a', gold, pred: { tags: ['gmv_figure'], markets: ['US'], facts: [{ ...gmv, low_usd: 3.01e6 }] } },
      { id: 'b', gold, pred: { tags: ['gmv_figure', 'ban'], markets: ['US', 'UK'], facts: [{ ...gmv, period: 'month' }] } },
    ]);
    expect(s.tags.gmv_figure).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(s.tags.ban).toMatchObject({ tp: 0, fp: 1, f1: 0 });
    // launch and threshold_change have no labeled or predicted item: n/a, left out of the mean.
    expect(s.tags.launch.empty).toBe(true);
    expect(s.macroF1).toBeCloseTo((0 + 1) / 2);
    expect(s.marketExact).toBe(0.5);
    expect(s.facts.gmv.matched.exact).toBe(0.5);
    expect(s.facts.gmv.matched.amount).toBe(1);
    expect(s.facts.gmv.precision.exact).toBe(0.5);
    expect(s.misclassified.map((m) => m.id)).toEqual(['b']);
  });
});

describe('scoreHeadlineFacts', () => {
  it('counts a headline fact as supported only when the full item states it with the same market and figures', () => {
    const ban = { type: 'ban', market: 'ID', by: 'government', target: 'social commerce' } as const;
    const gold: Classification = { tags: ['ban'], markets: ['ID'], facts: [ban] };
    const h = scoreHeadlineFacts([
      { id: 'ok', gold, pred: { tags: ['ban'], markets: ['ID'], facts: [{ ...ban, target: 'TikTok Shop' }] } },
      { id: 'wrong-by', gold, pred: { tags: ['ban'], markets: ['ID'], facts: [{ ...ban, by: 'platform' }] } },
      { id: 'invented', gold: { tags: [], markets: [], facts: [] }, pred: { tags: ['gmv_figure'], markets: [], facts: [gmv] } },
      { id: 'silent', gold, pred: { tags: [], markets: [], facts: [] } },
    ]);
    expect(h).toMatchObject({ predicted: 3, supported: 1, supportedLoose: 2, unsupported: ['wrong-by', 'invented'] });
    expect(h.precision).toBeCloseTo(1 / 3);
    expect(scoreHeadlineFacts([]).precision).toBeNull();
  });
});

describe('the keyword baseline and the dataset reader', () => {
  it('tags by words alone and states no facts', () => {
    expect(classifyByKeywords({ title: 'TikTok Shop launches in Spain', text: 'GMV grew.' })).toEqual({ tags: ['launch', 'gmv_figure'], markets: ['ES'], facts: [] });
  });

  it('reports a bad line with its number and keeps the rest', () => {
    const ok = JSON.stringify({ id: 'a', lang: 'en', title: 't', text: 'x', tags: ['ban'], markets: ['US'], facts: [] });
    const { items, errors } = parseLabeledJsonl(`${ok}\n{oops\n${JSON.stringify({ id: 'b', lang: 'en', title: 't', text: 'x', tags: ['nope'], markets: [] })}\n`);
    expect(items.map((i) => i.id)).toEqual(['a']);
    expect(errors).toEqual(['line 2: not valid JSON', 'line 3: tags.0: unknown tag']);
  });
});

describe('threshold facts with a currency', () => {
  it('keeps a labeled threshold\'s currency and matches its values only in the same currency', () => {
    const deposit = { type: 'threshold', market: 'UK', subject: 'merchant_deposit', from: null, to: 500, currency: 'GBP' } as const;
    const line = JSON.stringify({ id: 'd', lang: 'en', title: 't', text: 'x', tags: ['threshold_change'], markets: ['UK'], facts: [deposit] });
    const { items } = parseLabeledJsonl(line);
    expect(items[0]!.facts).toEqual([deposit]);
    const gold: Classification = { tags: ['threshold_change'], markets: ['UK'], facts: items[0]!.facts };
    const { currency: _gbp, ...inUsd } = deposit;
    const s = scoreClassifications([
      { id: 'same', gold, pred: { ...gold, facts: [deposit] } },
      { id: 'usd', gold, pred: { ...gold, facts: [inUsd] } },
    ]);
    expect(s.facts.threshold.matched.fromTo).toBe(0.5);
    expect(s.facts.threshold.matched.subject).toBe(1);
  });
});
