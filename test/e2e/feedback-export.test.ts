// Issue 13: `feedback export` writes every item a person accepted or rejected as JSON lines in the labeled-set
// format, the rejected fact removed from the labels, so corrections can become training data.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FeedConfig, Item } from '../../src/core/types.ts';
import { ingestItems } from '../../src/app/ingest-items.ts';
import { handleCommand } from '../../src/app/commands/handle-command.ts';
import { FakeClock } from '../fakes/fake-clock.ts';
import { openSeededStore } from '../fakes/seeded-store.ts';
import { runCli } from './run-cli.ts';

const feed: FeedConfig = { id: 'news', url: 'https://news.example/feed', lang: 'en', markets: [], intervalMinutes: 5 };
const dirs: string[] = [];
afterAll(async () => { await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))); });

function item(id: string, link: string, title: string, summary: string, published: string): Item {
  return { id, feedId: feed.id, title, summary, link, published, lang: 'en', source: 'Wire One' };
}

describe('feedback export', () => {
  it('writes the accepted item with its fact and the rejected one without it, and nothing unreviewed', async () => {
    const clock = new FakeClock('2026-12-01T09:00:00Z');
    const { store, deps, dir } = await openSeededStore(clock, 'tts-feedback-');
    dirs.push(dir);
    const at = clock.now().toISOString();
    await ingestItems(feed, [
      item('right', 'https://wireone.example/right', 'TikTok Shop raises the follower minimum for US creators from 1,000 to 5,000',
        'TikTok Shop now requires US creators to have at least 5,000 followers before they can sell through affiliate links, up from 1,000.', at),
    ], { store, clock }, { firstFetch: false });
    clock.advance(60_000);
    await ingestItems(feed, [
      item('wrong', 'https://wireone.example/wrong', 'US government orders TikTok Shop to stop selling vapes', 'Regulators told TikTok Shop to remove vape listings.', clock.now().toISOString()),
      item('unreviewed', 'https://wireone.example/other', 'TikTok Shop launches cross-border selling in Brazil', 'TikTok Shop launched cross-border selling in Brazil this week for sellers from China.', clock.now().toISOString()),
    ], { store, clock }, { firstFetch: false });
    const reports = await store.listReports({ states: ['pending'] });
    const ctx = { platform: 'slack', channelId: 'C1', userId: 'U1', canManageChannel: true };
    const right = reports.find((r) => r.itemId === 'right')!;
    const wrong = reports.find((r) => r.itemId === 'wrong')!;
    expect(reports.some((r) => r.itemId === 'unreviewed')).toBe(true);
    await handleCommand({ name: 'accept', id: right.id }, ctx, deps);
    await handleCommand({ name: 'reject', id: wrong.id }, ctx, deps);
    await store.close();

    const out = path.join(dir, 'feedback.jsonl');
    const r = await runCli(['feedback', 'export', '--out', out], { env: { SQLITE_PATH: path.join(dir, 'radar.sqlite') } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 item\(s\) written/);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual(['feedback-right', 'feedback-wrong']);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['facts', 'id', 'lang', 'markets', 'published', 'source', 'tags', 'text', 'title']);
    const accepted = lines.find((l) => l.id === 'feedback-right');
    expect(accepted).toMatchObject({ source: 'https://wireone.example/right', published: '2026-12-01', lang: 'en', markets: ['US'] });
    expect(accepted.facts).toContainEqual(expect.objectContaining({ type: 'threshold', subject: 'creator_followers', to: 5000 }));
    const rejected = lines.find((l) => l.id === 'feedback-wrong');
    expect(rejected.facts).not.toContainEqual(expect.objectContaining(wrong.fact));
    expect(rejected.title).toBe('US government orders TikTok Shop to stop selling vapes');

    const usage = await runCli(['feedback', 'import'], { env: { SQLITE_PATH: path.join(dir, 'radar.sqlite') } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/feedback export/);
  }, 60_000);
});
