import { describe, expect, it } from 'vitest';
import { severityFor } from '../../../src/core/severity.ts';
import { formatBaselineValue, formatFact } from '../../../src/core/format/index.ts';
import type { Comparison, Fact } from '../../../src/core/types.ts';

const threshold: Fact = { type: 'threshold', market: 'US', subject: 'creator_followers', from: 5000, to: 1000 };
const gmv: Fact = { type: 'gmv', market: 'US', low_usd: 14e6, high_usd: 14e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
const cmp = (fact: Fact, status: Comparison['status'], history?: boolean): Comparison => ({ fact, status, previous: null, key: 'k', ...(history ? { history } : {}) });

describe('severityFor', () => {
  it('is high for a change, normal for a new figure, low for confirmations, history and no facts', () => {
    expect(severityFor(['threshold_change'], [cmp(threshold, 'changes')])).toBe('high');
    expect(severityFor(['threshold_change'], [cmp(threshold, 'changes', true)])).toBe('low');
    expect(severityFor(['gmv_figure'], [cmp(gmv, 'new')])).toBe('normal');
    expect(severityFor(['ban'], [cmp({ type: 'ban', market: 'ID', by: 'government', target: 'social commerce' }, 'new')])).toBe('high');
    expect(severityFor(['gmv_figure'], [cmp(gmv, 'confirms')])).toBe('low');
    expect(severityFor([], [])).toBe('low');
  });
});

describe('formatFact', () => {
  it('words facts as alerts show them', () => {
    expect(formatFact(gmv)).toBe('US GMV $14M/day (actual, TikTok Shop)');
    expect(formatFact(threshold)).toBe('US: Creators need 1,000 followers to sell (was 5,000)');
    expect(formatFact({ type: 'gmv', market: null, low_usd: 200e9, high_usd: 200e9, currency: 'CNY', period: 'year', kind: 'target', platform: 'douyin' })).toBe('GMV target ¥200B/year (Douyin)');
    expect(formatFact({ type: 'ban', market: 'US', by: 'platform', target: 'external links' })).toBe('US ban by the platform: external links');
    expect(formatBaselineValue({ market: 'US', key: 'threshold:creator_followers', fact: threshold, date: '2024', source: 's', corroboration: 1 })).toBe('Creators need 1,000 followers to sell');
  });
});
