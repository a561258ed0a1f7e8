import { describe, expect, it } from 'vitest';
import { buildDigest, digestPeriodKey, type DigestInput } from '../../../src/core/digest/build-digest.ts';
import type { Section } from '../../../src/core/message.ts';
import type { Market, Tag } from '../../../src/core/taxonomy.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Comparison, Fact } from '../../../src/core/types.ts';

const SINCE = new Date('2026-02-23T09:00:00Z');
const UNTIL = new Date('2026-03-02T09:00:00Z');

const followers5000: BaselineEntry = {
  market: 'US', key: 'threshold:creator_followers', date: '2025-06', source: 'https://news.example/old-rule', corroboration: 2,
  fact: { type: 'threshold', market: 'US', subject: 'creator_followers', from: null, to: 5000 },
};
function gmv(kind: 'actual' | 'target', period: 'day' | 'year', usd: number, date: string, source = 'Example Wire'): BaselineEntry {
  return {
    market: 'US', key: `gmv:tiktok_shop:${period}:${kind}`, date, source, corroboration: 1,
    fact: { type: 'gmv', market: 'US', low_usd: usd, high_usd: usd, period, kind, platform: 'tiktok_shop' },
  };
}
const baseline = [followers5000, gmv('actual', 'day', 9e6, '2026-02'), gmv('target', 'year', 20e9, '2026')];

function cluster(id: string, title: string, tags: Tag[], markets: Market[], sources: number, severity: Cluster['severity'] = 'normal'): Cluster {
  return {
    id, title, link: `https://news.example/${id}`, tags, markets, facts: [], comparisons: [], severity,
    sources: Array.from({ length: sources }, (_, i) => ({ name: `Outlet ${i + 1}`, link: null })),
    firstSeen: '2026-02-25T10:00:00Z', lastSeen: '2026-02-26T10:00:00Z',
  };
}
function item(id: string, c: Cluster, comparisons: Comparison[] = [], facts: Fact[] = []): ClassifiedItem {
  return {
    item: { id, feedId: 'f', title: c.title, summary: '', link: `https://news.example/${id}`, published: '2026-02-25T10:00:00Z', lang: 'en', source: 'Daily Commerce' },
    classification: { tags: c.tags, markets: c.markets, facts },
    comparisons, severity: c.severity, clusterId: c.id,
  };
}
const lowered: Comparison = {
  fact: { type: 'threshold', market: 'US', subject: 'creator_followers', from: 5000, to: 1000 },
  status: 'changes', previous: followers5000, key: 'threshold:creator_followers',
};

const thresholdStory = cluster('c1', 'TikTok Shop US lowers creator follower minimum', ['threshold_change'], ['US'], 3, 'high');
const banStory = cluster('c2', 'Platform bans external links in US shop listings', ['ban'], ['US'], 1);
const ukLaunch = cluster('c3', 'Cross-border selling opens in the UK', ['launch'], ['UK'], 2);

function digest(over: Partial<DigestInput> = {}) {
  return buildDigest({
    markets: ['US', 'UK', 'ID'], since: SINCE, until: UNTIL, cadence: 'weekly',
    items: [item('i1', thresholdStory, [lowered]), item('i2', thresholdStory, [lowered]), item('i3', banStory), item('i4', ukLaunch)],
    clusters: [thresholdStory, banStory, ukLaunch], baseline, ...over,
  });
}

const ofType = <T extends Section['type']>(sections: Section[], type: T) => sections.filter((s): s is Extract<Section, { type: T }> => s.type === type);

describe('buildDigest', () => {
  it('opens with what changed against the baseline, old → new with both sources, once per change', () => {
    const d = digest();
    expect(d.kind).toBe('digest');
    expect(d.title).toBe('Weekly TikTok Shop digest — US, UK, ID');
    const firstContent = d.sections.find((s) => s.type !== 'text');
    expect(firstContent).toEqual({
      type: 'change', label: 'US creator follower minimum', from: '5,000', to: '1,000',
      fromSource: '[news.example](https://news.example/old-rule) (2025-06)',
      toSource: '[Daily Commerce](https://news.example/i1) (2026-02-25)',
    });
    expect(ofType(d.sections, 'change')).toHaveLength(1);
  });

  it('lists the top stories per market and tag with their outlets by name', () => {
    const lists = ofType(digest().sections, 'list');
    expect(lists.map((l) => l.title)).toEqual([
      'United States (US) · Threshold change', 'United States (US) · Ban', 'United Kingdom (UK) · Launch',
    ]);
    expect(lists[0]!.items).toEqual([{ text: 'TikTok Shop US lowers creator follower minimum — Outlet 1, Outlet 2, Outlet 3 · **high**' }]);
    expect(lists[1]!.items[0]!.text).toBe('Platform bans external links in US shop listings — Outlet 1');
  });

  it('caps each group and says how many more there were', () => {
    const many = Array.from({ length: 7 }, (_, i) => cluster(`b${i}`, `Ban story ${i}`, ['ban'], ['US'], i + 1));
    const d = digest({ items: many.map((c, i) => item(`x${i}`, c)), clusters: many, maxStoriesPerGroup: 5 });
    const list = ofType(d.sections, 'list')[0]!;
    expect(list.items).toHaveLength(6);
    expect(list.items[0]!.text).toMatch(/^Ban story 6 — Outlet 1, Outlet 2, Outlet 3 and 4 more/); // most-sourced first
    expect(list.items[5]).toEqual({ text: '…and 2 more' });
  });

  it('shows a GMV table per market: latest actual, latest target, and the move since the last digest', () => {
    const d = digest({ previousGmv: [gmv('actual', 'day', 7e6, '2025-11'), gmv('target', 'year', 20e9, '2026')] });
    const fields = ofType(d.sections, 'fields');
    expect(fields).toHaveLength(1); // only the US has GMV figures
    expect(fields[0]!.fields).toEqual([
      { name: 'US GMV — latest actual', value: '$9M/day · 2026-02 · Example Wire' },
      { name: 'US GMV — latest target', value: '$20B/year · 2026 · Example Wire' },
      { name: 'US GMV — since last digest', value: '$7M/day → $9M/day' },
    ]);
  });

  it('names the quiet markets in one line', () => {
    const context = ofType(digest().sections, 'context').map((c) => c.text);
    expect(context[0]).toBe('Quiet this week: ID');
    expect(context[1]).toBe('3 stories from 3 sources · 2026-02-23 – 2026-03-02 (UTC)');
  });

  it('says so in one line when the period had no news', () => {
    const d = buildDigest({ markets: ['US'], since: SINCE, until: UNTIL, cadence: 'weekly', items: [], clusters: [], baseline: [] });
    expect(d.sections[0]).toEqual({ type: 'text', text: 'No TikTok Shop news for US this week.' });
    expect(ofType(d.sections, 'list')).toEqual([]);
    const daily = buildDigest({ markets: [], since: SINCE, until: UNTIL, cadence: 'daily', items: [], clusters: [], baseline: [] });
    expect(daily.title).toBe('Daily TikTok Shop digest — all markets');
    expect(daily.sections[0]).toEqual({ type: 'text', text: 'No TikTok Shop news in the last 24 hours.' });
  });

  it('keeps to the subscription\'s markets and tags', () => {
    const d = digest({ markets: ['US'], tags: ['ban'] });
    expect(ofType(d.sections, 'list').map((l) => l.title)).toEqual(['United States (US) · Ban']);
    expect(JSON.stringify(d)).not.toContain('Cross-border selling opens in the UK');
  });

  it('shows a story whose cluster is missing as a one-source story rather than dropping it', () => {
    const d = digest({ clusters: [] });
    expect(ofType(d.sections, 'list')[2]!.items[0]).toEqual({ text: 'Cross-border selling opens in the UK — [Daily Commerce](https://news.example/i4)' });
  });
});

describe('digestPeriodKey', () => {
  it('names ISO weeks for weekly digests and local days for daily ones', () => {
    expect(digestPeriodKey('weekly', '2026-03-02')).toBe('weekly:2026-W10');
    expect(digestPeriodKey('weekly', '2026-03-08')).toBe('weekly:2026-W10'); // Sunday ends the ISO week
    expect(digestPeriodKey('weekly', '2024-12-30')).toBe('weekly:2025-W01');
    expect(digestPeriodKey('weekly', '2027-01-01')).toBe('weekly:2026-W53');
    expect(digestPeriodKey('daily', '2026-11-01')).toBe('daily:2026-11-01');
  });
});
