// Reports as a store before the value columns held them, and what a value query finds among them (indexes into
// OLD_REPORTS, newest first), for the SQLite and Postgres migration tests.
import type { Fact } from '../../src/core/types.ts';

const gmv = (low: number | null, high: number | null): Fact => ({ type: 'gmv', market: 'US', low_usd: low, high_usd: high, period: 'year', kind: 'actual', platform: 'tiktok_shop' });
const bar = (to: number | null, from: number | null = null): Fact => ({ type: 'threshold', market: 'US', subject: 'creator_followers', from, to });

export const OLD_REPORTS: { key: string; fact: Fact }[] = [
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(9_000_000_000, 10_000_000_000) },
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(20_000_000_000, null) },
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(null, null) },
  { key: 'threshold:creator_followers', fact: bar(5000) },
  { key: 'threshold:creator_followers', fact: bar(null, 1000) },
  { key: 'threshold:creator_followers', fact: bar(1000) },
  { key: 'launch:official', fact: { type: 'launch', market: 'US', date: '2023-09', what: 'TikTok Shop opens' } },
  { key: 'launch:official', fact: { type: 'launch', market: 'US', date: '2024-02-01', what: 'TikTok Shop opens' } },
  { key: 'ban:government:tiktok_app', fact: { type: 'ban', market: 'US', by: 'government', target: 'TikTok app' } },
];

export const VALUE_QUERIES: { key: string; fact: Fact; expected: number[] }[] = [
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(9_500_000_000, 9_500_000_000), expected: [0] },
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(null, 20_100_000_000), expected: [1] },
  { key: 'gmv:tiktok_shop:year:actual', fact: gmv(null, null), expected: [2] },
  { key: 'threshold:creator_followers', fact: bar(5050), expected: [4, 3] },
  { key: 'threshold:creator_followers', fact: bar(null, 1000), expected: [5, 4, 3] },
  { key: 'launch:official', fact: { type: 'launch', market: 'US', date: '2023-09-12', what: 'TikTok Shop opens' }, expected: [6] },
  { key: 'ban:government:tiktok_app', fact: { type: 'ban', market: 'US', by: 'government', target: 'TikTok app' }, expected: [8] },
  { key: 'ban:government:tiktok_app', fact: { type: 'ban', market: 'US', by: 'court', target: 'TikTok app' }, expected: [] },
];
