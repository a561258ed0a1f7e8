// A console-only user can ask what a channel can: latest, sources, subscriptions; status suggests the closest
// market; piping into `head` ends quietly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tts-ask-'));
  env = { SQLITE_PATH: path.join(dir, 'radar.sqlite') };
  const { code, stderr } = await runCli(['once', '--feed', 'config/demo/demo-en-seller-daily.xml', 'config/demo/demo-en-crossborder-wire.xml', '--all'], { env });
  expect(code, stderr).toBe(0);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('asking from the command line', () => {
  it('status with a typo or two markets says what is wrong and the closest market', async () => {
    const typo = await runCli(['status', 'usx'], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Unknown market "usx". Did you mean "us"?');
    const two = await runCli(['status', 'us', 'uk'], { env });
    expect(two.stderr).toContain('status takes one market: you named US and UK.');
  });

  it('status us after the demo re-reported $14M/day lists that figure once, as confirmed by a second source', async () => {
    const { code, stdout } = await runCli(['status', 'us'], { env });
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.includes('$14M/day'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('2 sources');
    // Each GMV line once: no figure of the series is repeated.
    const gmv = stdout.slice(stdout.indexOf('GMV series:')).split('\n').filter((l) => l.trim().startsWith('•'));
    expect(new Set(gmv).size).toBe(gmv.length);
    expect(stdout).toContain('GMV target $17.5B for 2024');
  });

  it('latest lists the newest tagged stories, with the outlet and date, and takes "ban ban" as "ban"', async () => {
    const { code, stdout } = await runCli(['latest', 'ban', 'ban'], { env });
    expect(code).toBe(0);
    expect(stdout).toContain('Latest — all markets, Ban');
    expect(stdout).toMatch(/Ban · US · .*Amazon.* — Seller Daily \(demo\) <https:\/\/[a-z.-]+\.invalid\/[^>]+>, 2025-06-0\d/);
  });

  it('sources lists the configured feeds; subscriptions says none yet and how to start', async () => {
    const sources = await runCli(['sources'], { env });
    expect(sources.stdout).toMatch(/Sources \(\d+ feeds\)/);
    const subs = await runCli(['subscriptions'], { env });
    expect(subs.stdout).toContain('No channel follows anything yet. In a channel: /tts subscribe us gmv ban');
  });

  it('piped into a reader that stops early, it ends quietly with exit code 0 (no EPIPE stack)', async () => {
    const many = path.join(dir, 'many.jsonl');
    await writeFile(many, Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `n${i}`, title: 'TikTok Shop US GMV $14M a day', text: 'x' })).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'classify', many], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir() } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
