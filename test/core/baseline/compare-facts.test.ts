// The three baseline scenarios of the brief, plus the rules behind them, against the shipped config/baseline.yaml.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../../src/core/baseline/compare-facts.ts';
import { applyComparison } from '../../../src/core/baseline/apply-comparison.ts';
import { parseBaselineFile } from '../../../src/config/baseline-file.ts';
import { subjectKey } from '../../../src/core/baseline/subject-key.ts';
import type { BaselineEntry, Fact } from '../../../src/core/types.ts';

const { latest, history } = parseBaselineFile(readFileSync('config/baseline.yaml', 'utf8'), 'config/baseline.yaml');
const entries = new Map(latest.map((e) => [`${e.market}|${e.key}`, e]));
const lookup = (m: string, k: string) => entries.get(`${m}|${k}`) ?? null;
const older = (m: string, k: string) => history.filter((e) => e.market === m && e.key === k);

describe('compareFacts against the shipped baseline', () => {
  it('a creator threshold raised back to 5,000 changes 1,000 → 5,000', () => {
    const fact: Fact = { type: 'threshold', market: 'US', subject: 'creator_followers', from: 1000, to: 5000 };
    const [c] = compareFacts([fact], lookup, { date: '2025-02-01', source: 'outlet-a' }, older);
    expect(c).toMatchObject({ status: 'changes', key: 'threshold:creator_followers' });
    expect(c!.history).toBeUndefined();
    expect(c!.previous!.fact).toMatchObject({ to: 1000 });
    const next = applyComparison(entries, c!, { date: '2025-02-01', source: 'outlet-a' })!;
    expect(next).toMatchObject({ market: 'US', date: '2025-02-01', source: 'outlet-a', corroboration: 1, fact: { to: 5000 } });
  });

  it('a second outlet repeating $14M/day confirms it (corroboration 2); the same outlet again does not count twice', () => {
    const fact: Fact = { type: 'gmv', market: 'US', low_usd: 14e6, high_usd: 14e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
    const [c] = compareFacts([fact], lookup, { date: '2024-07-01', source: 'second-outlet' }, older);
    expect(c!.status).toBe('confirms');
    const bumped = applyComparison(entries, c!, { date: '2024-07-01', source: 'second-outlet' })!;
    expect(bumped.corroboration).toBe(2);
    expect(bumped.fact).toEqual(entries.get('US|gmv:tiktok_shop:day:actual')!.fact);
    const again = new Map(entries).set('US|gmv:tiktok_shop:day:actual', bumped);
    expect(applyComparison(again, c!, { date: '2024-07-02', source: 'second-outlet' })).toBeNull();
  });

  it('a 2023 article quoting $3–4M/day after the 2024 figures is history, never a change', () => {
    const fact: Fact = { type: 'gmv', market: 'US', low_usd: 3e6, high_usd: 4e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
    const [c] = compareFacts([fact], lookup, { date: '2023-08-15', source: 'old-article' }, older);
    expect(c).toMatchObject({ status: 'confirms', history: true });
    expect(applyComparison(entries, c!, { date: '2023-08-15', source: 'old-article' })).toBeNull();
    const unknownOld: Fact = { ...fact, low_usd: 7e6, high_usd: 7e6 };
    expect(compareFacts([unknownOld], lookup, { date: '2023-08-15', source: 'x' }, older)[0]).toMatchObject({ status: 'new', history: true });
  });

  it('treats rounding as the same value and a new subject as new; skips facts without a market', () => {
    const rounded: Fact = { type: 'gmv', market: 'US', low_usd: 14.2e6, high_usd: 14.2e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
    expect(compareFacts([rounded], lookup, { date: '2024-07-01', source: 's' })[0]!.status).toBe('confirms');
    // The shipped baseline knows Brazil's May 2025 launch; its cross-border stage is a subject it does not know.
    const known: Fact = { type: 'launch', market: 'BR', date: '2025-05', what: 'TikTok Shop launch' };
    expect(compareFacts([known], lookup, { date: '2025-05-08', source: 's' })[0]).toMatchObject({ status: 'confirms', key: 'launch:official' });
    const fresh: Fact = { type: 'launch', market: 'BR', date: '2025-11', what: 'cross-border selling opens' };
    expect(compareFacts([fresh], lookup, { date: '2025-11-08', source: 's' })[0]).toMatchObject({ status: 'new', previous: null, key: 'launch:cross_border' });
    expect(compareFacts([{ ...fresh, market: null }], lookup, { date: null, source: 's' })).toEqual([]);
  });

  it('a new entry is added with corroboration 1; a report of a known one counts as a second source', () => {
    const fact: Fact = { type: 'ban', market: 'ID', by: 'government', target: 'TikTok app' };
    const [c] = compareFacts([fact], lookup, { date: '2023-10-04', source: 'wire' });
    expect(applyComparison(entries, c!, { date: '2023-10-04', source: 'wire' })).toMatchObject<Partial<BaselineEntry>>({ market: 'ID', key: 'ban:government:tiktok_app', corroboration: 1 });
    const known: Fact = { type: 'ban', market: 'ID', by: 'government', target: 'social commerce (TikTok Shop)' };
    const [k] = compareFacts([known], lookup, { date: '2023-10-04', source: 'wire' });
    expect(k).toMatchObject({ status: 'confirms' });
    expect(applyComparison(entries, k!, { date: '2023-10-04', source: 'wire' })).toMatchObject<Partial<BaselineEntry>>({ key: 'ban:government:social_commerce', corroboration: 2 });
  });
});

describe('subjectKey', () => {
  it('keys launches by stage, bans by who and target, GMV by platform, period, kind and non-USD currency', () => {
    expect(subjectKey({ type: 'launch', market: 'US', date: null, what: 'TikTok Shop test' })).toBe('launch:test');
    expect(subjectKey({ type: 'launch', market: 'US', date: null, what: 'full-service model' })).toBe('launch:full_service');
    expect(subjectKey({ type: 'ban', market: 'US', by: 'platform', target: 'external links to Amazon' })).toBe('ban:platform:external_links');
    expect(subjectKey({ type: 'gmv', market: 'CN', low_usd: 1, high_usd: 1, currency: 'CNY', period: 'year', kind: 'target', platform: 'douyin' })).toBe('gmv:douyin:year:target:cny');
    expect(subjectKey({ type: 'threshold', market: 'US', subject: 'creator_followers', from: 1, to: 2 })).toBe('threshold:creator_followers');
  });
});
