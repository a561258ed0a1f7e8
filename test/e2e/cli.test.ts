import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('the command line, as a newcomer uses it', () => {
  it('npm run demo prints alerts with all four tags and a threshold change old → new', async () => {
    const { code, stdout, stderr } = await runCli(['demo']);
    expect(code, stderr).toBe(0);
    for (const tag of ['LAUNCH', 'THRESHOLD CHANGE', 'BAN', 'GMV FIGURE']) expect(stdout).toContain(tag);
    expect(stdout).toMatch(/CHANGE .*1,000.*→.*5,000/);
    expect(stdout).toMatch(/confirms what we knew \(KrASIA \/ 36Kr, 2024-06\)/);
    expect(stdout).not.toContain('product photos');
  });

  it('status us --json holds the launch, the 1,000-follower threshold, the link ban and GMV with sources', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-status-'));
    const { code, stdout, stderr } = await runCli(['status', 'usa', '--json'], { env: { SQLITE_PATH: path.join(dir, 's.sqlite') } });
    expect(code, stderr).toBe(0);
    const status = JSON.parse(stdout);
    expect(status.market).toBe('US');
    expect(status.launch.some((e: { fact: { date: string } }) => e.fact.date?.startsWith('2023-09'))).toBe(true);
    expect(status.gmv.some((e: { fact: { low_usd: number; high_usd: number } }) => e.fact.low_usd === 3_000_000 && e.fact.high_usd === 4_000_000)).toBe(true);
    expect(status.thresholds.some((e: { fact: { subject: string; to: number } }) => e.fact.subject === 'creator_followers' && e.fact.to === 1000)).toBe(true);
    expect(status.bans.some((e: { label: string; fact: { target: string } }) => /link/i.test(e.fact.target))).toBe(true);
    expect(status.gmv.some((e: { fact: { low_usd: number; period: string } }) => e.fact.low_usd === 14_000_000 && e.fact.period === 'day')).toBe(true);
    for (const group of ['launch', 'thresholds', 'bans', 'gmv']) {
      for (const e of status[group]) { expect(e.source).toBeTruthy(); expect(e.date).toMatch(/^\d{4}/); }
    }
  });

  it('status with an unknown market says what to type', async () => {
    const { code, stderr } = await runCli(['status', 'narnia']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: .*status <market>.*US, UK/);
  });

  it('classify writes one line per input, keeps going after a bad line, and compares with the baseline', async () => {
    const input = [
      JSON.stringify({ id: 'n1', title: 'TikTok Shop US daily GMV hits $14 million', text: 'Shoppers in the US now spend about $14 million a day on TikTok Shop.', lang: 'en', published: '2024-01-10', summary: 'misnamed' }),
      '{not json',
      JSON.stringify({ id: 'n2', title: 42 }),
      JSON.stringify({ id: 'n3', title: 'Five tips for product photos', text: 'Lighting matters.' }),
      JSON.stringify({ id: 'n4', title: null, text: 'The Indonesian government banned social commerce transactions on TikTok Shop.' }),
      JSON.stringify({ id: 'n5', title: 'Cooking with seasonal vegetables' }),
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['classify'], { input });
    expect(code).toBe(0);
    // A misnamed field is named (its text would be left out), the line still classified.
    expect(stderr).toMatch(/line 1: key "summary" is not read .*text/);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'n1', tags: ['gmv_figure'], markets: ['US'] });
    expect(lines[0].compare[0]).toMatchObject({ status: 'confirms', fact: { type: 'gmv', low_usd: 14_000_000, period: 'day' } });
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 'n2' });
    expect(lines[2].error).toMatch(/title/);
    expect(lines[3]).toEqual({ id: 'n3', tags: [], markets: [], facts: [], compare: [] });
    // No headline, and a headline alone, are items too.
    expect(lines[4]).toMatchObject({ id: 'n4', tags: ['ban'], markets: ['ID'] });
    expect(lines[5]).toEqual({ id: 'n5', tags: [], markets: [], facts: [], compare: [] });
  });

  it('a broken config file stops start-up naming the file, field and line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-badcfg-'));
    const { writeFile, copyFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'feeds.yaml'), 'feeds:\n  - id: x\n    url: ftp://nope\n');
    await copyFile('config/baseline.yaml', path.join(dir, 'baseline.yaml'));
    const { code, stderr } = await runCli(['once'], { env: { CONFIG_DIR: dir } });
    expect(code).toBe(78);
    expect(stderr).toMatch(/feeds\.yaml: feeds\[0\]\.url: only http:\/\/ and https:\/\/ URLs .*\(line 3\)/);
  });
});
