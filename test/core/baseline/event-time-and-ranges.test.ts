// Issue 13 (evidence, time): a figure inside the known range confirms; facts are held against the baseline by the
// time of the event they state, so a recap or a passing mention of a launched market never moves its launch.
import { describe, expect, it } from 'vitest';
import { compareFacts, eventDate } from '../../../src/core/baseline/compare-facts.ts';
import { subjectKey } from '../../../src/core/baseline/subject-key.ts';
import type { BaselineEntry, Fact } from '../../../src/core/types.ts';

function entry(fact: Fact, date: string): BaselineEntry {
  return { market: fact.market!, key: subjectKey(fact), fact, date, source: 'https://known.example/a', corroboration: 1 };
}

const gmvRange: Fact = { type: 'gmv', market: 'US', low_usd: 50e6, high_usd: 60e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' };
const usLaunch: Fact = { type: 'launch', market: 'US', date: '2023-09', what: 'TikTok Shop official launch' };
const mxPlanned: Fact = { type: 'launch', market: 'MX', date: '2027-02', what: 'TikTok Shop launch' };
const known = new Map([gmvRange, usLaunch, mxPlanned].map((f) => [`${f.market}|${subjectKey(f)}`, entry(f, f.type === 'launch' ? (f.date === '2027-02' ? '2026-11-20' : '2023-09-12') : '2026-10-01')]));
const lookup = (m: string, k: string) => known.get(`${m}|${k}`) ?? null;
const meta = { date: '2026-12-01', source: 'https://outlet.example/story' };

describe('a figure inside the known range', () => {
  it('"$60M/day" against "$50M–$60M/day" confirms, and so does "$55M/day"; "$80M/day" changes', () => {
    for (const v of [60e6, 55e6, 61e6]) {
      const [c] = compareFacts([{ ...gmvRange, low_usd: v, high_usd: v }], lookup, meta);
      expect(c!.status, `${v}`).toBe('confirms');
    }
    expect(compareFacts([{ ...gmvRange, low_usd: 80e6, high_usd: 80e6 }], lookup, meta)[0]!.status).toBe('changes');
    expect(compareFacts([{ ...gmvRange, low_usd: 40e6, high_usd: null }], lookup, meta)[0]!.status).toBe('changes');
  });
});

describe('the time of the event, not of the publication', () => {
  it('a recap of the US launch published today confirms it instead of moving it to today', () => {
    const recap: Fact = { ...usLaunch, date: '2026-12-01', what: 'TikTok Shop launch' };
    const [c] = compareFacts([recap], lookup, meta);
    expect(c).toMatchObject({ status: 'confirms', key: 'launch:official' });
    const undated: Fact = { ...usLaunch, date: null };
    expect(compareFacts([undated], lookup, meta)[0]!.status).toBe('confirms');
  });

  it('a headline that moves "the US launch" to a later month confirms the launch that happened (a passing mention)', () => {
    const passing: Fact = { type: 'launch', market: 'US', date: '2027-02', what: 'TikTok Shop launch' };
    expect(compareFacts([passing], lookup, meta)[0]!.status).toBe('confirms');
  });

  it('a relaunch and a registration opening are stages of their own, new rather than confirming the launch', () => {
    const relaunch: Fact = { type: 'launch', market: 'US', date: '2027-01', what: 'TikTok Shop relaunch' };
    expect(compareFacts([relaunch], lookup, meta)[0]).toMatchObject({ status: 'new', key: 'launch:relaunch' });
    const registration: Fact = { type: 'launch', market: 'US', date: '2026-11', what: 'seller registration opens' };
    expect(compareFacts([registration], lookup, meta)[0]).toMatchObject({ status: 'new', key: 'launch:registration' });
  });

  it('a planned launch that has not happened yet can still move', () => {
    const later: Fact = { ...mxPlanned, date: '2027-04' };
    expect(compareFacts([later], lookup, meta)[0]).toMatchObject({ status: 'changes', key: 'launch:official' });
  });

  it('a figure for an old period published today is history, never a change', () => {
    const old: Fact = { ...gmvRange, low_usd: 20e6, high_usd: 20e6, as_of: '2025-H1' };
    expect(eventDate(old, '2026-12-01')).toBe('2025-01');
    expect(compareFacts([old], lookup, meta)[0]).toMatchObject({ status: 'new', history: true });
    const current: Fact = { ...gmvRange, low_usd: 20e6, high_usd: 20e6, as_of: '2026-11' };
    expect(compareFacts([current], lookup, meta)[0]).toMatchObject({ status: 'changes' });
  });
});
