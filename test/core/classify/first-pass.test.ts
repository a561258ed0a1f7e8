// The cheap first pass on the ingest path (model/commerce-prefilter.ts): items it lets through classify as if every
// extractor and head had run, traditional-character news and China's own platforms included, and news that names
// no commerce at all goes out untagged. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { classifyItem, type ClassifyInput } from '../../../src/core/classify/classify-item.ts';
import { CHALLENGE_SET } from './challenge-set.ts';
import { FACTS_CHECK_SET } from './facts-check-set.ts';
import { FRESH_CHECK_SET, FRESH_CHECK_SET_2 } from './fresh-check-set.ts';

const same = (x: ClassifyInput) => expect(classifyItem(x)).toEqual(classifyItem(x, { exhaustive: true }));

describe('the first pass', () => {
  it('keeps the facts of traditional-character news and of China’s platforms', () => {
    const tw: ClassifyInput = { title: 'TikTok Shop馬來西亞站禁止賣家銷售電子煙', text: '平台表示，違規商家將被清退。', lang: 'zh' };
    expect(classifyItem(tw).tags).toContain('ban');
    same(tw);
    const jd: ClassifyInput = { title: '京東雙11累計成交額突破3000億元', text: '', lang: 'zh' };
    expect(classifyItem(jd).facts).toContainEqual(expect.objectContaining({ type: 'gmv', low_usd: 3e11 }));
    same(jd);
  });

  it('gives the same result where it skips extractors: a retailer’s expansion, a creator tool, a seller park', () => {
    for (const x of [
      { title: 'Walmart opens 40 more pickup stores in Ohio', text: 'The retailer said deliveries now reach more homes.' },
      { title: 'TikTok adds a video editor for creators', text: 'Creators with over 10,000 followers can trim clips in the app.' },
      { title: '义乌跨境电商产业园新增80家企业入驻', text: '园区今年已累计引进企业300家。', lang: 'zh' as const },
      { title: 'TikTok Shop sales in Vietnam reach $40 million a day', text: 'The company declined to comment.' },
    ]) same(x);
  });

  // A rule an extractor gains must be in the first pass's lists too (model/commerce-prefilter.ts); the shared test
  // checks every labeled set, this one our own check sets.
  it('gives the same result on our own check sets, whole items and headlines', () => {
    for (const it of [...CHALLENGE_SET, ...FACTS_CHECK_SET, ...FRESH_CHECK_SET, ...FRESH_CHECK_SET_2]) {
      same({ title: it.title, text: it.text, lang: it.lang, published: it.published });
      same({ title: it.title, text: '', lang: it.lang, published: it.published });
    }
  });

  it('sends news that names no commerce out untagged and without markets', () => {
    expect(classifyItem({ title: 'Mall operator in Leeds raises $50 million', text: 'It closed a round led by two pension funds.' })).toEqual({ tags: [], markets: [], facts: [] });
  });
});
