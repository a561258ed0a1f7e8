import { describe, expect, it } from 'vitest';
import { findMatchingCluster, storyFingerprint } from '../../../src/core/cluster/story-fingerprint.ts';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import { readArticle } from '../../fixtures/read-article.ts';

function fp(title: string, summary: string, lang: 'en' | 'zh' = 'en') {
  return storyFingerprint({ title, summary, lang }, classifyItem({ title, text: summary, lang }).facts);
}

describe('story clustering', () => {
  const a = fp('TikTok Shop lowers the follower bar for US creators',
    'TikTok Shop has cut the minimum follower count US creators need to sell products through affiliate links from 5,000 to 1,000, according to a notice sent to partners on Monday.');
  const b = fp('US creators need only 1,000 followers to sell on TikTok Shop now',
    'Creators in the US can now join TikTok Shop\'s affiliate programme with 1,000 followers, down from 5,000, the company told partners in a notice on Monday.');
  const other = fp('TikTok Shop US daily sales pass $20 million',
    'Shoppers in the US now spend more than $20 million a day on TikTok Shop, according to people familiar with the figures, as live shopping events grow.');

  it('puts two rewrites of one story in the same cluster', () => {
    expect(findMatchingCluster(b, [{ id: 'c1', fingerprint: a }, { id: 'c2', fingerprint: other }])?.id).toBe('c1');
  });

  it('keeps two different stories about the same market apart', () => {
    expect(findMatchingCluster(other, [{ id: 'c1', fingerprint: a }])).toBeNull();
  });

  it('matches two outlets\' articles on one story and not an article on another story', () => {
    const article = (name: string) => { const a = readArticle(name); return fp(a.title, a.text); };
    const first = article('us-local-stores-launch.txt');
    expect(findMatchingCluster(article('us-local-stores-retold.txt'), [{ id: 'launch', fingerprint: first }])?.id).toBe('launch');
    expect(findMatchingCluster(article('brazil-delay-denied.txt'), [{ id: 'launch', fingerprint: first }])).toBeNull();
  });

  it('reads Chinese by character bigrams and survives a JSON round trip', () => {
    const x = fp('TikTok Shop日本站正式上线', 'TikTok Shop日本站今日正式上线，首批开放本土商家入驻，跨境商家将于年底开放。', 'zh');
    const y = fp('TikTok Shop日本站上线', '今日，TikTok Shop日本站正式上线，首批只开放本土商家入驻，跨境商家年底开放。', 'zh');
    const z = fp('印尼叫停社交电商', '印尼政府新规禁止社交平台进行商品交易，TikTok Shop印尼站被迫关闭。', 'zh');
    const restored = JSON.parse(JSON.stringify(x));
    expect(findMatchingCluster(y, [{ id: 'x', fingerprint: restored }, { id: 'z', fingerprint: z }])?.id).toBe('x');
  });
});
