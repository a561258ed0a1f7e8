// The committed model file against what the training code declares, training determinism on our own items, and
// classifyItem on our own sentences in both languages, including items without a headline or without a body.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { LabeledItem } from '../../../src/core/classify/eval-dataset.ts';
import { FEATURE_SET } from '../../../src/core/classify/model/item-features.ts';
import { BY_LABELS, KIND_LABELS, loadModel, MODEL_VERSION } from '../../../src/core/classify/model/model-file.ts';
import { HASH_BITS } from '../../../src/core/classify/model/text-features.ts';
import { trainClassifierModel, TRAINING } from '../../../src/core/classify/model/train-model.ts';
import { TAGS } from '../../../src/core/taxonomy.ts';

const MODEL_PATH = 'src/core/classify/model/classifier-model.json';

describe('the committed classifier model', () => {
  const file = JSON.parse(readFileSync(MODEL_PATH, 'utf8'));

  it('is the version, feature set, label set and thresholds the training code declares', () => {
    expect(file.version).toBe(MODEL_VERSION);
    expect(file.featureSet).toBe(FEATURE_SET);
    expect(file.hashBits).toBe(HASH_BITS);
    expect(file.labels).toEqual({ tags: [...TAGS], kinds: KIND_LABELS, by: BY_LABELS });
    expect(file.thresholds).toEqual(TRAINING.thresholds);
    expect(() => loadModel(file)).not.toThrow();
  });

  it('stays small and was trained on items of both languages', () => {
    expect(statSync(MODEL_PATH).size).toBeLessThan(2 * 1024 * 1024);
    expect(file.trainedOn.en).toBeGreaterThan(0);
    expect(file.trainedOn.zh).toBeGreaterThan(0);
  });

  it('refuses a model file of another version with a message that says how to fix it', () => {
    expect(() => loadModel({ ...file, version: MODEL_VERSION + 1 }, 'model.json')).toThrow(/model\.json: version: .*npm run train/);
  });
});

// Our own labeled sentences, enough for every head to see both answers.
function own(id: string, lang: 'en' | 'zh', title: string, text: string, tags: LabeledItem['tags'], markets: LabeledItem['markets'], facts: LabeledItem['facts'] = []): LabeledItem {
  return { id, lang, published: '2025-05-02', title, text, tags, markets, facts };
}
const OWN: LabeledItem[] = [
  own('a', 'en', 'TikTok Shop opens in Italy', 'TikTok Shop opened to shoppers in Italy on Friday.', ['launch'], ['IT'], [{ type: 'launch', market: 'IT', date: '2025-05-02', what: 'TikTok Shop' }]),
  own('b', 'en', 'A creator talks about video trends', 'Nothing here is about selling.', [], []),
  own('c', 'zh', 'TikTok Shop日本站上线', 'TikTok Shop日本站于5月2日正式上线。', ['launch'], ['JP'], [{ type: 'launch', market: 'JP', date: '2025-05-02', what: 'TikTok Shop' }]),
  own('d', 'zh', '达人分享拍摄技巧', '这篇文章只谈拍摄。', [], []),
  own('e', 'en', 'Thailand bans TikTok Shop', 'The Thai government banned TikTok Shop on Friday.', ['ban'], ['TH'], [{ type: 'ban', market: 'TH', by: 'government', target: 'TikTok Shop' }]),
  own('f', 'en', 'TikTok Shop UK sales', 'TikTok Shop sold $20 million a day in the UK last month.', ['gmv_figure'], ['UK'], [{ type: 'gmv', market: 'UK', low_usd: 2e7, high_usd: 2e7, period: 'day', kind: 'actual', platform: 'tiktok_shop' }]),
];

describe('training', () => {
  it('gives the same file for the same items', () => {
    expect(JSON.stringify(trainClassifierModel(OWN))).toBe(JSON.stringify(trainClassifierModel(OWN)));
  });
});

describe('classifyItem with the committed model on our own sentences', () => {
  it('reads an English launch and a Chinese launch with their markets', () => {
    const en = classifyItem({ title: 'TikTok Shop launches in Spain', text: 'TikTok Shop opened to shoppers in Spain on Tuesday, the company said.', published: '2025-03-04' });
    expect(en.tags).toEqual(['launch']);
    expect(en.markets).toEqual(['ES']);
    const zh = classifyItem({ title: 'TikTok Shop西班牙站正式上线', text: 'TikTok Shop西班牙站于3月4日正式上线，本土商家可以入驻。', lang: 'zh', published: '2025-03-04' });
    expect(zh.tags).toContain('launch');
    expect(zh.markets).toEqual(['ES']);
  });

  it('leaves items about neither commerce nor a tag untagged, in both languages', () => {
    expect(classifyItem({ title: 'Local team wins the cup', text: 'The match ended two to one after extra time.' })).toEqual({ tags: [], markets: [], facts: [] });
    expect(classifyItem({ title: '今日天气晴朗', text: '气温二十度，适合出行。', lang: 'zh' }).tags).toEqual([]);
  });

  it('accepts an item without a headline, and a headline without a body', () => {
    const noTitle = classifyItem({ title: null, text: 'The Indonesian government banned social commerce transactions on TikTok Shop.' });
    expect(noTitle.tags).toEqual(['ban']);
    expect(noTitle.markets).toEqual(['ID']);
    expect(classifyItem({ title: '', text: '' })).toEqual({ tags: [], markets: [], facts: [] });
    const headline = classifyItem({ title: 'Indonesia bans social commerce on TikTok Shop', text: '' });
    expect(headline.markets).toEqual(['ID']);
    for (const f of headline.facts) expect(f.type).toBe('ban');
  });
});
