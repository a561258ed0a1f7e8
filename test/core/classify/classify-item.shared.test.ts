// The classifier on the five seed articles, read from ../shared/seeds at test time (`npm run test:shared`).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../src/core/classify/classify-item.ts';
import type { Fact, GmvFact } from '../../../src/core/types.ts';

const gmv = (facts: Fact[]) => facts.filter((f): f is GmvFact => f.type === 'gmv');

describe('classifyItem on the seed articles', () => {
  const dir = path.resolve('../shared/seeds');
  const seeds = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const classify = (i: number) => {
    // Seeds with a headline line use it as the title; the others start with their first sentence.
    const text = seeds[i]!;
    const nl = text.indexOf('\n');
    const cut = nl > 0 && nl < 200 ? nl : text.search(/[.!?](?=\s|[A-Z])/) + 1;
    return classifyItem({ title: text.slice(0, cut), text: text.slice(cut) });
  };

  it('seed 000 and 001: the US launch of local stores, and the lowered entry threshold', () => {
    const s0 = classify(0);
    expect(s0.tags).toEqual(expect.arrayContaining(['launch', 'threshold_change']));
    expect(s0.facts).toContainEqual(expect.objectContaining({ type: 'launch', market: 'US' }));
    expect(s0.tags).not.toContain('gmv_figure');
    expect(classify(1).facts).toContainEqual(expect.objectContaining({ type: 'launch', market: 'US' }));
  });

  it('seed 003: external-link ban, $3–4M and $0.5–1M a day, SEA $50–60M a day, Douyin over $200B', () => {
    const c = classify(3);
    expect(c.facts).toContainEqual({ type: 'ban', market: 'US', by: 'platform', target: 'external links (Amazon and other sites)' });
    const g = gmv(c.facts);
    expect(g).toContainEqual({ type: 'gmv', market: 'US', low_usd: 3e6, high_usd: 4e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' });
    expect(g).toContainEqual({ type: 'gmv', market: 'US', low_usd: 5e5, high_usd: 1e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' });
    expect(g).toContainEqual({ type: 'gmv', market: 'US', low_usd: 1e7, high_usd: null, period: 'day', kind: 'target', platform: 'tiktok_shop' });
    expect(g).toContainEqual({ type: 'gmv', market: 'SEA', low_usd: 5e7, high_usd: 6e7, period: 'day', kind: 'actual', platform: 'tiktok_shop' });
    expect(g).toContainEqual(expect.objectContaining({ market: 'CN', low_usd: 2e11, high_usd: null, kind: 'actual', platform: 'douyin' }));
  });

  it('seed 004: creator followers 5,000 → 1,000, the 2024 GMV figures and the divest-or-ban law', () => {
    const c = classify(4);
    expect(c.facts).toContainEqual({ type: 'threshold', market: 'US', subject: 'creator_followers', from: 5000, to: 1000 });
    const g = gmv(c.facts);
    expect(g).toContainEqual(expect.objectContaining({ market: 'US', low_usd: 12e9, high_usd: 13e9, period: 'half', kind: 'target' }));
    expect(g).toContainEqual(expect.objectContaining({ market: 'US', low_usd: 14e6, high_usd: 14e6, period: 'day', kind: 'actual' }));
    expect(g).toContainEqual(expect.objectContaining({ market: 'US', low_usd: null, high_usd: 2e9, period: 'range', kind: 'actual' }));
    expect(g).toContainEqual(expect.objectContaining({ market: 'US', low_usd: 17.5e9, period: 'year', kind: 'target' }));
    expect(c.facts).toContainEqual(expect.objectContaining({ type: 'ban', market: 'US', by: 'government' }));
  });
});
