// Story clustering on the seed articles in ../shared/seeds (`npm run test:shared`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMatchingCluster, storyFingerprint } from '../../../src/core/cluster/story-fingerprint.ts';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';

function fp(title: string, summary: string) {
  return storyFingerprint({ title, summary, lang: 'en' }, classifyItem({ title, text: summary, lang: 'en' }).facts);
}

describe('story clustering on the seed articles', () => {
  it('matches seeds 000 and 001 (one story, two translations) and not seed 002', () => {
    const seed = (f: string) => {
      const text = readFileSync(`../shared/seeds/${f}`, 'utf8');
      const cut = text.search(/[.!?](?=\s|[A-Z])/) + 1;
      return fp(text.slice(0, cut), text.slice(cut));
    };
    const s0 = seed('000_89c7c38c1cf05262.txt');
    const s1 = seed('001_dec5dfba40134db8.txt');
    const s2 = seed('002_293140466c94e01c.txt');
    expect(findMatchingCluster(s1, [{ id: 's0', fingerprint: s0 }])?.id).toBe('s0');
    expect(findMatchingCluster(s2, [{ id: 's0', fingerprint: s0 }])).toBeNull();
  });
});
