// `once` as a newcomer runs it on the demo feeds: it says what it kept quiet and why, takes several paths after one
// --feed, and --all alerts every tagged item.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const FEEDS = ['config/demo/demo-en-seller-daily.xml', 'config/demo/demo-en-crossborder-wire.xml'];
const dirs: string[] = [];
afterEach(async () => { await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))); });

async function freshStore(): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-once-'));
  dirs.push(dir);
  return { SQLITE_PATH: path.join(dir, 'radar.sqlite') };
}

describe('once', () => {
  it('on new feeds with old items prints no alert but says how many were kept quiet, why, and how to see them', async () => {
    const { code, stdout, stderr } = await runCli(['once', '--feed', ...FEEDS], { env: await freshStore() });
    expect(code, stderr).toBe(0);
    expect(stdout).not.toContain('▶');
    expect(stderr).toMatch(/2 feed\(s\) polled, 0 failed/);
    expect(stderr).toMatch(/(\d+) tagged item\(s\) kept quiet: \1 older than a day on a feed's first fetch .*Add --all to alert every item\./);
  });

  it('--all alerts every tagged item of both feeds given after one --feed', async () => {
    const { code, stdout, stderr } = await runCli(['once', '--feed', ...FEEDS, '--all'], { env: await freshStore() });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Seller Daily (demo)');
    expect(stdout).toContain('Cross-Border Wire (demo)');
    expect(stdout).toMatch(/1,000 → 5,000/);
    expect(stderr).not.toContain('kept quiet');
  });

  it('refuses a stray word without --feed, naming it, with exit code 2', async () => {
    const { code, stderr } = await runCli(['once', 'a.xml'], { env: await freshStore() });
    expect(code).toBe(2);
    expect(stderr).toContain('once: unexpected a.xml');
    expect(stderr).toContain('once [--feed URL|PATH ...] [--all]');
  });
});
