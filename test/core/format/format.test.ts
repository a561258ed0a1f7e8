// The one formatting module: what people read in alerts, status, digests and charts.
import { describe, expect, it } from 'vitest';
import {
  formatFact, formatGmvValue, gmvSeriesName, money, moneyRange, periodLabel, platformName, sourceLink, sourceName, subjectLabel, thresholdRule,
} from '../../../src/core/format/index.ts';

describe('money and periods', () => {
  it('reads like the news, in the currency reported', () => {
    expect(money(200e9, 'CNY')).toBe('¥200B');
    expect(money(14_000_000)).toBe('$14M');
    expect(money(17_500_000_000)).toBe('$17.5B');
    expect(money(5e6, 'GBP')).toBe('£5M');
    expect(money(4.4e9, 'IDR')).toBe('IDR 4.4B');
  });

  it('says bounds in words, the same way everywhere', () => {
    expect(moneyRange(3e6, 4e6)).toBe('$3M–$4M');
    expect(moneyRange(14e6, null)).toBe('at least $14M');
    expect(moneyRange(null, 2e9)).toBe('under $2B');
  });

  it('keeps the period a figure covers', () => {
    expect(periodLabel('2024-H2')).toBe('H2 2024');
    expect(periodLabel('2024-01..2024-05')).toBe('Jan–May 2024');
    expect(periodLabel('2023-12')).toBe('Dec 2023');
    expect(formatGmvValue({ low_usd: 12e9, high_usd: 13e9, period: 'half', as_of: '2024-H2' })).toBe('$12B–$13B for H2 2024');
    expect(formatGmvValue({ low_usd: null, high_usd: 2e9, period: 'range', as_of: '2024-01..2024-05' })).toBe('under $2B for Jan–May 2024');
    expect(formatGmvValue({ low_usd: 9e9, high_usd: 9e9, period: 'year', as_of: '2024' })).toBe('$9B for 2024');
    expect(formatGmvValue({ low_usd: 3e9, high_usd: 3e9, period: 'quarter', as_of: '2025-Q1' })).toBe('$3B for Q1 2025');
    // A rate keeps its unit, and when it was measured is said as such.
    expect(formatGmvValue({ low_usd: 14e6, high_usd: 14e6, period: 'day', as_of: '2023-12' })).toBe('$14M/day (Dec 2023)');
  });
});

describe('words for people', () => {
  it('names GMV series, platforms and thresholds without internal identifiers', () => {
    expect(gmvSeriesName({ platform: 'tiktok_shop', period: 'day', kind: 'actual' }, 'US')).toBe('TikTok Shop US daily GMV (actual)');
    expect(gmvSeriesName({ platform: 'tiktok_shop', period: 'day', kind: 'actual', currency: 'GBP' }, 'UK')).toBe('TikTok Shop UK daily GMV (actual, GBP)');
    expect(platformName('mercado_libre')).toBe('Mercado Libre');
    expect(platformName('new_shop')).toBe('New Shop');
    expect(thresholdRule({ subject: 'creator_followers', from: 5000, to: 1000 })).toBe('Creators need 1,000 followers to sell');
    expect(formatFact({ type: 'threshold', market: 'US', subject: 'creator_followers', from: 1000, to: 5000 })).toBe('US: Creators need 5,000 followers to sell (was 1,000)');
    expect(subjectLabel('US', { type: 'threshold', market: 'US', subject: 'creator_followers', from: null, to: 1 })).toBe('US creator follower minimum');
  });

  it('says every threshold subject of the taxonomy as a rule, money bars in their own currency', () => {
    // A deposit in Singapore dollars is money, not a bare "500".
    expect(formatFact({ type: 'threshold', market: 'SG', subject: 'merchant_deposit', from: null, to: 500, currency: 'SGD' })).toBe('SG: Merchants pay a SGD 500 deposit');
    expect(formatFact({ type: 'threshold', market: 'US', subject: 'merchant_sales_usd', from: null, to: 10_000 })).toBe('US: Merchants must show $10K in past sales');
    // A rule without a number is the rule itself, never "changed".
    expect(formatFact({ type: 'threshold', market: 'PH', subject: 'merchant_documents', from: null, to: null })).toBe('PH: Merchants must provide licences or registration documents');
    expect(thresholdRule({ subject: 'merchant_invitation', from: null, to: null })).toBe('Merchants join by invitation only');
    expect(thresholdRule({ subject: 'live_host_age', from: 16, to: 18 })).toBe('Live hosts must be 18 or older');
    expect(subjectLabel('MY', { type: 'threshold', market: 'MY', subject: 'live_host_followers', from: null, to: 1000 })).toBe('MY live host follower minimum');
    for (const subject of ['creator_followers', 'creator_age', 'live_host_age', 'live_host_followers', 'merchant_sales_usd', 'partner_store_sales_usd',
      'merchant_invitation', 'merchant_entity', 'merchant_documents', 'merchant_deposit', 'merchant_rating', 'merchant_account_age',
      'merchant_shipping', 'product_approval', 'other']) {
      const line = `${thresholdRule({ subject, from: null, to: 3 })} ${subjectLabel('US', { type: 'threshold', market: 'US', subject, from: null, to: 3 })}`;
      expect(line, subject).not.toMatch(/_/);
    }
  });

  it('never says "launch launch"', () => {
    expect(formatFact({ type: 'launch', market: 'US', date: '2023-09', what: 'TikTok Shop launch' })).toBe('US TikTok Shop launch (2023-09)');
    expect(subjectLabel('US', { type: 'launch', market: 'US', date: '2023-09', what: 'official: TikTok Shop launch' })).toBe('US TikTok Shop launch');
    expect(subjectLabel('US', { type: 'launch', market: 'US', date: null, what: 'full-service model' })).toBe('US full-service model launch');
  });

  it('shows the outlet, never a seed number or a bare "source" link', () => {
    expect(sourceName('seed 004 (KrASIA / 36Kr, lowered from 5,000 to 1,000 followers)')).toBe('KrASIA / 36Kr');
    expect(sourceName('seed 003 (The Information): $3 million to $4 million a day')).toBe('The Information');
    expect(sourceName('seed 002 (TikTok e-commerce to launch a self-operated model)')).toBe('“TikTok e-commerce to launch a self-operated model”');
    expect(sourceName('seed 000')).toBe('the baseline file');
    expect(sourceLink('https://www.reuters.com/tech/x')).toBe('[reuters.com](https://www.reuters.com/tech/x)');
  });
});
