// The chat answer to /tts status: private summary with a share button by default, every entry with `full`, for
// the channel with `public`; the share button carries only what it shares, and a forged value shares nothing.
import { describe, expect, it } from 'vitest';
import { shareCustomId, statusCommandOfCustomId, statusCommandOfShare, statusReply } from '../../../src/core/commands/status-reply.ts';
import type { BaselineEntry } from '../../../src/core/types.ts';

const gmv = (key: string, date: string, low: number, asOf: string): BaselineEntry => ({
  market: 'US', key, date, source: 'Market Review', corroboration: 1,
  fact: { type: 'gmv', market: 'US', low_usd: low, high_usd: low, currency: 'USD', period: 'day', kind: 'actual', platform: 'tiktok_shop', as_of: asOf },
});
const rule = (subject: string, date: string, to: number): BaselineEntry => ({
  market: 'US', key: `threshold:${subject}`, date, source: 'Seller Weekly', corroboration: 1, fact: { type: 'threshold', market: 'US', subject, from: null, to },
});
const entries = [rule('creator_followers', '2024-06', 1000), rule('account_age', '2023-01', 18), rule('account_videos', '2022-01', 3), gmv('gmv:tiktok_shop:day:actual', '2024-06', 14e6, '2023-12')];
const history = new Map([['gmv:tiktok_shop:day:actual', [gmv('gmv:tiktok_shop:day:actual', '2023-08', 3e6, '2023-08')]]]);

describe('status reply', () => {
  it('by default: the asker alone, the newest entries per subject, the rest counted, a Share in channel button', () => {
    const m = statusReply({ name: 'status', market: 'US' }, entries, history, []);
    expect(m.ephemeral).toBe(true);
    const text = JSON.stringify(m.sections);
    expect(text).toContain('Creators need 1,000 followers to sell — 2024-06 · Seller Weekly');
    expect(text).toContain('Account holder 18 or older');
    expect(text).toContain('…and 1 more');
    expect(text).toContain('$14M/day (Dec 2023)');
    expect(text).not.toContain('$3M/day'); // the series' earlier points are for `full`
    expect(m.actions).toEqual([{ action: 'share', label: 'Share in channel', value: 'US' }]);
  });

  it('full lists every entry and the GMV series; public drops the button and the "only you" line', () => {
    const full = statusReply({ name: 'status', market: 'US', view: 'full', share: true }, entries, history, []);
    expect(full.ephemeral).toBeFalsy();
    expect(full.actions).toBeUndefined();
    const text = JSON.stringify(full.sections);
    expect(text).toContain('More than 3 short videos published');
    expect(text).toContain('$3M/day');
    expect(text).not.toContain('Only you see this');
    expect(statusReply({ name: 'status', market: 'US', view: 'full' }, entries, history, []).actions![0]!.value).toBe('US:full');
  });

  it('a share value names a market and a view, nothing else', () => {
    expect(statusCommandOfShare('US')).toEqual({ name: 'status', market: 'US', view: 'summary', share: true });
    expect(statusCommandOfShare('SEA:full')).toEqual({ name: 'status', market: 'SEA', view: 'full', share: true });
    for (const forged of ['XX', 'us', 'US:all', 'US full', '__proto__', '']) expect(statusCommandOfShare(forged)).toBeNull();
    expect(statusCommandOfCustomId(shareCustomId({ action: 'share', label: 'Share in channel', value: 'UK:full' }))).toMatchObject({ market: 'UK', view: 'full' });
    expect(statusCommandOfCustomId('tts_review:confirm:c-1')).toBeNull();
  });
});
