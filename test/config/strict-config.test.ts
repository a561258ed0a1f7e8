// Misspelt keys and bad values stop start-up with the file, the key, the line and what to write instead.
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseFeedsFile } from '../../src/config/feeds-file.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { parseBaselineFile } from '../../src/config/baseline-file.ts';
import { runCli } from '../e2e/run-cli.ts';

const FEED = ['feeds:', '  - id: wire', '    url: https://example.org/feed', '    lang: en', ''];

function feedsError(lines: string[]): string {
  try { parseFeedsFile(lines.join('\n'), 'config/feeds.yaml'); } catch (e) { return (e as Error).message; }
  throw new Error('expected the file to be refused');
}

async function baselineError(edit: (text: string) => string): Promise<string> {
  const text = edit(await readFile('config/baseline.yaml', 'utf8'));
  try { parseBaselineFile(text, 'config/baseline.yaml'); } catch (e) { return (e as Error).message; }
  throw new Error('expected the file to be refused');
}

async function envError(env: Record<string, string>): Promise<string> {
  try { await loadConfig({ CONFIG_DIR: 'config', ...env }); } catch (e) { return (e as Error).message; }
  throw new Error('expected the environment to be refused');
}

describe('strict config files', () => {
  it('feeds.yaml: a misspelt key names the file, the key, its line and the closest valid key', () => {
    expect(feedsError(FEED.map((l) => l.replace('lang:', 'lnag:'))))
      .toBe('config/feeds.yaml: feeds[0].lnag: unknown key "lnag" (did you mean "lang"?) (line 4)');
    expect(feedsError(['defaults:', '  interval_minuts: 60', ...FEED]))
      .toBe('config/feeds.yaml: defaults.interval_minuts: unknown key "interval_minuts" (did you mean "interval_minutes"?) (line 2)');
    expect(feedsError(['feed:', '  - id: wire', '    url: https://example.org/feed']))
      .toMatch(/^config\/feeds\.yaml: feed: unknown key "feed" \(did you mean "feeds"\?\) \(line 1\)/);
  });

  it('feeds.yaml: an empty file says what to write', () => {
    expect(feedsError([''])).toMatch(/^config\/feeds\.yaml: the file is empty; list the feeds to poll, e\.g\.\n {2}feeds:\n {4}- id: /);
  });

  it('baseline.yaml: lowusd, a misspelt stage and an unknown market are refused with the closest valid word', async () => {
    expect(await baselineError((t) => t.replace('low_usd: 14000000', 'lowusd: 14000000')))
      .toMatch(/^config\/baseline\.yaml: markets\.US\.gmv\[\d+\]\.lowusd: unknown key "lowusd" \(did you mean "low_usd"\?\) \(line \d+\)$/);
    expect(await baselineError((t) => t.replace('stage: official', 'stage: offical')))
      .toMatch(/markets\.US\.launches\[\d+\]\.stage: unknown stage "offical" \(did you mean "official"\?\).*\(line \d+\)$/);
    expect(await baselineError((t) => t.replace(/\n {2}US:/, '\n  USS:')))
      .toMatch(/markets\.USS: unknown key "USS" \(did you mean "US"\?\) \(line \d+\)/);
    expect(await baselineError(() => '')).toMatch(/the file is empty; it needs "markets:"/);
  });

  it('the line named is the line of the misspelt key', async () => {
    const text = (await readFile('config/baseline.yaml', 'utf8')).replace('low_usd: 14000000', 'lowusd: 14000000');
    const line = Number(/\(line (\d+)\)/.exec(await baselineError(() => text))![1]);
    expect(text.split('\n')[line - 1]).toContain('lowusd: 14000000');
  });

  it('start-up stops on a misspelt key: one message, exit code 78, no stack trace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-strict-'));
    await writeFile(path.join(dir, 'feeds.yaml'), FEED.join('\n').replace('lang:', 'lnag:'));
    const { code, stderr } = await runCli(['once'], { env: { CONFIG_DIR: dir } });
    expect(code).toBe(78);
    expect(stderr).toContain('feeds[0].lnag: unknown key "lnag" (did you mean "lang"?) (line 4)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('environment variables say what to write', () => {
  it('PORT, DEFAULT_TIMEZONE and ADMIN_CHANNEL', async () => {
    expect(await envError({ PORT: 'abc' })).toBe('environment variable PORT: "abc" is not a whole number from 0 to 65535; write e.g. PORT=3000');
    expect(await envError({ DEFAULT_TIMEZONE: 'Mars/Base' })).toMatch(/DEFAULT_TIMEZONE: "Mars\/Base" is not an IANA time zone; write e\.g\. DEFAULT_TIMEZONE=Europe\/London/);
    expect(await envError({ ADMIN_CHANNEL: 'foo' })).toMatch(/ADMIN_CHANNEL: "foo" is not platform:channel; write e\.g\. ADMIN_CHANNEL=slack:C0123ABCD or ADMIN_CHANNEL=discord:/);
  });

  it('a Slack bot token alone names both ways to connect, Socket Mode with SLACK_APP_TOKEN first', async () => {
    const message = await envError({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('Socket Mode');
    expect(message).toContain('SLACK_SIGNING_SECRET');
  });
});
