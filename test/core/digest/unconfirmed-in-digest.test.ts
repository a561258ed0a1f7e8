// Issue 13, part 2: the uncertainty of what we know shows where people read. In the digest a change resting on
// one outlet's word is listed as "Reported, not yet confirmed" (not under "What changed"), a change marked wrong
// is not listed, one confirmed since is a change; the GMV table and chart leave unconfirmed figures out and say so.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest, type DigestInput } from '../../../src/core/digest/build-digest.ts';
import type { ReportedChange } from '../../../src/core/evidence/reported-change.ts';
import type { BaselineEntry, ClassifiedItem, Cluster, Comparison } from '../../../src/core/types.ts';
import { runChartCommand } from '../../../src/cli/chart-command.ts';
import type { CliIO } from '../../../src/cli/cli-io.ts';
import { InMemoryDigestStore } from '../../fakes/in-memory-digest-store.ts';

const SINCE = new Date('2026-11-24T09:00:00Z');
const UNTIL = new Date('2026-12-01T09:00:00Z');

const followers: BaselineEntry = {
  market: 'US', key: 'threshold:creator_followers', date: '2024-06', source: 'https://old.example/rule', corroboration: 1,
  fact: { type: 'threshold', market: 'US', subject: 'creator_followers', from: null, to: 1000 },
};
const dailyGmv: BaselineEntry = {
  market: 'US', key: 'gmv:tiktok_shop:day:actual', date: '2025-10', source: 'https://old.example/gmv', corroboration: 1,
  fact: { type: 'gmv', market: 'US', low_usd: 9e6, high_usd: 9e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' },
};
const to5000 = { type: 'threshold', market: 'US', subject: 'creator_followers', from: 1000, to: 5000 } as const;
const gmv30m = { type: 'gmv', market: 'US', low_usd: 30e6, high_usd: 30e6, period: 'day', kind: 'actual', platform: 'tiktok_shop' } as const;

function report(id: number, fact: ReportedChange['fact'], state: ReportedChange['state'], outlet: string): ReportedChange {
  return {
    id, market: 'US', key: fact.type === 'gmv' ? dailyGmv.key : followers.key, fact, date: '2026-11-30', source: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/a`,
    outlet, outletKey: `${outlet.toLowerCase().replace(/ /g, '')}.example`, itemId: `i${id}`, clusterId: `c${id}`, state, reason: null,
    applied: state === 'confirmed' || state === 'accepted', replaced: null, createdAt: '2026-11-30T10:00:00Z', settledAt: null, settledBy: null,
  };
}

function story(id: number, title: string, c: Comparison): { item: ClassifiedItem; cluster: Cluster } {
  const cluster: Cluster = {
    id: `c${id}`, title, link: `https://news.example/${id}`, tags: [c.fact.type === 'gmv' ? 'gmv_figure' : 'threshold_change'], markets: ['US'],
    facts: [c.fact], comparisons: [c], severity: 'normal', sources: [{ name: 'Wire', link: null }],
    firstSeen: '2026-11-30T10:00:00Z', lastSeen: '2026-11-30T10:00:00Z',
  };
  const item: ClassifiedItem = {
    item: { id: `i${id}`, feedId: 'f', title, summary: '', link: `https://news.example/${id}`, published: '2026-11-30T10:00:00Z', lang: 'en', source: 'Wire' },
    classification: { tags: cluster.tags, markets: ['US'], facts: [c.fact] }, comparisons: [c], severity: 'normal', clusterId: cluster.id,
  };
  return { item, cluster };
}

function change(fact: Comparison['fact'], previous: BaselineEntry, reportId: number, outlet: string): Comparison {
  return { fact, status: 'changes', previous, key: previous.key, evidence: { state: 'pending', reportId, outlet } };
}

function digest(reports: ReportedChange[], over: Partial<DigestInput> = {}): string {
  const a = story(1, 'TikTok Shop raises the follower minimum for US creators', change(to5000, followers, 1, 'Wire One'));
  const b = story(2, 'TikTok Shop US sales hit $30 million a day', change(gmv30m, dailyGmv, 2, 'Wire Two'));
  const d = buildDigest({
    markets: ['US'], since: SINCE, until: UNTIL, cadence: 'weekly', items: [a.item, b.item], clusters: [a.cluster, b.cluster],
    baseline: [followers, dailyGmv], reports, ...over,
  });
  return JSON.stringify(d.sections);
}

const section = (json: string, title: string) => (JSON.parse(json) as { title?: string; text?: string }[]).find((s) => s.title?.startsWith(title) || s.text?.includes(title));

describe('pending reports in the digest', () => {
  it('lists one-outlet changes as unconfirmed, with their numbers, and not as changes; the GMV table says what it leaves out', () => {
    const json = digest([report(1, to5000, 'pending', 'Wire One'), report(2, gmv30m, 'pending', 'Wire Two')]);
    expect(json).not.toMatch(/What changed against what we knew/);
    const unconfirmed = section(json, 'Reported, not yet confirmed')!;
    expect(JSON.stringify(unconfirmed)).toMatch(/#1 US · Creators need 5,000 followers[^"]*reported by Wire One[^"]*unconfirmed/);
    expect(JSON.stringify(unconfirmed)).toMatch(/#2 US · [^"]*\$30M[^"]*reported by Wire Two/);
    // The table shows the known $9M a day, not the unconfirmed $30M, and says so.
    expect(section(json, 'Not in the GMV table or chart until confirmed')!.text).toMatch(/1 unconfirmed figure \(#2/);
  });

  it('a change confirmed since is a change; one marked wrong is nowhere', () => {
    const json = digest([report(1, to5000, 'confirmed', 'Wire One'), report(2, gmv30m, 'rejected', 'Wire Two')]);
    expect(json).toMatch(/What changed against what we knew/);
    expect(json).toMatch(/"to":"5,000/);
    expect(json).not.toMatch(/\$30M/);
    expect(section(json, 'Reported, not yet confirmed')).toBeUndefined();
    expect(section(json, 'Not in the GMV table')).toBeUndefined();
  });

  it('a pending report from before the period is still listed; one of a market or tag outside the digest is not', () => {
    const old = { ...report(7, to5000, 'pending', 'Wire Seven'), date: '2026-10-01' };
    const uk = { ...report(8, to5000, 'pending', 'Wire Eight'), market: 'UK' as const };
    expect(digest([old, uk], { items: [], clusters: [] })).toMatch(/#7 US · /);
    expect(digest([old, uk], { items: [], clusters: [] })).not.toMatch(/#8 /);
    expect(digest([old], { items: [], clusters: [], tags: ['gmv_figure'] })).not.toMatch(/#7 /);
  });
});

describe('chart', () => {
  it('draws confirmed figures and names the unconfirmed ones it leaves out', async () => {
    const store = new InMemoryDigestStore();
    store.history = [{ ...dailyGmv, itemId: null, recordedAt: '2026-01-01T00:00:00Z' }];
    store.reports = [report(2, gmv30m, 'pending', 'Wire Two'), report(1, to5000, 'pending', 'Wire One')];
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => '', env: {} };
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'tts-chart-pending-')), 'us.svg');
    expect(await runChartCommand(['us', '--out', out], io, { store })).toBe(0);
    expect(stdout).toMatch(/1 GMV figure for US/);
    expect(stderr).toMatch(/Not drawn until confirmed: 1 unconfirmed GMV figure/);
    expect(stderr).toMatch(/#2 [^\n]*\$30M[^\n]*reported by Wire Two/);
    expect(stderr).not.toMatch(/followers/);
  });
});
