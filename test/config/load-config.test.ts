import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { parseFeedsFile } from '../../src/config/feeds-file.ts';

async function configDirWith(feedsYaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-config-'));
  await writeFile(path.join(dir, 'feeds.yaml'), feedsYaml);
  return dir;
}

describe('config', () => {
  it('loads the shipped feeds with defaults applied', async () => {
    const config = await loadConfig({ CONFIG_DIR: 'config' });
    expect(config.feeds.length).toBeGreaterThanOrEqual(8);
    expect(config.feeds.some((f) => f.lang === 'zh')).toBe(true);
    expect(config.feeds.every((f) => f.intervalMinutes >= 1)).toBe(true);
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.env.SQLITE_PATH).toBe('data/tts-radar.sqlite');
  });

  it('names the file, the field and the line of a bad feed entry', async () => {
    const yaml = ['feeds:', '  - id: good', '    url: https://example.org/feed', '  - id: bad', '    url: https://example.org/x', '    interval_minutes: 0', ''].join('\n');
    expect(() => parseFeedsFile(yaml, 'config/feeds.yaml')).toThrow(/config\/feeds\.yaml: feeds\[1\]\.interval_minutes: must be at least 1 minute \(line 6\)/);
  });

  it('rejects an unknown market with the list of valid ones', () => {
    const yaml = 'feeds:\n  - id: a\n    url: https://example.org/feed\n    markets: [narnia]\n';
    expect(() => parseFeedsFile(yaml, 'feeds.yaml')).toThrow(/feeds\[0\]\.markets\[0\]: unknown market "narnia".*\(line 4\)/);
  });

  it('accepts market aliases and resolves them to codes', () => {
    const feeds = parseFeedsFile('feeds:\n  - id: a\n    url: https://example.org/feed\n    markets: [usa, 英国, southeast asia]\n', 'feeds.yaml');
    expect(feeds[0]!.markets).toEqual(['US', 'UK', 'SEA']);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => parseFeedsFile('feeds:\n  - id: a\n   url: [unclosed\n', 'feeds.yaml')).toThrow(/feeds\.yaml: invalid YAML.*line/);
  });

  it('reports duplicate feed ids', () => {
    const yaml = 'feeds:\n  - id: a\n    url: https://e.org/1\n  - id: a\n    url: https://e.org/2\n';
    expect(() => parseFeedsFile(yaml, 'feeds.yaml')).toThrow(/feeds\[1\]\.id: duplicate feed id "a" \(line 4\)/);
  });

  it('names a bad environment variable', async () => {
    await expect(loadConfig({ CONFIG_DIR: 'config', PORT: 'eighty' })).rejects.toThrow(/environment variable PORT/);
    await expect(loadConfig({ CONFIG_DIR: 'config', ALLOW_PRIVATE_FEEDS: 'maybe' })).rejects.toThrow(/ALLOW_PRIVATE_FEEDS/);
  });

  it('stops at a DATABASE_URL that is not Postgres without echoing it, and at an unsafe DATABASE_SCHEMA', async () => {
    const bad = loadConfig({ CONFIG_DIR: 'config', DATABASE_URL: 'mysql://radar:hunter2@db/radar' });
    await expect(bad).rejects.toThrow(/environment variable DATABASE_URL: must start with postgres:\/\/ .*got mysql:\/\/…/);
    await expect(bad).rejects.not.toThrow(/hunter2/);
    await expect(loadConfig({ CONFIG_DIR: 'config', DATABASE_SCHEMA: 'radar"; drop' })).rejects.toThrow(/environment variable DATABASE_SCHEMA: must be a plain lower-case name/);
    expect((await loadConfig({ CONFIG_DIR: 'config', DATABASE_URL: 'postgres://db/radar', DATABASE_SCHEMA: 'radar_1' })).env.DATABASE_SCHEMA).toBe('radar_1');
  });

  it('needs the Slack secret that matches the chosen mode', async () => {
    await expect(loadConfig({ CONFIG_DIR: 'config', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http' })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
    await expect(loadConfig({ CONFIG_DIR: 'config', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'socket' })).rejects.toThrow(/SLACK_APP_TOKEN/);
    const c = await loadConfig({ CONFIG_DIR: 'config', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(c.slack?.mode).toBe('socket');
  });

  it('says which file is missing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tts-config-'));
    await expect(loadConfig({ CONFIG_DIR: dir })).rejects.toThrow(new RegExp(`${dir.replace(/[/\\]/g, '.')}.feeds\\.yaml: cannot read the file \\(ENOENT\\)`));
  });

  it('applies POLL_INTERVAL_MINUTES to every feed', async () => {
    const dir = await configDirWith('feeds:\n  - id: a\n    url: https://e.org/1\n    interval_minutes: 30\n');
    await cp('config/baseline.yaml', path.join(dir, 'baseline.yaml')).catch(() => undefined);
    const c = await loadConfig({ CONFIG_DIR: dir, POLL_INTERVAL_MINUTES: '1' });
    expect(c.feeds[0]!.intervalMinutes).toBe(1);
  });
});
