import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/core/digest/format-gmv.ts';

describe('money in digests reads like the news', () => {
  it('keeps whole numbers whole and trims only decimals', () => {
    expect(formatMoney(200e9, 'CNY')).toBe('¥200B');
    expect(formatMoney(14_000_000)).toBe('$14M');
    expect(formatMoney(17_500_000_000)).toBe('$17.5B');
    expect(formatMoney(3_500_000)).toBe('$3.5M');
    expect(formatMoney(4.4e9, 'IDR')).toBe('IDR 4.4B');
  });
});
