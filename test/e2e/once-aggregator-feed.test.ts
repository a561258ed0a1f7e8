// `once --feed` on a Google News search feed, as a newcomer tries it: the alert names the outlet that wrote the
// story and links to it, not to the aggregator.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('once --feed with an aggregator feed', () => {
  it('alerts name the outlet, with the headline as the outlet wrote it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-gn-'));
    // Dated an hour ago, so a first fetch alerts on them.
    const recent = new Date(Date.now() - 3600_000).toUTCString();
    const xml = (await readFile(new URL('../feeds/fixtures/google-news-search.xml', import.meta.url), 'utf8')).replace(/<pubDate>[^<]*<\/pubDate>/g, `<pubDate>${recent}</pubDate>`);
    const feed = path.join(dir, 'google-news.xml');
    await writeFile(feed, xml);
    // --all: the Mexico story only confirms what the baseline knows, which alerts no channel by default.
    const { code, stdout, stderr } = await runCli(['once', '--all', '--feed', feed], { env: { SQLITE_PATH: path.join(dir, 's.sqlite') } });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("Cross-border sellers - TikTok Shop will launch in Italy next month\n");
    expect(stdout).toMatch(/3 sources: Demo Gazette <https:\/\/www\.demo-gazette\.co\.uk\/news\/[^>]+>, Sample Ledger/);
    expect(stdout).toContain('Example Wire');
    expect(stdout).toContain('https://www.example-wire.com/business/tiktok-shop-mexico-sellers-2026-11-30/');
    expect(stdout).toContain('TikTok Shop opens seller registration in Mexico ahead of January launch');
    expect(stdout).not.toMatch(/January launch - Example Wire/);
    expect(stdout).not.toContain('Google News');
  });
});
