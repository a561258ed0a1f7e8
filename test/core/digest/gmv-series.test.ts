import { describe, expect, it } from 'vitest';
import { describedDate } from '../../../src/core/digest/gmv-series.ts';
import type { GmvFact } from '../../../src/core/types.ts';

const gmv = (as_of?: string): GmvFact => ({ type: 'gmv', market: 'US', low_usd: 1, high_usd: 1, period: 'day', kind: 'actual', platform: 'tiktok_shop', ...(as_of ? { as_of } : {}) });

describe('a GMV figure sits on the chart at the time it describes', () => {
  it('uses the period the figure covers, else the report date', () => {
    expect(describedDate(gmv('2023-12'), '2024-06')).toBe('2023-12'); // "$14M a day by the end of 2023", reported mid-2024
    expect(describedDate(gmv('2024-01..2024-05'), '2024-06')).toBe('2024-05');
    expect(describedDate(gmv('2024-H2'), '2024-06')).toBe('2024-12');
    expect(describedDate(gmv('2025-Q1'), '2025-01')).toBe('2025-03');
    expect(describedDate(gmv('2024'), '2024-06')).toBe('2024-12');
    expect(describedDate(gmv(), '2024-06-03')).toBe('2024-06-03');
    expect(describedDate(gmv('sometime'), '2024-06')).toBe('2024-06');
  });
});
